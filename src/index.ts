/**
 * @bekasi/elements: every component, registered, plus the data contract, the derivations and
 * the translation registry for pages that need them.
 */
export * from './bekasi-data.js';
export * from './bekasi-banner.js';
export * from './bekasi-scorecard.js';
export { BekasiElement, type Theme } from './core/base-element.js';
export type { DataState, LoadFailure } from './core/data-state.js';
export type { BekasiErrorDetail, BekasiLoadDetail } from './core/events.js';
export * from './data/schema.js';
export type { DataIssue, IssueCode, IssueOutcome } from './data/issues.js';
export {
  validateDocument,
  validateSections,
  citySection,
  agenciesSection,
  evaluationsSection,
  programmesSection,
  quickWinsSection,
  ALL_SECTIONS,
  type SectionRule,
  type SmartCityModel,
  type ValidationResult,
  type ResolvedFramework,
} from './data/validate.js';
export { DEFAULT_FRAMEWORK } from './data/framework.js';
export * from './data/derive.js';
export { loadDocument, LoadError, type LoadOptions, type LoadedDocument } from './data/loader.js';
export {
  registerTranslation,
  translationFor,
  componentStrings,
  formatIssue,
  fill,
  type Translation,
} from './i18n/index.js';
export { VERSION } from './version.js';
