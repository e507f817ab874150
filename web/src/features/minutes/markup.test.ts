import { describe, expect, it } from "vitest";
import { parseInline, parseMarkup } from "./markup.ts";

describe("notes markup", () => {
  it("reads headings, bullet and numbered lists and paragraphs", () => {
    expect(parseMarkup("# Hasil\n- air bersih\n- jamban\n1. satu\n2. dua\n\nLain-lain")).toEqual([
      { kind: "heading", level: 1, inline: [{ text: "Hasil", bold: false }] },
      { kind: "list", ordered: false, items: [[{ text: "air bersih", bold: false }], [{ text: "jamban", bold: false }]] },
      { kind: "list", ordered: true, items: [[{ text: "satu", bold: false }], [{ text: "dua", bold: false }]] },
      { kind: "paragraph", inline: [{ text: "Lain-lain", bold: false }] },
    ]);
  });

  it("makes **text** bold and leaves an unmatched marker as typed", () => {
    expect(parseInline("Hadir **12** orang")).toEqual([
      { text: "Hadir ", bold: false },
      { text: "12", bold: true },
      { text: " orang", bold: false },
    ]);
    expect(parseInline("a **b")).toEqual([
      { text: "a ", bold: false },
      { text: "**b", bold: false },
    ]);
  });
});
