import { createContext, useContext } from "solid-js";
import type { Workspace } from "./workspace.ts";

export const WorkspaceContext = createContext<Workspace>();

export function useWorkspace(): Workspace {
  const ws = useContext(WorkspaceContext);
  if (!ws) throw new Error("useWorkspace outside a WorkspaceContext");
  return ws;
}
