/**
 * The documents the stories show: the very fixtures the tests and the axe runs use
 * (`test/fixtures/`), so what a designer reviews here is what the tests check.
 */
export { documents, fixture as doc, type FixtureName as DocumentName } from '../../test/fixtures/index.js';
export {
  manyQuickWinsDocument,
  manyProgrammesDocument,
  tooLongNamesDocument,
} from '../../test/fixtures/index.js';

/** The demo document's URL, served from `public/` by Storybook's `staticDirs`. */
export const DEMO_URL = '/data/bekasi.json';
