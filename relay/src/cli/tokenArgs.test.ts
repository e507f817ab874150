import { describe, expect, it } from "vitest";
import { parseTokenArgs } from "./tokenArgs.ts";

describe("token CLI arguments", () => {
  it("parses a full opd request", () => {
    expect(parseTokenArgs(["--workspace", "desa-a", "--role", "opd", "--opd", "DINKES", "--name", "Bu Ani", "--days", "7"])).toEqual({
      workspace: "desa-a",
      role: "opd",
      opd: "DINKES",
      name: "Bu Ani",
      days: 7,
    });
  });

  it("defaults to 30 days", () => {
    expect(parseTokenArgs(["--workspace", "desa-a", "--role", "viewer"])).toEqual({ workspace: "desa-a", role: "viewer", days: 30 });
  });

  it("parses a district request: its space is its prefix", () => {
    expect(parseTokenArgs(["--role", "district", "--wilayah", "53.71", "--name", "Dinas P2KB"])).toEqual({
      workspace: "53.71",
      role: "district",
      wilayah: "53.71",
      name: "Dinas P2KB",
      days: 30,
    });
  });

  it.each([
    [[]],
    [["--role", "district"]],
    [["--role", "district", "--wilayah", "53.7"]],
    [["--role", "district", "--wilayah", "53.71.01.1001"]],
    [["--role", "district", "--wilayah", "53.71", "--workspace", "desa-a"]],
    [["--workspace", "desa-a", "--role", "kader", "--wilayah", "53.71"]],
    [["--role", "kader"]],
    [["--workspace", "Desa A", "--role", "kader"]],
    [["--workspace", "desa-a", "--role", "camat"]],
    [["--workspace", "desa-a", "--role", "opd"]],
    [["--workspace", "desa-a", "--role", "kader", "--opd", "DINKES"]],
    [["--workspace", "desa-a", "--role", "kader", "--days", "0"]],
    [["--workspace", "desa-a", "--role", "kader", "--days", "366"]],
    [["--workspace", "desa-a", "--role", "kader", "--extra", "x"]],
    [["--workspace", "desa-a", "--role"]],
  ])("refuses %j with a message", (argv) => {
    expect(typeof parseTokenArgs(argv)).toBe("string");
  });
});
