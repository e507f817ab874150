import { describe, expect, it } from "vitest";
import { readSex } from "./sex.ts";

describe("readSex", () => {
  it.each([
    ["L", "M"], ["P", "F"], ["Laki-laki", "M"], ["LAKI-LAKI", "M"], ["Perempuan", "F"], ["LK", "M"], ["PR", "F"],
    ["Pria", "M"], ["Wanita", "F"], ["M", "M"], ["F", "F"], ["1", "M"], ["2", "F"],
  ])("%s -> %s", (text, sex) => {
    expect(readSex(text)).toMatchObject({ sex, unknown: false });
  });

  it("names what it cannot read and leaves the sex empty", () => {
    expect(readSex("X")).toMatchObject({ sex: "", unknown: true });
    expect(readSex(null)).toMatchObject({ sex: "", unknown: false });
  });
});
