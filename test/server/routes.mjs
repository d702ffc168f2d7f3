// Test-only HTTP routes for the loader and component tests, served by Web Test Runner on
// 127.0.0.1: error statuses, slow and silent servers, ETags, and the docs' `/data/smart-city.json`.
// Everything else passes through.
//
// State lives in memory for the life of the test server and is keyed by an `id` query parameter,
// so tests stay independent as long as each uses its own id. `/__test__/hits?id=X` reports it.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';

/**
 * @type {Map<string, { hits: number, ok: number, notModified: number, aborted: number,
 *   version: number, failNext: number }>}
 */
const state = new Map();

function record(id) {
  let entry = state.get(id);
  if (!entry) {
    entry = { hits: 0, ok: 0, notModified: 0, aborted: 0, version: 1, failNext: 0 };
    state.set(id, entry);
  }
  return entry;
}

function json(ctx, body, status = 200) {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
}

const MAX_WAIT = 30_000;

/**
 * Resolves after `ms`, or earlier when the client goes away; counts the latter as an abort so
 * tests can tell that the loader really cancelled the request. Capped so no request outlives a run.
 */
function wait(ctx, ms, entry) {
  return new Promise((resolve) => {
    const timer = setTimeout(finish, Math.min(ms, MAX_WAIT));
    timer.unref?.();
    function finish() {
      clearTimeout(timer);
      ctx.res.off('close', onClose);
      resolve();
    }
    function onClose() {
      if (!ctx.res.writableEnded && entry) entry.aborted += 1;
      finish();
    }
    ctx.res.on('close', onClose);
  });
}

/** A body of `size` bytes made on demand, so a 30 MB response costs no memory. */
function filler(size) {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  let left = size;
  return new Readable({
    read() {
      if (left <= 0) return this.push(null);
      const part = left >= chunk.length ? chunk : chunk.subarray(0, left);
      left -= part.length;
      this.push(part);
    },
  });
}

