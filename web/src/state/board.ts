import { createSignal, onCleanup, type Accessor } from "solid-js";
import type * as Y from "yjs";
import { newId, type BoardComment, type Intervention, type InterventionFields, type InterventionStatus, type NeedFields } from "@shared/model/index.ts";
import { canClaim, canEditIntervention, canPublishNeed, canReassign, canWithdraw, type Actor, type Verification } from "@shared/rules/claims/index.ts";
import {
  addComment, addDerivedIntervention, addIntervention, claim, claimTargetOf, closeNeed, interventionsMap, keepDroppedCopyEdits, moveIntervention, publishNeed, readBoardView, readInterventions, readVerification, reassign,
  readComments, readPlanLink, withdrawClaim, writePlanLink, type BoardView, type InterventionVerification, type MoveVerdict, type NeedView, type PlanLink,
} from "@shared/crdt/board.ts";
import { readInterventionDetails, writeInterventionDetails, type InterventionDetails } from "@shared/crdt/board/details.ts";

export type { BoardView, NeedView, MoveVerdict, InterventionDetails, Actor, Verification, PlanLink };
export type { ClaimStatus, KeyResolution, ResolvedClaim } from "@shared/rules/claims/index.ts";
export type { HistoryEvent } from "@shared/model/claim.ts";

/** One card as the screens show it: the intervention, its details and who verified it. */
export interface BoardCard extends Intervention, InterventionDetails {
  verification: InterventionVerification | null;
  /** oldest first */
  comments: BoardComment[];
  /** the activity of the village plan this card was made for (issue 19), null for any other card */
  plan: PlanLink | null;
}

export type BoardActor = Actor & { name: string };

export interface BoardState {
  /** needs, claims resolved by the shared rule, and the append-only history */
  view: Accessor<BoardView>;
  cards: Accessor<BoardCard[]>;
  actor: BoardActor;
}

export interface BoardActions {
  /** Null when the family already has an open need for this reason (no double publication). */
  publishNeed(fields: NeedFields): string | null;
  /** Claims a need for an agency; null when the actor may not claim for it or already has a live claim on it. */
  claimNeed(need: NeedView, agency: string, note?: string): string | null;
  /**
   * Records that an agency or donor (BAAS/GENTING, CSR) takes on a family directly for a domain.
   * The same rule as for needs decides who handles the family: one handler per (family, domain).
   */
  claimFamily(familyId: string, domain: string, agency: string, note?: string): string | null;
  withdraw(claimId: string, reason: string): boolean;
  reassign(claimId: string, toAgency: string, reason: string): boolean;
  /**
   * A new card, or with `derivedId` (see actionItemCardId) the card made from something else: one
   * this device already has is kept as it is, and two devices that make it while apart make one card.
   */
  addIntervention(fields: InterventionFields, details: InterventionDetails, derivedId?: string): string;
  /** A card for an activity of the village plan, linked to it in the same transaction (derivedId: see addIntervention). */
  addPlanCard(fields: InterventionFields, details: InterventionDetails, link: PlanLink, derivedId?: string): string;
  /** How many of the activity's target a plan card reached; false when this actor may not edit the card. */
  setReached(cardId: string, reached: number | null): boolean;
  /** Checked status flow; verifying a card made for a need also closes the need (met). */
  move(id: string, to: InterventionStatus, verification?: Verification): MoveVerdict;
  /** Anyone who writes the board may comment on any card; false for an empty text or a viewer. */
  comment(interventionId: string, text: string): boolean;
  /**
   * Closes the family's open needs, with `reason` in the history (a deleted family: "family-deleted"),
   * so they leave every list of open needs and pickers, on devices without the roster too. Returns how many.
   */
  closeFamilyNeeds(familyId: string, reason: string): number;
}

