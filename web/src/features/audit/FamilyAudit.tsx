import { useWorkspace } from "../../state/context.ts";
import { t } from "../../i18n/index.ts";
import { createTrail, TrailBody } from "./AuditTrail.tsx";

/** The family page's "Jejak di relay": the roster updates that wrote this family (the lurah only). */
export function FamilyAudit(props: { householdId: string }) {
  const ws = useWorkspace();
  const trail = createTrail(async (before) => (await ws.audit!()).familyPage(props.householdId, before));
  void trail.load(true);
  return (
    <div data-testid="family-audit">
      <p class="muted">{t("audit.family.intro")}</p>
      <TrailBody trail={trail} empty={t("audit.family.empty")} />
    </div>
  );
}
