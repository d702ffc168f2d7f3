// The benchmark's only server: node:http on 127.0.0.1, an ephemeral port, three kinds of URL.
//   /pages/<scenario>/<contender>.html   the contender's page (a template with its bundle filled in)
//   /out/<file>.js                        a bundle from bench/.out/
//   /data/<scenario>.json                 the scenario's data
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename, join } from 'node:path';

/**
 * `pages`: Map of "<scenario>/<contender>" → { template, bundle }; `data`: Map of scenario → JSON.
 * Resolves with `{ origin, close, misses }`; `misses` lists every URL that was not found.
 */
export function serveBench({ outDir, pages, data }) {
  const misses = [];
  const send = (response, status, type, body) =>
    response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }).end(body);

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    let match = /^\/pages\/([\w-]+)\/([\w-]+)\.html$/.exec(path);
    if (match && pages.has(`${match[1]}/${match[2]}`)) {
      const page = pages.get(`${match[1]}/${match[2]}`);
      const html = readFileSync(page.template, 'utf8')
        .replaceAll('%SCENARIO%', match[1])
        .replaceAll('%CONTENDER%', match[2])
        .replaceAll('%BUNDLE%', `/out/${basename(page.bundle)}`);
      send(response, 200, 'text/html; charset=utf-8', html);
      return;
    }
    match = /^\/out\/([\w.-]+\.js)$/.exec(path);
    if (match && existsSync(join(outDir, match[1]))) {
      send(response, 200, 'text/javascript; charset=utf-8', readFileSync(join(outDir, match[1])));
      return;
    }
    match = /^\/data\/([\w-]+)\.json$/.exec(path);
    if (match && data.has(match[1])) {
      send(response, 200, 'application/json; charset=utf-8', JSON.stringify(data.get(match[1])));
      return;
    }
    if (path !== '/favicon.ico') misses.push(path);
    send(response, 404, 'text/plain', 'not found');
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        misses,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}
