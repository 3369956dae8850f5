/**
 * A tiny static file server for a built site, on 127.0.0.1 and a random port,
 * for the browser tests, screenshots and Lighthouse. Serves the site under
 * `prefix` (e.g. `/india-russia-calls/`), like a host would, and `404.html`
 * for missing pages.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".wasm": "application/wasm",
};

export interface StaticServer {
  /** e.g. `http://127.0.0.1:41234/india-russia-calls/` */
  url: string;
  close(): Promise<void>;
}

export async function serveStatic(root: string, prefix = "/"): Promise<StaticServer> {
  const base = path.resolve(root);
  const respond = async (req: IncomingMessage, res: ServerResponse) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const file = pathname.startsWith(prefix) ? await resolveFile(base, pathname.slice(prefix.length)) : null;
    if (file) {
      res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
      res.end(await readFile(file));
      return;
    }
    const notFound = await resolveFile(base, "404.html");
    res.writeHead(404, { "content-type": TYPES[".html"]! });
    res.end(notFound ? await readFile(notFound) : "Not found");
  };
  // Node's server ignores the handler's promise: a failure (a malformed address, a file gone mid-read) is answered here, not lost.
  const server = createServer((req, res) => {
    respond(req, res).catch((error: Error) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end(error.message);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** The file a site path names (a folder means its index.html), never outside the root. */
async function resolveFile(root: string, sitePath: string): Promise<string | null> {
  const target = path.resolve(root, `.${path.posix.normalize(`/${sitePath}`)}`);
  if (target !== root && !target.startsWith(root + path.sep)) return null;
  for (const candidate of [target, path.join(target, "index.html")]) {
    const info = await stat(candidate).catch(() => null);
    if (info?.isFile()) return candidate;
  }
  return null;
}
