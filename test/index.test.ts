// What `import '@bekasi/elements'` gives a page: every component registered, and the classes and
// contract beside them. Each test file runs in its own page, so nothing else has registered them.
import './setup.js';
import { expect } from '@open-wc/testing';
import * as root from '../src/index.js';

const TAGS = ['bekasi-data', 'bekasi-banner', 'bekasi-scorecard', 'bekasi-timeline', 'bekasi-quick-wins'];

describe('the package root', () => {
  it('registers every component, the timeline included', () => {
    const missing = TAGS.filter((tag) => customElements.get(tag) === undefined);
    expect(missing).to.deep.equal([]);
    expect(customElements.get('bekasi-timeline')).to.equal(root.BekasiTimeline);
    expect(customElements.get('bekasi-scorecard')).to.equal(root.BekasiScorecard);
  });

  it('exports the data contract and the version beside the components', () => {
    expect(root.validateDocument).to.be.a('function');
    expect(root.loadDocument).to.be.a('function');
    expect(root.VERSION).to.match(/^\d+\.\d+\.\d+/);
  });
});
