/**
 * Every ```html example of the documentation (README.md, CONTRIBUTING.md, docs/*.md(x)), rendered
 * as written with the components from src/, so that an example cannot drift from the library.
 * The pages are fetched from the test server (its root is the repository) and their blocks found
 * by test/docs/examples.ts, which test/node/docs-examples.test.ts shares for the other kinds.
 *
 * For each block:
 * - Its `<script>` tags are taken out before it is rendered: each must be a CDN address of the
 *   documented form (https://cdn.jsdelivr.net/npm/@bekasi/elements@VERSION/cdn/<file>); that the
 *   file is one the build makes and the version form is right is checked in Node, where the
 *   build's list (scripts/cdn.mjs) is. Any other script fails, as one the test cannot run.
 *   `<script type="application/json">` children stay: they are data.
 * - Every bekasi- tag is a registered component, and each of its attributes is a global one or
 *   one the component observes; a number attribute holds a number and a boolean one is bare.
 * - Its data address, `/data/smart-city.json`, is answered by the test server
 *   (test/server/routes.mjs) with the demo's document, public/data/bekasi.json.
 * - Every component in it reaches its ready state: it shows the data (no loading, no error
 *   alert), `bekasi-load` fires for it and `bekasi-error` does not, and nothing is thrown or
 *   logged as a warning or an error meanwhile.
 * - What the example presets shows: a filter attribute of the timeline or the tracker
 *   (`status`, `health`, `agency`, `dimension`, `group-by`, `sort`) is the value its select
 *   shows, and a scorecard's `compare` draws the compared year in its rows.
 * - axe finds no violation in the rendered example, as in every component test.
 *
 * Not checked here: what the page around the example would add (its CSS, its language), and the
 * images of the demo's document (`/data/bekasi-logo.svg`), which this server does not have.
 */
import '../setup.js';
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { BekasiElement } from '../../src/core/base-element.js';
import { validateDocument } from '../../src/data/validate.js';
import { $, $$, consoleMessages, shownState, waitForState } from '../components/helpers.js';
import {
  CDN_SCRIPT,
  DOC_PAGES,
  examplesIn,
  isGlobalAttribute,
  kindOf,
  startTags,
  where,
  type DocExample,
} from './examples.js';

const pages = await Promise.all(
  DOC_PAGES.map(async (page) => {
    const response = await fetch(`/${page}`);
    if (!response.ok) throw new Error(`${page}: ${response.status} from the test server`);
    return examplesIn(page, await response.text());
  }),
);
const htmlExamples = pages.flat().filter((example) => kindOf(example.lang) === 'html');

/** Filters whose select in the timeline or the tracker shows the value in force. */
const FILTERS = ['status', 'health', 'agency', 'dimension', 'group-by', 'sort'];

type ElementClass = CustomElementConstructor & {
  observedAttributes?: string[];
  elementProperties?: Map<PropertyKey, { attribute?: boolean | string; type?: unknown }>;
};

/** The component's own attribute `name`, as Lit declares it: its property's type, if any. */
function declaredAttribute(ctor: ElementClass, name: string): { type?: unknown } | undefined {
  for (const [property, options] of ctor.elementProperties ?? []) {
    const attribute =
      typeof options.attribute === 'string' ? options.attribute : String(property).toLowerCase();
    if (options.attribute !== false && attribute === name) return options;
  }
  return undefined;
}

/** What is wrong with the tags and attributes of an example, before it is rendered. */
function markupProblems(content: DocumentFragment): string[] {
  const problems: string[] = [];
  for (const element of content.querySelectorAll('*')) {
    const tag = element.localName;
    if (!tag.startsWith('bekasi-')) continue;
    const ctor = customElements.get(tag) as ElementClass | undefined;
    if (!ctor) {
      problems.push(`<${tag}> is not a component of the package`);
      continue;
    }
    const observed = ctor.observedAttributes ?? [];
    for (const { name, value } of element.attributes) {
      if (isGlobalAttribute(name)) continue;
      const declared = declaredAttribute(ctor, name);
      if (!observed.includes(name) || !declared) {
        problems.push(`<${tag} ${name}>: not an attribute of <${tag}> (it has ${observed.join(', ')})`);
      } else if (declared.type === Number && !Number.isFinite(Number(value))) {
        problems.push(`<${tag} ${name}="${value}">: not a number`);
      } else if (declared.type === Boolean && value !== '') {
        problems.push(
          `<${tag} ${name}="${value}">: a boolean attribute is on when present, whatever its value`,
        );
      }
    }
  }
  return problems;
}

/** Takes the script tags out of an example: what it loads is the components, imported above. */
function withoutScripts(content: DocumentFragment): string[] {
  const problems: string[] = [];
  for (const script of content.querySelectorAll('script')) {
    if (script.type === 'application/json') continue;
    if (!CDN_SCRIPT.test(script.getAttribute('src') ?? '')) {
      problems.push(`a script the test cannot run: ${script.outerHTML.slice(0, 120)}`);
    }
    script.remove();
  }
  return problems;
}

