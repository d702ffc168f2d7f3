import { html, type TemplateResult } from 'lit';
import type { PartialDate } from '../data/schema.js';
import { formatPartialDate } from './format.js';
import { resolveUrl } from './url.js';

/**
 * One source or piece of evidence as a list item: its title, a link only when its URL is safe
 * (`resolveUrl`), and its date in the reader's language.
 */
export function sourceItem(
  title: unknown,
  source: { url?: string | undefined; date?: PartialDate | undefined },
  baseUrl: string | undefined,
  language: string,
): TemplateResult {
  const href = resolveUrl(source.url, baseUrl);
  const date = source.date ? ` (${formatPartialDate(source.date, language)})` : '';
  return html`<li>${href ? html`<a href=${href}>${title}</a>` : title}${date}</li>`;
}
