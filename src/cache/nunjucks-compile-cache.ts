import { createRequire } from "node:module";

/**
 * Eleventy makes a new Nunjucks template object for every paginated page, so
 * the same template text (a topic page's body, its permalink, its title) is
 * parsed and compiled once per page: thousands of times for one source. This
 * keeps the compiled functions per Nunjucks environment and text, and hands
 * them to each new template object, as Nunjucks' own precompiled mode does.
 */
interface NunjucksTemplate {
  tmplStr: string;
  tmplProps?: unknown;
  path?: string;
  env: { asyncFilters: string[]; extensionsList: unknown[]; opts: unknown };
}

let installed = false;

export function installNunjucksCompileCache(): void {
  if (installed) return;
  installed = true;
  // The copy of Nunjucks that Eleventy itself loads.
  const require = createRequire(createRequire(import.meta.url).resolve("@11ty/eleventy"));
  const nunjucks = require("nunjucks") as { Template: { prototype: { _compile(): void } } };
  const compiler = require("nunjucks/src/compiler") as { compile(source: string, asyncFilters: string[], extensions: unknown[], name: string | undefined, opts: unknown): string };
  const byEnvironment = new WeakMap<object, Map<string, unknown>>();
  const original = nunjucks.Template.prototype._compile;
  nunjucks.Template.prototype._compile = function (this: NunjucksTemplate) {
    if (!this.tmplProps && typeof this.tmplStr === "string") {
      let compiled = byEnvironment.get(this.env);
      if (!compiled) byEnvironment.set(this.env, (compiled = new Map()));
      // Async filters and extensions change the generated code: they are part of the key.
      const key = `${this.env.asyncFilters.join(",")}\u0000${this.env.extensionsList.length}\u0000${this.path ?? ""}\u0000${this.tmplStr}`;
      let props = compiled.get(key);
      if (!props) {
        props = new Function(compiler.compile(this.tmplStr, this.env.asyncFilters, this.env.extensionsList, this.path, this.env.opts))();
        compiled.set(key, props);
      }
      this.tmplProps = props;
    }
    original.call(this);
  };
}
