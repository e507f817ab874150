import { describe, expect, it } from "vitest";
import { parseWorkspaceArgs } from "./workspaceArgs.ts";

describe("workspace CLI arguments", () => {
  it("parses a registration", () => {
    expect(parseWorkspaceArgs(["--id", "desa-contoh", "--wilayah", "53.71.01.1001", "--name", "Kelurahan Namosain"])).toEqual({
      action: "register",
      id: "desa-contoh",
      kodeWilayah: "53.71.01.1001",
      name: "Kelurahan Namosain",
    });
  });

  it("parses a listing, all or under a prefix", () => {
    expect(parseWorkspaceArgs(["--list"])).toEqual({ action: "list", prefix: null });
    expect(parseWorkspaceArgs(["--list", "--wilayah", "53.71"])).toEqual({ action: "list", prefix: "53.71" });
  });

  it.each([
    [[]],
    [["--id", "desa-a", "--name", "A"]],
    [["--id", "desa-a", "--wilayah", "53.71.01", "--name", "A"]],
    [["--id", "desa-a", "--wilayah", "5371011001", "--name", "A"]],
    [["--id", "Desa A", "--wilayah", "53.71.01.1001", "--name", "A"]],
    [["--id", "desa-a", "--wilayah", "53.71.01.1001"]],
    [["--id", "desa-a", "--wilayah", "53.71.01.1001", "--name", "  "]],
    [["--id", "desa-a", "--wilayah", "53.71.01.1001", "--name", "A\nB"]],
    [["--list", "--wilayah", "53.7"]],
    [["--list", "--id", "desa-a"]],
    [["--id", "desa-a", "--extra", "x"]],
  ])("refuses %j with a message", (argv) => {
    expect(typeof parseWorkspaceArgs(argv)).toBe("string");
  });
});
