/**
 * A render that takes away the focused element (new data drops a card, the pager goes, a retry
 * succeeds) must not leave a keyboard or screen-reader user on the page's body: unless the
 * component moves the focus somewhere itself, it goes to the component's heading.
 */
import '../setup.js';
import { expect, fixture as render, html } from '@open-wc/testing';
import '../../src/bekasi-quick-wins.js';
import '../../src/bekasi-scorecard.js';
import type { BekasiQuickWins } from '../../src/components/quick-wins/quick-wins.js';
import type { BekasiScorecard } from '../../src/components/scorecard/scorecard.js';
import type { BekasiElement } from '../../src/core/base-element.js';
import { fixture, manyQuickWinsDocument } from '../fixtures/index.js';
import { $, $$, waitForState } from './helpers.js';

/** Waits for the update and the focus moves scheduled after it. */
async function settled(element: BekasiElement): Promise<void> {
  await element.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
}

function expectFocusOnHeading(element: BekasiElement): void {
  const heading = $<HTMLElement>(element, '[role="heading"]')!;
  expect(document.activeElement, 'not the page').to.equal(element);
  expect(element.shadowRoot!.activeElement).to.equal(heading);
  expect(heading.tabIndex, 'out of the Tab order').to.equal(-1);
}

async function tracker(data: unknown): Promise<BekasiQuickWins> {
  const element = await render<BekasiQuickWins>(
    html`<bekasi-quick-wins .data=${data} .today=${new Date(2026, 10, 1)}></bekasi-quick-wins>`,
  );
  await waitForState(element, 'ready');
  return element;
}

describe('the focus stays in the component when a render takes its element away', () => {
  it('new data without the focused quick win: the tracker’s heading', async () => {
    const element = await tracker(fixture('bekasi'));
    $$<HTMLButtonElement>(element, '.name')[5]!.focus();
    const shorter = fixture('bekasi') as { quickWins: unknown[] };
    shorter.quickWins = shorter.quickWins.slice(0, 3);
    element.data = shorter;
    await settled(element);
    expectFocusOnHeading(element);
    await expect(element).to.be.accessible();
  });

  it('new data of one page, with the focus on the pager: the tracker’s heading', async () => {
    const element = await tracker(manyQuickWinsDocument(30));
    $$<HTMLButtonElement>(element, '.pager button')[1]!.focus();
    element.data = manyQuickWinsDocument(5);
    await settled(element);
    expect($(element, '.pager')).to.equal(null);
    expectFocusOnHeading(element);
    await expect(element).to.be.accessible();
  });

  it('new data without the focused dimension: the scorecard’s heading', async () => {
    const element = await render<BekasiScorecard>(
      html`<bekasi-scorecard variant="bars" .data=${fixture('bekasi')}></bekasi-scorecard>`,
    );
    await waitForState(element, 'ready');
    $$<HTMLButtonElement>(element, '.row__toggle').at(-1)!.focus();
    element.data = fixture('threeDimensions');
    await settled(element);
    expectFocusOnHeading(element);
    await expect(element).to.be.accessible();
  });

  it('leaves the focus alone when the focused element stays, or the focus is elsewhere', async () => {
    const element = await tracker(fixture('bekasi'));
    const first = $$<HTMLButtonElement>(element, '.name')[0]!;
    first.focus();
    element.data = fixture('bekasi');
    await settled(element);
    expect(element.shadowRoot!.activeElement, 'the same card keeps it').to.equal(first);

    const outside = document.createElement('button');
    outside.textContent = 'Outside';
    document.body.append(outside);
    try {
      outside.focus();
      const shorter = fixture('bekasi') as { quickWins: unknown[] };
      shorter.quickWins = shorter.quickWins.slice(0, 1);
      element.data = shorter;
      await settled(element);
      expect(document.activeElement).to.equal(outside);
    } finally {
      outside.remove();
    }
  });
});
