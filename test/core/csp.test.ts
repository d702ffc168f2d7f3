import { expect, fixture as render, html } from '@open-wc/testing';
import '../../src/bekasi-banner.js';
import type { BekasiBanner } from '../../src/components/banner/banner.js';
import { fixture } from '../fixtures/index.js';
import { waitForState } from '../components/helpers.js';

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
