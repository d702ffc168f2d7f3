/**
 * The entry of the all-in-one CDN file, `cdn/bekasi-elements.js`: every component, registered,
 * and what a page's own script calls (the classes, translations, the loader and the whole-document
 * validator). The rest of the data contract (schemas, section rules, derivations) is the npm
 * package's (`@bekasi/elements/contract`): named here, its 80 exports alone weighed 0.7 KB gzip in
 * a file every page loads.
 */
// The order of these modules is the order of the code in the file, and gzip finds more to share
// in some orders: see src/index.ts, whose order this keeps.
export { BekasiElement, type Theme } from './core/base-element.js';
export * from './bekasi-data.js';
export * from './bekasi-timeline.js';
export * from './bekasi-quick-wins.js';
export * from './bekasi-scorecard.js';
export * from './bekasi-banner.js';
export { validateDocument, type ValidationResult } from './data/validate.js';
export {
  registerTranslation,
  translationFor,
  en,
  id,
  type Translation,
  type TranslationChanges,
} from './i18n/index.js';
export type { BekasiErrorDetail, BekasiLoadDetail } from './core/events.js';
export { loadDocument, LoadError, type LoadOptions, type LoadedDocument } from './data/loader.js';
export { VERSION } from './version.js';
