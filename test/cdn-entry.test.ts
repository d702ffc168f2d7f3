// What `cdn/bekasi-elements.js` gives a page's own script (docs/embedding.mdx lists it): every
// component registered, and the calls a page makes. Each test file runs in its own page.
import './setup.js';
import { expect } from '@open-wc/testing';
import * as cdn from '../src/cdn.js';
import * as root from '../src/index.js';

describe('the all-in-one CDN file’s entry', () => {
  it('registers every component and exports its class', () => {
    for (const [tag, name] of [
      ['bekasi-data', 'BekasiData'],
      ['bekasi-banner', 'BekasiBanner'],
      ['bekasi-scorecard', 'BekasiScorecard'],
      ['bekasi-timeline', 'BekasiTimeline'],
      ['bekasi-quick-wins', 'BekasiQuickWins'],
    ] as const) {
      expect(customElements.get(tag), tag).to.equal(cdn[name]);
    }
    expect(cdn.BekasiElement).to.equal(root.BekasiElement);
  });

  it('exports what the docs promise a page, the same functions as the npm package', () => {
    const promised = [
      'registerTranslation',
      'translationFor',
      'en',
      'id',
      'validateDocument',
      'loadDocument',
      'LoadError',
      'VERSION',
    ] as const;
    for (const name of promised) {
      expect(cdn[name], name).to.exist;
      expect(cdn[name], name).to.equal(root[name]);
    }
    const result = cdn.validateDocument({ schemaVersion: '1.0', city: { name: 'Kota Bekasi' } });
    expect(result.model?.document.city?.name).to.equal('Kota Bekasi');
  });
});
