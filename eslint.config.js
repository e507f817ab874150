import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

// Dependency direction is part of lint: shared/ imports neither web/ nor relay/,
// the relay never imports the web app, and UI components never import yjs
// (web/src/state projects Yjs into Solid stores; web/src/sync owns providers).
export default tseslint.config(
  { ignores: ["dist/", "dist-relay/", "node_modules/", "data/", "test-results/", "playwright-report/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    files: ["shared/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/web/**", "**/relay/**"], message: "shared/ must not import web/ or relay/." }] }],
    },
  },
  {
    files: ["relay/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/web/**"], message: "The relay must not import the web app." }] }],
    },
  },
  {
    files: ["web/src/features/**/*.{ts,tsx}", "web/src/ui/**/*.{ts,tsx}", "web/src/app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "yjs", message: "Components read stores and call actions from web/src/state; they never import yjs." },
            { name: "y-websocket", message: "Providers live in web/src/sync." },
            { name: "y-indexeddb", message: "Providers live in web/src/sync." },
          ],
          patterns: [{ group: ["**/relay/**", "**/crdt/**", "@shared/crdt/*"], message: "Components go through web/src/state." }],
        },
      ],
    },
  },
);
