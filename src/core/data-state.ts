import type { LoadErrorCode } from '../data/loader.js';
import { parseDocumentText } from '../data/parse.js';
import { ownDocument, type ValidationResult } from '../data/validate.js';

/** Why there is nothing (or nothing new) to show. */
export interface LoadFailure {
  code: LoadErrorCode | 'no-data';
  url?: string;
  status?: number;
  /**
   * For developers: the loader's English message, with what the browser or the check said in
   * brackets (the parse error, the first characters of a web page sent instead of JSON, `Failed
   * to fetch` …).
   */
  detail?: string;
}

/**
 * Where a document stands, shared by every way data reaches a component (property, inline
 * JSON, `src`, `<bekasi-data>`). It carries the document as parsed; each component validates the
 * sections it needs (see `validateSections`), so a provider never does work nobody asked for.
 */
export interface DataState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  /**
   * The parsed, not yet validated, document; present when ready. One the library parsed (`src`,
   * inline JSON) is shared with the components' models: treat it as read-only.
   */
  document?: unknown;
  /** When ready but the inline JSON could not even be parsed. */
  parseError?: ValidationResult;
  /** When ready, set only if a background refresh failed and older data is shown. */
  failure?: LoadFailure;
  /** When the shown data was fetched (fetched documents only). */
  fetchedAt?: number;
  /** The document's own URL: relative URLs inside it resolve against this. */
  url?: string;
  /** Loads again (the error state's retry button); absent for data given directly. */
  reload?: () => void;
}

export const IDLE: DataState = { status: 'idle' };
export const LOADING: DataState = { status: 'loading' };

const valueStates = new WeakMap<object, DataState>();

/** The state of a document given directly (the `data` property). */
export function stateFromValue(value: unknown): DataState {
  if (value === null || typeof value !== 'object') return { status: 'ready', document: value };
  let state = valueStates.get(value);
  if (!state) {
    state = { status: 'ready', document: value };
    valueStates.set(value, state);
  }
  return state;
}

const inlineCache = new WeakMap<HTMLScriptElement, { text: string; state: DataState }>();

/**
 * The state of a document written inline as `<script type="application/json">`. A parse error
 * becomes an ordinary data issue, so it is shown like any other.
 */
export function stateFromInlineScript(script: HTMLScriptElement): DataState {
  // An element's textContent is never null.
  const text = script.textContent as string;
  const cached = inlineCache.get(script);
  if (cached && cached.text === text) return cached.state;
  const parsed = parseDocumentText(text);
  const state: DataState =
    'issue' in parsed
      ? { status: 'ready', parseError: { model: undefined, issues: [parsed.issue] } }
      : { status: 'ready', document: ownDocument(parsed.document) };
  inlineCache.set(script, { text, state });
  return state;
}
