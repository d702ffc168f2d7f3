/**
 * The all-in-one CDN file's entry (`cdn/bekasi-elements.js`): the components on the CDN,
 * registered, plus the data contract (schema, validation, derivations, translations), the shared
 * loader and the base class, for pages that need them.
 *
 * `<bekasi-timeline>` is not in here yet: it would take this file over its 45 KB budget
 * (design.md). The npm root (`index.ts`) has it; so does `@bekasi/elements/timeline`.
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
