// A small static server for the end-to-end tests: serves a directory on 127.0.0.1 with the MIME
// types browsers insist on (application/wasm), plus in-memory fixtures under /fixtures/.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2', '.png': 'image/png', '.webmanifest': 'application/manifest+json',
};

// Fixtures map a path to a body, to null (the server answers 503: it has lost its data), to
// HANG (the server accepts the request and never answers), or to `slowly(body, pieces, ms)` (a
// slow link: the length up front, then the body in `pieces` pieces `ms` apart). `control.hangAll`
// makes every path hang.
export const HANG = Symbol('hang');
export const slowly = (body, pieces, ms) => ({ slowly: Buffer.from(body), pieces, ms });

export function startServer(root, fixtures = new Map(), control = { hangAll: false }) {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    const name = decodeURIComponent(url.pathname);
    if (control.hangAll || fixtures.get(name) === HANG) return;
    if (fixtures.has(name)) {
      // A fixture set to null makes the server fail that path (a server that has lost its data).
      if (fixtures.get(name) === null) {
        response.writeHead(503, { 'content-type': 'text/plain' });
        response.end('unavailable');
        return;
      }
      const fixture = fixtures.get(name);
      if (fixture?.slowly) {
        const { slowly: body, pieces, ms } = fixture;
        response.writeHead(200, { 'content-type': TYPES['.json'], 'content-length': body.length });
        const size = Math.ceil(body.length / pieces);
        let sent = 0;
        const next = () => {
          response.write(body.subarray(sent, sent + size));
          sent += size;
          if (sent < body.length) setTimeout(next, ms);
          else response.end();
        };
        next();
        return;
      }
      response.writeHead(200, { 'content-type': TYPES[path.extname(name)] ?? TYPES['.json'] });
      response.end(fixture);
      return;
    }
    let file = path.join(root, path.normalize(name).replace(/^(\.\.[/\\])+/, ''));
    if (name.endsWith('/')) file = path.join(file, 'index.html');
    fs.readFile(file, (error, body) => {
      if (error) {
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('not found');
        return;
      }
      response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, base: `http://127.0.0.1:${server.address().port}/` }));
  });
}
