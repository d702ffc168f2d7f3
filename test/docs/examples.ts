/**
 * The code examples of the documentation, read from the pages themselves: the one place that
 * finds them, for the two tests that check them.
 *
 * - test/docs/examples.test.ts (Chromium) renders every ```html block with the components.
 * - test/node/docs-examples.test.ts (Node) validates every ```json block, parses and type-checks
 *   the ```js/```ts blocks, compiles the ```vue and ```svelte ones, and checks every address of a
 *   published file (CDN scripts, the schema) and every attribute of an html block against the
 *   package's types.
 *
 * Plain string functions only (no Node, no DOM), so that both can use them: Node reads the pages
 * from disk, the browser fetches them from the test server, whose root is the repository.
 *
 * A fence's info string is the language, then words and `key=value` pairs the tests read (see
 * CONTRIBUTING.md, "Examples in the docs"):
 * - `fragment`: a ```js/```ts block that is deliberately incomplete (`// … every other string`):
 *   parsed, not type-checked.
 * - `invalid issue=<code> path=<path>`: a ```json block that shows bad data; the test checks that
 *   validation reports that issue at that path, instead of checking that the block is valid.
 */

/** Every page whose examples are tested; the Node test checks that no page of docs/ is missing. */
export const DOC_PAGES: readonly string[] = [
  'README.md',
  'CONTRIBUTING.md',
  'docs/accessibility.mdx',
  'docs/data-format.mdx',
  'docs/embedding.mdx',
  'docs/frameworks.mdx',
  'docs/getting-started.mdx',
  'docs/performance.md',
  'docs/quick-wins.mdx',
  'docs/scorecard.mdx',
  'docs/theming.mdx',
  'docs/timeline.mdx',
];

export interface DocExample {
  /** The page, relative to the repository: `docs/embedding.mdx`. */
  page: string;
  /** The line of the opening fence, counted from 1. */
  line: number;
  /** The fence's language, lower case: `html`, `jsonc`, `ts` … (empty for a bare fence). */
  lang: string;
  /** Words after the language: `fragment`, `invalid`. */
  flags: readonly string[];
  /** `key=value` pairs after the language: `issue=date`, `path=programmes[0].start`. */
  params: Readonly<Record<string, string>>;
  /** The block's text, without the fences and without the indentation of the opening one. */
  code: string;
}

/** How the tests treat a block, by its language. */
export type ExampleKind = 'html' | 'json' | 'script' | 'sfc' | 'other';

export function kindOf(lang: string): ExampleKind {
  if (lang === 'html') return 'html';
  if (lang === 'json' || lang === 'jsonc') return 'json';
  if (['js', 'mjs', 'javascript', 'jsx', 'ts', 'mts', 'typescript', 'tsx'].includes(lang)) return 'script';
  if (lang === 'vue' || lang === 'svelte') return 'sfc';
  return 'other';
}

/** `docs/embedding.mdx:56`, how every failure names its block. */
export const where = (example: DocExample): string => `${example.page}:${example.line}`;

const FENCE = /^( {0,3})(`{3,}|~{3,})\s*([^`]*)$/;

/** The fenced code blocks of one page (Markdown or MDX), in order. */
export function examplesIn(page: string, text: string): DocExample[] {
  const lines = text.split(/\r?\n/);
  const examples: DocExample[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const open = FENCE.exec(lines[index]!);
    if (!open) continue;
    const [, indent = '', fence = '', info = ''] = open;
    const [lang = '', ...words] = info.trim().split(/\s+/).filter(Boolean);
    const body: string[] = [];
    let end = index + 1;
    for (; end < lines.length; end += 1) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(lines[end]!);
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length) break;
      const row = lines[end]!;
      body.push(row.startsWith(indent) ? row.slice(indent.length) : row.trimStart());
    }
    const params: Record<string, string> = {};
    const flags: string[] = [];
    for (const word of words) {
      const pair = /^([\w-]+)=(.*)$/.exec(word);
      if (pair) params[pair[1]!] = pair[2]!.replace(/^"(.*)"$/, '$1');
      else flags.push(word);
    }
    examples.push({ page, line: index + 1, lang: lang.toLowerCase(), flags, params, code: body.join('\n') });
    index = end;
  }
  return examples;
}

