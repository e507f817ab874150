import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { demoLinkNotice } from "./demoLinkNotice.ts";

const LINK = "http://localhost:8080/#/gabung?token=eyJhbGciOi.payload.signature";

describe("demoLinkNotice", () => {
  const dirs: string[] = [];
  const dataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), "rembuk-demo-link-"));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it("shows the link to a person at a terminal and writes no file", () => {
    const dir = dataDir();
    expect(demoLinkNotice({ interactive: true, dataDir: dir, link: LINK })).toBe(`Buka Rembuk (desa contoh): ${LINK}`);
    expect(existsSync(join(dir, "demo-link.txt"))).toBe(false);
  });

  it("run as a service: no token in the output; the link is in DATA_DIR/demo-link.txt, readable by the owner only", () => {
    const dir = dataDir();
    const file = join(dir, "demo-link.txt");
    writeFileSync(file, "an older link\n", { mode: 0o644 });
    const notice = demoLinkNotice({ interactive: false, dataDir: dir, link: LINK });
    expect(notice).not.toContain("token");
    expect(notice).not.toContain("signature");
    expect(notice).toContain(file);
    expect(readFileSync(file, "utf8")).toBe(`${LINK}\n`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});
