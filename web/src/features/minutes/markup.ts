/**
 * The notes' lightweight markup, read line by line: "# Judul" and "## Subjudul",
 * "- butir" (or "* butir"), "1. butir", "**tebal**" inside a line; anything else is
 * a paragraph. It is only ever rendered as text nodes, never as HTML.
 */
export interface Inline {
  text: string;
  bold: boolean;
}

export type Block =
  | { kind: "heading"; level: 1 | 2; inline: Inline[] }
  | { kind: "list"; ordered: boolean; items: Inline[][] }
  | { kind: "paragraph"; inline: Inline[] };

export function parseInline(line: string): Inline[] {
  const out: Inline[] = [];
  const parts = line.split("**");
  // an unmatched "**" stays as typed
  const closed = parts.length % 2 === 1;
  parts.forEach((text, i) => {
    const bold = i % 2 === 1 && (closed || i < parts.length - 1);
    const shown = i % 2 === 1 && !bold ? `**${text}` : text;
    if (shown) out.push({ text: shown, bold });
  });
  return out;
}

export function parseMarkup(source: string): Block[] {
  const blocks: Block[] = [];
  for (const raw of source.split("\n")) {
    const line = raw.trimEnd();
    const heading = /^(#{1,2})\s+(.*)$/.exec(line);
    const bullet = /^\s*[-*]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d+[.)]\s+(.*)$/.exec(line);
    const last = blocks[blocks.length - 1];
    if (heading) blocks.push({ kind: "heading", level: heading[1]!.length === 1 ? 1 : 2, inline: parseInline(heading[2]!) });
    else if (bullet || numbered) {
      const ordered = !bullet;
      const item = parseInline((bullet ?? numbered)![1]!);
      if (last?.kind === "list" && last.ordered === ordered) last.items.push(item);
      else blocks.push({ kind: "list", ordered, items: [item] });
    } else if (line.trim()) blocks.push({ kind: "paragraph", inline: parseInline(line) });
  }
  return blocks;
}
