// A minimal static file handler for the demo and the browser tests: serves files under mounted
// folders, never outside them.
import { createReadStream, statSync } from "node:fs";
import { extname, join, normalize, sep } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".cjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".ts": "text/plain; charset=utf-8",
};

/** `mounts`: [[url prefix, folder]], longest prefix first. Returns a (req, res) handler. */
export function staticHandler(mounts) {
  return (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    for (const [prefix, folder] of mounts) {
      if (!path.startsWith(prefix)) continue;
      const rest = path.slice(prefix.length) || "index.html";
      const file = normalize(join(folder, rest.endsWith("/") ? `${rest}index.html` : rest));
      if (!file.startsWith(normalize(folder) + sep) && file !== normalize(folder)) break;
      let stat;
      try {
        stat = statSync(file);
      } catch {
        break;
      }
      if (!stat.isFile()) break;
      res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" });
      createReadStream(file).pipe(res);
      return;
    }
    res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
  };
}
