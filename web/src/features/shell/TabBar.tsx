import { createSignal, For, Show } from "solid-js";
import { t, type MessageKey } from "../../i18n/index.ts";
import { hrefFor, type Section, type TabSection } from "../../app/route.ts";
import { TabIcon } from "./tabIcons.tsx";

const LABEL: Record<TabSection, { long: MessageKey; short: MessageKey }> = {
  keluarga: { long: "nav.keluarga", short: "nav.keluarga" },
  peta: { long: "nav.peta", short: "nav.peta" },
  papan: { long: "nav.papan", short: "nav.papanShort" },
  notulen: { long: "nav.notulen", short: "nav.notulen" },
  kunjungan: { long: "nav.kunjungan", short: "nav.kunjungan" },
  rencana: { long: "nav.rencana", short: "nav.rencana" },
  irisan: { long: "nav.irisan", short: "nav.irisan" },
  laporan: { long: "nav.laporan", short: "nav.laporan" },
  undangan: { long: "nav.undangan", short: "nav.undangan" },
  pengaturan: { long: "nav.pengaturan", short: "nav.pengaturan" },
};

/** Five fit a phone's width at a readable size; beyond that the last ones go under "Lainnya". */
const PHONE_SLOTS = 5;

/**
 * The tabs the role may open. On a wide screen a strip under the header; on a phone a bar at the bottom,
 * within thumb's reach, where every tab is reachable: at most five, else four and "Lainnya", which opens
 * the rest above the bar. One list of links for both (CSS decides), so a tab is one link everywhere.
 */
export function TabBar(props: { ws: string; tabs: TabSection[]; active: Section | null }) {
  const [moreOpen, setMoreOpen] = createSignal(false);
  const primary = () => (props.tabs.length <= PHONE_SLOTS ? props.tabs : props.tabs.slice(0, PHONE_SLOTS - 1));
  const overflow = () => (props.tabs.length <= PHONE_SLOTS ? [] : props.tabs.slice(PHONE_SLOTS - 1));
  const link = (section: TabSection) => (
    <a
      href={hrefFor({ name: "workspace", ws: props.ws, section, item: null })}
      classList={{ active: props.active === section }}
      aria-current={props.active === section ? "page" : undefined}
      onClick={() => setMoreOpen(false)}
    >
      <TabIcon name={section} />
      <span class="tab-long">{t(LABEL[section].long)}</span>
      <span class="tab-short">{t(LABEL[section].short)}</span>
    </a>
  );
  return (
    <nav class="tabs" classList={{ "more-open": moreOpen() }} aria-label={t("shell.tabs")} style={{ "--tab-slots": Math.min(props.tabs.length, PHONE_SLOTS) }}>
      <For each={primary()}>{link}</For>
      <Show when={overflow().length > 0}>
        <div class="tab-overflow" id="tab-overflow">
          <For each={overflow()}>{link}</For>
        </div>
        <button
          type="button"
          class="tab-more"
          classList={{ active: overflow().includes(props.active as TabSection) }}
          aria-expanded={moreOpen()}
          aria-controls="tab-overflow"
          onClick={() => setMoreOpen(!moreOpen())}
        >
          <TabIcon name="lainnya" />
          <span>{t("shell.more")}</span>
        </button>
      </Show>
    </nav>
  );
}
