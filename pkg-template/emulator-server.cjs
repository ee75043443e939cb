"use strict";
// The emulator as a Node HTTP server on loopback. Used by the `cloudvpn-emulator` bin and by tests.
const http = require("node:http");
const { Emulator } = require("./emulator.cjs");

/** Largest request body read, in bytes (1 MiB); larger ones get 413 without being read. */
const MAX_BODY_BYTES = 1 << 20;
const DEFAULT_HOST = "127.0.0.1";
const DEFAULT_PORT = 8787;
/** Time a request's headers may take to arrive, from its first byte, in ms (default 10 s). */
const DEFAULT_HEADERS_TIMEOUT_MS = 10_000;
/** Time a request's body may take to arrive, from the end of its headers, in ms (default 10 s). */
const DEFAULT_BODY_TIMEOUT_MS = 10_000;
/** Connections open at once (default 256); past it, a new connection is closed at once. */
const DEFAULT_MAX_CONNECTIONS = 256;
/** Largest timeout accepted, in ms: what `setTimeout` can wait (about 24.8 days). */
const MAX_TIMEOUT_MS = 2_147_483_647;
/** Largest connection cap accepted. */
const MAX_CONNECTIONS_LIMIT = 1_000_000;

/** `options[name]` as a whole number in min–max, or `fallback` when absent; a RangeError otherwise. */
function wholeOption(options, name, min, max, fallback) {
  const value = options[name];
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new RangeError(`options.${name} must be a whole number ${min}–${max}, got ${String(value)}`);
  }
  return value;
}

function failure(status, message) {
  return Object.assign(new Error(message), { status });
}

/**
 * Reads the whole body, or calls back with an error: status 413 past the limit (a declared
 * Content-Length past it is refused before anything is read), 408 when the body has not all
 * arrived `timeoutMs` after the headers.
 */
function readBody(req, timeoutMs, callback) {
  const declared = Number(req.headers["content-length"]);
  if (declared > MAX_BODY_BYTES) {
    callback(failure(413, "Request entity too large"));
    return;
  }
  const chunks = [];
  let size = 0;
  let failed = false;
  const fail = (error) => {
    failed = true;
    clearTimeout(timer);
    callback(error);
  };
  const timer = setTimeout(() => {
    if (!failed) fail(failure(408, `Request timeout: the body did not arrive within ${timeoutMs} ms`));
  }, timeoutMs);
  req.on("data", (chunk) => {
    if (failed) return;
    size += chunk.length;
    if (size > MAX_BODY_BYTES) {
      fail(failure(413, "Request entity too large"));
      return;
    }
    chunks.push(chunk);
  });
  req.on("end", () => {
    if (failed) return;
    failed = true;
    clearTimeout(timer);
    callback(null, new Uint8Array(Buffer.concat(chunks)));
  });
  req.on("error", (e) => {
    if (!failed) fail(e);
  });
  req.on("close", () => {
    if (!failed) fail(failure(400, "the connection closed before the body arrived"));
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
 *            emulator?: EmulatorOptions, fallback?: (req, res) => void for paths outside /v5/,
 *            headersTimeoutMs = 10000: ms a request's headers may take from its first byte (1–2147483647),
 *            bodyTimeoutMs = 10000: ms a request's body may take after its headers (1–2147483647),
 *            maxConnections = 256: connections open at once (1–1000000) }
 * A request over either time gets 408 and its connection is closed (checked at least every
 * second, and every third of the smaller time when that is shorter). Past `maxConnections`, a
 * new connection is closed as soon as it is accepted. A body over 1 MiB gets 413.
 * Throws a RangeError for an option out of its range, before listening.
 */
function startEmulatorServer(options = {}) {
  const host = options.host ?? DEFAULT_HOST;
  const port = options.port ?? DEFAULT_PORT;
  const log = options.log ?? (() => {});
  const headersTimeoutMs = wholeOption(options, "headersTimeoutMs", 1, MAX_TIMEOUT_MS, DEFAULT_HEADERS_TIMEOUT_MS);
  const bodyTimeoutMs = wholeOption(options, "bodyTimeoutMs", 1, MAX_TIMEOUT_MS, DEFAULT_BODY_TIMEOUT_MS);
  const maxConnections = wholeOption(options, "maxConnections", 1, MAX_CONNECTIONS_LIMIT, DEFAULT_MAX_CONNECTIONS);
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

  // Node's own bounds cover the headers (408 and close) and, as a backstop, the whole request;
  // readBody's timer gives the body its own bound. Node checks them every
  // connectionsCheckingInterval ms, 30 s unless set.
  const serverOptions = {
    headersTimeout: headersTimeoutMs,
    requestTimeout: headersTimeoutMs + bodyTimeoutMs,
    connectionsCheckingInterval: Math.max(10, Math.min(1000, Math.floor(Math.min(headersTimeoutMs, bodyTimeoutMs) / 3))),
  };
  const server = http.createServer(serverOptions, (req, res) => {
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
    readBody(req, bodyTimeoutMs, (error, body) => {
      if (error) {
        const status = error.status ?? 400;
        if (res.headersSent || !req.socket.writable) {
          req.socket.destroy();
          done(status);
          return;
        }
        // Connection: close, so Node closes the socket once the answer is written.
        res.writeHead(status, { "Content-Type": "application/json", Connection: "close", ...cors });
        const code = status === 413 || status === 408 ? "APIGW.0201" : "APIGW.0101";
        res.end(JSON.stringify({ error_code: code, error_msg: error.message }));
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

  server.maxConnections = maxConnections;
  server.on("drop", () => log(`connection refused: ${maxConnections} connections open (maxConnections)`));

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

module.exports = {
  startEmulatorServer,
  MAX_BODY_BYTES,
  DEFAULT_HOST,
  DEFAULT_PORT,
  DEFAULT_HEADERS_TIMEOUT_MS,
  DEFAULT_BODY_TIMEOUT_MS,
  DEFAULT_MAX_CONNECTIONS,
  MAX_TIMEOUT_MS,
  MAX_CONNECTIONS_LIMIT,
};
