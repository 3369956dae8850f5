import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { KeyedCache, cacheEnabled, defaultCacheDir } from "./article-cache.ts";

/**
 * Rendered article HTML, kept between builds next to the extraction cache:
 * turning every article into HTML is a large share of a build that changed
 * nothing. Keyed by a hash of the format and the text; invalidated when the
 * renderer's source or the remark packages change.
 */
const RENDERER = path.resolve(import.meta.dirname, "../render/article-html.ts");

let store: KeyedCache<{ html: string }> | false | undefined;

function open(): KeyedCache<{ html: string }> | false {
  if (store !== undefined) return store;
  if (!cacheEnabled()) return (store = false);
  const versions = ["remark", "remark-html"].map(packageVersion);
  const fingerprint = createHash("sha256").update(readFileSync(RENDERER)).update(versions.join(",")).digest("hex");
  return (store = new KeyedCache(defaultCacheDir(), fingerprint, "article-html.ndjson"));
}

/** The installed version of a package, read from the package.json above its entry file. */
function packageVersion(name: string): string {
  let dir = path.dirname(fileURLToPath(import.meta.resolve(name)));
  while (dir !== path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, "utf8")) as { name?: string; version?: string };
      if (pkg.name === name) return pkg.version ?? "";
    }
    dir = path.dirname(dir);
  }
  return "";
}

/** The stored HTML for this text, or `render()`'s result, remembered. */
export function cachedArticleHtml(body: string, format: string, render: () => string): string {
  const cache = open();
  if (!cache) return render();
  const key = createHash("sha256").update(format).update("\u0000").update(body).digest("hex");
  const hit = cache.get(key, key);
  if (hit) return hit.html;
  const html = render();
  cache.set(key, key, { html });
  return html;
}

/** Writes what this build rendered; called once the site data is ready. */
export function saveHtmlCache(): void {
  if (store) store.save();
}
