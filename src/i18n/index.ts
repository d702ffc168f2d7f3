/**
 * The translation registry. Indonesian and English are built in; a page can add a language
 * (or replace a built-in one) at runtime with `registerTranslation()`.
 */
// First: the CDN files hold the modules in import order, and they compress better so (21 B less
// in the all-in-one file).
import { fill, type ComponentStrings, type Translation, type TranslationChanges } from './translation.js';
import type { DataIssue } from '../data/issues.js';
import { en } from './en.js';
import { id } from './id.js';

export type { ComponentStrings, LoadErrorKey, Translation, TranslationChanges } from './translation.js';
export { en, fill, id };

const translations = new Map<string, Translation>([
  ['id', id],
  ['en', en],
]);
const listeners = new Set<() => void>();

/**
 * `own` laid over `base`: each string `own` gives where `base` has a string, each group merged
 * the same way, and everything else (left out, empty, of another type) from `base`. A page's
 * translation is outside data: a group it leaves out must not stop a component from drawing.
 */
// Any: it walks translations of every shape; the callers' types say what comes back.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function overlay(base: any, own: any): any {
  if (typeof own != typeof base || !own) return base;
  if (typeof own != 'object') return own;
  // `own` itself when it lacks nothing: a whole group is used as given, and merging it again
  // gives the same object.
  let whole = true;
  const merged = { ...own };
  for (const key in base) whole = (merged[key] = overlay(base[key], own[key])) === own[key] && whole;
  return whole ? own : merged;
}

/**
 * Adds or replaces a language. Components already on the page re-render in it. A string or group
 * it leaves out is taken from the translation its language already has (`en-GB` from the English),
 * else from the Indonesian, which a language without a translation shows.
 */
export function registerTranslation(...added: (Translation | TranslationChanges)[]): void {
  for (const own of added) {
    // A translation that does not say its language can never be asked for. It may be a page's
    // JSON: it is left out with a warning, not thrown on, and the others still register.
    if (typeof own?.$code != 'string') {
      console.warn('registerTranslation: no "$code", left out:', own);
      continue;
    }
    const base = translationFor(own.$code);
    // A copy: each component's group is merged into it when first asked for (`componentStrings`),
    // never into the page's object, which may be frozen.
    translations.set(own.$code.toLowerCase(), overlay(base, { ...own }));
  }
  for (const listener of listeners) listener();
}

/** Called whenever translations change; returns an unsubscribe function. */
export function onTranslationsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function registered(language: string): Translation | undefined {
  const lower = language.toLowerCase();
  // split() always returns at least one string.
  return translations.get(lower) ?? translations.get(lower.split('-')[0] as string);
}

/**
 * The language a component shows when `language` is wanted: that one when a translation is
 * registered for it (or for its base language), else Indonesian. A component marks itself with
 * the language it shows, not the page's, so a screen reader reads Indonesian text on a page in
 * another language with an Indonesian voice, and numbers are written as the text around them.
 */
export function shownLanguage(language: string): string {
  for (const tag of [language, language.split('-')[0] as string]) {
    try {
      if (registered(tag) && Intl.getCanonicalLocales(tag)) return tag;
    } catch {
      // Not a well-formed tag: `lang="id-"` (a template's empty region) names Indonesian, but
      // Intl's collator and formatters throw on it. Its base language is tried next.
    }
  }
  return 'id';
}

/** The direction a translation's text runs: left to right unless it says otherwise. */
export function textDirection(translation: Translation): 'ltr' | 'rtl' {
  // A translation loaded as JSON may say anything: only "rtl" turns the component around.
  return translation.$dir === 'rtl' ? 'rtl' : 'ltr';
}

/** The translation for a language tag: the exact tag, its base language, else Indonesian. */
export function translationFor(language: string): Translation {
  return registered(language) ?? id;
}

/**
 * A component's strings in a language: from a registered translation that carries them, else
 * the component's built-in Indonesian or English, else Indonesian.
 */
export function componentStrings<K extends keyof ComponentStrings>(
  language: string,
  component: K,
  builtIn: { id: ComponentStrings[K]; en: ComponentStrings[K] },
): ComponentStrings[K] {
  const base = language.toLowerCase().split('-')[0] === 'en' ? builtIn.en : builtIn.id;
  const translation = registered(language);
  const own = translation?.[component];
  // Kept merged, so that the next render gets the same object: views are cached by their strings.
  return own ? (translation[component] = overlay(base, own)) : base;
}

/** "programmes[3].start: must be a date like … (found "2023-13"). programmes[3] was left out." */
export function formatIssue(issue: DataIssue, translation: Translation): string {
  const template = translation.issue[issue.code];
  // A limit or a scale's bounds in the reader's way of writing numbers; the value found is quoted.
  const what = fill(template, { ...issue.params, value: issue.value }, translation.$code);
  // The value is already shortened by the validator, and is only ever shown as text.
  const found =
    issue.value !== undefined && !template.includes('{found}') ? fill(translation.found, issue) : '';
  // An issue built without `item` (by hand, or before it existed) names its own path.
  const outcome = fill(translation.outcome[issue.outcome], { item: issue.item ?? issue.path });
  return `${issue.path || 'JSON'}: ${what}${found}. ${outcome}`;
}
