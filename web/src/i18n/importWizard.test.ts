import { describe, expect, it } from "vitest";
import { CATALOGUE, FILE_MESSAGES, LIST_KINDS, ROW_MESSAGES } from "@shared/import/index.ts";
import { NO_KK_MESSAGES } from "@shared/rules/idMessages.ts";
import { MATCH_EVIDENCE_MESSAGES } from "@shared/rules/matching/index.ts";
import { EVIDENCE_EN, FIELD_LABELS_EN, FILE_MESSAGES_EN, importWizardEn, importWizardId, KIND_LABELS_EN, NO_KK_MESSAGES_EN, ROW_MESSAGES_EN } from "./importWizard.ts";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("import wizard messages", () => {
  it.each([
    ["wizard texts", importWizardId, importWizardEn],
    ["file problems", FILE_MESSAGES, FILE_MESSAGES_EN],
    ["row problems", ROW_MESSAGES, ROW_MESSAGES_EN],
    ["No. KK structure", NO_KK_MESSAGES, NO_KK_MESSAGES_EN],
    ["matcher's evidence", MATCH_EVIDENCE_MESSAGES, EVIDENCE_EN],
  ] as Array<[string, Record<string, string>, Record<string, string>]>)("English has every key of the Indonesian %s, with the same placeholders", (_, id, en) => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    for (const key of Object.keys(id)) expect([key, placeholders(en[key]!)]).toEqual([key, placeholders(id[key]!)]);
  });

  it("has an English label for every field and kind of list the reader offers", () => {
    for (const kind of LIST_KINDS) {
      expect(KIND_LABELS_EN[kind]).toBeTruthy();
      for (const spec of CATALOGUE[kind]) expect(FIELD_LABELS_EN[spec.field]).toBeTruthy();
    }
  });
});
