import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { KeyedCache, cacheEnabled, defaultCacheDir } from "./article-cache.ts";
import { packageVersion } from "./package-version.ts";

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

/**
 * The stored HTML for this file's text, or `render()`'s result, remembered.
 * Kept under the file's name, so an edited article replaces its old entry
 * (and the file is compacted once old entries outnumber live ones).
 */
export function cachedArticleHtml(file: string, body: string, format: string, render: () => string): string {
  const cache = open();
  if (!cache) return render();
  const hash = createHash("sha256").update(format).update("\u0000").update(body).digest("hex");
  const hit = cache.get(file, hash);
  if (hit) return hit.html;
  const html = render();
  cache.set(file, hash, { html });
  return html;
}

/** Writes what this build rendered; called once the site data is ready. */
export function saveHtmlCache(): void {
  if (store) store.save();
}
