import { Show } from "solid-js";
import { t } from "../../i18n/index.ts";
import { useWorkspace } from "../../state/context.ts";
import { ProfileForm } from "./ProfileForm.tsx";
import { AgencyList } from "./AgencyList.tsx";
import { ScreeningSettingsForm } from "./ScreeningSettingsForm.tsx";
import { overridesWith } from "./screeningChoices.ts";
import { agencyUse } from "./agencyRemoval.ts";
import { AuditSection } from "../audit/index.tsx";

/** The meta document: written by the lurah only (the relay drops anyone else's edits). */
export function SettingsPage() {
  const ws = useWorkspace();
  const meta = ws.meta!;
  const readOnly = !ws.canWrite("meta");
  return (
    <section class="settings">
      <h1>{t("settings.title")}</h1>
      <Show when={readOnly}>
        <p class="muted">{t("settings.lurahOnly")}</p>
      </Show>
      <div class="panel">
        <h2>{t("settings.profile")}</h2>
        <ProfileForm profile={meta.profile()} readOnly={readOnly} onSave={(p) => meta.actions.updateProfile(p)} />
      </div>
      <div class="panel">
        <h2>{t("settings.agencies")}</h2>
        <AgencyList
          agencies={meta.allAgencies()}
          readOnly={readOnly}
          onSave={(a) => meta.actions.saveAgency(a)}
          use={(code) => {
            const board = ws.board?.[0];
            return agencyUse(code, board?.view().claims ?? [], board?.cards() ?? [], [...meta.members(), ...meta.revokedMembers()]);
          }}
          onRemove={(code, remove) => meta.actions.removeAgency(code, remove)}
        />
      </div>
      <div class="panel">
        <h2>{t("settings.screening")}</h2>
        <ScreeningSettingsForm settings={meta.screening()} readOnly={readOnly} onSave={(changed) => meta.actions.changeScreening((stored) => overridesWith(stored, changed))} />
      </div>
      <AuditSection />
    </section>
  );
}
