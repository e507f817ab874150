import { createSignal, For, on, createEffect, Show } from "solid-js";
import { DOC_KINDS, type DocKind } from "@shared/model/index.ts";
import type { AuditEntry, AuditPage } from "../../state/audit.ts";
import { useWorkspace } from "../../state/context.ts";
import { t } from "../../i18n/index.ts";
import { AuditEntries } from "./AuditEntries.tsx";

/**
 * Paging through a trail: the first page when `source` changes, older pages on request. `fetch`
 * gets the previous page's cursor (null for the first).
 */
export function createTrail(fetch: (before: number | null) => Promise<AuditPage>) {
  const [entries, setEntries] = createSignal<AuditEntry[]>([]);
  const [next, setNext] = createSignal<number | null>(null);
  const [state, setState] = createSignal<"loading" | "done" | "failed">("loading");
  const [error, setError] = createSignal("");
  let generation = 0;
  const load = async (reset: boolean) => {
    const mine = reset ? ++generation : generation;
    setState("loading");
    if (reset) setEntries([]);
    try {
      const page = await fetch(reset ? null : next());
      if (mine !== generation) return;
      setEntries([...entries(), ...page.entries]);
      setNext(page.next);
      setState("done");
    } catch (e) {
      if (mine !== generation) return;
      setError(e instanceof Error ? e.message : String(e));
      setState("failed");
    }
  };
  return { entries, next, state, error, load };
}

/** Pengaturan > Jejak perubahan: a document's trail, newest first (the lurah only). */
export function AuditTrail() {
  const ws = useWorkspace();
  const [kind, setKind] = createSignal<DocKind>("roster");
  const trail = createTrail(async (before) => (await ws.audit!()).documentPage(kind(), before));
  createEffect(on(kind, () => void trail.load(true)));
  return (
    <div class="audit-trail" data-testid="audit-trail">
      <p class="muted">{t("audit.intro")}</p>
      <label>
        {t("audit.doc")}{" "}
        <select data-testid="audit-doc" value={kind()} onChange={(e) => setKind(e.currentTarget.value as DocKind)}>
          <For each={DOC_KINDS}>{(k) => <option value={k}>{t(`audit.doc.${k}`)}</option>}</For>
        </select>
      </label>
      <TrailBody trail={trail} empty={t("audit.empty")} />
    </div>
  );
}

export function TrailBody(props: { trail: ReturnType<typeof createTrail>; empty: string }) {
  const trail = props.trail;
  return (
    <>
      <Show when={trail.entries().length > 0} fallback={<Show when={trail.state() === "done"}><p class="muted" data-testid="audit-empty">{props.empty}</p></Show>}>
        <AuditEntries entries={trail.entries()} />
      </Show>
      <Show when={trail.state() === "loading"}>
        <p class="muted">{t("audit.loading")}</p>
      </Show>
      <Show when={trail.state() === "failed"}>
        <p class="error" role="alert">{t("audit.failed", { message: trail.error() })}</p>
      </Show>
      <Show when={trail.state() === "done" && trail.next() !== null}>
        <button type="button" class="secondary" data-testid="audit-older" onClick={() => void trail.load(false)}>
          {t("audit.older")}
        </button>
      </Show>
    </>
  );
}
