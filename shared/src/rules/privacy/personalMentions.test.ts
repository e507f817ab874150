import { describe, expect, it } from "vitest";
import { buildMentionIndex, findMentions, type Mention } from "./personalMentions.ts";

const ROSTER = buildMentionIndex([
  { name: "Fransiskus Xaverius Lake" },
  { name: "Maria Goreti Lake", nik: "5371014501900002" },
  { name: "Suharti", nik: "5371016203850001" },
  { name: "M. Yusuf" },
  { name: "Indah" },
  { name: "Siti Nur'aini" },
  { name: "Al" },
]);

const names = (text: string) => findMentions(ROSTER, text).filter((m) => m.kind === "name").map((m) => m.text);

describe("names of the roster typed into notes others read", () => {
  it.each([
    ["the full name", "Kunjungan ke Fransiskus Xaverius Lake minggu lalu.", ["Fransiskus Xaverius"]],
    ["first and last name", "Keluarga Fransiskus Lake belum punya jamban.", ["Fransiskus Lake"]],
    ["two later words of a name", "Bu Goreti Lake hamil lagi.", ["Goreti Lake"]],
    ["in any case", "MARIA GORETI perlu dirujuk", ["MARIA GORETI"]],
    ["with an apostrophe typed or not", "Siti Nuraini dan Siti Nur'aini", ["Siti Nuraini"]],
    ["a one-word name with a capital", "Ibu Suharti hadir.", ["Suharti"]],
    ["a name whose one-letter word is left out", "Pak Yusuf (M. Yusuf) lapor.", ["Yusuf"]],
  ])("finds %s", (_what, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ["a one-word name in lower case (an ordinary word)", "suasana rapat indah dan tertib"],
    ["a single word of a multi-word name", "Lake Toba bukan nama keluarga di sini; Maria datang."],
    ["words of two different names side by side", "Xaverius Goreti"],
    ["a one-word name shorter than three letters", "Al hadir"],
    ["nothing personal", "Rapat membahas jamban sehat di RT 3. Kel. F. L. sudah dikunjungi."],
  ])("does not flag %s", (_what, text) => {
    expect(names(text)).toEqual([]);
  });

  it("leaves out people who may be named: the pokja's members and the meeting's attendees", () => {
    const pokja = buildMentionIndex([{ name: "Suharti" }, { name: "Maria Goreti Lake" }]);
    const text = "Bu Suharti (kader) dan Maria Goreti mengunjungi Fransiskus Lake.";
    expect(findMentions(ROSTER, text, pokja).map((m) => m.text)).toEqual(["Fransiskus Lake"]);
    expect(findMentions(ROSTER, text).map((m) => m.text)).toEqual(["Suharti", "Maria Goreti", "Fransiskus Lake"]);
  });

  it("lists each mention once, in the order it first appears", () => {
    expect(names("Suharti, lalu Maria Goreti, lalu suharti dan Suharti lagi")).toEqual(["Suharti", "Maria Goreti"]);
  });
});

describe("NIKs and other 16-digit numbers", () => {
  it.each<[string, string, Mention[]]>([
    ["a roster NIK", "NIK 5371014501900002 belum valid", [{ kind: "nik", text: "5371014501900002", known: true }]],
    ["a NIK typed in groups", "NIK 5371 0162 0385 0001", [{ kind: "nik", text: "5371 0162 0385 0001", known: true }]],
    ["a 16-digit number not in the roster (a No. KK, another NIK)", "KK 5371010101200003", [{ kind: "nik", text: "5371010101200003", known: false }]],
  ])("flags %s", (_what, text, expected) => {
    expect(findMentions(ROSTER, text)).toEqual(expected);
  });

  it.each([
    ["a masked NIK", "NIK 5371********0002"],
    ["a 15-digit number", "537101450190000"],
    ["part of a longer number", "53710145019000021"],
    ["a phone number", "0812 3456 7890"],
  ])("leaves %s alone", (_what, text) => {
    expect(findMentions(ROSTER, text)).toEqual([]);
  });
});
