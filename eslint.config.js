// ESLint with typescript-eslint's type-aware rules: they see through types to
// catch what tsc lets pass, such as a promise nobody awaits or handles
// (no-floating-promises, no-misused-promises) and `any` leaking into typed
// code (no-unsafe-*). Formatting is Prettier's job, not ESLint's.
import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig(
  globalIgnores([
    "_site/",
    ".cache/",
    "node_modules/",
    "content/",
    "tests/corpus/",
    "tests/hostile/",
    "tests/html/",
    "tests/fixtures/",
    "docs/",
  ]),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // node:test runs every test() and describe() itself and reports their failures: their promises are not lost.
      "@typescript-eslint/no-floating-promises": [
        "error",
        {
          allowForKnownSafeCalls: [{ from: "package", package: "node:test", name: ["test", "describe", "it", "suite", "before", "after"] }],
        },
      ],
    },
  },
  {
    // Plain JavaScript (the build's loader, the worker threads, this file) has no types to check against.
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // The search page's script runs in the browser, after Pagefind's own UI script defines PagefindUI.
    files: ["public/**/*.js"],
    languageOptions: { globals: { ...globals.browser, PagefindUI: "readonly" } },
  },
);