function readCards(doc: Y.Doc): BoardCard[] {
  const map = interventionsMap(doc);
  const comments = readComments(doc);
  return readInterventions(doc)
    .map((i) => ({ ...i, ...readInterventionDetails(map.get(i.id)), verification: readVerification(map.get(i.id)), comments: comments.filter((c) => c.interventionId === i.id), plan: readPlanLink(map.get(i.id)) }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || (a.id < b.id ? -1 : 1));
}

/**
 * The only projection of the board document for the UI: plain data recomputed on
 * each change (tens to hundreds of records), and actions that check the shared
 * permissions first, so the relay never has to refuse (and close) this device.
 */
export function createBoardState(doc: Y.Doc, actor: BoardActor): [BoardState, BoardActions] {
  const [view, setView] = createSignal(readBoardView(doc), { equals: false });
  const [cards, setCards] = createSignal(readCards(doc), { equals: false });
  const observer = () => {
    setView(readBoardView(doc));
    setCards(readCards(doc));
  };
  doc.on("update", observer);
  onCleanup(() => doc.off("update", observer));
  // Attached before the device's copy loads (workspace.ts): a card copy Yjs drops when two phones
  // made one derived card while apart has its edits written onto the copy it keeps.
  onCleanup(keepDroppedCopyEdits(doc, actor));
  const now = () => new Date();

  const actions: BoardActions = {
    publishNeed(fields) {
      if (!canPublishNeed(actor)) return null;
      if (view().needs.some((n) => !n.closed && n.familyId === fields.familyId && n.reason === fields.reason)) return null;
      const id = newId();
      return publishNeed(doc, id, fields, actor.name, now()) ? id : null;
    },
    claimNeed(need, agency, note = "") {
      if (!canClaim(actor, { agency })) return null;
      const live = need.resolution ? [need.resolution.winner, ...need.resolution.pending, ...need.resolution.sameAgency] : [];
      if (live.some((c) => c?.agency === agency)) return null;
      const id = newId();
      const fields = { target: claimTargetOf("need", need.id), familyId: need.familyId, domain: need.domain, agency, note };
      return claim(doc, id, fields, actor.name, now()) ? id : null;
    },
    claimFamily(familyId, domain, agency, note = "") {
      if (!canClaim(actor, { agency })) return null;
      const id = newId();
      const fields = { target: claimTargetOf("family", familyId), familyId, domain, agency, note };
      return claim(doc, id, fields, actor.name, now()) ? id : null;
    },
    withdraw(claimId, reason) {
      const c = view().claims.find((x) => x.id === claimId);
      return !!c && canWithdraw(actor, c) && withdrawClaim(doc, claimId, actor.name, reason, now());
    },
    reassign(claimId, toAgency, reason) {
      if (!canReassign(actor) || !reason.trim()) return false;
      return reassign(doc, { id: newId(), claimId, newClaimId: newId(), toAgency, reason: reason.trim() }, actor.name, now());
    },
    addIntervention(fields, details, derivedId) {
      if (derivedId !== undefined) {
        addDerivedIntervention(doc, derivedId, fields, details, now(), actor.name);
        return derivedId;
      }
      const id = newId();
      doc.transact(() => {
        addIntervention(doc, id, fields, now(), actor.name);
        writeInterventionDetails(doc, id, details);
      });
      return id;
    },
    addPlanCard(fields, details, link, derivedId) {
      let id = "";
      doc.transact(() => {
        id = actions.addIntervention(fields, details, derivedId);
        // a derived card this device already had keeps its own link (and the reach recorded on it)
        if (!readPlanLink(interventionsMap(doc).get(id))) writePlanLink(doc, id, link);
      });
      return id;
    },
    setReached(cardId, reached) {
      const card = cards().find((c) => c.id === cardId);
      if (!card?.plan || actor.role === "viewer" || !canEditIntervention(actor, card)) return false;
      return writePlanLink(doc, cardId, { reached });
    },
    move(id, to, verification) {
      let verdict: MoveVerdict = { ok: false, reason: "unknown-intervention" };
      doc.transact(() => {
        verdict = moveIntervention(doc, id, to, actor, now(), verification);
        const card = cards().find((c) => c.id === id);
        if (verdict.ok && to === "verified" && card?.target.startsWith("need:") && canPublishNeed(actor)) {
          closeNeed(doc, card.target.slice("need:".length), actor.name, now(), "verified");
        }
      });
      return verdict;
    },
    comment: (interventionId, text) => actor.role !== "viewer" && addComment(doc, newId(8), interventionId, text, actor.name, now()),
    closeFamilyNeeds(familyId, reason) {
      if (!canPublishNeed(actor)) return 0;
      const open = view().needs.filter((n) => n.familyId === familyId && !n.closed);
      doc.transact(() => open.forEach((n) => closeNeed(doc, n.id, actor.name, now(), reason)));
      return open.length;
    },
  };
  return [{ view, cards, actor }, actions];
}
