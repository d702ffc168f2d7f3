/**
 * The one document loader every component uses.
 *
 * Requests to the same absolute URL are made once per page: concurrent callers share the request
 * in flight and later callers get the remembered result. A refresh (`revalidate`) makes one
 * shared conditional request. Each caller may abort on its own; the request stops only when no
 * caller is left waiting for it. Every failure is a rejected promise with a {@link LoadError}
 * whose `code` the components translate, so nothing here is shown to readers as is.
 */
import { en, fill } from '../i18n/index.js';
import { shownText } from './issues.js';
import { ownDocument } from './validate.js';

export type LoadErrorCode =
  'network' | 'refused' | 'timeout' | 'http' | 'not-json' | 'html-instead-of-json' | 'too-large' | 'aborted';

export interface LoadErrorDetails {
  url: string;
  status?: number;
  attempts: number;
  cause?: unknown;
}

export class LoadError extends Error {
  readonly code: LoadErrorCode;
  readonly url: string;
  readonly status?: number;
  /** Requests made before giving up; 0 when none was made (refused URL, aborted before start). */
  readonly attempts: number;

  constructor(code: LoadErrorCode, message: string, details: LoadErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'LoadError';
    this.code = code;
    this.url = details.url;
    if (details.status !== undefined) this.status = details.status;
    this.attempts = details.attempts;
  }
}

export interface LoadOptions {
  /** Aborting rejects this caller's promise with a LoadError `aborted`; other callers go on. */
  signal?: AbortSignal;
  /** Milliseconds per attempt, reading the body included. Default 10 000. */
  timeout?: number;
  /** Further attempts after a network error, timeout, 5xx or 429. Default 2. */
  retries?: number;
  /** First back-off delay in milliseconds, doubled on each retry. Default 1000. */
  backoff?: number;
  /** Ask the server whether the remembered document changed instead of reusing it. */
  revalidate?: boolean;
  /** Largest accepted body in bytes. Default 25 MB. */
  maxBytes?: number;
}

export interface LoadedDocument {
  /** Absolute URL of the response, after redirects; relative URLs in the document resolve to it. */
  url: string;
  /**
   * The parsed body. Shared between callers, and with the components showing it, whose models hold
   * parts of it (see `ownDocument`): treat it as read-only.
   */
  json: unknown;
  /** The body as received: a refresh that brings the same text is the same document. */
  text: string;
  /** `Date.now()` when this body was last confirmed fresh by the server. */
  fetchedAt: number;
  etag?: string;
  /** True when this result came from a revalidation that found the document unchanged. */
  notModified: boolean;
}

const DEFAULT_TIMEOUT = 10_000;
const DEFAULT_RETRIES = 2;
const DEFAULT_BACKOFF = 1_000;
export const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;
/** A server asking for a longer pause than this is retried after this long anyway. */
const MAX_RETRY_AFTER = 60_000;
/** Guards against `retries: 1e9` keeping a page busy for ever. */
const MAX_RETRIES = 10;
/** setTimeout and setInterval fire at once for delays beyond a signed 32-bit integer. @internal */
export const MAX_TIMER = 2_147_483_647;

interface Settings {
  timeout: number;
  retries: number;
  backoff: number;
  maxBytes: number;
}

interface Progress {
  attempts: number;
  settled: boolean;
}

interface Flight {
  readonly promise: Promise<LoadedDocument>;
  readonly controller: AbortController;
  readonly href: string;
  readonly progress: Progress;
  waiters: number;
}

interface Entry {
  /** The last good result, kept for the page's life; a failed refresh never removes it. */
  document?: LoadedDocument;
  lastModified?: string;
  flight?: Flight;
}

let cache = new Map<string, Entry>();

/**
 * Forgets every remembered document. Requests in flight still settle for their callers, but their
 * results are not remembered.
 */
export function clearLoaderCache(): void {
  cache = new Map();
}

