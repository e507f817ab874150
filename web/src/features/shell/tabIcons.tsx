import type { JSX } from "solid-js";
import type { TabSection } from "../../app/route.ts";

/** Simple line icons for the phone's tab bar: a word alone is slow to find at arm's length in the sun. */
const PATHS: Record<TabSection | "lainnya", JSX.Element> = {
  keluarga: (
    <>
      <circle cx="9" cy="8" r="3.2" />
      <path d="M3 20c0-3.6 2.7-6 6-6s6 2.4 6 6" />
      <circle cx="17" cy="9.5" r="2.4" />
      <path d="M16 14.2c3 .1 5 2.2 5 5.3" />
    </>
  ),
  peta: (
    <>
      <path d="M12 21s-6.5-6.2-6.5-11a6.5 6.5 0 0 1 13 0c0 4.8-6.5 11-6.5 11z" />
      <circle cx="12" cy="10" r="2.4" />
    </>
  ),
  papan: (
    <>
      <rect x="3" y="4" width="5" height="16" rx="1" />
      <rect x="9.5" y="4" width="5" height="11" rx="1" />
      <rect x="16" y="4" width="5" height="7" rx="1" />
    </>
  ),
  notulen: (
    <>
      <path d="M6 3h9l4 4v14H6z" />
      <path d="M9 11h7M9 14.5h7M9 18h4" />
    </>
  ),
  // a house and a tick: a family visited
  kunjungan: (
    <>
      <path d="M4 11.5 12 5l8 6.5" />
      <path d="M6 10v9.5h12V10" />
      <path d="m9.2 14.6 2 2 3.8-4" />
    </>
  ),
  // two overlapping circles: the families at risk that are also poor
  irisan: (
    <>
      <circle cx="9" cy="12" r="5.5" />
      <circle cx="15" cy="12" r="5.5" />
    </>
  ),
  // a page with bars: the monthly report
  laporan: (
    <>
      <path d="M6 3h12v18H6z" />
      <path d="M9 17v-3M12 17v-6M15 17v-4" />
    </>
  ),
  undangan: (
    <>
      <circle cx="10" cy="8" r="3.2" />
      <path d="M4 20c0-3.6 2.7-6 6-6 1.4 0 2.6.4 3.6 1.1" />
      <path d="M18 14v6M15 17h6" />
    </>
  ),
  pengaturan: (
    <>
      <path d="M4 7h10M18 7h2M4 17h3M11 17h9" />
      <circle cx="16" cy="7" r="2.2" />
      <circle cx="9" cy="17" r="2.2" />
    </>
  ),
  lainnya: (
    <>
      <circle cx="5.5" cy="12" r="1.6" />
      <circle cx="12" cy="12" r="1.6" />
      <circle cx="18.5" cy="12" r="1.6" />
    </>
  ),
};

export function TabIcon(props: { name: TabSection | "lainnya" }) {
  return (
    <svg class="tab-icon" viewBox="0 0 24 24" width="22" height="22" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">
      {PATHS[props.name]}
    </svg>
  );
}
