import { rejectedIssue, type DataIssue } from './issues.js';

/**
 * Parses a document's JSON text. A parse error becomes an ordinary data issue, so the page and
 * the command line report it like any other. A leading byte-order mark (common in files saved by
 * Windows editors, and refused by JSON.parse) is ignored.
 */
export function parseDocumentText(text: string): { document: unknown } | { issue: DataIssue } {
  try {
    return { document: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    return {
      issue: rejectedIssue('not-json', '', {
        params: { detail: error instanceof Error ? error.message : String(error) },
      }),
    };
  }
}
