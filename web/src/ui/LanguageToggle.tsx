import { locale, setLocale, t } from "../i18n/index.ts";

export function LanguageToggle() {
  return (
    <button type="button" class="link-button" onClick={() => void setLocale(locale() === "id" ? "en" : "id")}>
      {t("lang.switch")}
    </button>
  );
}
