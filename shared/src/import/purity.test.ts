import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// The import runs in the browser, in a Web Worker and in Node (the CLI): bytes
// in, plain data out. Runtime files import each other, shared rules and model
// types, and the two readers; never a Node built-in, the DOM's documents, Yjs
// or the web app.
const root = new URL("./", import.meta.url);
const runtimeFiles = (readdirSync(root, { recursive: true }) as string[]).filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"));
const ALLOWED_PACKAGES = ["papaparse", "read-excel-file/universal"];

describe("shared/src/import stays portable", () => {
  it.each(runtimeFiles.map((file) => [file]))("%s imports only what runs everywhere", (file) => {
    const source = readFileSync(new URL(file, root), "utf8");
    const imports = [...source.matchAll(/from\s+"([^"]+)"/g)].map((match) => match[1] ?? "");
    for (const specifier of imports) {
      if (ALLOWED_PACKAGES.includes(specifier)) continue;
      expect(specifier, `${file} imports ${specifier}`).toMatch(/^\.{1,2}\//);
      expect(specifier, `${file} imports ${specifier}`).not.toMatch(/crdt|web\/|relay\/|testing\//);
    }
    const code = source.replace(/"(?:[^"\\\n]|\\.)*"/g, '""'); // "word/document.xml" is a name, not the DOM
    expect(code, `${file} touches the DOM`).not.toMatch(/\b(document|window)\./);
  });
});
