/**
 * Texts whose words a screen reader needs said differently from the screen: shared by every
 * component, so a gap or a text in another language reads the same everywhere.
 */
import { html, type TemplateResult } from 'lit';
import type { TaggedText } from '../data/derive.js';

/**
 * A text from the data, marked with its own `lang` when it is in another language than the one
 * shown (only that translation was given), so a screen reader pronounces it right (WCAG 3.1.2).
 * It also runs in its own direction: "30 sensor kualitas udara" in an Arabic sentence keeps its
 * number in front.
 */
export const inLanguage = ({ text, other }: Pick<TaggedText, 'text' | 'other'>): unknown =>
  other ? html`<span lang=${other} dir="auto">${text}</span>` : text;

/**
 * A text from the data set inside a sentence the component writes, in a bidi isolate (FSI … PDI):
 * a right-to-left name, or one ending in a stray U+202E, cannot then reorder the rest of the
 * sentence ("terendah Gamma 2,50" drawn backwards, "3,25" as "25,3"). The name's own isolate marks
 * go: a PDI in it would end the isolate early and free what follows it to reorder the rest.
 */
export const isolate = (text: string): string => `\u2068${text.replace(/[\u2066-\u2069]/g, '')}\u2069`;

/** A missing value: "—" on screen, `spoken` ("tidak ada data") for a screen reader. */
export const gap = (spoken: string): TemplateResult =>
  html`<span aria-hidden="true">—</span><span class="visually-hidden">${spoken}</span>`;
