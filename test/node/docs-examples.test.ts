// The code examples of README.md, CONTRIBUTING.md and docs/*.md(x), checked against the library so
// they cannot drift from it. The blocks are found by test/docs/examples.ts (shared with the browser
// test, test/docs/examples.test.ts, which renders every ```html block with the components).
//
// What is checked here, per kind of block:
// - ```json / ```jsonc: a whole document (it has `schemaVersion`) goes through the library's own
//   `validateDocument` and must come out with no issue at all, not even a warning (a warning means
//   an item or a field the example shows would be left out). A block that starts with a property
//   (`"programmes": [ … ]`) holds sections of a document: it is validated inside a minimal
//   document (a schemaVersion, a city with a name, and for references to agencies or programmes
//   the block does not define, an agency or programme of that id), and must equally come out with
//   no issue. A block marked `invalid issue=<code> path=<path>` on its fence shows bad data: the
//   issue it names must be reported, at that path.
// - ```js / ```ts / ```jsx: every block parses (esbuild). Every block not marked `fragment` is then
//   type-checked with the project's TypeScript, `@bekasi/elements` and its subpaths mapped to
//   src/ through package.json's exports (no build needed): TypeScript under the project's
//   strict options; JavaScript (and JSX) as `checkJs` does, without strict null checks, since a
//   page script may take `document.querySelector(…)` to find the tag it just wrote, and without
//   complaints about `event.target` being a bare `EventTarget`. The package's global types (tag
//   names, events on every element) are in scope, as on a page that loaded it; the JSX block is
//   read with the `declare module 'react'` block beside it. So a misspelt `event.detail` field, a
//   subpath the package does not export or a property a class does not have fails. A block whose
//   import of another package is not installed here (`@vitejs/plugin-vue`) is parsed only, and the
//   test says so in its output. A block marked `fragment` must not type-check (else the mark goes).
//   Not checked: what a block does when it runs.
// - ```vue / ```svelte: compiled with the framework's own compiler (Vue told that bekasi- tags are
//   custom elements, as the page says to); no error and no compiler warning.
// - ```html: every <script src> is a CDN address of the documented form (docs/: `@VERSION`, the
//   placeholder getting-started.mdx tells readers to replace; README.md: the version package.json
//   has, which scripts/release-version.mjs pins there) naming a file the build produces
//   (scripts/cdn.mjs), with `type="module"`, which embedding.mdx says is required. Each attribute
//   of a bekasi- element is type-checked against the element's property of that name: a property
//   the element does not have, a value outside a union (`variant="hero2"`), a word for a number
//   or a value on a boolean attribute fails. Whether the attribute is one the element observes,
//   and what the page then shows, is the browser test's part.
// - Every block of any kind: each `@bekasi/elements@<version>/<file>` address has that version
//   form and names a file the package ships.
// - Every block of any kind: only the fence words above (`fragment`, `invalid issue= path=`).
// - Nothing more in ```sh, ```css, ```text and bare fences: a command is not run, a style not parsed.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { transform } from 'esbuild';
import ts from 'typescript';
import { compile as compileSvelte } from 'svelte/compiler';
import { compileScript, compileTemplate, parse as parseVue } from 'vue/compiler-sfc';
import { validateDocument } from '../../src/data/validate.js';
import {
  CDN_SCRIPT,
  DOC_PAGES,
  examplesIn,
  isGlobalAttribute,
  jsonOf,
  kindOf,
  pinnedAddresses,
  startTags,
  where,
  type DocExample,
} from '../docs/examples.js';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
  exports: Record<string, string | { types: string; default: string }>;
};
const examples = DOC_PAGES.flatMap((page) => examplesIn(page, readFileSync(join(root, page), 'utf8')));
const ofKind = (kind: ReturnType<typeof kindOf>) =>
  examples.filter((example) => kindOf(example.lang) === kind);

