import { createSignal, Show } from "solid-js";
import { isKodeWilayahDesa, type WorkspaceProfile } from "@shared/model/index.ts";
import { t } from "../../i18n/index.ts";
import { Field } from "../../ui/Field.tsx";

/** Name and Kemendagri code of the village (desa segment 1xxx = kelurahan, 2xxx = desa). */
export function ProfileForm(props: { profile: WorkspaceProfile; readOnly: boolean; onSave: (p: WorkspaceProfile) => void }) {
  const [name, setName] = createSignal(props.profile.name);
  const [kode, setKode] = createSignal(props.profile.kodeWilayah);
  const [saved, setSaved] = createSignal(false);
  const kodeError = () => (kode() !== "" && !isKodeWilayahDesa(kode()) ? t("settings.kodeInvalid") : undefined);
  const kind = () => (isKodeWilayahDesa(kode()) ? (kode().charAt(9) === "1" ? t("settings.kelurahan") : t("settings.desa")) : "");
  return (
    <form
      class="form"
      data-testid="profile-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (kodeError()) return;
        props.onSave({ name: name().trim(), kodeWilayah: kode().trim() });
        setSaved(true);
      }}
    >
      <Field label={t("settings.name")}>
        <input name="name" value={name()} disabled={props.readOnly} onInput={(e) => (setName(e.currentTarget.value), setSaved(false))} />
      </Field>
      <Field label={`${t("settings.kode")} ${kind() ? `(${kind()})` : ""}`} error={kodeError()}>
        <input name="kodeWilayah" value={kode()} placeholder={t("settings.kodeHint")} disabled={props.readOnly} onInput={(e) => (setKode(e.currentTarget.value.trim()), setSaved(false))} />
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
