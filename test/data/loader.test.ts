import '../setup.js';
import { expect } from '@open-wc/testing';
import {
  clearLoaderCache,
  loadDocument,
  LoadError,
  parseRetryAfter,
  type LoadedDocument,
  type LoadErrorCode,
} from '../../src/data/loader.js';

// Mocha's globals: the project has no @types/mocha. Module-scoped, so they cannot clash with
// those types if they are added later.
interface MochaContext {
  timeout(ms: number): void;
}
declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, test: (this: MochaContext) => Promise<void> | void) => void;
declare const beforeEach: (hook: () => void) => void;

// Real HTTP against the routes in test/server/routes.mjs. Server state is keyed by id and shared
// by every test file in the run, so each test takes ids of its own.
const run = Math.random().toString(36).slice(2, 8);
let serial = 0;
const uid = (name: string): string => `${run}-${name}-${(serial += 1)}`;

function route(path: string, params: Record<string, string | number> = {}): string {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  return `/__test__/${path}?${query}`;
}

interface Hits {
  hits: number;
  ok: number;
  notModified: number;
  aborted: number;
}

async function hits(id: string): Promise<Hits> {
  const response = await fetch(route('hits', { id }));
  return (await response.json()) as Hits;
}

/** Polls the server until `check` holds; the server learns of aborts a moment after the browser. */
async function serverSees(id: string, check: (h: Hits) => boolean, within = 3000): Promise<Hits> {
  const end = Date.now() + within;
  for (;;) {
    const seen = await hits(id);
    if (check(seen) || Date.now() > end) return seen;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function failure(promise: Promise<unknown>, code: LoadErrorCode): Promise<LoadError> {
  let outcome: unknown;
  try {
    await promise;
  } catch (error) {
    outcome = error;
  }
  expect(outcome, 'rejects with a LoadError').to.be.instanceOf(LoadError);
  const error = outcome as LoadError;
  expect(error.code, error.message).to.equal(code);
  return error;
}

const FAST = { backoff: 1 };

describe('loadDocument', () => {
  beforeEach(() => clearLoaderCache());

  describe('success', () => {
    it('loads and parses a JSON document', async () => {
      const id = uid('ok');
      const before = Date.now();
      const doc = await loadDocument(route('json', { id }));
      expect(doc.json).to.deep.equal({ id, ok: true, hit: 1 });
      expect(doc.url).to.equal(new URL(route('json', { id }), location.href).href);
      expect(doc.notModified).to.equal(false);
      expect(doc.fetchedAt).to.be.at.least(before);
    });

    it('resolves a relative URL against document.baseURI', async () => {
      const id = uid('relative');
      const doc = await loadDocument(`__test__/json?id=${id}`);
      expect(doc.url).to.equal(new URL(`__test__/json?id=${id}`, document.baseURI).href);
    });

    it('follows a <base> element', async () => {
      const id = uid('base');
      const base = document.createElement('base');
      base.href = '/__test__/';
      document.head.prepend(base);
      try {
        const doc = await loadDocument(`nested/json?id=${id}`);
        expect(doc.url).to.equal(`${location.origin}/__test__/nested/json?id=${id}`);
        expect(doc.json).to.deep.equal({ id, nested: true });
      } finally {
        base.remove();
      }
    });

    it('reports the URL after redirects, which the document resolves against', async () => {
      const id = uid('redirect');
      const doc = await loadDocument(route('redirect', { to: route('json', { id }) }));
      expect(doc.url).to.equal(`${location.origin}${route('json', { id })}`);
    });

    it('accepts URL objects and ignores fragments when sharing', async () => {
      const id = uid('fragment');
      const url = new URL(route('json', { id }), location.href);
      await loadDocument(new URL('#one', url));
      const again = await loadDocument(`${url.href}#two`);
      expect(again.url).to.equal(url.href);
      expect((await hits(id)).hits).to.equal(1);
    });

    it('falls back to defaults for nonsensical options', async () => {
      const id = uid('options');
      const doc = await loadDocument(route('json', { id }), {
        timeout: Number.NaN,
        retries: -1,
        backoff: Number.POSITIVE_INFINITY,
        maxBytes: 0,
      });
      expect(doc.json).to.deep.include({ id });
    });
  });

  describe('sharing', () => {
    it('makes one request for concurrent and later callers of the same URL', async () => {
      const id = uid('share');
      const url = route('slow', { id, ms: 100 });
      const docs = await Promise.all([loadDocument(url), loadDocument(url), loadDocument(url)]);
      expect((await hits(id)).hits).to.equal(1);
      expect(docs[1]?.json).to.equal(docs[0]?.json);

      const later = await loadDocument(url);
      expect(later.json).to.deep.equal({ id, slow: true });
      expect(later.notModified).to.equal(false);
      expect((await hits(id)).hits).to.equal(1);
    });

    it('gives each caller its own result object', async () => {
      const id = uid('copies');
      const url = route('json', { id });
      const [a, b] = await Promise.all([loadDocument(url), loadDocument(url)]);
      (a as LoadedDocument).fetchedAt = 0;
      expect(b?.fetchedAt).to.not.equal(0);
      expect((await loadDocument(url)).fetchedAt).to.not.equal(0);
    });

    it('does not remember failures', async () => {
      const id = uid('forget');
      const url = route('status/404', { id });
      await failure(loadDocument(url), 'http');
      await failure(loadDocument(url), 'http');
      expect((await hits(id)).hits).to.equal(2);
    });
  });

  describe('abort', () => {
    it('rejects only the caller that aborted', async () => {
      const id = uid('abort-one');
      const url = route('slow', { id, ms: 300 });
      const controller = new AbortController();
      const leaving = loadDocument(url, { signal: controller.signal });
      const staying = loadDocument(url, { signal: new AbortController().signal });
      const plain = loadDocument(url);
      controller.abort();

      const error = await failure(leaving, 'aborted');
      expect(error.url).to.equal(new URL(url, location.href).href);
      expect((await staying).json).to.deep.equal({ id, slow: true });
      expect((await plain).json).to.deep.equal({ id, slow: true });
      const seen = await hits(id);
      expect(seen.hits).to.equal(1);
      expect(seen.aborted).to.equal(0);
    });

    it('aborts the request when every caller has aborted', async () => {
      const id = uid('abort-all');
      const url = route('hang', { id });
      const first = new AbortController();
      const second = new AbortController();
      const a = loadDocument(url, { signal: first.signal });
      const b = loadDocument(url, { signal: second.signal });
      await serverSees(id, (h) => h.hits === 1);
      first.abort();
      second.abort();
      await failure(a, 'aborted');
      await failure(b, 'aborted');
      expect((await serverSees(id, (h) => h.aborted === 1)).aborted).to.equal(1);
    });

    it('starts afresh for a caller arriving after everyone aborted', async () => {
      const id = uid('abort-restart');
      const url = route('slow', { id, ms: 150 });
      const controller = new AbortController();
      const gone = loadDocument(url, { signal: controller.signal });
      controller.abort();
      await failure(gone, 'aborted');
      const doc = await loadDocument(url);
      expect(doc.json).to.deep.equal({ id, slow: true });
      expect((await hits(id)).hits).to.be.at.most(2);
    });

    it('rejects an already aborted signal without a request', async () => {
      const id = uid('pre-aborted');
      const error = await failure(
        loadDocument(route('json', { id }), { signal: AbortSignal.abort() }),
        'aborted',
      );
      expect(error.attempts).to.equal(0);
      expect((await hits(id)).hits).to.equal(0);
    });

    it('rejects an aborted caller even when the document is remembered', async () => {
      const id = uid('pre-aborted-cached');
      const url = route('json', { id });
      await loadDocument(url);
      await failure(loadDocument(url, { signal: AbortSignal.abort() }), 'aborted');
    });

    it('stops retrying once aborted during back-off', async () => {
      const id = uid('abort-backoff');
      const controller = new AbortController();
      const pending = loadDocument(route('status/500', { id }), {
        signal: controller.signal,
        backoff: 60_000,
      });
      await serverSees(id, (h) => h.hits === 1);
      controller.abort();
      const error = await failure(pending, 'aborted');
      expect(error.attempts).to.equal(1);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((await hits(id)).hits).to.equal(1);
    });
  });

  describe('timeout', () => {
    it('gives up on a silent server', async () => {
      const id = uid('hang');
      const error = await failure(
        loadDocument(route('hang', { id }), { timeout: 100, retries: 0 }),
        'timeout',
      );
      expect(error.attempts).to.equal(1);
      // Another test page may hold the browser's connections to this host, so the request can
      // time out before it is sent; whatever reached the server must have been cancelled.
      const seen = await serverSees(id, (h) => h.aborted === h.hits);
      expect(seen.aborted).to.equal(seen.hits);
    });

    it('retries after a timeout', async () => {
      const id = uid('hang-retry');
      const error = await failure(
        loadDocument(route('hang', { id }), { timeout: 100, retries: 1, ...FAST }),
        'timeout',
      );
      expect(error.attempts).to.equal(2);
      // On a busy machine an attempt can time out before its request leaves the browser.
      expect((await serverSees(id, (h) => h.hits === 2)).hits).to.be.within(1, 2);
    });

    it('covers reading the body, not only the headers', async () => {
      const id = uid('stall');
      await failure(loadDocument(route('stall', { id }), { timeout: 200, retries: 0 }), 'timeout');
    });
  });

  describe('retries', () => {
    it('retries HTTP 500 and then succeeds', async () => {
      const id = uid('flaky-500');
      const doc = await loadDocument(route('flaky', { id, fail: 2, status: 500 }), FAST);
      expect(doc.json).to.deep.equal({ id, attempt: 3 });
      expect((await hits(id)).hits).to.equal(3);
    });

    it('honours Retry-After in seconds on 503 instead of the back-off', async function () {
      // With a 20 s back-off this would time out if Retry-After: 0 were ignored.
      this.timeout(5000);
      const id = uid('flaky-503');
      const doc = await loadDocument(route('flaky', { id, fail: 1, status: 503, retryAfter: 0 }), {
        backoff: 20_000,
      });
      expect(doc.json).to.deep.equal({ id, attempt: 2 });
    });

    it('honours Retry-After as an HTTP date on 429', async function () {
      this.timeout(5000);
      const id = uid('flaky-429');
      const doc = await loadDocument(route('flaky', { id, fail: 2, status: 429, retryAfter: 'date' }), {
        backoff: 20_000,
      });
      expect(doc.json).to.deep.equal({ id, attempt: 3 });
      expect((await hits(id)).hits).to.equal(3);
    });

    it('gives up after the last retry with the status and attempt count', async () => {
      const id = uid('always-500');
      const url = route('status/500', { id });
      const error = await failure(loadDocument(url, FAST), 'http');
      expect(error.status).to.equal(500);
      expect(error.attempts).to.equal(3);
      expect(error.url).to.equal(new URL(url, location.href).href);
      // Worded as the English translation tells readers: one set of words for both.
      expect(error.message).to.equal(`The server answered 500 for ${error.url}.`);
      expect((await hits(id)).hits).to.equal(3);
    });

    it('reports 429 as http once retries run out', async () => {
      const id = uid('always-429');
      const error = await failure(
        loadDocument(route('status/429', { id, retryAfter: 0 }), { retries: 1 }),
        'http',
      );
      expect(error.status).to.equal(429);
      expect(error.attempts).to.equal(2);
    });

    for (const status of [400, 404, 410]) {
      it(`does not retry HTTP ${status}`, async () => {
        const id = uid(`no-retry-${status}`);
        const error = await failure(loadDocument(route(`status/${status}`, { id }), FAST), 'http');
        expect(error.status).to.equal(status);
        expect(error.attempts).to.equal(1);
        expect((await hits(id)).hits).to.equal(1);
      });
    }

    it('retries network errors', async () => {
      // Port 9 is on Chromium's blocked list: fetch fails at once without touching the network.
      const error = await failure(loadDocument('http://127.0.0.1:9/doc', { retries: 1, ...FAST }), 'network');
      expect(error.attempts).to.equal(2);
      expect(error.status).to.equal(undefined);
    });
  });

  describe('responses that are not the document', () => {
    it('recognises an HTML page served with 200, without retrying', async () => {
      const id = uid('html');
      const error = await failure(loadDocument(route('html200', { id }), FAST), 'html-instead-of-json');
      expect(error.attempts).to.equal(1);
      expect((await hits(id)).hits).to.equal(1);
    });

    it('names the page it was redirected to, and its first characters', async () => {
      // A CMS that sends a request for a protected file to its login page.
      const page = route('html200', { id: uid('login') });
      const error = await failure(
        loadDocument(route('redirect', { to: page }), FAST),
        'html-instead-of-json',
      );
      expect(error.url).to.equal(new URL(page, location.href).href);
      expect(error.message).to.equal(
        `The address ${error.url} returned a web page instead of JSON data. The address may be wrong. ` +
          '(<!doctype html><html><body><h1>Page not found</h1></body></html>)',
      );
    });

    it('reads a JSON document that the server labels text/html', async () => {
      const loaded = await loadDocument(route('jsonAsHtml', { id: uid('json-as-html') }), FAST);
      expect(loaded.json).to.deep.equal({ schemaVersion: '1.0', city: { name: 'Kota Contoh' } });
    });

    it('recognises HTML labelled as JSON by its first character', async () => {
      const id = uid('html-as-json');
      await failure(loadDocument(route('html200', { id, type: 'application/json' })), 'html-instead-of-json');
    });

    it('reports malformed JSON with the parser message', async () => {
      const id = uid('malformed');
      const error = await failure(loadDocument(route('malformed', { id }), FAST), 'not-json');
      expect(error.cause).to.be.instanceOf(SyntaxError);
      expect(error.message).to.include((error.cause as SyntaxError).message);
      expect((await hits(id)).hits).to.equal(1);
    });

    it('reports an empty body as not JSON', async () => {
      await failure(loadDocument(route('empty', { id: uid('empty') })), 'not-json');
    });

    it('refuses a body whose Content-Length exceeds the default 25 MB', async () => {
      const id = uid('big');
      const error = await failure(loadDocument(route('big', { id, mb: 30 }), FAST), 'too-large');
      expect(error.attempts).to.equal(1);
      expect((await hits(id)).hits).to.equal(1);
    });

    it('stops reading a streamed body once it exceeds maxBytes', async () => {
      const id = uid('big-stream');
      await failure(loadDocument(route('big', { id, kb: 64 }), { maxBytes: 10_000 }), 'too-large');
    });
  });

  describe('revalidate', () => {
    it('keeps the remembered JSON on 304 and marks it not modified', async () => {
      const id = uid('etag');
      const url = route('etag', { id });
      const first = await loadDocument(url);
      expect(first.etag).to.equal('"v1"');
      expect(first.notModified).to.equal(false);

      const second = await loadDocument(url, { revalidate: true });
      expect(second.notModified).to.equal(true);
      expect(second.json).to.equal(first.json);
      expect(second.etag).to.equal('"v1"');
      expect(second.fetchedAt).to.be.at.least(first.fetchedAt);

      const third = await loadDocument(url);
      expect(third.notModified).to.equal(false);
      expect(third.fetchedAt).to.equal(second.fetchedAt);
      const seen = await hits(id);
      expect([seen.ok, seen.notModified]).to.deep.equal([1, 1]);
    });

    it('replaces the remembered document when it changed', async () => {
      const id = uid('etag-change');
      const url = route('etag', { id });
      await loadDocument(url);
      await fetch(route('bump', { target: id }));

      const fresh = await loadDocument(url, { revalidate: true });
      expect(fresh.notModified).to.equal(false);
      expect(fresh.json).to.deep.equal({ id, version: 2 });
      expect(fresh.etag).to.equal('"v2"');

      const later = await loadDocument(url);
      expect(later.json).to.deep.equal({ id, version: 2 });
      const again = await loadDocument(url, { revalidate: true });
      expect(again.notModified).to.equal(true);
      const seen = await hits(id);
      expect([seen.ok, seen.notModified]).to.deep.equal([2, 1]);
    });

    it('shares one conditional request between concurrent refreshes', async () => {
      const id = uid('etag-share');
      const url = route('etag', { id });
      await loadDocument(url);
      const docs = await Promise.all([1, 2, 3].map(() => loadDocument(url, { revalidate: true })));
      expect(docs.every((doc) => doc.notModified)).to.equal(true);
      const seen = await hits(id);
      expect([seen.ok, seen.notModified]).to.deep.equal([1, 1]);
    });

    it('uses Last-Modified when there is no ETag', async () => {
      const id = uid('lastmod');
      const url = route('lastmod', { id });
      const first = await loadDocument(url);
      expect(first.etag).to.equal(undefined);
      const second = await loadDocument(url, { revalidate: true });
      expect(second.notModified).to.equal(true);
      await fetch(route('bump', { target: id }));
      const third = await loadDocument(url, { revalidate: true });
      expect(third.json).to.deep.equal({ id, version: 2 });
      const seen = await hits(id);
      expect([seen.ok, seen.notModified]).to.deep.equal([2, 1]);
    });

    it('treats a 200 with the remembered ETag as not modified', async () => {
      const id = uid('etag-ignored');
      const url = route('etag', { id, ignore: 1 });
      const first = await loadDocument(url);
      const second = await loadDocument(url, { revalidate: true });
      expect(second.notModified).to.equal(true);
      expect(second.json).to.equal(first.json);
    });

    it('treats the same body as the same document when the server sends no validators', async () => {
      const id = uid('plain');
      const url = route('smart-city', { id, plain: 1 });
      const first = await loadDocument(url);
      expect(first.etag).to.equal(undefined);
      const second = await loadDocument(url, { revalidate: true });
      expect(second.notModified).to.equal(true);
      expect(second.json).to.equal(first.json);
      expect(second.fetchedAt).to.be.at.least(first.fetchedAt);
      await fetch(route('bump', { target: id }));
      const third = await loadDocument(url, { revalidate: true });
      expect(third.notModified).to.equal(false);
      expect(third.json).not.to.equal(first.json);
      expect((await hits(id)).ok).to.equal(3);
    });

    it('keeps the last good document when a refresh fails', async () => {
      const id = uid('etag-fail');
      const url = route('etag', { id });
      const good = await loadDocument(url);
      await fetch(route('breaknext', { target: id, count: 1 }));
      const error = await failure(loadDocument(url, { revalidate: true, retries: 0 }), 'http');
      expect(error.status).to.equal(500);

      const kept = await loadDocument(url);
      expect(kept.json).to.equal(good.json);
      expect(kept.fetchedAt).to.equal(good.fetchedAt);
      expect((await hits(id)).hits).to.equal(2);
    });

    it('loads normally when nothing is remembered yet', async () => {
      const id = uid('etag-cold');
      const doc = await loadDocument(route('etag', { id }), { revalidate: true });
      expect(doc.notModified).to.equal(false);
      expect(doc.json).to.deep.equal({ id, version: 1 });
    });
  });

  describe('hostile input', () => {
    it('never repeats the password of an address it refuses', async () => {
      const error = await failure(
        loadDocument(`https://user:secret@${location.host}/__test__/json`),
        'refused',
      );
      expect(error.url).to.equal(`https://${location.host}/__test__/json`);
      expect(error.message).to.not.include('secret');
    });

    const refused: Array<[string, string]> = [
      ['a javascript: URL', 'javascript:alert(document.domain)'],
      ['a javascript: URL hidden by a tab', 'java\tscript:alert(1)'],
      ['a data: URL', 'data:application/json,{}'],
      ['a file: URL', 'file:///etc/passwd'],
      ['an empty string', ''],
      ['whitespace', '  \n '],
      ['credentials in the URL', `http://user:secret@${location.host}/__test__/json`],
      ['an unparsable URL', 'http://'],
    ];
    for (const [what, url] of refused) {
      it(`refuses ${what} without throwing or fetching`, async () => {
        let pending: Promise<LoadedDocument> | undefined;
        expect(() => {
          pending = loadDocument(url);
        }).to.not.throw();
        const error = await failure(pending as Promise<LoadedDocument>, 'refused');
        expect(error.attempts).to.equal(0);
      });
    }

    it('shows a refused address short, with its bidi controls escaped', async () => {
      // A `data:` address can carry a whole document; a U+202E in it reversed the message's end.
      const url = `data:application/json,\u202e${'x'.repeat(2_000_000)}`;
      const error = await failure(loadDocument(url), 'refused');
      expect(error.url.length).to.be.at.most(60);
      expect(error.url).to.match(/^data:application\/json,\\u202ex+…$/);
      expect(error.message.length).to.be.below(200);
      expect(error.message).not.to.include('\u202e');
    });

    it('rejects rather than throws for a value whose toString throws', async () => {
      const hostile = {
        toString(): string {
          throw new Error('gotcha');
        },
      } as unknown as string;
      let pending: Promise<LoadedDocument> | undefined;
      expect(() => {
        pending = loadDocument(hostile);
      }).to.not.throw();
      await failure(pending as Promise<LoadedDocument>, 'refused');
    });
  });
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2025, 0, 1, 12, 0, 0);

  it('reads delta-seconds', () => {
    expect(parseRetryAfter('0', now)).to.equal(0);
    expect(parseRetryAfter(' 5 ', now)).to.equal(5000);
  });

  it('reads an HTTP date, never below zero', () => {
    expect(parseRetryAfter('Wed, 01 Jan 2025 12:00:30 GMT', now)).to.equal(30_000);
    expect(parseRetryAfter('Wed, 01 Jan 2025 11:00:00 GMT', now)).to.equal(0);
  });

  it('caps the wait at 60 seconds', () => {
    expect(parseRetryAfter('3600', now)).to.equal(60_000);
    expect(parseRetryAfter('Thu, 02 Jan 2025 12:00:00 GMT', now)).to.equal(60_000);
  });

  it('ignores a missing or unreadable header', () => {
    expect(parseRetryAfter(null, now)).to.equal(undefined);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
    expect(parseRetryAfter('-5', now)).to.equal(undefined);
  });
});

describe('LoadError', () => {
  it('is an Error carrying code, url, status and attempts', () => {
    const error = new LoadError('http', 'HTTP 503', {
      url: 'https://example.org/a.json',
      status: 503,
      attempts: 3,
    });
    expect(error).to.be.instanceOf(Error);
    expect(error.name).to.equal('LoadError');
    expect([error.code, error.url, error.status, error.attempts]).to.deep.equal([
      'http',
      'https://example.org/a.json',
      503,
      3,
    ]);
  });
});
