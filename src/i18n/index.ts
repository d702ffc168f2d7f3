/**
 * The translation registry. Indonesian and English are built in; a page can add a language
 * (or replace a built-in one) at runtime with `registerTranslation()`.
 */
import type { DataIssue } from '../data/issues.js';
import { en } from './en.js';
import { id } from './id.js';
import type { Translation } from './translation.js';

export type { Translation } from './translation.js';
export { en, id };

const translations = new Map<string, Translation>([
  ['id', id],
  ['en', en],
]);
const listeners = new Set<() => void>();

/** Adds or replaces a language. Components already on the page re-render in it. */
export function registerTranslation(...added: Translation[]): void {
  for (const translation of added) translations.set(translation.$code.toLowerCase(), translation);
  for (const listener of listeners) listener();
}

/** Called whenever translations change; returns an unsubscribe function. */
export function onTranslationsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The translation for a language tag: the exact tag, its base language, else Indonesian. */
export function translationFor(language: string): Translation {
  const lower = language.toLowerCase();
  return translations.get(lower) ?? translations.get(lower.split('-')[0] ?? '') ?? id;
}

/** "programmes[3].start: must be a date like … (found "2023-13"). This item was left out." */
export function formatIssue(issue: DataIssue, translation: Translation): string {
  const params: Record<string, string | number> = { ...issue.params };
  // Already shortened by the validator, and shown as text only.
  if (issue.value !== undefined) params['value'] = issue.value;
  const what = translation.issue[issue.code](params);
  const where = issue.path || 'JSON';
  return `${where}: ${what}. ${translation.outcome[issue.outcome]}`;
}
