/**
 * Writes `vscode.html-custom-data.json` (VS Code's HTML custom data, version 1.1) from
 * `custom-elements.json`, so editors complete our tags and attributes and show their docs.
 * A page team enables it with `"html.customData": ["./node_modules/@bekasi/elements/vscode.html-custom-data.json"]`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The parts of the Custom Elements Manifest schema read here. */
interface ManifestAttribute {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}
interface ManifestDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  attributes?: ManifestAttribute[];
  events?: { name: string; description?: string }[];
  slots?: { name: string; description?: string }[];
}
interface Manifest {
  modules: { declarations?: ManifestDeclaration[] }[];
}

interface HtmlValue {
  name: string;
}
interface HtmlAttribute {
  name: string;
  description?: string;
  values?: HtmlValue[];
  valueSet?: 'v';
}
interface HtmlTag {
  name: string;
  description: { kind: 'markdown'; value: string };
  attributes: HtmlAttribute[];
  references?: { name: string; url: string }[];
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifestFile = resolve(root, 'custom-elements.json');
const outputFile = resolve(root, 'vscode.html-custom-data.json');

/** `'hero' | 'strip'` → ['hero', 'strip']; undefined unless every member is a string literal. */
function literalValues(typeText: string | undefined): string[] | undefined {
  if (!typeText) return undefined;
  const parts = typeText
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null');
  const values: string[] = [];
  for (const part of parts) {
    const match = /^(['"`])(.*)\1$/.exec(part);
    if (!match?.[2]) return undefined;
    values.push(match[2]);
  }
  return values.length > 0 ? values : undefined;
}

function attributeFor(attribute: ManifestAttribute): HtmlAttribute {
  const result: HtmlAttribute = { name: attribute.name };
  // "Default: false" says nothing about an attribute that is off when absent.
  const shownDefault = attribute.default && attribute.default !== 'false' ? attribute.default : undefined;
  const notes = [attribute.description, shownDefault ? `Default: \`${shownDefault}\`.` : undefined];
  const description = notes.filter(Boolean).join('\n\n');
  if (description) result.description = description;
  const values = literalValues(attribute.type?.text);
  if (values) result.values = values.map((name) => ({ name }));
  // A boolean attribute is on by being present; VS Code then offers no value.
  else if (attribute.type?.text.replace(/\s*\|\s*undefined/, '') === 'boolean') result.valueSet = 'v';
  return result;
}

function describe(declaration: ManifestDeclaration): string {
  const parts = [declaration.summary, declaration.description].filter(
    (part, index, all): part is string => Boolean(part) && all.indexOf(part) === index,
  );
  const events = (declaration.events ?? []).map(
    (event) => `- \`${event.name}\`${event.description ? `: ${event.description}` : ''}`,
  );
  if (events.length > 0) parts.push(`**Events**\n${events.join('\n')}`);
  return parts.join('\n\n');
}

export function vscodeData(
  manifest: Manifest,
  homepage: string | undefined,
): { version: 1.1; tags: HtmlTag[] } {
  const tags: HtmlTag[] = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration): declaration is ManifestDeclaration & { tagName: string } =>
      Boolean(declaration.tagName),
    )
    .map((declaration) => {
      const tag: HtmlTag = {
        name: declaration.tagName,
        description: { kind: 'markdown', value: describe(declaration) },
        attributes: (declaration.attributes ?? []).map(attributeFor),
      };
      if (homepage) tag.references = [{ name: 'Documentation', url: homepage }];
      return tag;
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  return { version: 1.1, tags };
}

const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { homepage?: string };
const data = vscodeData(manifest, pkg.homepage);
if (data.tags.length === 0) {
  console.error('custom-elements.json has no custom elements with a tag name; run the analyzer first.');
  process.exit(1);
}
writeFileSync(outputFile, `${JSON.stringify(data, null, 2)}\n`);
console.log(`Wrote vscode.html-custom-data.json (${data.tags.map((tag) => `<${tag.name}>`).join(', ')}).`);
