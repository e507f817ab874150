import { describe, expect, it } from "vitest";
import { chooseEncoding, type Encoding } from "./encoding.ts";

const BOTH: Encoding[] = ["br", "gzip"];

describe("chooseEncoding picks the precompressed copy a browser accepts", () => {
  it.each<[string, string | undefined, Encoding[], Encoding | null]>([
    ["Chromium over https", "gzip, deflate, br, zstd", BOTH, "br"],
    ["a browser without brotli (plain http on the LAN)", "gzip, deflate", BOTH, "gzip"],
    ["no header", undefined, BOTH, null],
    ["an empty header", "", BOTH, null],
    ["identity only", "identity", BOTH, null],
    ["brotli refused with q=0", "br;q=0, gzip", BOTH, "gzip"],
    ["everything refused", "*;q=0", BOTH, null],
    ["a wildcard", "*", BOTH, "br"],
    ["a wildcard with brotli refused", "br;q=0, *", BOTH, "gzip"],
    ["gzip preferred by q", "br;q=0.5, gzip;q=0.9", BOTH, "gzip"],
    ["equal q: the smaller brotli", "gzip;q=0.8, br;q=0.8", BOTH, "br"],
    ["the old x-gzip name", "x-gzip", BOTH, "gzip"],
    ["upper case and spaces", " GZIP ; Q = 1 ,  BR ", BOTH, "br"],
    ["only a gzip copy exists", "br, gzip", ["gzip"], "gzip"],
    ["no copy exists", "br, gzip", [], null],
    ["brotli accepted but only brotli missing", "br", ["gzip"], null],
    ["a q out of range is ignored", "br;q=7, gzip", BOTH, "gzip"],
    ["a q that is not a number is ignored", "br;q=abc, gzip", BOTH, "gzip"],
    ["garbage", ";;,,;q=,=", BOTH, null],
  ])("%s", (_, header, available, expected) => {
    expect(chooseEncoding(header, available)).toBe(expected);
  });
});
