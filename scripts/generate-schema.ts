/**
 * `npm run schema`: writes `schema/smart-city.schema.json` from the valibot schema in
 * `src/data/schema.ts`, the contract's one source of truth. `--check` compares instead of
 * writing, so CI fails when someone changes the schema and forgets to regenerate.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';
import {
  AgencySchema,
  ColorSchema,
  DimensionSchema,
  DocumentSchema,
  EvaluationSchema,
  HealthSchema,
  IdSchema,
  ImageSchema,
  KpiSchema,
  LinkSchema,
  NameSchema,
  PartialDateSchema,
  ProgrammeSchema,
  ProseSchema,
  QuickWinSchema,
  SourceSchema,
  StatusSchema,
  UrlSchema,
} from '../src/data/schema.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SCHEMA_FILE = resolve(root, 'schema/smart-city.schema.json');
/**
 * The schema's address on the CDN, pinned to the package's version: an unpinned one would name
 * whatever the latest release holds, a later format included. `npm run version` writes it anew.
 */
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
export const SCHEMA_ID = `https://cdn.jsdelivr.net/npm/@bekasi/elements@${version}/schema/smart-city.schema.json`;

/**
 * What the published schema says of the shared shapes. The prose lives here, not in the runtime
 * schemas (`v.description`): no component reads it, and every CDN file would carry it.
 */
const DEFINITION_DESCRIPTIONS: Record<string, string> = {
  Text: 'A string, or translations keyed by BCP 47 language: { "id": "…", "en": "…" }.',
  Prose: 'A string, or translations keyed by BCP 47 language: { "id": "…", "en": "…" }.',
  PartialDate: 'ISO 8601 date at the precision known: "2023", "2023-09" or "2023-09-30".',
  Url: 'An http: or https: URL, or a relative one.',
  Color: 'A colour as #rgb or #rrggbb.',
  Id: 'An identifier, unique within its list.',
};
const PROPERTY_DESCRIPTIONS: Record<string, string> = {
  schemaVersion: '"1.0" or any "1.x".',
  generatedAt: 'When the data was produced, shown as "data as of".',
};

/** The schema as it should be committed, byte for byte. */
export function renderSchema(): string {
  const generated = toJsonSchema(DocumentSchema, {
    target: 'draft-2020-12',
    // Named `$defs` for the shared shapes keep the file readable and let editors show the name.
    definitions: {
      Text: NameSchema,
      Prose: ProseSchema,
      PartialDate: PartialDateSchema,
      Url: UrlSchema,
      Color: ColorSchema,
      Id: IdSchema,
      Status: StatusSchema,
      Health: HealthSchema,
      Source: SourceSchema,
      Image: ImageSchema,
      Link: LinkSchema,
      Dimension: DimensionSchema,
      Evaluation: EvaluationSchema,
      Agency: AgencySchema,
      Programme: ProgrammeSchema,
      Kpi: KpiSchema,
      QuickWin: QuickWinSchema,
    },
    // `v.check` and `v.partialCheck` run a function (a real calendar day, scale max above min, end not before start);
    // JSON Schema has no way to say that, so the published schema is deliberately looser there
    // and the description says so (numbers within ±1e300 are such a check). `v.finite` needs no
    // counterpart: JSON has no Infinity or NaN.
    // Anything else without a JSON Schema form still throws, so nothing is lost silently.
    ignoreActions: ['check', 'partial_check', 'finite'],
  });
  const { $schema, ...rest } = generated;
  const described = (node: unknown, text: string | undefined) => {
    if (!text || !node || typeof node !== 'object') throw new Error(`nothing to describe with ${text}`);
    (node as { description?: string }).description = text;
  };
  for (const [name, text] of Object.entries(DEFINITION_DESCRIPTIONS)) described(rest.$defs?.[name], text);
  for (const [name, text] of Object.entries(PROPERTY_DESCRIPTIONS)) described(rest.properties?.[name], text);
  const schema = {
    $schema,
    $id: SCHEMA_ID,
    title: 'Smart-city document (@bekasi/elements data format 1.x)',
    description:
      "One city's smart-city programme: identity, evaluation framework, yearly scores, agencies, " +
      'programmes and quick wins, as read by the @bekasi/elements web components. Generated from ' +
      "the library's valibot schema. A few rules cannot be written in JSON Schema and are checked " +
      'only by the library and `bekasi-elements validate`: dates must be real calendar days, ' +
      'numbers must lie within ±1e300 (so that the difference of two is finite), a ' +
      "framework scale's max must exceed its min, a programme must not end before it starts, and " +
      'references between sections (dimensions, elements, agencies, programmes), unique ids and ' +
      'scores within the scale are checked across the document. Unknown fields are allowed and ignored.',
    ...rest,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

function main(argv: readonly string[]): number {
  const fresh = renderSchema();
  const shown = relative(process.cwd(), SCHEMA_FILE);
  if (argv.includes('--check')) {
    let committed: string | undefined;
    try {
      committed = readFileSync(SCHEMA_FILE, 'utf8');
    } catch {
      committed = undefined;
    }
    if (committed === fresh) {
      console.log(`${shown} is up to date.`);
      return 0;
    }
    console.error(
      committed === undefined
        ? `${shown} is missing. Run \`npm run schema\` and commit the result.`
        : `${shown} is out of date with src/data/schema.ts. Run \`npm run schema\` and commit the result.`,
    );
    return 1;
  }
  let current: string | undefined;
  try {
    current = readFileSync(SCHEMA_FILE, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === fresh) {
    console.log(`${shown} unchanged.`);
  } else {
    mkdirSync(dirname(SCHEMA_FILE), { recursive: true });
    writeFileSync(SCHEMA_FILE, fresh);
    console.log(`Wrote ${shown}.`);
  }
  return 0;
}

// Imported by the tests for `renderSchema`; run as a script otherwise.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
