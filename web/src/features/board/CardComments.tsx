import { createSignal, For, Show } from "solid-js";
import type { BoardComment } from "@shared/model/index.ts";
import { formatDate, t } from "../../i18n/index.ts";

/** The comments of one card, oldest first, and a box to add one (agencies coordinate here). */
export function CardComments(props: { comments: BoardComment[]; canComment: boolean; onComment: (text: string) => boolean }) {
  const [text, setText] = createSignal("");
  return (
    <div class="comments" data-testid="card-comments">
      <For each={props.comments}>
        {(c) => (
          <p class="comment" data-testid="card-comment">
            <strong>{c.by || t("common.none")}</strong> <span class="muted">{formatDate(c.at)}</span>
            <br />
            {c.text}
          </p>
        )}
      </For>
      <Show when={props.canComment}>
        <form
          class="comment-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (props.onComment(text())) setText("");
          }}
        >
          <input name="comment" placeholder={t("board.commentPlaceholder")} value={text()} maxLength={500} onInput={(e) => setText(e.currentTarget.value)} />
          <button type="submit" class="secondary" disabled={!text().trim()}>
            {t("board.commentSend")}
          </button>
        </form>
      </Show>
    </div>
  );
}
