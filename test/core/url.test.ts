import '../setup.js';
import { expect } from '@open-wc/testing';
import { isExternal, resolveUrl } from '../../src/core/url.js';

// Mocha's globals: the project has no @types/mocha.
declare const describe: (title: string, body: () => void) => void;
declare const it: (title: string, test: () => void) => void;

const base = 'https://data.example.org/kota/bekasi.json';

describe('resolveUrl', () => {
  it('resolves relative URLs against the given base', () => {
    expect(resolveUrl('logo.svg', base)).to.equal('https://data.example.org/kota/logo.svg');
    expect(resolveUrl('../img/hero.svg', base)).to.equal('https://data.example.org/img/hero.svg');
    expect(resolveUrl('/data/bekasi-logo.svg', base)).to.equal(
      'https://data.example.org/data/bekasi-logo.svg',
    );
    expect(resolveUrl('?year=2024', base)).to.equal('https://data.example.org/kota/bekasi.json?year=2024');
    expect(resolveUrl('#programmes', base)).to.equal('https://data.example.org/kota/bekasi.json#programmes');
    expect(resolveUrl('//cdn.example/x.svg', base)).to.equal('https://cdn.example/x.svg');
  });

  it('keeps absolute http and https URLs, whatever the base', () => {
    expect(resolveUrl('https://bekasikota.go.id/', base)).to.equal('https://bekasikota.go.id/');
    expect(resolveUrl('http://example.org/a', base)).to.equal('http://example.org/a');
    expect(resolveUrl('HTTPS://EXAMPLE.ORG/A', base)).to.equal('https://example.org/A');
  });

  it('resolves against the page when there is no base', () => {
    expect(resolveUrl('/data/bekasi.json')).to.equal(new URL('/data/bekasi.json', document.baseURI).href);
    expect(resolveUrl('/data/bekasi.json')?.startsWith(location.origin)).to.equal(true);
  });

  it('refuses every other scheme, however it is written', () => {
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      ' javascript:alert(1)',
      '\u0000javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://example.org/123',
      'mailto:a@example.org',
    ]) {
      expect(resolveUrl(url, base), JSON.stringify(url)).to.equal(undefined);
      expect(resolveUrl(url), JSON.stringify(url)).to.equal(undefined);
    }
  });

  it('refuses a relative URL when the base itself has another scheme', () => {
    expect(resolveUrl('x', 'data:text/plain,hello')).to.equal(undefined);
    expect(resolveUrl('/x', 'file:///tmp/doc.json')).to.equal(undefined);
  });

  it('returns undefined for garbage, never throwing', () => {
    for (const [value, against] of [
      ['http://[::1', base],
      ['http://example.org:99999/', base],
      ['http://', base],
      ['relative', 'not a base'],
      ['', base],
      [undefined, base],
      [undefined, undefined],
    ] as [string | undefined, string | undefined][]) {
      let resolved: string | undefined = 'not called';
      expect(() => (resolved = resolveUrl(value, against)), JSON.stringify(value)).to.not.throw();
      expect(resolved, JSON.stringify([value, against])).to.equal(undefined);
    }
  });
});

describe('isExternal', () => {
  it('tells another site from this one', () => {
    expect(isExternal('https://bekasikota.go.id/')).to.equal(true);
    expect(isExternal(new URL('/demo/', location.href).href)).to.equal(false);
    expect(isExternal(location.href)).to.equal(false);
  });

  it('is false for what it cannot parse', () => {
    expect(isExternal('/relative')).to.equal(false);
    expect(isExternal('')).to.equal(false);
  });
});
