import { For, Match, Switch } from "solid-js";
import { parseMarkup, type Block, type Inline } from "./markup.ts";

function Line(props: { inline: Inline[] }) {
  return <For each={props.inline}>{(part) => (part.bold ? <strong>{part.text}</strong> : <>{part.text}</>)}</For>;
}

function BlockView(props: { block: Block }) {
  return (
    <Switch>
      <Match when={props.block.kind === "heading" && props.block} keyed>
        {(b) => (b.level === 1 ? <h3><Line inline={b.inline} /></h3> : <h4><Line inline={b.inline} /></h4>)}
      </Match>
      <Match when={props.block.kind === "list" && props.block} keyed>
        {(b) => {
          const items = <For each={b.items}>{(item) => <li><Line inline={item} /></li>}</For>;
          return b.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
        }}
      </Match>
      <Match when={props.block.kind === "paragraph" && props.block} keyed>
        {(b) => <p><Line inline={b.inline} /></p>}
      </Match>
    </Switch>
  );
}

/** The notes rendered from their markup (text nodes only). */
export function Markup(props: { source: string; testId?: string }) {
  return (
    <div class="markup" data-testid={props.testId}>
      <For each={parseMarkup(props.source)}>{(block) => <BlockView block={block} />}</For>
    </div>
  );
}
