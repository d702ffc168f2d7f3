/**
 * The form controls the tracker and the timeline both have, written once so they look and behave
 * alike: a labelled search box, a labelled select, and a group of buttons of which one is pressed.
 * Their styles are `styles/controls.ts`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { localizeTagged } from '../data/derive.js';
import type { Text } from '../data/schema.js';

/** `[value, text, lang]` of one option: `lang` when the text is not in the component's language. */
export type Choice = readonly [string, string, string?];

/**
 * An option naming something from the data (a dimension, an agency): when the data has no name in
 * the language shown, the option is marked with the language it is in, so a screen reader reads
 * it in that language's voice.
 */
export function nameChoice(id: string, name: Text | undefined, language: string): Choice {
  const { text, other } = localizeTagged(name, language);
  return [id, text, other];
}

/**
 * What a filter of things from the data offers: those the data names (`named`: the agencies
 * programmes name, say), and the one the filter is set to though none does (a page's preset), else
 * its control showed "Semua" for a filter in force. Another choice would show nothing.
 */
export function namedChoices<T extends { id: string }>(
  items: readonly T[],
  named: ReadonlySet<string | undefined>,
  value: string | undefined,
  nameOf: (item: T) => Text | undefined,
  language: string,
): Choice[] {
  return items
    .filter(({ id }) => id === value || named.has(id))
    .map((item) => nameChoice(item.id, nameOf(item), language));
}

/** A search box with its visible label. */
export function searchField(
  label: string,
  value: string | undefined,
  onInput: (value: string) => void,
): TemplateResult {
  return html`<label class="field">
    <span>${label}</span>
    <input
      type="search"
      .value=${value ?? ''}
      @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)}
    />
  </label>`;
}

/**
 * A select with its visible label. With `all`, a first option of that text and the value `''`
 * stands for "no filter". The chosen option is set by its `selected` property: once the reader
 * has picked an option, the browser no longer follows the `selected` attribute, and a filter the
 * page set afterwards showed under another option's name.
 */
export function selectField(
  label: string,
  value: string | undefined,
  choices: readonly Choice[],
  onChange: (value: string) => void,
  all?: string,
): TemplateResult {
  return html`<label class="field">
    <span>${label}</span>
    <select @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value)}>
      ${all === undefined ? nothing : html`<option value="" .selected=${!value}>${all}</option>`}
      ${choices.map(
        ([id, text, lang]) =>
          html`<option value=${id} lang=${ifDefined(lang)} .selected=${id === value}>${text}</option>`,
      )}
    </select>
  </label>`;
}

/**
 * Buttons of which the `current` one is pressed, such as a switch between two views. Lit writes
 * `aria-pressed`'s boolean as "true" or "false".
 */
export function segmented(
  label: string,
  choices: readonly Choice[],
  current: string,
  onSelect: (value: string) => void,
): TemplateResult {
  return html`<div class="segmented" role="group" aria-label=${label}>
    ${choices.map(
      ([id, text]) =>
        html`<button type="button" aria-pressed=${id === current} @click=${() => onSelect(id)}>
          ${text}
        </button>`,
    )}
  </div>`;
}
