import type { DataIssue } from '../data/issues.js';
import type { LoadErrorCode } from '../data/loader.js';
import { validateDocument, type ValidationResult } from '../data/validate.js';

/** Why there is nothing (or nothing new) to show. */
export interface LoadFailure {
  code: LoadErrorCode | 'no-data';
  url?: string;
  status?: number;
  /** The parse error, for `not-json`. */
  detail?: string;
}

/**
 * Where a document stands, shared by every way data reaches a component (property, inline
 * JSON, `src`, `<bekasi-data>`).
 */
export interface DataState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** The validated document; present when ready. */
  result?: ValidationResult;
  /** When ready, set only if a background refresh failed and older data is shown. */
  failure?: LoadFailure;
  /** When the shown data was fetched (fetched documents only). */
  fetchedAt?: number;
  url?: string;
  /** Loads again (the error state's retry button); absent for data given directly. */
  reload?: () => void;
}

export const IDLE: DataState = { status: 'idle' };
export const LOADING: DataState = { status: 'loading' };

/** The state of a document given directly (the `data` property or `<bekasi-data>`'s `data`). */
export function stateFromValue(value: unknown): DataState {
  return { status: 'ready', result: validateDocument(value) };
}

const inlineCache = new WeakMap<HTMLScriptElement, { text: string; state: DataState }>();

/**
 * The state of a document written inline as `<script type="application/json">`. A parse error
 * becomes an ordinary data issue, so it is shown like any other.
 */
export function stateFromInlineScript(script: HTMLScriptElement): DataState {
  const text = script.textContent ?? '';
  const cached = inlineCache.get(script);
  if (cached && cached.text === text) return cached.state;
  let state: DataState;
  try {
    state = stateFromValue(JSON.parse(text) as unknown);
  } catch (error) {
    const issue: DataIssue = {
      code: 'not-json',
      path: '',
      severity: 'error',
      outcome: 'rejected',
      params: { detail: error instanceof Error ? error.message : String(error) },
    };
    state = { status: 'ready', result: { model: undefined, issues: [issue] } };
  }
  inlineCache.set(script, { text, state });
  return state;
}
