/**
 * The components inside a React 19 app, as docs/frameworks.mdx tells a team to use them: React
 * sets `data` as a property (it checks `key in element`, so the components must be defined
 * first), other props as properties or attributes, and `onbekasi-…` props as listeners for the
 * event of that exact name. React 18 and older set every prop as an attribute; not tested.
 */
import '../setup.js';
import { expect } from '@open-wc/testing';
import '../../src/bekasi-quick-wins.js';
import '../../src/bekasi-scorecard.js';
import type { BekasiQuickWins, BekasiQuickWinSelectDetail } from '../../src/bekasi-quick-wins.js';
import type { BekasiDimensionSelectDetail, BekasiScorecard } from '../../src/bekasi-scorecard.js';
import { fixture } from '../fixtures/index.js';
import { $, $$, shadowText, waitForState } from './helpers.js';

// Mocha's globals: the project has no @types/mocha.
declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, test: () => Promise<void>) => void;
declare const afterEach: (hook: () => void) => void;

/** What the tests use of React, bundled by test/server/vendor-plugin.mjs. */
interface ReactVendor {
  createElement(type: string, props: Record<string, unknown> | null, ...children: unknown[]): unknown;
  createRoot(container: Element): { render(element: unknown): void; unmount(): void };
  flushSync<T>(work: () => T): T;
}
// A path the test server answers, not a package: TypeScript cannot resolve it, hence the cast.
const vendorPath = '/__vendor__/react.js';
const { createElement, createRoot, flushSync } = (await import(vendorPath)) as ReactVendor;

const roots: { unmount(): void }[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) root.unmount();
  document.body.replaceChildren();
});

/** Renders `props` on a `tag` the way a React app's JSX would, and returns the element. */
function renderInReact<T extends HTMLElement>(
  tag: string,
  props: Record<string, unknown>,
): { element: T; update(next: Record<string, unknown>): void } {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  roots.push(root);
  const draw = (next: Record<string, unknown>): void => {
    flushSync(() => root.render(createElement(tag, next)));
  };
  draw(props);
  return { element: container.firstElementChild as T, update: draw };
}

describe('In a React 19 app', () => {
  it('the scorecard takes its data as a property, follows new data and prop changes, and reports a selection to an onbekasi- prop', async () => {
    const selections: BekasiDimensionSelectDetail[] = [];
    const onSelect = (event: CustomEvent<BekasiDimensionSelectDetail>): void => {
      selections.push(event.detail);
    };
    const data = fixture('bekasi');
    const { element, update } = renderInReact<BekasiScorecard>('bekasi-scorecard', {
      data,
      lang: 'en',
      variant: 'bars',
      'onbekasi-dimension-select': onSelect,
    });
    await waitForState(element, 'ready');
    // A property, not the attribute data="[object Object]".
    expect(element.data).to.equal(data);
    expect(element.hasAttribute('data')).to.equal(false);
    expect(element.variant).to.equal('bars');
    expect($(element, '.radar')).to.equal(null);
    expect(shadowText(element)).to.include('Overall score');
    await expect(element).to.be.accessible();

    $$<HTMLButtonElement>(element, '.row__toggle')[0]!.click();
    await element.updateComplete;
    expect(selections).to.deep.equal([{ dimension: 'governance', year: 2024 }]);

    // A re-render with another document and language, as a React state change makes.
    const cohen = fixture('cohen');
    update({ data: cohen, lang: 'id', variant: 'radar', 'onbekasi-dimension-select': onSelect });
    await waitForState(element, 'ready');
    expect(element.data).to.equal(cohen);
    expect(shadowText(element)).to.include('Skor keseluruhan');
    expect($(element, '.radar')).not.to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('the tracker takes a boolean prop and a filter prop, and reports a selection to an onbekasi- prop', async () => {
    const selected: string[] = [];
    const { element } = renderInReact<BekasiQuickWins>('bekasi-quick-wins', {
      data: fixture('bekasi'),
      lang: 'en',
      status: 'completed',
      expanded: true,
      'onbekasi-quickwin-select': (event: CustomEvent<BekasiQuickWinSelectDetail>) =>
        selected.push(event.detail.id),
    });
    await waitForState(element, 'ready');
    expect(element.status).to.equal('completed');
    expect(element.expanded).to.equal(true);
    const statuses = $$(element, '.card').map((card) => card.querySelector('.badge')?.textContent?.trim());
    expect(statuses.length).to.be.greaterThan(0);
    expect(statuses.every((status) => status?.endsWith('Completed'))).to.equal(true, String(statuses));
    // Expanded: every card shows its details.
    expect($$(element, '.details').every((details) => !details.hidden)).to.equal(true);
    await expect(element).to.be.accessible();

    const first = $$<HTMLButtonElement>(element, '.name')[0]!;
    first.click();
    await element.updateComplete;
    expect(selected).to.have.length(1);
    expect(first.textContent).to.include(
      (element.data as { quickWins: { id: string; name: { en: string } }[] }).quickWins.find(
        (quickWin) => quickWin.id === selected[0],
      )?.name.en ?? '(no such quick win)',
    );
  });
});
