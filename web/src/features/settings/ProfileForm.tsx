import { createSignal, Show } from "solid-js";
import { isKodeWilayahDesa, type WorkspaceProfile } from "@shared/model/index.ts";
import { t } from "../../i18n/index.ts";
import { Field } from "../../ui/Field.tsx";
import { createDraft } from "../../ui/createDraft.ts";

/**
 * Name and Kemendagri code of the village (desa segment 1xxx = kelurahan, 2xxx = desa).
 * Shows the stored profile (also when it loads after the form opened) and saves only
 * the fields the person changed: fixing the code never writes an empty name.
 */
export function ProfileForm(props: { profile: WorkspaceProfile; readOnly: boolean; onSave: (patch: Partial<WorkspaceProfile>) => void }) {
  const draft = createDraft(() => props.profile);
  const [saved, setSaved] = createSignal(false);
  const kode = () => draft.get("kodeWilayah");
  const kodeError = () => (kode() !== "" && !isKodeWilayahDesa(kode()) ? t("settings.kodeInvalid") : undefined);
  const kind = () => (isKodeWilayahDesa(kode()) ? (kode().charAt(9) === "1" ? t("settings.kelurahan") : t("settings.desa")) : "");
  const edit = (key: keyof WorkspaceProfile, value: string) => {
    draft.set(key, value);
    setSaved(false);
  };
  return (
    <form
      class="form"
      data-testid="profile-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (kodeError()) return;
        const patch = draft.changed();
        if (patch.name !== undefined) patch.name = patch.name.trim();
        if (Object.keys(patch).length > 0) props.onSave(patch);
        draft.reset();
        setSaved(true);
      }}
    >
      <Field label={t("settings.name")}>
        <input name="name" value={draft.get("name")} disabled={props.readOnly} onInput={(e) => edit("name", e.currentTarget.value)} />
      </Field>
      <Field label={`${t("settings.kode")} ${kind() ? `(${kind()})` : ""}`} error={kodeError()}>
        <input name="kodeWilayah" value={kode()} placeholder={t("settings.kodeHint")} disabled={props.readOnly} onInput={(e) => edit("kodeWilayah", e.currentTarget.value.trim())} />
      </Field>
      <Show when={!props.readOnly}>
        <div class="actions">
          <button type="submit">{t("common.save")}</button>
          <Show when={saved()}>
            <span class="muted">{t("settings.saved")}</span>
          </Show>
        </div>
      </Show>
    </form>
  );
}
