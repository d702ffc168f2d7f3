/**
 * The data contract without any component: the schema, validation, derivations and issue
 * messages. Safe to import in Node (the `bekasi-elements validate` command uses it) and in
 * workers.
 */
export * from './data/schema.js';
export type { DataIssue, IssueCode, IssueOutcome } from './data/issues.js';
export {
  validateDocument,
  validateSections,
  generatedAtSection,
  citySection,
  agenciesSection,
  evaluationsSection,
  programmesSection,
  quickWinsSection,
  ALL_SECTIONS,
  type SectionRule,
  issuesForSections,
  blockingIssue,
  type SmartCityModel,
  type ValidationResult,
  type ResolvedFramework,
} from './data/validate.js';
export { DEFAULT_FRAMEWORK } from './data/framework.js';
export { parseDocumentText } from './data/parse.js';
export * from './data/derive.js';
export {
  registerTranslation,
  translationFor,
  componentStrings,
  formatIssue,
  fill,
  en,
  id,
  type Translation,
  type TranslationChanges,
} from './i18n/index.js';
