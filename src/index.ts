/**
 * @bekasi/elements: every component, registered, plus the data contract (schema, validation,
 * derivations, translations), the shared loader and the base class, for pages that need them.
 *
 * Importing anything from here registers every component (and so bundles them all): the
 * per-component entries and `contract.ts` are for pages that need less. The all-in-one CDN file is
 * built from `cdn.ts`, which keeps this file's order and exports less of the contract.
 */
// The order of these modules is the order of the code in the all-in-one CDN file, and gzip finds
// more to share in some orders. The base class (validation, translations, loader) first saves
// 0.2 KB; of the 24 orders of the four components, this one is the smallest (0.3 KB below the
// one before, 0.6 KB below the largest). Run scripts/size.mjs after changing it. Elements are
// defined <bekasi-data> first; the order of the others does not matter.
export { BekasiElement, type Theme } from './core/base-element.js';
export * from './bekasi-data.js';
export * from './bekasi-timeline.js';
export * from './bekasi-quick-wins.js';
export * from './bekasi-scorecard.js';
export * from './bekasi-banner.js';
export * from './contract.js';
export type { DataState, LoadFailure } from './core/data-state.js';
export type { BekasiErrorDetail, BekasiLoadDetail } from './core/events.js';
export { loadDocument, LoadError, type LoadOptions, type LoadedDocument } from './data/loader.js';
export { VERSION } from './version.js';
