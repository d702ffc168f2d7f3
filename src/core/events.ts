import type { DataIssue } from '../data/issues.js';
import type { SmartCityDocument } from '../data/schema.js';
import type { LoadFailure } from './data-state.js';

/** `bekasi-load`: a document was loaded and validated. */
export interface BekasiLoadDetail {
  /** The validated document (invalid items left out). */
  document: SmartCityDocument;
  /** What was wrong in the sections this component uses, each with its path. */
  issues: DataIssue[];
}

/** `bekasi-error`: the component shows its error state. */
export interface BekasiErrorDetail {
  /** A loader code (`network`, `timeout`, `http` …) or a data issue code (`unsupported-version` …). */
  code: string;
  /** The same sentence the component shows, in its language. */
  message: string;
  /** For data issues: where in the document, e.g. `programmes[3].start`. */
  path?: string;
  url?: string;
  status?: number;
  issue?: DataIssue;
  failure?: LoadFailure;
}

declare global {
  // On every element, on document and on window, since the events bubble and are composed.
  interface GlobalEventHandlersEventMap {
    'bekasi-load': CustomEvent<BekasiLoadDetail>;
    'bekasi-error': CustomEvent<BekasiErrorDetail>;
  }
}

/**
 * Every event of the library bubbles and crosses shadow roots, so a page can listen anywhere.
 * None can be cancelled: `cancelable` is left at its default, false.
 */
export function emit<T>(target: EventTarget, type: string, detail: T): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}
