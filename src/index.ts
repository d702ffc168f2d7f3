/**
 * @bekasi/elements: every component, registered, plus the data contract (schema, validation,
 * derivations, translations), the shared loader and the base class, for pages that need them.
 *
 * It is also the entry of the all-in-one CDN file, `cdn/bekasi-elements.js`. Importing anything
 * from here registers every component (and so bundles them all): the per-component entries and
 * `contract.ts` are for pages that need less.
 */
// The base class first: the CDN file then holds its modules (validation, translations, loader) in
// an order that compresses about 200 B smaller. Elements are still defined <bekasi-data> first.
export { BekasiElement, type Theme } from './core/base-element.js';
export * from './bekasi-data.js';
export * from './bekasi-banner.js';
export * from './bekasi-scorecard.js';
export * from './bekasi-timeline.js';
export * from './bekasi-quick-wins.js';
export * from './contract.js';
export type { DataState, LoadFailure } from './core/data-state.js';
export type { BekasiErrorDetail, BekasiLoadDetail } from './core/events.js';
export { loadDocument, LoadError, type LoadOptions, type LoadedDocument } from './data/loader.js';
export { VERSION } from './version.js';
