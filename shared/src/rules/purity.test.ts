import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// The rules run in the browser, in the relay and in tests alike: plain data
// in, plain data out. Runtime files may import nothing but each other and
// model types (tests may use node:fs to read fixtures).
const root = new URL("./", import.meta.url);
const runtimeFiles = (readdirSync(root, { recursive: true }) as string[]).filter(
  (file) => file.endsWith(".ts") && !file.endsWith(".test.ts"),
);

describe("shared/src/rules stays pure", () => {
  it.each(runtimeFiles.map((file) => [file]))("%s imports only rules and model", (file) => {
    const source = readFileSync(new URL(file, root), "utf8");
    const imports = [...source.matchAll(/from\s+"([^"]+)"/g)].map((match) => match[1] ?? "");
    for (const specifier of imports) {
      expect(specifier, `${file} imports ${specifier}`).toMatch(/^\.{1,2}\//);
      expect(specifier, `${file} imports ${specifier}`).not.toMatch(/crdt|web\/|relay\/|testing\//);
    }
  });
});