// @ts-expect-error: a plain .mjs script, without types.
const { cdnBundles } = (await import('../../scripts/cdn.mjs')) as {
  cdnBundles: (root: string) => { file: string }[];
};
const cdnFiles = cdnBundles(root).map((bundle) => bundle.file);
/** Every file a pinned address may name: the CDN files and their hashes, and the package's plain exports. */
const shippedFiles = new Set([
  ...cdnFiles.map((file) => `cdn/${file}`),
  'cdn/integrity.json',
  ...Object.values(pkg.exports)
    .filter((target): target is string => typeof target === 'string' && !target.includes('*'))
    .map((target) => target.replace(/^\.\//, '')),
]);
/** The version form each page must use in a pinned address. */
const versionFormFor = (page: string): string => (page === 'README.md' ? pkg.version : 'VERSION');

// ——— Type-checking ———

const loaderOf = (lang: string) =>
  (({ js: 'js', mjs: 'js', javascript: 'js', jsx: 'jsx', tsx: 'tsx' }) as const)[lang as 'js'] ?? 'ts';

/** Where each example lives in the programs: a virtual file beside this test, never written. */
const VIRTUAL = join(root, 'test/docs/.examples');
const fileOf = (example: DocExample, extension: string) =>
  join(VIRTUAL, `${example.page.replace(/\W/g, '-')}-${example.line}.${extension}`);

/** `@bekasi/elements` and its subpaths, as package.json exports them, mapped to their sources. */
function packagePaths(): Record<string, string[]> {
  const paths: Record<string, string[]> = {};
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const specifier = `@bekasi/elements${subpath.slice(1)}`;
    if (typeof target === 'object') {
      paths[specifier] = [join(root, target.types.replace(/^\.\/dist\//, 'src/').replace(/\.d\.ts$/, '.ts'))];
    } else if (!target.includes('*')) {
      paths[specifier] = [join(root, target)];
    }
  }
  return paths;
}

function compilerOptions(strict: boolean): ts.CompilerOptions {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  return {
    ...options,
    noEmit: true,
    // A page, not this repository: no Node or Mocha globals.
    types: [],
    paths: packagePaths(),
    allowJs: true,
    checkJs: true,
    jsx: ts.JsxEmit.ReactJSX,
    strict,
    noImplicitAny: strict,
    strictNullChecks: strict,
    noUncheckedIndexedAccess: strict,
    skipLibCheck: true,
  };
}

interface Outcome {
  errors: string[];
  /** Other packages the block imports that are not installed: it was parsed only. */
  unresolved: string[];
}

/** One compiler host for both programs: the library, lib.dom.d.ts and the rest are parsed once. */
const host = (() => {
  const base = ts.createCompilerHost(compilerOptions(true));
  const parsed = new Map<string, ts.SourceFile | undefined>();
  const getSourceFile = base.getSourceFile.bind(base);
  base.getSourceFile = (name, version, ...rest) => {
    if (!parsed.has(name)) parsed.set(name, getSourceFile(name, version, ...rest));
    return parsed.get(name);
  };
  return base;
})();

/** The diagnostics of a program over virtual files (`files`: each file's name and text). */
function diagnose(files: Map<string, string>, options: ts.CompilerOptions): readonly ts.Diagnostic[] {
  const own: ts.CompilerHost = {
    ...host,
    fileExists: (name) => files.has(name) || host.fileExists(name),
    readFile: (name) => files.get(name) ?? host.readFile(name),
    getSourceFile: (name, version, ...rest) =>
      files.has(name)
        ? ts.createSourceFile(name, files.get(name)!, version, true)
        : host.getSourceFile(name, version, ...rest),
  };
  return ts.getPreEmitDiagnostics(ts.createProgram([...files.keys()], options, own));
}

const message = (diagnostic: ts.Diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
const lineOf = (diagnostic: ts.Diagnostic) =>
  diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line;

/**
 * Each attribute of each bekasi- element of an html block, as an assignment the element's type
 * must accept: an attribute's text for the property of its name (`group-by` → `groupBy`), read
 * as Lit reads it: a number from a number's text, a boolean from a bare attribute. Returns the
 * file's text and what each of its lines stands for in the block.
 */
function attributeAssignments(example: DocExample): { text: string; said: string[] } {
  const lines = [
    'type FromAttribute<T> = T extends boolean ? "" : T extends number ? `${number}` : T extends string ? T : never;',
    'declare function attribute<E extends HTMLElement, K extends keyof E>(element: E, property: K, value: FromAttribute<NonNullable<E[K]>>): void;',
  ];
  const said = lines.map(() => '');
  for (const [index, tag] of startTags(example.code).entries()) {
    if (!tag.name.startsWith('bekasi-')) continue;
    lines.push(`declare const e${index}: HTMLElementTagNameMap[${JSON.stringify(tag.name)}];`);
    said.push(`<${tag.name}>`);
    for (const [name, value] of tag.attributes) {
      if (isGlobalAttribute(name)) continue;
      const property = name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
      lines.push(`attribute(e${index}, ${JSON.stringify(property)}, ${JSON.stringify(value)});`);
      said.push(`<${tag.name} ${name}="${value}">`);
    }
  }
  return { text: `${lines.join('\n')}\nexport {};\n`, said };
}

/**
 * Type-checks the script blocks and the html blocks' attributes, in two programs: TypeScript and
 * the attributes in a strict one; JavaScript and JSX in a lenient one that also holds the
 * TypeScript blocks (a page's `declare module 'react'` for the JSX next to it), whose own
 * diagnostics come from the strict one. Every block's file ends in `export {}`, so each is a
 * module of its own, as a page's script module is. Both hold `page.ts`, which imports the
 * package: its global types (tag names, events) are there as on a page that loaded it.
 */
function typeCheck(scripts: DocExample[], html: DocExample[]) {
  const isTypeScript = (example: DocExample) => loaderOf(example.lang).startsWith('ts');
  const blockOf = new Map(scripts.map((example) => [fileOf(example, loaderOf(example.lang)), example]));
  const attributesOf = new Map(html.map((example) => [fileOf(example, 'attributes.ts'), example]));
  const assignments = new Map(html.map((example) => [example, attributeAssignments(example)]));
  const outcomes = new Map<DocExample, Outcome>(
    scripts.map((example) => [example, { errors: [], unresolved: [] }]),
  );
  const attributes = new Map<DocExample, string[]>(html.map((example) => [example, []]));

  const page = join(VIRTUAL, 'page.ts');
  const blockText = (name: string) => `${blockOf.get(name)!.code}\nexport {};\n`;
  const strict = new Map([
    [page, "import '@bekasi/elements';\n"],
    ...[...blockOf.keys()]
      .filter((name) => isTypeScript(blockOf.get(name)!))
      .map((name) => [name, blockText(name)] as const),
    ...[...attributesOf].map(([name, example]) => [name, assignments.get(example)!.text] as const),
  ]);
  const lenient = new Map([
    [page, "import '@bekasi/elements';\n"],
    ...[...blockOf.keys()].map((name) => [name, blockText(name)] as const),
  ]);

  for (const [sources, options] of [
    [strict, compilerOptions(true)],
    [lenient, compilerOptions(false)],
  ] as const) {
    for (const diagnostic of diagnose(sources, options)) {
      const name = diagnostic.file?.fileName ?? '';
      if (name === page) throw new Error(`the page's import does not type-check: ${message(diagnostic)}`);
      const html = attributesOf.get(name);
      if (html) {
        attributes
          .get(html)!
          .push(`${assignments.get(html)!.said[lineOf(diagnostic)] ?? ''}: ${message(diagnostic)}`);
        continue;
      }
      const example = blockOf.get(name);
      if (!example) continue;
      // The lenient program reports on JavaScript only.
      if (sources === lenient && isTypeScript(example)) continue;
      // In JavaScript `event.target.localName` reads the element the event came from; the DOM's
      // types call every target an `EventTarget`, a difference a page's script never meets.
      if (sources === lenient && / does not exist on type 'EventTarget'\.$/.test(message(diagnostic)))
        continue;
      const outcome = outcomes.get(example)!;
      const missing =
        /^Cannot find module '([^']+)'|^Invalid module name in augmentation, module '([^']+)'/.exec(
          message(diagnostic),
        );
      const specifier = missing?.[1] ?? missing?.[2];
      if (specifier && !specifier.startsWith('@bekasi/elements') && !specifier.startsWith('.')) {
        outcome.unresolved.push(specifier);
        continue;
      }
      outcome.errors.push(`line ${example.line + 1 + lineOf(diagnostic)}: ${message(diagnostic)}`);
    }
  }
  // A block that imports a package not installed here is parsed only: its other errors may all
  // come from the missing types.
  for (const outcome of outcomes.values()) if (outcome.unresolved.length > 0) outcome.errors = [];
  return { outcomes, attributes };
}

// ——— The tests ———

describe('the documentation’s code examples', () => {
  test('are read from every page of docs/, README.md and CONTRIBUTING.md', () => {
    const onDisk = readdirSync(join(root, 'docs'))
      .filter((file) => /\.mdx?$/.test(file))
      .map((file) => `docs/${file}`);
    assert.deepEqual([...DOC_PAGES].sort(), ['CONTRIBUTING.md', 'README.md', ...onDisk].sort());
    // The kinds the tests check are there at all: an extraction that finds nothing checks nothing.
    for (const kind of ['html', 'json', 'script', 'sfc'] as const) {
      assert.ok(ofKind(kind).length > 0, `no ${kind} block found`);
    }
  });

  test('use only the fence words the tests read', () => {
    const misused = examples.flatMap((example) => {
      const kind = kindOf(example.lang);
      const allowed = kind === 'json' ? ['invalid'] : kind === 'script' ? ['fragment'] : [];
      const params = kind === 'json' && example.flags.includes('invalid') ? ['issue', 'path'] : [];
      return [
        ...example.flags.filter((flag) => !allowed.includes(flag)).map((flag) => `${where(example)} ${flag}`),
        ...Object.keys(example.params)
          .filter((key) => !params.includes(key))
          .map((key) => `${where(example)} ${key}=`),
      ];
    });
    assert.deepEqual(misused, []);
  });

  test('are described in CONTRIBUTING.md as checked: the pinned address in every block, sh included', () => {
    // CONTRIBUTING said ```sh blocks were not checked, while the test below checks their pinned
    // addresses (`npx -p @bekasi/elements@VERSION`) as it checks every block's.
    const contributing = readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8');
    const section = /^## Examples in the docs\n([\s\S]*?)^## /m.exec(contributing)?.[1] ?? '';
    assert.match(
      section,
      /^- Every block, of any kind: each address that pins the package, `@bekasi\/elements@<version>`/m,
    );
    assert.doesNotMatch(section, /```sh `[^\n]*(\n {2}[^\n]*)*\bare not checked\b/);
  });

  test('pin the package as documented, to files it ships', () => {
    const wrong = examples.flatMap((example) =>
      pinnedAddresses(example.code).flatMap(({ version, file }) => [
        ...(version === versionFormFor(example.page)
          ? []
          : [`${where(example)}: @bekasi/elements@${version}, not @${versionFormFor(example.page)}`]),
        ...(file === undefined || shippedFiles.has(file)
          ? []
          : [`${where(example)}: ${file} is not a file the package ships`]),
      ]),
    );
    assert.deepEqual(wrong, []);
  });
});

/**
 * Checks one ```json block: valid, with no issue at all, or, marked `invalid`, reporting the issue
 * it names. Throws an assertion error naming the block otherwise.
 */
function checkJson(example: DocExample): void {
  const { value, whole } = jsonOf(example);
  const { issues } = validateDocument(whole ? value : documentAround(value));
  if (example.flags.includes('invalid')) {
    const { issue, path } = example.params;
    assert.ok(issue && path, `${where(example)}: an invalid block says issue=<code> path=<path>`);
    assert.ok(
      issues.some((found) => found.code === issue && found.path === path),
      `${where(example)}: no ${issue} at ${path}; validation reports ${JSON.stringify(issues.map((found) => `${found.code} at ${found.path}`))}`,
    );
    return;
  }
  assert.deepEqual(
    issues.map((issue) => `${issue.severity} ${issue.code} at ${issue.path} (${issue.value ?? ''})`),
    [],
    `${where(example)}${whole ? '' : ` (${Object.keys(value).join(', ')} in a minimal document)`}`,
  );
}

describe('```json examples', () => {
  for (const example of ofKind('json')) {
    const title = example.flags.includes('invalid')
      ? `${where(example)} reports ${example.params.issue ?? '?'} at ${example.params.path ?? '?'}`
      : `${where(example)} is valid data`;
    test(title, () => checkJson(example));
  }

  test('a block marked invalid must report the issue it names', () => {
    // The convention on a page of its own, since the docs may hold no such block.
    const page = (claim: string) =>
      [
        `${'```'}json invalid ${claim}`,
        '"programmes": [ { "id": "p", "name": "P", "dimension": "governance", "start": "2023-13", "status": "planned" } ]',
        '```',
      ].join('\n');
    const [right] = examplesIn('synthetic.md', page('issue=date path=programmes[0].start'));
    assert.deepEqual(
      [right?.flags, right?.params],
      [['invalid'], { issue: 'date', path: 'programmes[0].start' }],
    );
    checkJson(right!);
    const [wrong] = examplesIn('synthetic.md', page('issue=date path=programmes[0].end'));
    assert.throws(
      () => checkJson(wrong!),
      /no date at programmes\[0\]\.end; validation reports \["date at programmes\[0\]\.start"\]/,
    );
    const [unsaid] = examplesIn('synthetic.md', page(''));
    assert.throws(() => checkJson(unsaid!), /an invalid block says issue=<code> path=<path>/);
  });
});

/**
 * A minimal document around sections of one: what a document needs (`schemaVersion`, a city with
 * a name), and the agencies and programmes the sections refer to but do not define, so that a
 * reference is not reported as unknown for want of the rest of the document.
 */
function documentAround(sections: Record<string, unknown>): Record<string, unknown> {
  const items = (name: string) =>
    (Array.isArray(sections[name]) ? sections[name] : []) as Record<string, unknown>[];
  const agencies = new Set<string>();
  const programmes = new Set<string>();
  for (const item of [...items('programmes'), ...items('quickWins')]) {
    if (typeof item.agency === 'string') agencies.add(item.agency);
    for (const partner of Array.isArray(item.partners) ? item.partners : []) agencies.add(String(partner));
  }
  for (const item of items('quickWins'))
    if (typeof item.programme === 'string') programmes.add(item.programme);
  const framework = sections.framework as { dimensions?: { id: string }[] } | undefined;
  const dimension = framework?.dimensions?.[0]?.id ?? 'governance';
  return {
    schemaVersion: '1.0',
    city: { name: 'Kota Contoh' },
    ...(sections.agencies ? {} : { agencies: [...agencies].map((id) => ({ id, name: `Agency ${id}` })) }),
    ...(sections.programmes
      ? {}
      : {
          programmes: [...programmes].map((id) => ({
            id,
            name: `Programme ${id}`,
            dimension,
            start: '2020',
            status: 'planned',
          })),
        }),
    ...sections,
  };
}

const checked = typeCheck(ofKind('script'), ofKind('html'));

describe('```js and ```ts examples', () => {
  const scripts = ofKind('script');

  for (const example of scripts) {
    const fragment = example.flags.includes('fragment');
    const title = fragment ? 'parses (a fragment)' : 'parses and type-checks';
    test(`${where(example)} (${example.lang}) ${title}`, async (context) => {
      await transform(example.code, { loader: loaderOf(example.lang), sourcefile: where(example) }).catch(
        (error: Error) => assert.fail(`${where(example)} does not parse: ${error.message}`),
      );
      const outcome = checked.outcomes.get(example)!;
      if (outcome.unresolved.length > 0) {
        context.diagnostic(`parsed only: imports ${outcome.unresolved.join(', ')}, not installed here`);
      } else if (fragment) {
        // The mark stays honest: a block that type-checks whole is checked as one.
        assert.ok(outcome.errors.length > 0, `${where(example)} type-checks: drop its fragment mark`);
      }
      if (!fragment) assert.deepEqual(outcome.errors, [], `${where(example)} does not type-check`);
    });
  }
});

describe('```vue and ```svelte examples', () => {
  for (const example of ofKind('sfc')) {
    test(`${where(example)} compiles without a warning`, () => {
      const filename = `${example.page.replace(/\W/g, '-')}-${example.line}.${example.lang}`;
      if (example.lang === 'svelte') {
        const { warnings } = compileSvelte(example.code, { filename, generate: 'client' });
        assert.deepEqual(
          warnings.map((warning) => `${warning.code}: ${warning.message}`),
          [],
        );
        return;
      }
      const { descriptor, errors } = parseVue(example.code, { filename });
      assert.deepEqual(errors.map(String), []);
      const id = `docs-${example.line}`;
      const isCustomElement = (tag: string) => tag.startsWith('bekasi-');
      compileScript(descriptor, {
        id,
        inlineTemplate: true,
        templateOptions: { compilerOptions: { isCustomElement } },
      });
      const template = compileTemplate({
        source: descriptor.template?.content ?? '',
        filename,
        id,
        compilerOptions: { isCustomElement },
      });
      assert.deepEqual([...template.errors.map(String), ...template.tips], []);
    });
  }
});

describe('```html examples', () => {
  const html = ofKind('html');

  for (const example of html) {
    const tags = startTags(example.code);
    // A `<script type="application/json">` child is data, not a script to load.
    const scripts = tags.filter(
      (tag) => tag.name === 'script' && new Map(tag.attributes).get('type') !== 'application/json',
    );
    if (scripts.length > 0) {
      test(`${where(example)} loads a CDN file the build makes, as documented`, () => {
        assert.deepEqual(
          scripts.flatMap((tag) => scriptProblems(example, new Map(tag.attributes))),
          [],
        );
      });
    }
    if (tags.some((tag) => tag.name.startsWith('bekasi-'))) {
      test(`${where(example)} gives each component attributes of its own type`, () => {
        assert.deepEqual(checked.attributes.get(example), [], where(example));
      });
    }
  }
});

/** What is wrong with a script tag of an html block, by what the docs say of CDN scripts. */
function scriptProblems(example: DocExample, attribute: Map<string, string>): string[] {
  const src = attribute.get('src') ?? '(an inline script)';
  const version = versionFormFor(example.page);
  const cdn = CDN_SCRIPT.exec(src);
  if (!cdn)
    return [
      `${where(example)}: ${src} is not https://cdn.jsdelivr.net/npm/@bekasi/elements@${version}/cdn/<file>`,
    ];
  return [
    ...(cdn[1] === version ? [] : [`${where(example)}: ${src} pins @${cdn[1]}, not @${version}`]),
    ...(cdnFiles.includes(cdn[2]!)
      ? []
      : [`${where(example)}: the build makes no cdn/${cdn[2]} (it makes ${cdnFiles.join(', ')})`]),
    ...(attribute.get('type') === 'module' ? [] : [`${where(example)}: ${src} without type="module"`]),
  ];
}