/** What the example presets that the rendered component does not show. */
async function presetsNotShown(element: BekasiElement): Promise<string[]> {
  const problems: string[] = [];
  const tag = element.localName;
  if (tag === 'bekasi-timeline' || tag === 'bekasi-quick-wins') {
    const shown = $$<HTMLSelectElement>(element, 'select').map((select) => select.value);
    for (const name of FILTERS) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      // A dimension may be named by an alias; its select shows the dimension's id.
      const expected = name === 'dimension' ? await dimensionId(value) : value;
      if (!shown.includes(expected)) {
        problems.push(
          `<${tag} ${name}="${value}">: no filter shows it (the selects show ${shown.join(', ')})`,
        );
      }
    }
  }
  if (
    tag === 'bekasi-scorecard' &&
    element.hasAttribute('compare') &&
    element.getAttribute('variant') !== 'compact'
  ) {
    if (!$(element, '.row__compare')) {
      problems.push(`<${tag} compare="${element.getAttribute('compare')}">: no compared year in the rows`);
    }
  }
  return problems;
}

async function dimensionId(key: string): Promise<string> {
  const document = await (await fetch('/data/smart-city.json')).json();
  return validateDocument(document).model?.framework.dimensionByKey.get(key)?.id ?? key;
}

const frames = async (count: number) => {
  for (let frame = 0; frame < count; frame += 1) await new Promise((done) => requestAnimationFrame(done));
};

describe('the documentation’s html examples', () => {
  it('are found in the pages', () => {
    expect(htmlExamples.length, 'html blocks in README.md and docs/').to.be.greaterThan(0);
  });

  for (const example of htmlExamples) {
    if (startTags(example.code).some((tag) => tag.name.startsWith('bekasi-'))) {
      it(`${where(example)} renders every component with the demo data, and passes axe`, async () => {
        await renderExample(example);
      });
    } else {
      it(`${where(example)} loads a CDN script, and nothing else`, () => {
        const content = parsed(example);
        expect(withoutScripts(content), where(example)).to.deep.equal([]);
        expect(content.textContent?.trim(), `${where(example)}: left after its scripts`).to.equal('');
        expect(content.children.length, `${where(example)}: elements left after its scripts`).to.equal(0);
      });
    }
  }
});

/** The example's markup, inert (a template's content runs no script). */
function parsed(example: DocExample): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = example.code;
  return template.content;
}

async function renderExample(example: DocExample): Promise<void> {
  const content = parsed(example);
  expect([...withoutScripts(content), ...markupProblems(content)], where(example)).to.deep.equal([]);

  const container = document.createElement('div');
  const loaded = new Set<EventTarget>();
  const failed: string[] = [];
  const thrown: string[] = [];
  const onLoad = (event: Event) => void loaded.add(event.target!);
  const onError = (event: Event) => {
    const { detail } = event as CustomEvent<{ code: string; message: string }>;
    failed.push(`<${(event.target as Element).localName}> ${detail.code}: ${detail.message}`);
  };
  const onThrow = (event: ErrorEvent | PromiseRejectionEvent) =>
    void thrown.push(String('error' in event ? (event.error ?? event.message) : event.reason));
  container.addEventListener('bekasi-load', onLoad);
  container.addEventListener('bekasi-error', onError);
  window.addEventListener('error', onThrow);
  window.addEventListener('unhandledrejection', onThrow);
  const logged = consoleMessages();
  logged.start();
  try {
    container.append(content);
    document.body.append(container);
    const components = [...container.querySelectorAll<BekasiElement>('*')].filter(
      (element) => element.localName.startsWith('bekasi-') && element.localName !== 'bekasi-data',
    );
    for (const element of components) {
      await waitForState(element, 'ready', 10_000).catch(() => {
        throw new Error(
          `${where(example)}: <${element.localName}> shows ${shownState(element)}, not its data` +
            (failed.length > 0 ? ` (${failed.join('; ')})` : ''),
        );
      });
    }
    // The timeline measures its track, then draws again in the next frame.
    await frames(3);
    await Promise.all(components.map((element) => element.updateComplete));

    expect(failed, `${where(example)}: bekasi-error`).to.deep.equal([]);
    expect(
      components.filter((element) => !loaded.has(element)).map((element) => element.localName),
      `${where(example)}: components without bekasi-load`,
    ).to.deep.equal([]);
    const presets = (await Promise.all(components.map(presetsNotShown))).flat();
    expect(presets, where(example)).to.deep.equal([]);
    expect([...thrown, ...logged.messages], `${where(example)}: thrown or logged`).to.deep.equal([]);
    await expect(container).to.be.accessible();
  } finally {
    logged.stop();
    window.removeEventListener('error', onThrow);
    window.removeEventListener('unhandledrejection', onThrow);
    container.remove();
  }
}
