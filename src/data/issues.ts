import type { Section } from './schema.js';

/**
 * What can be wrong with a document. Each code has a sentence in every translation
 * (`src/i18n/*.ts`), so the page's reader and the command line get the same message in their
 * language.
 */
export type IssueCode =
  // The document as a whole (always an error).
  | 'not-json'
  | 'not-object'
  | 'schema-version'
  | 'unsupported-version'
  | 'missing-section'
  | 'empty-section'
  // A value in an item.
  | 'type'
  | 'required'
  | 'text'
  | 'too-long'
  | 'too-many'
  | 'empty-text'
  | 'language-tag'
  | 'date'
  | 'timestamp'
  | 'url'
  | 'color'
  | 'id'
  | 'number'
  | 'integer'
  | 'positive'
  | 'non-negative'
  | 'percentage'
  | 'year'
  | 'status'
  | 'health'
  | 'direction'
  | 'boolean'
  | 'currency'
  | 'list'
  | 'scale'
  | 'dimensions-count'
  | 'end-before-start'
  // Between items.
  | 'duplicate-id'
  | 'unknown-dimension'
  | 'unknown-element'
  | 'unknown-agency'
  | 'unknown-programme'
  | 'score-range'
  | 'invalid';

/** What the validator did about an issue. */
export type IssueOutcome =
  /** The document cannot be used by a component that needs this section. */
  | 'rejected'
  /** The item was left out; the rest renders. */
  | 'item-dropped'
  /** Only this field was left out (an unsafe URL, an invalid colour). */
  | 'field-dropped'
  /** A reference to something unknown was left out; the item stays. */
  | 'reference-dropped';

export interface DataIssue {
  code: IssueCode;
  /** Where, as a JSON path a person can follow: `programmes[3].start`. Empty for the document. */
  path: string;
  /** `error` when the document is unusable; `warning` when something was left out. */
  severity: 'error' | 'warning';
  outcome: IssueOutcome;
  /**
   * The item that was left out (with `item-dropped`; a rejected `city` or `framework` names
   * itself), which may hold the value at `path` deep inside it: `evaluations[0]` for
   * `evaluations[0].sources[0].date`.
   */
  item?: string;
  /** The section the issue belongs to, so each component reports only what it uses. */
  section?: Section;
  /** The offending value, shortened for display; never rendered as HTML. */
  value?: string;
  /** Extra facts for the message: expected version, scale bounds, the limit … */
  params?: Record<string, string | number>;
}

/** An error: what it names (the document, a section, `city`) cannot be used. */
export function rejectedIssue(code: IssueCode, path = '', extra?: Partial<DataIssue>): DataIssue {
  return { code, path, severity: 'error', outcome: 'rejected', ...extra };
}

/** Shows a bad value in a message without echoing a 2 MB string back at the reader. */
export function describeValue(value: unknown): string {
  return shownText(
    typeof value === 'string'
      ? JSON.stringify(value)
      : Array.isArray(value)
        ? `[…] (${value.length})`
        : value !== null && typeof value === 'object'
          ? '{…}'
          : // Numbers, booleans, null and undefined as written: `undefined`, not an empty string.
            String(value),
  );
}

/**
 * Outside text as a message may show it: bidi embeddings, overrides and isolates written as
 * escapes, as the command line writes them (a quoted U+202E reversed the rest of the message on
 * the page), and past 60 characters its first 59 and "…", in whole characters (`u`), so an emoji
 * is never cut in half, which shows as "�".
 */
export function shownText(text: string): string {
  const shown = text.replace(
    /[\u202a-\u202e\u2066-\u2069]/g,
    (control) => '\\u' + control.charCodeAt(0).toString(16),
  );
  // The pattern matches any string.
  return shown.length > 60 ? `${(shown.match(/^.{0,59}/su) as RegExpMatchArray)[0]}…` : shown;
}

/** Joins path segments the way a person reads JSON: `programmes[3].milestones[0].date`. */
export function formatPath(segments: readonly (string | number)[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) path += path ? `.${segment}` : segment;
    // A key from the data, quoted as a value is: short, its bidi controls escaped.
    else path += `[${shownText(JSON.stringify(segment))}]`;
  }
  return path;
}
