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
//   page script may take `document.querySelector(…)` to find the tag it just wrote. The package's
//   global types (tag names, events on every element) are in scope, as on a page that loaded it.
//   A block whose import of another package cannot be resolved here (`@vitejs/plugin-vue`) is
//   parsed only, and says so in the test's output; an import of a subpath the package does not
//   export fails. Not checked: what a block does when it runs.
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
// - ```sh, ```css, ```text and bare fences are not checked.
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

/** Programs over virtual files: `files` maps each file name to its text. */
function diagnose(files: Map<string, string>, options: ts.CompilerOptions, host: ts.CompilerHost) {
  const own: ts.CompilerHost = {
    ...host,
    fileExists: (name) => files.has(name) || host.fileExists(name),
    readFile: (name) => files.get(name) ?? host.readFile(name),
    getSourceFile: (name, version, ...rest) =>
      files.has(name)
        ? ts.createSourceFile(name, files.get(name)!, version, true)
        : host.getSourceFile(name, version, ...rest),
  };
  const program = ts.createProgram([...files.keys()], options, own);
  return ts.getPreEmitDiagnostics(program);
}

/** A compiler host that parses the library and lib files once for every program. */
function sharedHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  const parsed = new Map<string, ts.SourceFile | undefined>();
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, ...rest) => {
    if (!parsed.has(name)) parsed.set(name, getSourceFile(name, version, ...rest));
    return parsed.get(name);
  };
  return host;
}

const message = (diagnostic: ts.Diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');

/**
 * Type-checks the blocks: TypeScript in one strict program, JavaScript and JSX in a lenient one
 * that also holds the TypeScript blocks (a page's `declare module 'react'` for the JSX next to
 * it), whose own diagnostics come from the strict one. Every file ends in `export {}`, so each
 * block is a module of its own, as a page's script module is.
 */
function typeCheck(blocks: DocExample[]): Map<DocExample, Outcome> {
  const typescript = blocks.filter((example) => loaderOf(example.lang).startsWith('ts'));
  const files = new Map<string, DocExample>();
  for (const example of blocks) files.set(fileOf(example, loaderOf(example.lang)), example);
  const text = (name: string) => `${files.get(name)!.code}\nexport {};\n`;
  const outcomes = new Map<DocExample, Outcome>(
    blocks.map((example) => [example, { errors: [], unresolved: [] }]),
  );

  const global = join(VIRTUAL, 'page.ts');
  const programs = [
    {
      options: compilerOptions(true),
      names: typescript.map((example) => fileOf(example, loaderOf(example.lang))),
    },
    { options: compilerOptions(false), names: [...files.keys()] },
  ];
  for (const [index, { options, names }] of programs.entries()) {
    const sources = new Map(names.map((name) => [name, text(name)]));
    // The package's global types, as on a page that loaded it: tag names and events.
    sources.set(global, "import '@bekasi/elements';\n");
    for (const diagnostic of diagnose(sources, options, sharedHost(options))) {
      const example = diagnostic.file && files.get(diagnostic.file.fileName);
      if (!example || !outcomes.has(example)) {
        if (diagnostic.file?.fileName !== global) continue;
        throw new Error(`the page context does not type-check: ${message(diagnostic)}`);
      }
      // The lenient program reports on JavaScript only.
      if (index === 1 && loaderOf(example.lang).startsWith('ts')) continue;
      // In JavaScript `event.target.localName` reads the element the event came from; the DOM's
      // types call every target an `EventTarget`, a difference a page's script never meets.
      if (index === 1 && / does not exist on type 'EventTarget'\.$/.test(message(diagnostic))) continue;
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
      const { line } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
      outcome.errors.push(`line ${example.line + 1 + line}: ${message(diagnostic)}`);
    }
  }
  // A block that imports a package not installed here is parsed only: its other errors may all
  // come from the missing types.
  for (const outcome of outcomes.values()) if (outcome.unresolved.length > 0) outcome.errors = [];
  return outcomes;
}

/**
 * Each attribute of each bekasi- element of the html blocks, as an assignment the element's type
 * must accept: an attribute's text for the property of its name (`group-by` → `groupBy`), read
 * as Lit reads it: a number from a number's text, a boolean from a bare attribute.
 */
function typeCheckAttributes(blocks: DocExample[]): Map<DocExample, string[]> {
  const header = [
    "import '@bekasi/elements';",
    'type FromAttribute<T> = T extends boolean ? "" : T extends number ? `${number}` : T extends string ? T : never;',
    'declare function attribute<E extends HTMLElement, K extends keyof E>(element: E, property: K, value: FromAttribute<NonNullable<E[K]>>): void;',
  ];
  /** Per virtual file: its block, and what each of its lines stands for in the block. */
  const files = new Map<string, { example: DocExample; said: string[] }>();
  const sources = new Map<string, string>();
  for (const example of blocks) {
    const lines = [...header];
    const said = header.map(() => '');
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
    const name = fileOf(example, 'attributes.ts');
    files.set(name, { example, said });
    sources.set(name, `${lines.join('\n')}\nexport {};\n`);
  }
  const options = compilerOptions(true);
  const found = new Map<DocExample, string[]>(blocks.map((example) => [example, []]));
  for (const diagnostic of diagnose(sources, options, sharedHost(options))) {
    const entry = diagnostic.file && files.get(diagnostic.file.fileName);
    if (!entry) continue;
    const { line } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
    found.get(entry.example)!.push(`${entry.said[line] ?? ''}: ${message(diagnostic)}`);
  }
  return found;
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

describe('```js and ```ts examples', () => {
  const scripts = ofKind('script');
  const checked = typeCheck(scripts);

  for (const example of scripts) {
    const fragment = example.flags.includes('fragment');
    const title = fragment ? 'parses (a fragment)' : 'parses and type-checks';
    test(`${where(example)} (${example.lang}) ${title}`, async (context) => {
      await transform(example.code, { loader: loaderOf(example.lang), sourcefile: where(example) }).catch(
        (error: Error) => assert.fail(`${where(example)} does not parse: ${error.message}`),
      );
      const outcome = checked.get(example)!;
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
  const attributes = typeCheckAttributes(html);

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
        assert.deepEqual(attributes.get(example), [], where(example));
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
