import { describe, expect, it } from "vitest";
import {
  AID_PROGRAMMES, CONSENT_METHODS, CONTRACEPTIONS, EDUCATIONS, MARITAL_STATUSES, POSITIONS, RELATIONS, TOILETS, VISIT_ACTIVITIES, WATER_SOURCES,
} from "../../model/index.ts";
import { boolOrNull, code, codeSet, consent, day, numberOrNull, seconds, text, type Codec } from "./codecs.ts";
import {
  AID_CODES, CONSENT_CODES, CONTRACEPTION_CODES, EDUCATION_CODES, MARITAL_CODES, POSITION_CODES, RELATION_CODES, TOILET_CODES, VISIT_ACTIVITY_CODES, WATER_CODES,
} from "./codes.ts";
import { parseKey, parseSubKey } from "./keys.ts";

describe("stored codes", () => {
  it.each([
    ["water", WATER_SOURCES, WATER_CODES],
    ["toilet", TOILETS, TOILET_CODES],
    ["aid", AID_PROGRAMMES, AID_CODES],
    ["consent", CONSENT_METHODS, CONSENT_CODES],
    ["relation", RELATIONS, RELATION_CODES],
    ["education", EDUCATIONS, EDUCATION_CODES],
    ["marital", MARITAL_STATUSES, MARITAL_CODES],
    ["contraception", CONTRACEPTIONS, CONTRACEPTION_CODES],
    ["position", POSITIONS, POSITION_CODES],
    ["visit activity", VISIT_ACTIVITIES, VISIT_ACTIVITY_CODES],
  ] as Array<[string, readonly string[], readonly string[]]>)("every %s value of the model has a stored code", (_, model, codes) => {
    for (const value of model) expect(codes).toContain(value);
  });

  it("keeps the codes already written (append-only tables)", () => {
    // documents in the field depend on these numbers: a failure here means a table was reordered
    expect(WATER_CODES.indexOf("sungai")).toBe(8);
    expect(TOILET_CODES.indexOf("tidak_ada")).toBe(2);
    expect(EDUCATION_CODES.indexOf("perguruan_tinggi")).toBe(5);
    expect(CONTRACEPTION_CODES.indexOf("tidak")).toBe(2);
    expect(VISIT_ACTIVITY_CODES.indexOf("konseling_kb")).toBe(5);
    expect(VISIT_ACTIVITY_CODES.length).toBeLessThanOrEqual(31); // bits of one small integer (codeSet)
  });
});

const cases: Array<[string, Codec<unknown>, unknown, unknown]> = [
  ["text", text, "Siti Bria", "Siti Bria"],
  ["empty text is not stored", text, "", null],
  ["number", numberOrNull, 87.5, 87.5],
  ["no number", numberOrNull, null, null],
  ["bool", boolOrNull, false, false],
  ["water source", code(WATER_CODES, ""), "ledeng", 1],
  ["unanswered water source", code(WATER_CODES, ""), "", null],
  ["date as days since 1970", day(""), "2024-02-29", 19782],
  ["no date", day(null), null, null],
  ["timestamp as seconds", seconds, "2026-11-22T10:00:00.000Z", 1795341600],
  ["consent in one value", consent, { how: "lisan", at: "2026-01-05", by: "Yohanes Seran" }, [1, 20458, "Yohanes Seran"]],
  ["no consent", consent, null, null],
  ["activities as bits", codeSet(VISIT_ACTIVITY_CODES), ["konseling", "rujukan_puskesmas", "lainnya"], 0b1000101],
  ["no activity", codeSet(VISIT_ACTIVITY_CODES), [], null],
];

describe("codecs", () => {
  it.each(cases)("%s: encodes compactly and decodes back", (_, codec, value, stored) => {
    expect(codec.encode(value)).toEqual(stored);
    expect(codec.decode(codec.encode(value))).toEqual(value === "" ? "" : value);
  });

  it.each([
    ["text", text, 42, ""],
    ["number", numberOrNull, "12", null],
    ["code out of range", code(WATER_CODES, ""), 99, ""],
    ["code not an integer", code(WATER_CODES, ""), 1.5, ""],
    ["date as a string", day(""), "2024-02-29", ""],
    ["absurd day", day(null), 1e9, null],
    ["consent with a bad method", consent, [7, 20458, "x"], null],
    ["consent as an object", consent, { how: 0 }, null],
    ["activities as a list", codeSet(VISIT_ACTIVITY_CODES), ["konseling"], []],
    ["negative activity bits", codeSet(VISIT_ACTIVITY_CODES), -1, []],
  ] as Array<[string, Codec<unknown>, unknown, unknown]>)("%s written by an untrusted peer decodes to empty", (_, codec, raw, empty) => {
    expect(codec.decode(raw)).toEqual(empty);
  });
});

describe("roster keys", () => {
  it.each([
    ["k7x2q9w0ab1c", { kind: "household", householdId: "k7x2q9w0ab1c", id: "k7x2q9w0ab1c" }, undefined],
    ["k7x2q9w0ab1c.ma1b2c3", { kind: "member", householdId: "k7x2q9w0ab1c", id: "a1b2c3" }, undefined],
    ["k7x2q9w0ab1c.uz9y8x7", { kind: "measurement", householdId: "k7x2q9w0ab1c", id: "z9y8x7" }, undefined],
    ["k7x2q9w0ab1c/jamban/e1", { kind: "household", householdId: "k7x2q9w0ab1c", id: "k7x2q9w0ab1c" }, { field: "jamban", entryId: "e1" }],
    ["k7x2q9w0ab1c/aid.PKH/e1", { kind: "household", householdId: "k7x2q9w0ab1c", id: "k7x2q9w0ab1c" }, { field: "aid.PKH", entryId: "e1" }],
    ["k7x2q9w0ab1c.vq1w2e3", { kind: "visit", householdId: "k7x2q9w0ab1c", id: "q1w2e3" }, undefined],
    ["k7x2q9w0ab1c.vq1w2e3/notes/e3", { kind: "visit", householdId: "k7x2q9w0ab1c", id: "q1w2e3" }, { field: "notes", entryId: "e3" }],
    ["k7x2q9w0ab1c.uz9y8x7/lengthCm/e2", { kind: "measurement", householdId: "k7x2q9w0ab1c", id: "z9y8x7" }, { field: "lengthCm", entryId: "e2" }],
  ])("%s", (key, record, edit) => {
    const parsed = parseKey(key);
    expect(parsed?.record).toMatchObject(record);
    expect(parsed?.edit).toEqual(edit);
    // the fast path used when reading a household gives the same answer
    const sub = parseSubKey(key, record.householdId);
    if (key === record.householdId) expect(sub).toBeNull();
    else expect(sub).toEqual({ kind: record.kind, id: record.id, recordKey: parsed!.record.key, ...(edit ? { edit } : {}) });
  });

  it.each(["a.b", "a.x1", "a.m", "a.m1/", "a.m1//e", "a/f", "a/f/", "a//e", "a.m1/f/e/extra", "a/f/e e", "a.m1 x", "ab"])("the fast path ignores %j of household a", (key) => {
    expect(parseSubKey(key, "a")).toBeNull();
  });

  it.each(["", "a.b", "a.x1", "a.m", "a/b", "a/b/", "a//e", "a b", "a.m1/f/e/extra", "a/f g/e"])("ignores %j", (key) => {
    expect(parseKey(key)).toBeNull();
  });
});
