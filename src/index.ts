/**
 * @bekasi/elements: every component, registered, plus the data contract (schema, validation,
 * derivations, translations), the shared loader and the base class, for pages that need them.
 *
 * It is the all-in-one CDN file's entry (`cdn.ts`) and `<bekasi-timeline>`, which is not on the
 * CDN yet. A bundler keeps only what a page imports from here.
 */
export * from './cdn.js';
export * from './bekasi-timeline.js';