/**
 * JSON with comments (```jsonc) as JSON: `//` and `/* *\/` comments outside strings become
 * spaces, so a parse error still points at the right column.
 */
export function withoutComments(code: string): string {
  let out = '';
  let inString = false;
  for (let at = 0; at < code.length; at += 1) {
    const char = code[at]!;
    if (inString) {
      out += char;
      if (char === '\\') out += code[(at += 1)] ?? '';
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
      out += char;
    } else if (char === '/' && code[at + 1] === '/') {
      while (at < code.length && code[at] !== '\n') {
        out += ' ';
        at += 1;
      }
      out += code[at] ?? '';
    } else if (char === '/' && code[at + 1] === '*') {
      const close = code.indexOf('*/', at + 2);
      const stop = close === -1 ? code.length : close + 2;
      out += code.slice(at, stop).replace(/[^\n]/g, ' ');
      at = stop - 1;
    } else {
      out += char;
    }
  }
  return out;
}

/**
 * A ```json block as data. A whole document (an object with `schemaVersion`) is `whole`; a block
 * that starts with a property (`"evaluations": [ … ]`, one or more sections of a document) is
 * read as the object of those properties and is a `fragment`. Throws, naming the block, when it
 * is neither or is not JSON.
 */
export function jsonOf(example: DocExample): { value: Record<string, unknown>; whole: boolean } {
  const text = withoutComments(example.code).trim();
  const fragment = text.startsWith('"');
  let value: unknown;
  try {
    value = JSON.parse(fragment ? `{${text}}` : text);
  } catch (error) {
    throw new Error(`${where(example)}: not JSON (${(error as Error).message})`, { cause: error });
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`${where(example)}: neither a document nor sections of one`);
  }
  const whole = !fragment && Object.hasOwn(value, 'schemaVersion');
  if (!fragment && !whole) {
    throw new Error(
      `${where(example)}: an object without "schemaVersion" is neither a document nor sections of one ` +
        '(start a fragment with its section, as in "programmes": [ … ])',
    );
  }
  return { value: value as Record<string, unknown>, whole };
}

/** One start tag of an html block, with its attributes as written (a bare attribute is ''). */
export interface StartTag {
  name: string;
  attributes: readonly (readonly [string, string])[];
}

const START_TAG =
  /<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** The start tags of an html block, comments left out (enough for the docs' plain markup). */
export function startTags(html: string): StartTag[] {
  const markup = html.replace(/<!--[\s\S]*?-->/g, '');
  return [...markup.matchAll(START_TAG)].map((match) => ({
    name: match[1]!.toLowerCase(),
    attributes: [...(match[2] ?? '').matchAll(ATTRIBUTE)].map(
      (attribute) =>
        [attribute[1]!.toLowerCase(), attribute[2] ?? attribute[3] ?? attribute[4] ?? ''] as const,
    ),
  }));
}

/**
 * A CDN address as the docs write it: jsDelivr, the package pinned to a version (the documented
 * placeholder `VERSION`, or a release), a file under `cdn/`.
 */
export const CDN_SCRIPT =
  /^https:\/\/cdn\.jsdelivr\.net\/npm\/@bekasi\/elements@([^/\s]+)\/cdn\/([^/?#\s]+)$/;

/**
 * Every place a block names the package at a version, `@bekasi/elements@VERSION/cdn/timeline.js`
 * or `npx -p @bekasi/elements@VERSION`: the version, and the file after it when there is one.
 */
export function pinnedAddresses(code: string): { version: string; file: string | undefined }[] {
  return [...code.matchAll(/@bekasi\/elements@([^\s/"'`)]+)(?:\/([^\s"'`)]+))?/g)].map((match) => ({
    version: match[1]!,
    file: match[2],
  }));
}

/** Attributes every element has; a component's own are checked against the component. */
export function isGlobalAttribute(name: string): boolean {
  return (
    /^(aria|data)-/.test(name) ||
    ['id', 'class', 'style', 'slot', 'hidden', 'title', 'lang', 'dir', 'tabindex', 'part', 'role'].includes(
      name,
    )
  );
}