const routes = {
  // Valid JSON; counts hits per id.
  json(ctx, entry, id) {
    json(ctx, { id, ok: true, hit: entry.hits });
  },

  // Same as json, for tests that resolve a relative URL against a <base> in a sub-folder.
  'nested/json'(ctx, entry, id) {
    json(ctx, { id, nested: true });
  },

  hits(ctx, entry, id) {
    const seen = state.get(id) ?? { hits: 0, ok: 0, notModified: 0, aborted: 0 };
    json(ctx, {
      hits: seen.hits,
      ok: seen.ok,
      notModified: seen.notModified,
      aborted: seen.aborted,
    });
  },

  // Fails `fail` times with `status` (default 503), then answers JSON. `retryAfter` is sent as is;
  // `retryAfter=date` sends the current time as an HTTP date.
  flaky(ctx, entry, id) {
    const fail = Number(ctx.query.fail ?? 1);
    if (entry.hits <= fail) {
      const retryAfter = ctx.query.retryAfter;
      if (retryAfter !== undefined) {
        ctx.set('Retry-After', retryAfter === 'date' ? new Date().toUTCString() : String(retryAfter));
      }
      json(ctx, { error: 'try again' }, Number(ctx.query.status ?? 503));
      return;
    }
    json(ctx, { id, attempt: entry.hits });
  },

  // An HTML error page with 200, as a misconfigured CMS serves it.
  html200(ctx) {
    ctx.status = 200;
    ctx.type = query(ctx, 'type') ?? 'text/html';
    ctx.body = '\n  <!doctype html><html><body><h1>Page not found</h1></body></html>';
  },

  // A valid document labelled text/html, as some old CMSes and PHP handlers serve any file.
  jsonAsHtml(ctx) {
    ctx.status = 200;
    ctx.type = 'text/html';
    ctx.body = JSON.stringify({ schemaVersion: '1.0', city: { name: 'Kota Contoh' } });
  },

  malformed(ctx) {
    ctx.status = 200;
    ctx.type = 'application/json';
    ctx.body = '{"city": "Bekasi", ';
  },

  empty(ctx) {
    ctx.status = 200;
    ctx.type = 'application/json';
    ctx.body = '';
  },

  // Never answers within a test; gives up after 30 s so the server is not left hanging.
  async hang(ctx, entry) {
    await wait(ctx, MAX_WAIT, entry);
    json(ctx, { late: true });
  },

  async slow(ctx, entry, id) {
    await wait(ctx, Number(ctx.query.ms ?? 300), entry);
    json(ctx, { id, slow: true });
  },

  // Sends headers and half a body, then stalls: a timeout must cover reading the body too.
  async stall(ctx, entry) {
    ctx.status = 200;
    ctx.type = 'application/json';
    const body = new Readable({ read() {} });
    body.push('{"partial": ');
    ctx.body = body;
    wait(ctx, MAX_WAIT, entry).then(() => body.push(null));
  },

  // ETag `"v<version>"`; If-None-Match with the current tag answers 304. `ignore=1` always
  // answers 200 (with the same tag), like a server that does not do conditional requests.
  etag(ctx, entry, id) {
    const tag = `"v${entry.version}"`;
    ctx.set('Cache-Control', 'no-cache');
    ctx.set('ETag', tag);
    if (entry.failNext > 0) {
      entry.failNext -= 1;
      json(ctx, { error: 'down' }, 500);
      return;
    }
    if (ctx.query.ignore !== '1' && ctx.get('If-None-Match') === tag) {
      entry.notModified += 1;
      ctx.status = 304;
      return;
    }
    entry.ok += 1;
    json(ctx, { id, version: entry.version });
  },

  // Last-Modified only, no ETag; If-Modified-Since at or after it answers 304.
  lastmod(ctx, entry, id) {
    const modified = new Date(Date.UTC(2024, 0, entry.version)).toUTCString();
    ctx.set('Cache-Control', 'no-cache');
    ctx.set('Last-Modified', modified);
    const since = Date.parse(ctx.get('If-Modified-Since'));
    if (!Number.isNaN(since) && since >= Date.parse(modified)) {
      entry.notModified += 1;
      ctx.status = 304;
      return;
    }
    entry.ok += 1;
    json(ctx, { id, version: entry.version });
  },

  // Changes what /etag and /lastmod serve for this id.
  bump(ctx, _entry) {
    const target = record(query(ctx, 'target') ?? '');
    target.version += 1;
    json(ctx, { version: target.version });
  },

  // Makes the next `count` requests to /etag for this id fail with 500.
  breaknext(ctx) {
    const target = record(query(ctx, 'target') ?? '');
    target.failNext = Number(ctx.query.count ?? 1);
    json(ctx, { failNext: target.failNext });
  },

  // `mb` megabytes of spaces with a Content-Length, or `kb` kilobytes streamed without one.
  big(ctx) {
    ctx.status = 200;
    ctx.type = 'application/json';
    if (ctx.query.kb !== undefined) {
      ctx.body = filler(Number(ctx.query.kb) * 1024);
      return;
    }
    const size = Number(ctx.query.mb ?? 30) * 1024 * 1024;
    ctx.body = filler(size);
    ctx.length = size;
  },

  // The demo document with an ETag; `/__test__/bump?target=X` renames the city (a new version),
  // `/__test__/breaknext?target=X` makes the next requests fail: a refresh that goes wrong.
  // `ms` delays every answer: a slow server. `plain=1` sends no ETag and never 304: a script
  // that prints the JSON afresh on every request.
  async 'smart-city'(ctx, entry) {
    if (ctx.query.ms !== undefined) await wait(ctx, Number(ctx.query.ms), entry);
    const tag = `"doc-v${entry.version}"`;
    if (ctx.query.plain !== '1') ctx.set('ETag', tag);
    if (entry.failNext > 0) {
      entry.failNext -= 1;
      json(ctx, { error: 'down' }, 500);
      return;
    }
    if (ctx.query.plain !== '1' && ctx.get('If-None-Match') === tag) {
      entry.notModified += 1;
      ctx.status = 304;
      return;
    }
    entry.ok += 1;
    const document = demoDocument();
    if (entry.version > 1)
      document.city.name = { id: `Kota Bekasi v${entry.version}`, en: `Bekasi City v${entry.version}` };
    json(ctx, document);
  },

  // Redirects to `to` (a path on this server).
  redirect(ctx) {
    const to = query(ctx, 'to') ?? '/';
    ctx.status = 302;
    ctx.redirect(to.startsWith('/') ? to : '/');
  },
};

function query(ctx, name) {
  const value = ctx.query[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The demo's document, `public/data/bekasi.json`, read afresh for each answer. */
function demoDocument() {
  return JSON.parse(readFileSync(new URL('../../public/data/bekasi.json', import.meta.url), 'utf8'));
}

/**
 * The address the documentation's examples load (README.md, docs/*.mdx): a city's document, here
 * the demo's, so test/docs/examples.test.ts renders each example as it is written.
 */
const DOCS_DATA_URL = '/data/smart-city.json';

const STATUS = /^status\/(\d{3})$/;

export async function testRoutes(ctx, next) {
  if (ctx.path === DOCS_DATA_URL) {
    ctx.set('Cache-Control', 'no-store');
    json(ctx, demoDocument());
    return;
  }
  if (!ctx.path.startsWith('/__test__/')) return next();
  const name = ctx.path.slice('/__test__/'.length);
  const id = query(ctx, 'id') ?? '';
  const entry = record(id);
  // The test runner gives some paths year-long cache lifetimes; test answers must arrive fresh.
  ctx.set('Cache-Control', 'no-store');
  if (name !== 'hits' && name !== 'bump' && name !== 'breaknext') entry.hits += 1;

  const status = STATUS.exec(name);
  if (status) {
    // `ms` delays the answer: a server slow to fail.
    if (ctx.query.ms !== undefined) await wait(ctx, Number(ctx.query.ms), entry);
    const retryAfter = query(ctx, 'retryAfter');
    if (retryAfter !== undefined) ctx.set('Retry-After', retryAfter);
    json(ctx, { error: `status ${status[1]}` }, Number(status[1]));
    return;
  }
  const route = Object.hasOwn(routes, name) ? routes[name] : undefined;
  if (!route) {
    ctx.status = 404;
    ctx.body = 'no such test route';
    return;
  }
  await route(ctx, entry, id);
}
