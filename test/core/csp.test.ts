import '../setup.js';
import { expect, fixture as render, html } from '@open-wc/testing';
import '../../src/bekasi-banner.js';
import '../../src/bekasi-quick-wins.js';
import '../../src/bekasi-scorecard.js';
import '../../src/bekasi-timeline.js';
import type { BekasiBanner } from '../../src/components/banner/banner.js';
import type { BekasiQuickWins } from '../../src/components/quick-wins/quick-wins.js';
import type { BekasiScorecard } from '../../src/components/scorecard/scorecard.js';
import type { BekasiTimeline } from '../../src/components/timeline/timeline.js';
import { fixture } from '../fixtures/index.js';
import { $, $$, waitForState } from '../components/helpers.js';

// A page with a strict Content-Security-Policy forbids inline style attributes. This file turns
// that policy on for its own page and renders every component under it.
describe('strict Content-Security-Policy', () => {
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

  it('renders the banner, with the city colours and dimension colours, without a violation', async () => {
    const element = await render<BekasiBanner>(
      html`<bekasi-banner show-score .data=${fixture('cohen')}></bekasi-banner>`,
    );
    await waitForState(element, 'ready');
    // Violations are reported asynchronously.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(violations).to.deep.equal([]);
    // The city colour really applied, through the CSSOM.
    const primary = (fixture('cohen') as { city: { colors: { primary: string } } }).city.colors.primary;
    const root = element.shadowRoot!.querySelector<HTMLElement>('.root')!;
    expect(root.style.getPropertyValue('--_city-primary')).to.equal(primary);
  });

  it('renders the scorecard: radar and bars, without a violation', async () => {
    const element = await render<BekasiScorecard>(
      html`<bekasi-scorecard compare="previous" .data=${fixture('bekasi')}></bekasi-scorecard>`,
    );
    await waitForState(element, 'ready');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(violations).to.deep.equal([]);
    expect($(element, '.bar__fill')!.style.getPropertyValue('--_share')).to.match(/%$/);
    await expect(element).to.be.accessible();
  });

  it('renders the timeline: bars, milestones, ticks and the today line, without a violation', async () => {
    const element = await render<BekasiTimeline>(
      html`<bekasi-timeline layout="chart" .data=${fixture('bekasi')}></bekasi-timeline>`,
    );
    await waitForState(element, 'ready');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(violations).to.deep.equal([]);
    expect(getComputedStyle($(element, '.bar')!).width).to.not.equal('0px');
    await expect(element).to.be.accessible();
  });

  for (const layout of ['cards', 'table']) {
    it(`renders the quick-wins tracker's bars, chips and chart in the ${layout} layout without a violation`, async () => {
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

  it('catches a violation when one happens (the check itself works)', async () => {
    const probe = document.createElement('div');
    probe.innerHTML = '<span style="color: red">x</span>';
    document.body.append(probe);
    await new Promise((resolve) => setTimeout(resolve, 100));
    probe.remove();
    expect(violations.some((violation) => violation.startsWith('style-src-attr'))).to.equal(true);
    violations.length = 0;
  });
});
