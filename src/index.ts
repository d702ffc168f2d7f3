/**
 * @bekasi/elements: every component, registered, plus the data contract (schema, validation,
 * derivations, translations), the shared loader and the base class, for pages that need them.
 *
 * `<bekasi-timeline>` is not in here yet: it would take the all-in-one CDN file (built from this
 * module) over its size budget. Import `@bekasi/elements/timeline` for it.
 */
export * from './bekasi-data.js';
export * from './bekasi-banner.js';
export * from './bekasi-scorecard.js';
export * from './bekasi-quick-wins.js';
export * from './contract.js';
export { BekasiElement, type Theme } from './core/base-element.js';
export type { DataState, LoadFailure } from './core/data-state.js';
export type { BekasiErrorDetail, BekasiLoadDetail } from './core/events.js';
export { loadDocument, LoadError, type LoadOptions, type LoadedDocument } from './data/loader.js';
export { VERSION } from './version.js';