/**
 * Loads and parses the JSON document at `url`, resolved against `document.baseURI`.
 * Never throws: every failure rejects with a {@link LoadError}.
 * Options of the caller that starts a request govern it; callers joining it only add their signal.
 */
export function loadDocument(url: string | URL, options: LoadOptions = {}): Promise<LoadedDocument> {
  let href = '';
  try {
    href = resolveUrl(url);
    const signal = options.signal;
    if (signal?.aborted) return Promise.reject(abortedError(href, 0));

    let entry = cache.get(href);
    if (!entry) {
      entry = {};
      cache.set(href, entry);
    }
    const { document: remembered, flight } = entry;
    if (remembered && !options.revalidate) return Promise.resolve({ ...remembered });
    if (flight) return follow(entry, flight, signal);
    return follow(
      entry,
      startFlight(entry, href, loadSettings(options), options.revalidate === true),
      signal,
    );
  } catch (error) {
    return Promise.reject(
      error instanceof LoadError
        ? error
        : loadError('network', { url: href || safeString(url), attempts: 0, cause: error }, describe(error)),
    );
  }
}

/** Only http(s) is fetched: `javascript:`, `data:` and the like are refused before any request. */
function resolveUrl(url: string | URL): string {
  const raw = safeString(url);
  // `shown`: the address as messages may show it (on the page, in events): never a password,
  // and short (a refused `data:` address may carry a whole document).
  const refuse = (why: string, shown = raw): never => {
    throw loadError('refused', { url: shownText(shown), attempts: 0 }, why);
  };
  if (raw.trim() === '') refuse('the URL is empty');
  const base = typeof document !== 'undefined' ? document.baseURI : undefined;
  let resolved: URL;
  try {
    resolved = new URL(raw, base);
  } catch {
    return refuse('not a valid URL');
  }
  if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:')
    refuse(`the scheme ${resolved.protocol} is not allowed`);
  // fetch() rejects these every time; refusing now avoids retrying a certain failure.
  if (resolved.username || resolved.password) {
    resolved.username = resolved.password = '';
    refuse('credentials in URLs are not allowed', resolved.href);
  }
  // The fragment never reaches the server, so it must not split the cache.
  resolved.hash = '';
  return resolved.href;
}

function safeString(value: unknown): string {
  try {
    return value instanceof URL ? value.href : String(value);
  } catch {
    return '';
  }
}

function startFlight(entry: Entry, href: string, config: Settings, revalidate: boolean): Flight {
  const controller = new AbortController();
  const progress: Progress = { attempts: 0, settled: false };
  const promise = run(href, controller.signal, progress, entry, config, revalidate).finally(() => {
    progress.settled = true;
    if (entry.flight === flight) delete entry.flight;
  });
  // Followers handle the outcome; this keeps an abandoned flight's rejection from being reported
  // as unhandled.
  promise.catch(() => undefined);
  const flight: Flight = { promise, controller, href, progress, waiters: 0 };
  entry.flight = flight;
  return flight;
}

