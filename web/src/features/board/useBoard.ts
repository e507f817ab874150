import { STARTER_AGENCIES, type Agency } from "@shared/model/index.ts";
import { useWorkspace } from "../../state/context.ts";
import type { BoardActions, BoardState } from "../../state/board.ts";

/**
 * The board state and actions of the open workspace, plus the agency list: the
 * lurah's OPD list from the meta document, the starter list while it is empty,
 * and always the liaison's own agency.
 */
export function useBoard(): {
  state: BoardState;
  actions: BoardActions;
  agencies: () => Agency[];
  agencyName: (code: string) => string;
  writable: boolean;
  /** true when the roster says the family was deleted (devices without the roster see its needs closed) */
  familyGone: (familyId: string) => boolean;
} {
  const ws = useWorkspace();
  const [state, actions] = ws.board!;
  const agencies = () => {
    const list = ws.meta?.agencies() ?? [];
    const base = list.length > 0 ? list : STARTER_AGENCIES;
    return ws.agency && !base.some((a) => a.code === ws.agency) ? [...base, { code: ws.agency, name: ws.agency }] : base;
  };
  // names of inactive agencies too: old claims and cards still name them
  const agencyName = (code: string) => (ws.meta?.allAgencies() ?? agencies()).find((a) => a.code === code)?.name ?? agencies().find((a) => a.code === code)?.name ?? code;
  const familyGone = (familyId: string) => {
    const status = familyId ? ws.roster?.[0].status(familyId) : undefined;
    return status === "deleted" || status === "purged";
  };
  return { state, actions, agencies, agencyName, writable: ws.canWrite("board"), familyGone };
}
