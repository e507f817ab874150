import { createSignal, lazy, Show, Suspense } from "solid-js";
import { useWorkspace } from "../../state/context.ts";
import { t } from "../../i18n/index.ts";

/**
 * Where the lurah opens the relay's audit trail (issue 17, item 17): a section of Pengaturan and one
 * on each family's page. Only these buttons are in the screens' chunks; the trail (and the reading of
 * the documents it needs) is its own chunk, loaded when opened.
 */
const AuditTrail = lazy(() => import("./AuditTrail.tsx").then((m) => ({ default: m.AuditTrail })));
const FamilyAudit = lazy(() => import("./FamilyAudit.tsx").then((m) => ({ default: m.FamilyAudit })));

export function AuditSection() {
  const ws = useWorkspace();
  const [open, setOpen] = createSignal(false);
  return (
    <Show when={ws.audit}>
      <div class="panel" data-testid="audit-section">
        <h2>{t("audit.title")}</h2>
        <Show when={open()} fallback={<button type="button" class="secondary" data-testid="audit-open" onClick={() => setOpen(true)}>{t("audit.open")}</button>}>
          <Suspense fallback={<p class="muted">{t("audit.loading")}</p>}>
            <AuditTrail />
          </Suspense>
        </Show>
      </div>
    </Show>
  );
}

export function FamilyAuditSection(props: { householdId: string }) {
  const ws = useWorkspace();
  const [open, setOpen] = createSignal(false);
  return (
    <Show when={ws.audit}>
      <section class="panel" data-testid="family-audit-section">
        <h2>{t("audit.family.title")}</h2>
        <Show when={open()} fallback={<button type="button" class="secondary" data-testid="family-audit-open" onClick={() => setOpen(true)}>{t("audit.family.open")}</button>}>
          <Suspense fallback={<p class="muted">{t("audit.loading")}</p>}>
            <FamilyAudit householdId={props.householdId} />
          </Suspense>
        </Show>
      </section>
    </Show>
  );
}
