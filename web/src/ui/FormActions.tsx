import { t } from "../i18n/index.ts";

/** The Simpan / Batal row every form ends with (submit label can differ, e.g. "Verifikasi"). */
export function FormActions(props: { onCancel: () => void; submitLabel?: string }) {
  return (
    <div class="actions">
      <button type="submit">{props.submitLabel ?? t("common.save")}</button>
      <button type="button" class="secondary" onClick={() => props.onCancel()}>
        {t("common.cancel")}
      </button>
    </div>
  );
}
