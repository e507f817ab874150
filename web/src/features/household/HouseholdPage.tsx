import { Match, onMount, Show, Switch } from "solid-js";
import type { Household } from "@shared/model/index.ts";
import { hrefFor, navigate } from "../../app/route.ts";
import { t } from "../../i18n/index.ts";
import { useWorkspace } from "../../state/context.ts";
import type { RosterActions } from "../../state/roster.ts";
import { AidChoices } from "./AidChoices.tsx";
import { ChildrenGrowth } from "./ChildrenGrowth.tsx";
import { ConflictPanel } from "./ConflictPanel.tsx";
import { ConsentRecord } from "./ConsentRecord.tsx";
import { HouseholdDetails } from "./HouseholdDetails.tsx";
import { HouseholdLocation } from "./HouseholdLocation.tsx";
import { HouseholdHeader } from "./HouseholdHeader.tsx";
import { HouseholdBoard } from "./HouseholdBoard.tsx";
import { MemberList } from "./MemberList.tsx";
import { HouseholdSources } from "./HouseholdSources.tsx";
import { markJustDeleted, takeJustAdded } from "./justAdded.ts";
import { ReplacedNotice } from "./ReplacedNotice.tsx";
import { FamilyHistory } from "./FamilyHistory.tsx";
import { FamilyAuditSection } from "../audit/index.tsx";
import { DeleteHousehold } from "./DeleteHousehold.tsx";
import { DeletedHouseholdView } from "./DeletedHouseholdView.tsx";
import { HouseholdVisits } from "../visits/HouseholdVisits.tsx";
import { visitorChoices } from "../visits/visitors.ts";
import "./household.css";

/** One family (#/w/<ws>/keluarga/<id>): why it is KRS, its data, members, children's growth and any conflicts. */
export function HouseholdPage(props: { id: string }) {
  const ws = useWorkspace();
  const rosterHref = hrefFor({ name: "workspace", ws: ws.id, section: "keluarga", item: null });
  const roster = ws.roster;
  if (!roster) return <p data-testid="household-no-access">{t("hh.noAccess")}</p>;
  const [state, actions] = roster;
  const found = () => state.byId(props.id);
  const deleted = () => state.deletedById(props.id);

  return (
    <Switch
      fallback={
        <section>
          <a href={rosterHref}>{t("hh.back")}</a>
          <p data-testid="household-not-found">{state.status(props.id) === "purged" ? t("deleted.gone") : t("hh.notFound")}</p>
        </section>
      }
    >
      <Match when={found()}>{(household) => <HouseholdView household={household()} actions={actions} rosterHref={rosterHref} />}</Match>
      <Match when={deleted()}>
        {(entry) => <DeletedHouseholdView entry={entry()} rosterHref={rosterHref} writable={ws.canWrite("roster")} onRestore={() => actions.restore(props.id)} />}
      </Match>
    </Switch>
  );
}

function HouseholdView(props: { household: Household; actions: RosterActions; rosterHref: string }) {
  const ws = useWorkspace();
  const writable = ws.canWrite("roster");
  const h = () => props.household;
  const id = () => props.household.id;
  const assessment = () => ws.assess.of(props.household);
  const today = () => ws.assess.today();
  const a = props.actions;
  const justAdded = takeJustAdded(props.household.id);
  // the form it came from sat lower on the list's page: start at the top, where "Tersimpan" is
  onMount(() => justAdded && window.scrollTo(0, 0));

  return (
    <section class="hh-page" data-testid="household-page" data-id={id()}>
      <Show when={justAdded}>
        <p class="notice" role="status" data-testid="household-saved">
          {t("hh.savedNew")}
        </p>
      </Show>
      <ConflictPanel household={h()} writable={writable} onChoose={(conflict, value) => a.resolveConflict(id(), conflict, value)} />
      <ReplacedNotice household={h()} writable={writable} onChoose={(target, value) => a.settle(id(), target, value)} />
      <HouseholdHeader household={h()} assessment={assessment()} rosterHref={props.rosterHref} />
      <Show when={!writable}>
        <p class="muted" data-testid="read-only">{t("common.readOnly")}</p>
      </Show>
      <HouseholdVisits
        household={h()}
        today={today()}
        writable={writable}
        choices={visitorChoices(ws.meta?.members() ?? [], ws.userName)}
        ownName={ws.userName}
        actions={{ add: (v) => void a.addVisit(id(), v), update: (visitId, patch) => a.updateVisit(id(), visitId, patch), remove: (visitId) => a.removeVisit(id(), visitId) }}
      />
      <HouseholdBoard household={h()} assessment={assessment()} />
      <HouseholdDetails household={h()} writable={writable} onSave={(patch) => a.update(id(), patch)} />
      <HouseholdLocation household={h()} writable={writable} pickHref={hrefFor({ name: "workspace", ws: ws.id, section: "peta", item: id() })} onSave={(at) => a.update(id(), at)} />
      <section class="panel">
        <AidChoices aid={h().aid} writable={writable} onChange={(p, on) => a.setAid(id(), p, on)} />
      </section>
      <Show when={ws.imports}>
        {(imports) => (
          <HouseholdSources
            household={h()}
            batch={(batchId) => imports()[0].batch(batchId)}
            writable={writable}
            actions={{
              follow: (field) => imports()[1].followSocialList(id(), field),
              unlink: (link) =>
                imports()[1].decide({ list: "sosial", rowId: link.rowId, householdId: id(), outcome: "reject", ruleVersion: imports()[0].batch(link.batchId)?.ruleVersion ?? "", score: link.score, evidence: link.evidence })?.id ?? null,
              undo: (decisionId) => void imports()[1].undo(decisionId),
            }}
          />
        )}
      </Show>
      <ConsentRecord consent={h().consent} defaultBy={h().kepala} today={today()} writable={writable} onRecord={(c) => a.recordConsent(id(), c)} />
      <MemberList
        household={h()}
        today={today()}
        writable={writable}
        actions={{
          add: (fields) => void a.addMember(id(), fields),
          update: (memberId, patch) => a.updateMember(id(), memberId, patch),
          remove: (memberId) => a.removeMember(id(), memberId),
        }}
      />
      <ChildrenGrowth
        household={h()}
        assessment={assessment()}
        today={today()}
        writable={writable}
        defaultBy={ws.userName}
        onAdd={(memberId, m) => void a.addMeasurement(id(), { ...m, memberId })}
        onUpdate={(measurementId, patch) => a.updateMeasurement(id(), measurementId, patch)}
        onRemove={(m) => a.removeMeasurement(id(), m.id)}
      />
      <FamilyHistory household={h()} />
      <FamilyAuditSection householdId={id()} />
      <Show when={writable}>
        <DeleteHousehold
          name={h().kepala}
          onDelete={() => {
            // read before deleting: the deletion unmounts this view, and its props go stale
            const householdId = id();
            const name = h().kepala;
            if (!a.delete(householdId)) return;
            // its open needs leave the board's lists too, for the agencies that do not have the roster
            ws.board?.[1].closeFamilyNeeds(householdId, "family-deleted");
            markJustDeleted(householdId, name);
            navigate({ name: "workspace", ws: ws.id, section: "keluarga", item: null });
          }}
        />
      </Show>
    </section>
  );
}