/** Ties one caller to a shared flight so that its own signal rejects only its own promise. */
function follow(entry: Entry, flight: Flight, signal: AbortSignal | undefined): Promise<LoadedDocument> {
  flight.waiters += 1;
  return new Promise<LoadedDocument>((resolve, reject) => {
    const onAbort = (): void => {
      reject(abortedError(flight.href, flight.progress.attempts));
      flight.waiters -= 1;
      if (flight.waiters === 0 && !flight.progress.settled) {
        // Detach first, so a caller arriving now starts afresh instead of joining a dying request.
        if (entry.flight === flight) delete entry.flight;
        flight.controller.abort();
      }
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    // Once settled, an abort is too late: `onAbort` rejects a settled promise (nothing) and leaves
    // the settled flight alone.
    flight.promise
      .then((result) => resolve({ ...result }), reject)
      .finally(() => signal?.removeEventListener('abort', onAbort));
  });
}

type Failed = { ok: false; error: LoadError; retryAfter?: number | undefined };
type Attempt = { ok: true; document: LoadedDocument; lastModified?: string } | Failed;

async function run(
  href: string,
  signal: AbortSignal,
  progress: Progress,
  entry: Entry,
  config: Settings,
  revalidate: boolean,
): Promise<LoadedDocument> {
  // Snapshot: only this flight may replace the remembered document from here on.
  const previous = revalidate ? entry.document : undefined;
  const headers = new Headers({ Accept: 'application/json' });
  const request: RequestInit = { credentials: 'same-origin', headers };
  if (previous) {
    const lastModified = entry.lastModified;
    const sameOrigin = typeof location !== 'undefined' && new URL(href).origin === location.origin;
    // Conditional headers are not CORS-safelisted: cross-origin they force a preflight that many
    // static hosts refuse, which would make every refresh fail. There the browser's own HTTP cache
    // revalidates instead (its validators need no preflight); an unchanged ETag is caught later.
    if (sameOrigin && (previous.etag || lastModified)) {
      if (previous.etag) headers.set('If-None-Match', previous.etag);
      if (lastModified) headers.set('If-Modified-Since', lastModified);
    } else {
      request.cache = 'no-cache';
    }
  }
  let failure: LoadError | undefined;
  for (let attempt = 1; attempt <= config.retries + 1; attempt += 1) {
    if (signal.aborted) break;
    progress.attempts = attempt;
    const outcome = await attemptOnce(href, signal, request, previous, config, attempt);
    if (outcome.ok) {
      entry.document = { ...outcome.document, notModified: false };
      // A new body brings its own validator or none; a 304 only ever refreshes the old one.
      if (!outcome.document.notModified || outcome.lastModified !== undefined) {
        entry.lastModified = outcome.lastModified;
      }
      return outcome.document;
    }
    failure = outcome.error;
    if (!isRetryable(failure) || attempt > config.retries) break;
    // Doubled each time, with jitter that spreads out the retries of many pages that failed at the
    // same moment.
    const delay = config.backoff * 2 ** (attempt - 1);
    await sleep(outcome.retryAfter ?? Math.min(delay + Math.random() * delay * 0.2, MAX_TIMER), signal);
  }
  if (signal.aborted || !failure) throw abortedError(href, progress.attempts);
  throw failure;
}

async function attemptOnce(
  href: string,
  flightSignal: AbortSignal,
  request: RequestInit,
  previous: LoadedDocument | undefined,
  config: Settings,
  attempt: number,
): Promise<Attempt> {
  const controller = new AbortController();
  const stop = (): void => controller.abort();
  flightSignal.addEventListener('abort', stop, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, config.timeout);
  const fail = (
    code: LoadErrorCode,
    extra: { url?: string; status?: number; cause?: unknown } = {},
    detail?: string,
  ): Failed => ({
    ok: false,
    error: loadError(code, { url: href, attempts: attempt, ...extra }, detail),
  });

  try {
    const response = await fetch(href, { ...request, signal: controller.signal });
    const url = response.url || href;
    const etag = response.headers.get('ETag') ?? undefined;
    const lastModified = response.headers.get('Last-Modified') ?? undefined;

    if (response.status === 304 && previous) {
      await discard(response);
      return {
        ok: true,
        document: {
          ...previous,
          fetchedAt: Date.now(),
          etag: etag ?? previous.etag,
          notModified: true,
        },
        lastModified,
      };
    }
    if (!response.ok) {
      await discard(response);
      const result = fail('http', { status: response.status });
      if (response.status === 429 || response.status === 503) {
        result.retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
      }
      return result;
    }
    // Too large by its declared length (not downloaded at all), or once read past the limit.
    const text =
      Number(response.headers.get('Content-Length')) > config.maxBytes
        ? await discard(response)
        : await readText(response, config.maxBytes);
    if (text === undefined) return fail('too-large', {}, `over ${config.maxBytes} bytes`);
    // The body the remembered document came from: a server that ignores conditional requests, or
    // sends no ETag or Last-Modified, or another origin's (whose 304 the browser turns into a 200).
    // The same document, then: not parsed again, nor announced as new data.
    if (text === previous?.text) {
      return {
        ok: true,
        document: { ...previous, url, fetchedAt: Date.now(), notModified: true },
        lastModified,
      };
    }
    // Told by the body, not the Content-Type: old CMSes label any file text/html. Named by the
    // address it came from, after redirects (a CMS's login page), and its first characters (a PHP
    // warning printed before the JSON), for whoever reads the error.
    if (/^\s*</.test(text)) {
      return fail('html-instead-of-json', { url }, text.trim().slice(0, 80));
    }
    let json: unknown;
    try {
      json = ownDocument(JSON.parse(text));
    } catch (error) {
      return fail('not-json', { cause: error }, describe(error));
    }
    const document: LoadedDocument = { url, json, text, fetchedAt: Date.now(), notModified: false };
    if (etag !== undefined) document.etag = etag;
    return { ok: true, document, lastModified };
  } catch (error) {
    if (flightSignal.aborted) return { ok: false, error: abortedError(href, attempt) };
    if (timedOut) return fail('timeout', { cause: error }, `${config.timeout} ms`);
    return fail('network', { cause: error }, describe(error));
  } finally {
    clearTimeout(timer);
    flightSignal.removeEventListener('abort', stop);
  }
}

/** Reads the body as UTF-8, stopping as soon as it exceeds `maxBytes` (returns undefined then). */
export async function readText(response: Response, maxBytes: number): Promise<string | undefined> {
  const body = response.body;
  if (!body) return '';
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/** Frees the connection without reading a body nobody needs. */
async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

function isRetryable({ code, status = 0 }: LoadError): boolean {
  return code === 'network' || code === 'timeout' || (code === 'http' && (status >= 500 || status === 429));
}

/**
 * Milliseconds to wait according to a `Retry-After` header (delta-seconds or an HTTP date),
 * capped at 60 s; undefined when absent or unreadable.
 * @internal exported for tests
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  let delay: number;
  if (/^\d+$/.test(trimmed)) {
    delay = Number(trimmed) * 1000;
  } else {
    // Date.parse reads bare numbers such as "-5" as years; an HTTP date always names a month.
    const date = /[a-z]/i.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
    if (Number.isNaN(date)) return undefined;
    delay = date - now;
  }
  return Math.min(Math.max(delay, 0), MAX_RETRY_AFTER);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

function abortedError(url: string, attempts: number): LoadError {
  return loadError('aborted', { url, attempts });
}

/**
 * A LoadError in the words the English translation shows readers, so a developer reads what a
 * reader is told; `detail` adds what the browser or the check said.
 */
function loadError(code: LoadErrorCode, details: LoadErrorDetails, detail?: string): LoadError {
  const words = fill(en.loadError[code], details);
  return new LoadError(code, detail ? `${words} (${detail})` : words, details);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : safeString(error);
}

// Last: the CDN files keep this file's order, and they compress better with this here (3 to 6 B).
/** The options as the loader reads them: a timeout of 0, `NaN` or `Infinity` is the default. @internal */
export function loadSettings(options: LoadOptions): Settings {
  const number = (value: number | undefined, fallback: number, ok: (n: number) => boolean): number =>
    typeof value === 'number' && ok(value) ? value : fallback;
  return {
    timeout: Math.min(
      number(options.timeout, DEFAULT_TIMEOUT, (n) => Number.isFinite(n) && n > 0),
      MAX_TIMER,
    ),
    retries: Math.min(Math.floor(number(options.retries, DEFAULT_RETRIES, (n) => n >= 0)), MAX_RETRIES),
    backoff: number(options.backoff, DEFAULT_BACKOFF, (n) => Number.isFinite(n) && n >= 0),
    maxBytes: number(options.maxBytes, DEFAULT_MAX_BYTES, (n) => n > 0),
  };
}
