import { createSignal, onCleanup, type Accessor } from "solid-js";
import type * as Y from "yjs";
import { newId, type Intervention, type InterventionFields, type InterventionStatus } from "@shared/model/index.ts";
import { addIntervention, interventionsMap, readInterventions, setInterventionStatus } from "@shared/crdt/board.ts";

export interface BoardState {
  interventions: Accessor<Intervention[]>;
}

export interface BoardActions {
  add(fields: InterventionFields): string;
  setStatus(id: string, status: InterventionStatus): void;
}

/** Projects the board into a signal; the board is small (tens to hundreds of cards). */
export function createBoardState(doc: Y.Doc): [BoardState, BoardActions] {
  const read = () => readInterventions(doc).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const [interventions, setInterventions] = createSignal(read());
  const observer = () => setInterventions(read());
  interventionsMap(doc).observeDeep(observer);
  onCleanup(() => interventionsMap(doc).unobserveDeep(observer));
  return [
    { interventions },
    {
      add(fields) {
        const id = newId();
        addIntervention(doc, id, fields, new Date());
        return id;
      },
      setStatus: (id, status) => void setInterventionStatus(doc, id, status, new Date()),
    },
  ];
}
