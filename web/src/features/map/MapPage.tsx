import { t } from "../../i18n/index.ts";

/** The map of the kampung (issue 6): lazy-loaded so maplibre-gl never weighs on the other screens. */
export function MapPage() {
  return (
    <section data-testid="map-page">
      <h1>{t("nav.peta")}</h1>
    </section>
  );
}
