import { STARTER_AGENCIES, type Agency } from "@shared/model/index.ts";
import { useWorkspace } from "../../state/context.ts";
import type { BoardActions, BoardState } from "../../state/board.ts";

/**
 * The board state and actions of the open workspace, plus the agency list: the
 * lurah's OPD list from the meta document, the starter list while it is empty,
 * and always the liaison's own agency.
 */
export function useBoard(): { state: BoardState; actions: BoardActions; agencies: () => Agency[]; agencyName: (code: string) => string; writable: boolean } {
  const ws = useWorkspace();
  const [state, actions] = ws.board!;
  const agencies = () => {
    const list = ws.meta?.agencies() ?? [];
    const base = list.length > 0 ? list : STARTER_AGENCIES;
    return ws.agency && !base.some((a) => a.code === ws.agency) ? [...base, { code: ws.agency, name: ws.agency }] : base;
  };
  const agencyName = (code: string) => agencies().find((a) => a.code === code)?.name ?? code;
  return { state, actions, agencies, agencyName, writable: ws.canWrite("board") };
}
