import { expect, fixture as render, html } from '@open-wc/testing';
import '../../../src/bekasi-quick-wins.js';
import type { BekasiQuickWins } from '../../../src/components/quick-wins/quick-wins.js';
import { fixture } from '../../fixtures/index.js';
import { $, $$, waitForState } from '../helpers.js';

// The CDN page runs under a strict Content-Security-Policy: no inline style attributes. This file
// turns that policy on for its own page and renders the tracker in every layout under it.
describe('<bekasi-quick-wins> under a strict Content-Security-Policy', () => {
  const violations: string[] = [];
  const record = (event: SecurityPolicyViolationEvent) =>
    violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);

  before(() => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "style-src-attr 'none'; object-src 'none'";
    document.head.append(meta);
    document.addEventListener('securitypolicyviolation', record);
  });
  after(() => document.removeEventListener('securitypolicyviolation', record));

  for (const layout of ['cards', 'table']) {
    it(`draws bars, chips and the chart in the ${layout} layout without a violation`, async () => {
      const element = await render<BekasiQuickWins>(
        html`<bekasi-quick-wins layout=${layout} expanded .data=${fixture('bekasi')}></bekasi-quick-wins>`,
      );
      await waitForState(element, 'ready');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(violations).to.deep.equal([]);
      // The custom properties really applied, through the CSSOM.
      const fill = $$(element, '.bar__fill')[0]!;
      expect(getComputedStyle(fill).width).to.not.equal('0px');
      expect($(element, '.chart__part')!.style.getPropertyValue('--_share')).to.match(/^\d+$/);
      await expect(element).to.be.accessible();
    });
  }
});
