"use strict";
// The emulator as a Node HTTP server on loopback. Used by the `cloudvpn-emulator` bin and by tests.
const http = require("node:http");
const { Emulator } = require("./emulator.cjs");

/** Largest request body read, in bytes (1 MiB); larger ones get 413 without being read. */
const MAX_BODY_BYTES = 1 << 20;
const DEFAULT_HOST = "127.0.0.1";
const DEFAULT_PORT = 8787;

/** Reads the whole body, or calls back with an error of status 413 past the limit. */
function readBody(req, callback) {
  const chunks = [];
  let size = 0;
  let failed = false;
  req.on("data", (chunk) => {
    if (failed) return;
    size += chunk.length;
    if (size > MAX_BODY_BYTES) {
      failed = true;
      callback(Object.assign(new Error("body too large"), { status: 413 }));
      return;
    }
    chunks.push(chunk);
  });
  req.on("end", () => {
    if (!failed) callback(null, new Uint8Array(Buffer.concat(chunks)));
  });
  req.on("error", (e) => {
    if (!failed) {
      failed = true;
      callback(e);
    }
  });
}

function corsHeaders(origin) {
  if (!origin) return {};
  return {
    "Access-Control-Allow-Origin": origin,
    "Access-Control-Allow-Headers": "Content-Type, X-Auth-Token, X-Sdk-Date, X-Project-Id, X-Security-Token, Authorization",
    "Access-Control-Allow-Methods": "GET, POST, PUT, DELETE, OPTIONS",
    "Access-Control-Expose-Headers": "X-Request-Id",
    "Access-Control-Max-Age": "600",
  };
}

/**
 * Starts the emulator server. Resolves to `{ server, emulator, url, close() }` once listening.
 * options: { host = "127.0.0.1", port = 8787 (0 = any free port), cors?: origin, log?: (line) => void,
 *            emulator?: EmulatorOptions, fallback?: (req, res) => void for paths outside /v5/ }
 */
function startEmulatorServer(options = {}) {
  const host = options.host ?? DEFAULT_HOST;
  const port = options.port ?? DEFAULT_PORT;
  const log = options.log ?? (() => {});
  const emulator = new Emulator(options.emulator);
  const cors = corsHeaders(options.cors);

  // Plain callbacks, no async function: Node 20's V8 crashed ("unreachable code" in the
  // deoptimizer) when it deoptimized an optimized async handler under load.
  const send = (req, res, answer, done) => {
    if (answer.drop) {
      req.socket.destroy();
      done("dropped");
      return;
    }
    const headers = {};
    for (const [name, value] of answer.headers) headers[name] = value;
    for (const name in cors) headers[name] = cors[name];
    res.writeHead(answer.status, headers);
    res.end(answer.status === 204 ? undefined : Buffer.from(answer.body));
    done(answer.status);
  };

  const server = http.createServer((req, res) => {
    const started = Date.now();
    const done = (status) => log(`${req.method} ${req.url.split("?")[0]} ${status} ${Date.now() - started}ms`);
    if (req.method === "OPTIONS" && options.cors) {
      res.writeHead(204, cors).end();
      done(204);
      return;
    }
    if (options.fallback && !req.url.startsWith("/v5/") && !req.url.startsWith("/v5.1/")) {
      options.fallback(req, res);
      return;
    }
    readBody(req, (error, body) => {
      if (error) {
        const status = error.status ?? 400;
        res.writeHead(status, { "Content-Type": "application/json", Connection: "close", ...cors });
        res.end(JSON.stringify({ error_code: status === 413 ? "APIGW.0201" : "APIGW.0101", error_msg: error.message }));
        done(status);
        return;
      }
      const headers = [];
      for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) headers.push([req.rawHeaders[i], req.rawHeaders[i + 1]]);
      const answer = emulator.answer(req.method, req.url, headers, body);
      if (answer.delayMs > 0) setTimeout(send, answer.delayMs, req, res, answer, done);
      else send(req, res, answer, done);
    });
  });

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      const url = `http://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}`;
      const close = () =>
        new Promise((r) => {
          server.close(() => r());
          server.closeAllConnections?.();
        });
      resolve({ server, emulator, url, port: address.port, close });
    });
  });
}

module.exports = { startEmulatorServer, MAX_BODY_BYTES, DEFAULT_HOST, DEFAULT_PORT };
