// Text styles a theme sets on a wrapper are inherited into every shadow root inside it. The ones
// that would change how the components' text reads are reset on their `.root`; these are the
// ones an old CMS theme was seen to set: clipped gradient headings (`-webkit-text-fill-color:
// transparent`, which hides text whatever its `color`), and words broken anywhere or hyphenated.
import '../setup.js';
import { expect, fixture as render, html } from '@open-wc/testing';
import '../../src/bekasi-banner.js';
import '../../src/bekasi-quick-wins.js';
import '../../src/bekasi-scorecard.js';
import '../../src/bekasi-timeline.js';
import type { BekasiElement } from '../../src/core/base-element.js';
import { fixture } from '../fixtures/index.js';
import { waitForState } from './helpers.js';

const TAGS = ['bekasi-banner', 'bekasi-scorecard', 'bekasi-timeline', 'bekasi-quick-wins'];

/** Every element of the shadow root that holds text of its own. */
function textElements(element: BekasiElement): Element[] {
  return [...element.shadowRoot!.querySelectorAll('*')].filter((each) =>
    [...each.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()),
  );
}

describe('text styles a page passes down by inheritance', () => {
  for (const tag of TAGS) {
    it(`do not hide or break the text of <${tag}>`, async () => {
      const wrapper = await render<HTMLElement>(
        html`<div
          style="-webkit-text-fill-color: transparent; word-break: break-all; hyphens: auto; color: rgb(200, 0, 0)"
          lang="en"
        ></div>`,
      );
      const element = document.createElement(tag) as BekasiElement;
      element.data = fixture('bekasi');
      wrapper.append(element);
      await waitForState(element, 'ready');
      const texts = textElements(element);
      expect(texts.length).to.be.above(5);
      for (const text of texts) {
        const style = getComputedStyle(text);
        const where = `${text.localName}.${text.className}`;
        // The fill follows each element's own colour, as it does on a page that sets none.
        expect(style.webkitTextFillColor, where).to.equal(style.color);
        expect(style.wordBreak, where).to.equal('normal');
      }
      // Hyphenation only where a component asks for it (the banner's long names).
      const hyphenated = texts.filter((text) => getComputedStyle(text).hyphens === 'auto');
      expect(hyphenated.every((text) => text.closest('.banner'))).to.equal(true);
      await expect(element).to.be.accessible();
    });
  }
});

// An old CMS lays its pages out in tables: its table rules reach the components' own tables and
// lists by inheritance. (border-spacing and empty-cells reach them too, but do nothing in tables
// whose borders collapse, as the components' do.)
describe('table and list styles a page passes down by inheritance', () => {
  for (const tag of ['bekasi-scorecard', 'bekasi-quick-wins']) {
    it(`keep the captions, cells and bullets of <${tag}> as they are on a plain page`, async () => {
      const styled = await render<HTMLElement>(
        html`<div
          style="caption-side: bottom; border-collapse: separate; border-spacing: 12px; empty-cells: hide; list-style: square inside"
        ></div>`,
      );
      const plain = await render<HTMLElement>(html`<div></div>`);
      const shown = async (wrapper: HTMLElement) => {
        const element = document.createElement(tag) as BekasiElement;
        element.data = fixture('bekasi');
        element.setAttribute('layout', 'table');
        wrapper.append(element);
        await waitForState(element, 'ready');
        // The scorecard's table is shown on demand.
        element.shadowRoot!.querySelector<HTMLButtonElement>('.table-toggle')?.click();
        await element.updateComplete;
        return element;
      };
      const styles = (element: BekasiElement) =>
        [...element.shadowRoot!.querySelectorAll('caption, table, td, th, li')].map((each) => {
          const style = getComputedStyle(each);
          return `${each.localName}: ${style.captionSide} ${style.listStyleType} ${style.listStylePosition} ${style.borderCollapse}`;
        });
      const expected = styles(await shown(plain));
      const element = await shown(styled);
      expect(element.shadowRoot!.querySelector('caption'), 'a table is shown').to.exist;
      expect(styles(element)).to.deep.equal(expected);
      await expect(element).to.be.accessible();
    });
  }
});
