import '../../setup.js';
import { expect, fixture as render, html, waitUntil } from '@open-wc/testing';
import '../../../src/bekasi-banner.js';
import '../../../src/bekasi-data.js';
import type { BekasiBanner } from '../../../src/components/banner/banner.js';
import type { BekasiErrorDetail, BekasiLoadDetail } from '../../../src/core/events.js';
import { bannerStrings } from '../../../src/components/banner/banner.strings.js';
import { id, registerTranslation, type Translation } from '../../../src/i18n/index.js';
import { gaps, GAPS_CODE } from '../../fixtures/translations/gaps.js';
import {
  deeplyNestedJson,
  deeplyNestedName,
  fixture,
  hostileTextDocument,
  hostileUrlDocument,
  hugeTaglineDocument,
  SCRIPT_PAYLOAD,
} from '../../fixtures/index.js';
import {
  $,
  $$,
  accessibleNames,
  inlineJson,
  nextEvent,
  recordAnnouncements,
  runTogetherWords,
  shadowText,
  shownState,
  shownWithIssues,
  waitForState,
} from '../helpers.js';

declare global {
  interface Window {
    __bekasiPwned?: boolean;
  }
}

async function banner(
  data: unknown,
  attributes: Partial<Pick<BekasiBanner, 'variant' | 'showScore' | 'theme' | 'lang' | 'strict'>> = {},
): Promise<BekasiBanner> {
  const element = await render<BekasiBanner>(
    html`<bekasi-banner
      .data=${data}
      variant=${attributes.variant ?? 'hero'}
      ?show-score=${attributes.showScore ?? false}
      ?strict=${attributes.strict ?? false}
      theme=${attributes.theme ?? 'light'}
      lang=${attributes.lang ?? 'id'}
    ></bekasi-banner>`,
  );
  await waitForState(element, 'ready').catch(() => undefined);
  return element;
}

describe('<bekasi-banner>', () => {
  afterEach(() => {
    delete window.__bekasiPwned;
  });

  describe('ready', () => {
    it('shows the city: name as a heading, region, tagline, strategy, logo, image and links', async () => {
      const element = await banner(fixture('bekasi'));
      const heading = $(element, '[role="heading"]');
      expect(heading?.textContent).to.equal('Kota Bekasi');
      expect(heading?.getAttribute('aria-level')).to.equal('2');
      const text = shadowText(element);
      expect(text).to.include('Jawa Barat');
      expect(text).to.include('Bekasi Smart City menuju kota aman, sehat dan nyaman');
      expect(text).to.include('Strategi');
      // Drawn in capitals, and given to a screen reader as written: "Strategi", not "STRATEGI",
      // which some spell out letter by letter.
      expect(await accessibleNames(element, 'StaticText'))
        .to.include('Strategi')
        .and.not.include('STRATEGI');
      expect($(element, 'img[part="logo"]')?.getAttribute('alt')).to.be.a('string').and.not.equal('');
      expect($(element, 'img[part="image"]')).to.exist;
      const links = $$<HTMLAnchorElement>(element, 'a[part="action"]');
      expect(links.length).to.be.greaterThan(0);
      for (const link of links) expect(link.href).to.match(/^https?:/);
      await expect(element).to.be.accessible();
    });

    it("serves a page's own tag through a subclass while <bekasi-banner> is registered (the README's way)", async () => {
      // The README imports '@bekasi/elements/banner' (which registers BekasiBanner) and then
      // defines its own tag; the browser lets a class serve one tag, so the own tag takes a subclass.
      const { BekasiBanner: BannerClass } = await import('../../../src/components/banner/banner.js');
      expect(customElements.get('bekasi-banner')).to.equal(BannerClass);
      expect(() => customElements.define('x-readme-banner', BannerClass)).to.throw();
      customElements.define('x-readme-banner', class extends BannerClass {});
      const element = await render<BekasiBanner>(
        html`<x-readme-banner .data=${fixture('bekasi')} lang="id"></x-readme-banner>`,
      );
      await waitForState(element, 'ready');
      expect($(element, '[role="heading"]')?.textContent).to.equal('Kota Bekasi');
      await expect(element).to.be.accessible();
    });

    it('lists every dimension of the framework by name', async () => {
      const element = await banner(fixture('bekasi'));
      const names = $$(element, '[part="dimensions"] li').map((item) => item.textContent?.trim());
      expect(names).to.deep.equal([
        'Tata Kelola Pemerintahan Cerdas',
        'Pemasaran Daerah',
        'Ekonomi Cerdas',
        'Kehidupan Cerdas',
        'Masyarakat Cerdas',
        'Lingkungan Cerdas',
      ]);
      expect($(element, '[part="dimensions"]')?.getAttribute('aria-label')).to.equal('Dimensi kota cerdas');
    });

    it('speaks English when asked, with English names and numbers', async () => {
      const element = await banner(fixture('bekasi'), { lang: 'en', showScore: true });
      expect($(element, '[role="heading"]')?.textContent).to.equal('Bekasi City');
      const text = shadowText(element);
      expect(text).to.include('Smart Governance');
      expect(text).to.include('Strategy');
      expect($(element, '[part="score"]')?.textContent).to.include('3.60');
      expect($(element, '[part="score"]')?.textContent).to.include('3.60 of 4.00');
      await expect(element).to.be.accessible();
    });

    it('shows the latest overall score with the Indonesian decimal comma', async () => {
      const element = await banner(fixture('bekasi'), { showScore: true });
      const score = $(element, '[part="score"]');
      expect(score?.textContent).to.include('3,60');
      expect(score?.textContent).to.include('3,60 dari 4,00');
      expect(score?.textContent).to.include('Evaluasi 2024');
    });

    it('shows scores on another framework’s scale with its own precision and level', async () => {
      const element = await banner(fixture('cohen'), { showScore: true, lang: 'en' });
      const doc = fixture('cohen') as { evaluations: { year: number; overall: { score: number } }[] };
      const latest = [...doc.evaluations].sort((a, b) => b.year - a.year)[0]!;
      const score = $(element, '[part="score"]')?.textContent ?? '';
      expect(score).to.include(`of 100`);
      expect(score).to.include(String(latest.overall.score));
      expect($$(element, '[part="dimensions"] li').map((item) => item.textContent?.trim())).to.include(
        'Smart Mobility',
      );
    });

    it('leaves out the score when not asked, and when there is no evaluation', async () => {
      expect($(await banner(fixture('bekasi')), '[part="score"]')).to.equal(null);
      expect($(await banner(fixture('minimal'), { showScore: true }), '[part="score"]')).to.equal(null);
    });

    for (const variant of ['hero', 'strip', 'compact'] as const) {
      it(`renders the ${variant} variant accessibly`, async () => {
        const element = await banner(fixture('bekasi'), { variant, showScore: true });
        expect($(element, `.banner--${variant}`)).to.exist;
        expect($(element, '[role="heading"]')?.textContent).to.equal('Kota Bekasi');
        // Only the hero carries the image, the strategy and the calls to action.
        expect(Boolean($(element, '[part="image"]'))).to.equal(variant === 'hero');
        expect(Boolean($(element, '[part="strategy"]'))).to.equal(variant === 'hero');
        expect(Boolean($(element, '[part="actions"]'))).to.equal(variant === 'hero');
        expect(Boolean($(element, '[part="dimensions"]'))).to.equal(variant !== 'compact');
        await expect(element).to.be.accessible();
      });
    }

    it('falls back to the hero layout for an unknown variant', async () => {
      const element = await banner(fixture('bekasi'), { variant: 'fancy' as 'hero' });
      expect($(element, '.banner--hero')).to.exist;
    });

    it('renders the minimal document: a name and nothing else', async () => {
      const element = await banner(fixture('minimal'));
      expect($(element, '[role="heading"]')?.textContent?.trim()).to.not.equal('');
      expect($(element, '[part="logo"]')).to.equal(null);
      expect($(element, '[part="actions"]')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('wraps long Indonesian names without overflowing a 320 px column', async () => {
      const wrapper = await render<HTMLDivElement>(
        html`<div style="width: 320px">
          <bekasi-banner .data=${fixture('longNames')}></bekasi-banner>
        </div>`,
      );
      const element = wrapper.querySelector('bekasi-banner') as BekasiBanner;
      await waitForState(element, 'ready');
      expect(element.scrollWidth).to.be.at.most(320);
      const heading = $(element, '[role="heading"]')!;
      expect(heading.scrollWidth).to.be.at.most(heading.clientWidth + 1);
      await expect(element).to.be.accessible();
    });

    it('uses the heading level the page asks for', async () => {
      const element = await render<BekasiBanner>(
        html`<bekasi-banner heading-level="3" .data=${fixture('bekasi')}></bekasi-banner>`,
      );
      await waitForState(element, 'ready');
      expect($(element, '[role="heading"]')?.getAttribute('aria-level')).to.equal('3');
    });

    it('follows a language change on the page', async () => {
      const wrapper = await render<HTMLDivElement>(
        html`<div lang="id">
          <bekasi-banner .data=${fixture('bekasi')}></bekasi-banner>
        </div>`,
      );
      const element = wrapper.querySelector('bekasi-banner') as BekasiBanner;
      await waitForState(element, 'ready');
      expect($(element, '[role="heading"]')?.textContent).to.equal('Kota Bekasi');
      wrapper.lang = 'en';
      await new Promise((resolve) => setTimeout(resolve));
      await element.updateComplete;
      expect($(element, '[role="heading"]')?.textContent).to.equal('Bekasi City');
    });
  });

  describe('theming', () => {
    it('uses the city’s colours by default and lets the page override them', async () => {
      const cohen = fixture('cohen') as { city: { colors: { primary: string } } };
      const element = await banner(cohen);
      const bar = $(element, '.banner')!;
      const expected = hexToRgb(cohen.city.colors.primary);
      expect(getComputedStyle(bar).borderTopColor).to.equal(expected);

      element.style.setProperty('--bekasi-color-primary', 'rgb(1, 2, 3)');
      expect(getComputedStyle(bar).borderTopColor).to.equal('rgb(1, 2, 3)');
    });

    it('keeps text readable on a pale city colour: dark text on it, a darker shade for links', async () => {
      const pale = fixture('bekasi') as { city: { colors: { primary: string } } };
      pale.city.colors.primary = '#e8a317';
      const element = await banner(pale);
      const [first, second] = $$(element, '.actions .action');
      const surface = getComputedStyle($(element, '.root')!).backgroundColor;
      // The city's gold itself is 2.2:1 on white: too pale for text.
      expect(contrast('#e8a317', surface)).to.be.below(3);
      expect(
        contrast(getComputedStyle(first!).color, getComputedStyle(first!).backgroundColor),
      ).to.be.at.least(4.5);
      expect(contrast(getComputedStyle(second!).color, surface)).to.be.at.least(4.5);
      // The gold still marks the city: the buttons' outline is the colour as given.
      expect(getComputedStyle(second!).borderTopColor).to.equal(hexToRgb('#e8a317'));
      await expect(element).to.be.accessible();
    });

    it('writes a city colour’s first action in black or white, whichever reads at 4.5:1', async () => {
      // Colours near the old switch got grey text (1.3:1 on #cc3333), and blues black where white
      // reads better (#0066ff); a sweep of hues and lightnesses then holds for every one.
      const colours = [
        '#cc3333',
        '#448800',
        '#9900ff',
        '#0066ff',
        '#0b6e4f',
        '#e8a317',
        '#767676',
        '#00a0a0',
      ];
      for (let hue = 0; hue < 360; hue += 30) {
        for (const lightness of [35, 45, 55, 65]) colours.push(`hsl(${hue} 80% ${lightness}%)`);
      }
      const data = fixture('bekasi') as { city: { colors: { primary: string } } };
      const element = await banner(data);
      for (const primary of colours) {
        element.style.setProperty('--bekasi-color-primary', primary);
        const action = $$(element, '.actions .action')[0]!;
        const style = getComputedStyle(action);
        const [r, g, b] = rgbOf(style.color);
        expect(
          [r, g, b].every((channel) => channel === 0) || [r, g, b].every((channel) => channel === 255),
          primary,
        ).to.equal(true);
        // Where neither black nor white reaches 4.5:1, the better of the two.
        const best = Math.max(
          contrast('#000', style.backgroundColor),
          contrast('#fff', style.backgroundColor),
        );
        expect(contrast(style.color, style.backgroundColor), primary).to.be.at.least(Math.min(4.5, best));
      }
      await expect(element).to.be.accessible();
    });

    it('leaves text on a dark city colour white, and its links in that colour', async () => {
      const element = await banner(fixture('bekasi'));
      const [first, second] = $$(element, '.actions .action');
      expect(rgbOf(getComputedStyle(first!).color)).to.deep.equal([255, 255, 255]);
      expect(rgbOf(getComputedStyle(second!).color)).to.deep.equal([11, 110, 79]);
    });

    it('inherits tokens set on an ancestor of the component', async () => {
      const wrapper = await render<HTMLDivElement>(
        html`<div style="--bekasi-color-primary: rgb(9, 8, 7)">
          <bekasi-banner .data=${fixture('bekasi')}></bekasi-banner>
        </div>`,
      );
      const element = wrapper.querySelector('bekasi-banner') as BekasiBanner;
      await waitForState(element, 'ready');
      expect(getComputedStyle($(element, '.banner')!).borderTopColor).to.equal('rgb(9, 8, 7)');
    });

    it('turns dark with theme="dark", still accessible', async () => {
      const element = await banner(fixture('bekasi'), { theme: 'dark', showScore: true });
      const background = getComputedStyle($(element, '.root')!).backgroundColor;
      expect(luminance(background)).to.be.below(0.1);
      await expect(element).to.be.accessible();
    });

    it('keeps its own look under hostile page CSS', async () => {
      const style = document.createElement('style');
      style.textContent = `* { font-family: serif !important; letter-spacing: 5px; } h2, div, p { color: rgb(255, 0, 0); text-transform: uppercase; } img { display: none; }`;
      document.head.append(style);
      try {
        const element = await banner(fixture('bekasi'));
        const heading = $(element, '[role="heading"]')!;
        expect(getComputedStyle(heading).color).to.not.equal('rgb(255, 0, 0)');
        expect(getComputedStyle(heading).textTransform).to.equal('none');
        expect(getComputedStyle(heading).letterSpacing).to.equal('normal');
        expect(getComputedStyle($(element, '[part="logo"]')!).display).to.not.equal('none');
      } finally {
        style.remove();
      }
    });
  });

  describe('data sources', () => {
    it('loads the document from src and fires bekasi-load', async () => {
      const element = document.createElement('bekasi-banner');
      const loaded = nextEvent<BekasiLoadDetail>(element, 'bekasi-load');
      element.src = '/public/data/bekasi.json';
      document.body.append(element);
      try {
        const event = await loaded;
        expect(event.bubbles && event.composed).to.equal(true);
        expect(event.detail.issues).to.deep.equal([]);
        await waitForState(element, 'ready');
        expect($(element, '[role="heading"]')?.textContent).to.equal('Kota Bekasi');
        // Relative URLs in a fetched document resolve against the document's own URL.
        expect($<HTMLImageElement>(element, '[part="logo"]')?.src).to.equal(
          new URL('/data/bekasi-logo.svg', location.href).href,
        );
      } finally {
        element.remove();
      }
    });

    it('reads an inline JSON child', async () => {
      const element = document.createElement('bekasi-banner');
      inlineJson(element, JSON.stringify(fixture('minimal')));
      document.body.append(element);
      try {
        await waitForState(element, 'ready');
        expect($(element, '[role="heading"]')?.textContent).to.not.equal('');
      } finally {
        element.remove();
      }
    });

    it('prefers the data property to an inline child and to src', async () => {
      const element = document.createElement('bekasi-banner');
      inlineJson(element, JSON.stringify({ schemaVersion: '1.0', city: { name: 'Inline' } }));
      element.src = '/__test__/status/500';
      element.data = { schemaVersion: '1.0', city: { name: 'Property' } };
      document.body.append(element);
      try {
        await waitForState(element, 'ready');
        expect($(element, '[role="heading"]')?.textContent).to.equal('Property');
        element.data = undefined;
        await element.updateComplete;
        await waitForState(element, 'ready');
        expect($(element, '[role="heading"]')?.textContent).to.equal('Inline');
      } finally {
        element.remove();
      }
    });

    it('takes its document from the nearest <bekasi-data>, loaded once for all', async () => {
      const url = `/public/data/bekasi.json?shared=${Math.random()}`;
      const wrapper = await render<HTMLElement>(
        html`<bekasi-data src=${url}>
          <bekasi-banner></bekasi-banner>
          <div><bekasi-banner variant="compact" show-score></bekasi-banner></div>
        </bekasi-data>`,
      );
      const [first, second] = [...wrapper.querySelectorAll('bekasi-banner')] as BekasiBanner[];
      await waitForState(first!, 'ready');
      await waitForState(second!, 'ready');
      expect($(second!, '[part="score"]')?.textContent).to.include('3,60');
      const requests = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith(url));
      expect(requests.length).to.equal(1);
      await expect(first!).to.be.accessible();
    });

    it('says nothing when the same document is validated again for another section', async () => {
      const element = await banner(fixture('bekasi'));
      // show-score asks for the evaluations too: a new validation, not new data.
      element.showScore = true;
      await element.updateComplete;
      await waitForState(element, 'ready');
      expect(Boolean($(element, '[part="score"]'))).to.equal(true);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect($(element, '[role="status"]')?.textContent?.trim()).to.equal('');
    });

    it('says a new document once for all the components one <bekasi-data> feeds', async () => {
      const wrapper = await render<HTMLElement & { data?: unknown }>(
        html`<bekasi-data .data=${fixture('bekasi')}>
          <bekasi-banner></bekasi-banner><bekasi-banner variant="strip"></bekasi-banner>
        </bekasi-data>`,
      );
      const banners = [...wrapper.querySelectorAll('bekasi-banner')] as BekasiBanner[];
      for (const element of banners) await waitForState(element, 'ready');
      const said = () =>
        banners.filter(
          (element) => $(element, '[role="status"]')?.textContent?.trim() === 'Data telah diperbarui.',
        );
      wrapper.data = fixture('minimal');
      await waitUntil(() => said().length > 0, 'the update is announced');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(said()).to.have.length(1);
    });

    it('shares one request between components with the same src', async () => {
      const url = `/public/data/bekasi.json?same=${Math.random()}`;
      const wrapper = await render<HTMLElement>(
        html`<div>
          <bekasi-banner src=${url}></bekasi-banner><bekasi-banner src=${url} variant="strip"></bekasi-banner>
        </div>`,
      );
      for (const element of wrapper.querySelectorAll('bekasi-banner')) await waitForState(element, 'ready');
      const requests = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith(url));
      expect(requests.length).to.equal(1);
    });
  });

  describe('loading', () => {
    it('reserves its height and says it is loading, accessibly', async () => {
      const element = await render<BekasiBanner>(
        html`<bekasi-banner src=${`/__test__/slow?ms=2000&id=loading-${Math.random()}`}></bekasi-banner>`,
      );
      await waitForState(element, 'loading');
      const loading = $(element, '[part="loading"]')!;
      expect(loading.getAttribute('aria-busy')).to.equal('true');
      expect(loading.textContent).to.include('Memuat');
      expect(loading.getBoundingClientRect().height).to.be.greaterThan(100);
      await expect(element).to.be.accessible();
    });
  });

  describe('errors', () => {
    const cases: [string, string, RegExp, string][] = [
      ['a 404', '/__test__/status/404', /404/, 'http'],
      ['an HTML page served with 200', '/__test__/html200', /halaman web/, 'html-instead-of-json'],
      ['malformed JSON', '/__test__/malformed', /bukan JSON/, 'not-json'],
      ['a server error after retries', '/__test__/status/500', /500/, 'http'],
      ['a server that never answers', '/__test__/hang', /tepat waktu/, 'timeout'],
      // Another origin (this server under another name) that sends no Access-Control-Allow-Origin:
      // the browser hides why, so the message names CORS among the causes.
      [
        'another origin without CORS',
        `http://localhost:${location.port}/public/data/bekasi.json`,
        /tidak dapat dijangkau\. Periksa koneksi, alamat, atau pengaturan CORS servernya\./,
        'network',
      ],
      ['schemaVersion 2.0', '/test/fixtures/documents/version-2.json', /2\.0.*1\.x/, 'unsupported-version'],
    ];
    for (const [name, src, message, code] of cases) {
      it(`shows what went wrong for ${name}, in Indonesian, with a retry button`, async () => {
        const element = document.createElement('bekasi-banner');
        element.src = `${src}${src.includes('?') ? '&' : '?'}id=${Math.random()}`;
        // Only the silent server needs a short timeout; a busy test machine can be slow.
        if (src.includes('hang')) element.timeout = 0.3;
        element.retries = 0;
        element.innerHTML = '<a href="/data/bekasi.json">Data (JSON)</a>';
        const failed = nextEvent<BekasiErrorDetail>(element, 'bekasi-error');
        document.body.append(element);
        try {
          const event = await failed;
          expect(event.detail.code).to.equal(code);
          expect(event.detail.message).to.match(message);
          // For developers: what the browser or the check said, in English.
          const said = { 'html-instead-of-json': '<h1>Page not found</h1>', network: 'Failed to fetch' }[
            code
          ];
          if (said) expect(event.detail.failure?.detail).to.contain(said);
          await waitForState(element, 'error');
          const error = $(element, '[part="error"]')!;
          expect(error.getAttribute('role')).to.equal('alert');
          expect(error.textContent).to.include('Data kota cerdas tidak dapat ditampilkan');
          expect(error.textContent).to.match(message);
          expect($(element, '[part="error"] button')?.textContent).to.equal('Coba lagi');
          // The page's own fallback content stays visible beside the message.
          const slot = $<HTMLSlotElement>(element, '[part="error"] slot')!;
          expect(slot.assignedElements()[0]?.textContent).to.equal('Data (JSON)');
          await expect(element).to.be.accessible();
        } finally {
          element.remove();
        }
      });
    }

    it('keeps the page’s own fallback in its own direction beside an Indonesian message', async () => {
      // An Arabic page without an Arabic translation: the message is Indonesian, left to right;
      // the page's Arabic fallback link still runs right to left.
      const wrapper = await render<HTMLDivElement>(html`<div lang="ar" dir="rtl"></div>`);
      const element = document.createElement('bekasi-banner');
      element.src = `/__test__/status/404?id=${Math.random()}`;
      element.retries = 0;
      element.innerHTML = '<a href="/data/bekasi.json">البيانات (JSON)</a>';
      wrapper.append(element);
      await waitForState(element, 'error');
      expect(getComputedStyle($(element, '.state__title')!).direction).to.equal('ltr');
      expect(getComputedStyle(element.querySelector('a')!).direction).to.equal('rtl');
      await expect(element).to.be.accessible();
    });

    it('retries on the button and recovers when the data comes back', async () => {
      const id = `retry-${Math.random()}`;
      const element = document.createElement('bekasi-banner');
      element.retries = 0;
      // Fails once, then serves JSON (not a smart-city document: the error changes to a data error).
      element.src = `/__test__/flaky?fail=1&status=500&id=${id}`;
      document.body.append(element);
      try {
        await waitForState(element, 'error');
        expect(shadowText(element)).to.include('500');
        $<HTMLButtonElement>(element, '[part="error"] button')!.click();
        await waitUntil(() => shadowText(element).includes('schemaVersion'), 'the retry should load again');
        expect(shadowText(element)).to.not.include('500');
      } finally {
        element.remove();
      }
    });

    it('says it is trying again, keeps the focus there, and says so when it fails again', async () => {
      const id = `retry-again-${Math.random()}`;
      const element = document.createElement('bekasi-banner');
      element.retries = 0;
      // A server slow to fail: the try can be seen while it lasts.
      element.src = `/__test__/status/404?ms=400&id=${id}`;
      document.body.append(element);
      try {
        await waitForState(element, 'error');
        const heard = recordAnnouncements(element);
        const button = $<HTMLButtonElement>(element, '[part="error"] button')!;
        button.focus();
        button.click();
        await element.updateComplete;
        // The same button, still focused, now saying what it does.
        expect($(element, '[part="error"] button')).to.equal(button);
        expect(button.textContent).to.equal('Memuat data kota cerdas…');
        expect(button.getAttribute('aria-disabled')).to.equal('true');
        await expect(element).to.be.accessible();
        // Pressed again while it tries: no second request.
        button.click();
        await waitUntil(() => button.textContent === 'Coba lagi', 'the try should end', { timeout: 5000 });
        expect(button.getAttribute('aria-disabled')).to.equal('false');
        expect(element.shadowRoot!.activeElement).to.equal(button);
        // The alert reads as before, so the status region says the failure again.
        expect(heard.said).to.deep.equal([
          `Server menjawab 404 untuk ${new URL(element.src, location.href).href}.`,
        ]);
        heard.stop();
        const { hits } = (await (await fetch(`/__test__/hits?id=${id}`)).json()) as { hits: number };
        expect(hits, 'requests: the first load and one retry').to.equal(2);
        await expect(element).to.be.accessible();
      } finally {
        element.remove();
      }
    });

    it('explains in English when the page is in English', async () => {
      const element = await render<BekasiBanner>(
        html`<bekasi-banner
          lang="en"
          retries="0"
          src=${`/__test__/status/404?id=${Math.random()}`}
        ></bekasi-banner>`,
      );
      await waitForState(element, 'error');
      expect(shadowText(element)).to.include('The server answered 404');
      expect(shadowText(element)).to.include('Try again');
    });

    it('says so when the document has no city', async () => {
      const element = document.createElement('bekasi-banner');
      element.data = { schemaVersion: '1.0' };
      const failed = nextEvent<BekasiErrorDetail>(element, 'bekasi-error');
      document.body.append(element);
      const { detail } = await failed;
      await waitForState(element, 'error');
      expect(detail.code).to.equal('missing-section');
      expect(detail.path).to.equal('city');
      expect(shadowText(element)).to.include('city: tidak ada');
      // Data given as a property cannot be retried.
      expect($(element, '[part="error"] button')).to.equal(null);
      await expect(element).to.be.accessible();
      element.remove();
    });

    it('says so when no data is given at all', async () => {
      const element = await render<BekasiBanner>(html`<bekasi-banner lang="en"></bekasi-banner>`);
      await waitForState(element, 'error');
      expect(shadowText(element)).to.include('No data was given');
    });

    for (const [name, value] of [
      ['null', null],
      ['an array', []],
      ['a string', 'Kota Bekasi'],
      ['a number', 42],
    ] as const) {
      it(`rejects ${name} as a document without throwing`, async () => {
        const element = await render<BekasiBanner>(
          html`<bekasi-banner lang="en" .data=${value}></bekasi-banner>`,
        );
        await waitForState(element, 'error');
        expect(shadowText(element)).to.include('is not a JSON object');
      });
    }

    for (const [name, make] of [
      [
        'a getter that throws',
        () => ({
          schemaVersion: '1.0',
          get city(): unknown {
            throw new Error('boom');
          },
        }),
      ],
      [
        'a Proxy that throws on every read',
        () =>
          new Proxy(
            {},
            {
              get() {
                throw new Error('boom');
              },
              ownKeys() {
                throw new Error('boom');
              },
            },
          ),
      ],
      [
        'a revoked Proxy',
        () => {
          const { proxy, revoke } = Proxy.revocable({ schemaVersion: '1.0' }, {});
          revoke();
          return proxy;
        },
      ],
    ] as const) {
      it(`rejects a data object with ${name}, and the page goes on`, async () => {
        const uncaught: unknown[] = [];
        const onError = (event: ErrorEvent) => uncaught.push(event.error);
        window.addEventListener('error', onError);
        try {
          // Set from script, as a page would: a template library may itself read the object.
          const wrapper = await render<HTMLElement>(
            html`<div><bekasi-banner lang="en"></bekasi-banner><bekasi-banner></bekasi-banner></div>`,
          );
          const [hostile, neighbour] = [...wrapper.querySelectorAll('bekasi-banner')] as BekasiBanner[];
          hostile!.data = make();
          neighbour!.data = fixture('minimal');
          await waitForState(hostile!, 'error');
          expect(shadowText(hostile!)).to.include('JSON: cannot be used');
          await waitForState(neighbour!, 'ready');
          expect(uncaught).to.deep.equal([]);
          await expect(hostile!).to.be.accessible();
        } finally {
          window.removeEventListener('error', onError);
        }
      });
    }

    it('shows a parse error of an inline JSON child', async () => {
      const element = document.createElement('bekasi-banner');
      inlineJson(element, '{"schemaVersion": "1.0", "city": ');
      document.body.append(element);
      try {
        await waitForState(element, 'error');
        expect(shadowText(element)).to.include('bukan JSON yang sah');
        await expect(element).to.be.accessible();
      } finally {
        element.remove();
      }
    });

    for (const [lang, words] of [
      ['id', 'JSON: bukan JSON yang sah.'],
      ['en', 'JSON: is not valid JSON.'],
    ] as const) {
      it(`says an inline JSON child with a trailing comma is not JSON in the page’s language only (${lang})`, async () => {
        const element = document.createElement('bekasi-banner');
        element.lang = lang;
        inlineJson(element, '{"schemaVersion": "1.0", "city": {"name": "Kota Contoh",}, }');
        const errors: BekasiErrorDetail[] = [];
        element.addEventListener('bekasi-error', (event) => errors.push(event.detail));
        document.body.append(element);
        try {
          await waitForState(element, 'error');
          // The engine's own words are English and quote the JSON: they stay in the event's detail.
          expect(shadowText(element)).to.include(words);
          expect(shadowText(element)).to.not.match(/Unexpected|Expected|position|"name"/);
          expect(errors[0]?.issue?.params?.['detail']).to.match(/JSON/);
          await expect(element).to.be.accessible();
        } finally {
          element.remove();
        }
      });
    }
  });

  describe('bad data', () => {
    it('marks the logo’s and the image’s alt text with their language when it is not the one shown', async () => {
      // A language with a translation (Javanese, for this test) but no alt text of its own in the
      // data: the Indonesian alt is read with an Indonesian voice.
      registerTranslation({ ...id, $code: 'jv', $name: 'Basa Jawa' });
      const element = await render<BekasiBanner>(
        html`<bekasi-banner lang="jv" .data=${fixture('partial')}></bekasi-banner>`,
      );
      await waitForState(element, 'ready');
      // (The fixture's logo is a refused data: URL; its image is the city's skyline.)
      const images = $$(element, 'img').map((img) => [img.getAttribute('alt'), img.getAttribute('lang')]);
      expect(images).to.deep.equal([['Siluet kota', 'id']]);
      const bekasi = await render<BekasiBanner>(
        html`<bekasi-banner lang="jv" variant="strip" .data=${fixture('bekasi')}></bekasi-banner>`,
      );
      await waitForState(bekasi, 'ready');
      expect($(bekasi, '.logo')?.getAttribute('lang')).to.equal('id');
      const english = await render<BekasiBanner>(
        html`<bekasi-banner lang="en" .data=${fixture('partial')}></bekasi-banner>`,
      );
      await waitForState(english, 'ready');
      expect($$(english, 'img').map((img) => img.getAttribute('lang'))).to.deep.equal([null]);
      await expect(element).to.be.accessible();
    });

    it('draws with a page’s translation that leaves strings out, taking them from the Indonesian', async () => {
      // A page's plain-JavaScript translation with two of the banner's strings: it stayed on
      // "Memuat…" for good ("Cannot read properties of undefined (reading 'replace')").
      registerTranslation({
        ...id,
        $code: 'jv',
        banner: { label: '{city}, kota', scoreYear: 'tahun {year}' },
      } as unknown as Translation);
      const element = await render<BekasiBanner>(
        html`<bekasi-banner lang="jv" show-score .data=${fixture('bekasi')}></bekasi-banner>`,
      );
      await waitForState(element, 'ready');
      expect($(element, '[role="heading"]')?.textContent).to.equal('Kota Bekasi');
      expect($(element, '[part="banner"]')?.getAttribute('aria-label')).to.equal('Kota Bekasi, kota');
      expect($(element, '.score__label')?.textContent).to.equal(bannerStrings.id.latestScore);
      await expect(element).to.be.accessible();
    });

    it('draws with a page’s translation that leaves groups out and gives values of the wrong type', async () => {
      registerTranslation(gaps);
      const element = await render<BekasiBanner>(
        html`<bekasi-banner lang=${GAPS_CODE} show-score .data=${fixture('bekasi')}></bekasi-banner>`,
      );
      await waitForState(element, 'ready');
      expect($(element, '.root')?.getAttribute('lang')).to.equal(GAPS_CODE);
      expect($(element, '.score__label')?.textContent).to.equal('Slimme-stadindex');
      // `dimensions` was given as a list: the Indonesian label instead.
      expect($(element, '.dimensions')?.getAttribute('aria-label')).to.equal(bannerStrings.id.dimensions);
      await expect(element).to.be.accessible();
    });

    it('renders markup and script in every text field as text, and runs nothing', async () => {
      const element = await banner(hostileTextDocument(), { showScore: true });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(window.__bekasiPwned).to.equal(undefined);
      expect($(element, '[role="heading"]')?.textContent).to.equal(`Kota ${SCRIPT_PAYLOAD}`);
      expect($$(element, 'script')).to.have.length(0);
      // The only image is the logo; the payload's <img> stays text.
      expect($$(element, 'img').map((img) => img.getAttribute('part'))).to.deep.equal(['logo']);
      expect(document.querySelectorAll('img[src="x"]')).to.have.length(0);
    });

    it('never follows or shows an unsafe URL, and never applies an unsafe colour', async () => {
      const loaded = new Promise<BekasiLoadDetail>((resolve) =>
        document.addEventListener('bekasi-load', (event) => resolve(event.detail), { once: true }),
      );
      const element = await banner(hostileUrlDocument());
      const { issues } = await loaded;
      const hrefs = $$<HTMLAnchorElement>(element, 'a').map((link) => link.getAttribute('href'));
      expect(hrefs).to.deep.equal(['https://bekasikota.go.id/']);
      expect($(element, '[part="logo"]')).to.equal(null);
      expect($(element, '[part="image"]')).to.equal(null);
      expect(getComputedStyle($(element, '.banner')!).borderTopColor).to.equal('rgb(11, 110, 79)');
      expect(issues.map((issue) => issue.path)).to.include.members([
        'city.logo.src',
        'city.image.src',
        'city.links[0].href',
        'city.links[1].href',
        'city.links[2].href',
        'city.colors.primary',
      ]);
      expect(window.__bekasiPwned).to.equal(undefined);
    });

    it('drops a 2 MB tagline and keeps the rest', async () => {
      const { element, issues } = await shownWithIssues<BekasiBanner>('bekasi-banner', (element) => {
        element.data = hugeTaglineDocument();
      });
      try {
        expect(issues.map((issue) => `${issue.path} ${issue.code}`)).to.deep.equal(['city.tagline too-long']);
        expect($(element, '[part="tagline"]')).to.equal(null);
        expect($(element, '[role="heading"]')?.textContent).to.equal('Kota Bekasi');
      } finally {
        element.remove();
      }
    });

    it('drops a list of 10,000 links and keeps the rest of the city', async () => {
      const links = Array.from({ length: 10_000 }, (_, index) => ({
        label: `Tautan ${index}`,
        href: `/t${index}`,
      }));
      const { element, issues } = await shownWithIssues<BekasiBanner>('bekasi-banner', (element) => {
        element.data = {
          schemaVersion: '1.0',
          city: { name: 'Kota Bekasi', tagline: 'Bekasi Keren', links },
        };
      });
      try {
        expect(issues.map((issue) => `${issue.path} ${issue.code}`)).to.deep.equal(['city.links too-many']);
        expect($$(element, 'a')).to.have.length(0);
        expect($(element, '[role="heading"]')?.textContent).to.equal('Kota Bekasi');
        expect($(element, '[part="tagline"]')?.textContent?.trim()).to.equal('Bekasi Keren');
        await expect(element).to.be.accessible();
      } finally {
        element.remove();
      }
    });

    it('copes with a document nested 10,000 levels deep', async () => {
      const element = document.createElement('bekasi-banner');
      inlineJson(element, deeplyNestedJson());
      document.body.append(element);
      try {
        await waitForState(element, 'ready');
        expect($(element, '[role="heading"]')?.textContent).to.equal('Kota Bekasi');
      } finally {
        element.remove();
      }
    });

    it('rejects a city name nested 10,000 levels deep with a path', async () => {
      const element = document.createElement('bekasi-banner');
      inlineJson(element, deeplyNestedName());
      const failed = nextEvent<BekasiErrorDetail>(element, 'bekasi-error');
      document.body.append(element);
      try {
        const { detail } = await failed;
        expect(detail.path).to.match(/^city\.name/);
      } finally {
        element.remove();
      }
    });

    it('reports dropped items of its own sections only, and strict turns them into an error', async () => {
      const element = document.createElement('bekasi-banner');
      element.data = fixture('partial');
      const loaded = nextEvent<BekasiLoadDetail>(element, 'bekasi-load');
      document.body.append(element);
      try {
        const { detail } = await loaded;
        const sections = new Set(detail.issues.map((issue) => issue.section));
        expect([...sections]).to.deep.equal(['city']);
        expect(detail.issues.map((issue) => issue.path)).to.include('city.logo.src');
        const failed = nextEvent<BekasiErrorDetail>(element, 'bekasi-error');
        element.strict = true;
        const { detail: error } = await failed;
        expect(error.path).to.match(/^city\./);
        await waitForState(element, 'error');
        await expect(element).to.be.accessible();
      } finally {
        element.remove();
      }
    });

    it('leaves the rest of the page working when one component fails', async () => {
      const wrapper = await render<HTMLElement>(
        html`<div>
          <bekasi-banner .data=${{ schemaVersion: '9.0' }}></bekasi-banner>
          <bekasi-banner .data=${fixture('bekasi')}></bekasi-banner>
          <button id="page-button">Page</button>
        </div>`,
      );
      const [broken, working] = [...wrapper.querySelectorAll('bekasi-banner')] as BekasiBanner[];
      await waitForState(broken!, 'error');
      await waitForState(working!, 'ready');
      let clicked = false;
      wrapper.querySelector('#page-button')!.addEventListener('click', () => (clicked = true));
      (wrapper.querySelector('#page-button') as HTMLButtonElement).click();
      expect(clicked).to.equal(true);
    });
  });
});

function hexToRgb(hex: string): string {
  const value = hex.length === 4 ? hex.replace(/[0-9a-f]/gi, '$&$&').slice(1) : hex.slice(1);
  const number = Number.parseInt(value, 16);
  return `rgb(${(number >> 16) & 255}, ${(number >> 8) & 255}, ${number & 255})`;
}

/** Any CSS colour (rgb(), oklch() …) as 8-bit sRGB, as the browser paints it. */
function rgbOf(color: string): [number, number, number] {
  const context = Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d')!;
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

/** WCAG 2 contrast ratio of two CSS colours. */
function contrast(a: string, b: string): number {
  const channel = (value: number) => {
    const share = value / 255;
    return share <= 0.03928 ? share / 12.92 : ((share + 0.055) / 1.055) ** 2.4;
  };
  const relative = (color: string) => {
    const [r, g, b] = rgbOf(color);
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const [light, dark] = [relative(a), relative(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function luminance(rgb: string): number {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

describe('<bekasi-banner> moved in the page', () => {
  it('loads again when moved while its document is loading', async () => {
    const id = `moved-${Math.random()}`;
    const [first, second] = [document.createElement('div'), document.createElement('div')];
    document.body.append(first, second);
    const element = document.createElement('bekasi-banner');
    element.src = `/__test__/smart-city?id=${id}&ms=600`;
    first.append(element);
    try {
      await new Promise((resolve) => setTimeout(resolve, 150));
      second.append(element); // The move aborts the request in flight; the new place loads again.
      await waitForState(element, 'ready', 5000);
      expect($(element, '[role="heading"]')?.textContent).to.equal('Kota Bekasi');
      await expect(element).to.be.accessible();
    } finally {
      first.remove();
      second.remove();
    }
  });

  it('loads again when its <bekasi-data> is moved while loading', async () => {
    const id = `moved-provider-${Math.random()}`;
    const wrapper = await render<HTMLDivElement>(
      html`<div>
        <bekasi-data src=${`/__test__/smart-city?id=${id}&ms=600`}
          ><bekasi-banner></bekasi-banner
        ></bekasi-data>
        <section></section>
      </div>`,
    );
    await new Promise((resolve) => setTimeout(resolve, 150));
    wrapper.querySelector('section')!.append(wrapper.querySelector('bekasi-data')!);
    const element = wrapper.querySelector('bekasi-banner')!;
    await waitForState(element, 'ready', 5000);
    expect($(element, '[role="heading"]')?.textContent).to.equal('Kota Bekasi');
  });

  it("leaves its <bekasi-data>'s document behind when moved out of it", async () => {
    const wrapper = await render<HTMLDivElement>(
      html`<div>
        <bekasi-data .data=${fixture('bekasi')}><bekasi-banner></bekasi-banner></bekasi-data>
        <section></section>
      </div>`,
    );
    const element = wrapper.querySelector('bekasi-banner')!;
    await waitForState(element, 'ready');
    wrapper.querySelector('section')!.append(element);
    // No source where it is now: "no data", not a document it no longer follows.
    await waitForState(element, 'error');
    expect($(element, '[part="error"]')?.textContent).to.include('Tidak ada data');
    await expect(element).to.be.accessible();
    // It no longer hears the provider: a new document there does not reach it.
    const provider = wrapper.querySelector('bekasi-data')!;
    provider.data = fixture('bekasi');
    await provider.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(shownState(element)).to.equal('error');
    // And back inside: the provider's document again.
    wrapper.querySelector('bekasi-data')!.append(element);
    await waitForState(element, 'ready');
  });

  it('says nothing once removed from the page, not even that it has no data', async () => {
    const wrapper = await render<HTMLDivElement>(
      html`<div>
        <bekasi-data .data=${fixture('bekasi')}><bekasi-banner></bekasi-banner></bekasi-data>
      </div>`,
    );
    const element = wrapper.querySelector('bekasi-banner')!;
    await waitForState(element, 'ready');
    const errors: string[] = [];
    element.addEventListener('bekasi-error', (event) => errors.push(event.detail.code));
    element.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(errors).to.deep.equal([]);
    expect(shownState(element)).to.equal('ready');
  });
});

describe('<bekasi-banner> with an address it refuses', () => {
  for (const [lang, words] of [
    ['id', 'tidak diizinkan'],
    ['en', 'is not allowed'],
  ] as const) {
    it(`says a javascript: address is not allowed, and offers no retry that cannot help (${lang})`, async () => {
      const errors: BekasiErrorDetail[] = [];
      const element = await render<BekasiBanner>(
        html`<bekasi-banner
          lang=${lang}
          src="javascript:window.__bekasiPwned=true"
          @bekasi-error=${(event: CustomEvent<BekasiErrorDetail>) => errors.push(event.detail)}
        ></bekasi-banner>`,
      );
      await waitForState(element, 'error');
      expect($(element, '[part="error"]')?.textContent).to.include(words);
      expect($(element, '[part="error"] button')).to.equal(null);
      expect(errors.map((detail) => detail.code)).to.deep.equal(['refused']);
      expect(window.__bekasiPwned).to.equal(undefined);
      await expect(element).to.be.accessible();
    });
  }
});

describe('<bekasi-banner> and the time of the data', () => {
  // valibot's isoTimestamp takes "+07"; Date cannot read it, and the banner once threw and stayed blank.
  it('shows the city, without a time, when generatedAt is a timestamp no browser can read', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    const element = await render<BekasiBanner>(
      html`<bekasi-banner
        variant="hero"
        .data=${{ ...fixture('bekasi'), generatedAt: '2026-11-01T09:00:00+07' }}
      ></bekasi-banner>`,
    );
    try {
      await waitForState(element, 'ready');
      expect($(element, '[role="heading"]')?.textContent).to.equal('Kota Bekasi');
      expect(shadowText(element)).to.not.include('Data per');
      expect(errors).to.deep.equal([]);
      await expect(element).to.be.accessible();
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});

describe('<bekasi-banner> refresh', () => {
  /** A banner on the test server's document `id`, which answers each load at the first try. */
  function bannerOn(id: string): BekasiBanner {
    const element = document.createElement('bekasi-banner');
    element.src = `/__test__/smart-city?id=${id}`;
    element.retries = 0;
    document.body.append(element);
    return element;
  }

  /** The server fails the next `count` loads; a refresh leaves the data with its stale notice. */
  async function failRefresh(element: BekasiBanner, id: string, count: number): Promise<void> {
    await fetch(`/__test__/breaknext?target=${id}&count=${count}`);
    element.reload();
    await waitUntilText(element, '[part="notice"]', 'Data tidak dapat diperbarui');
  }

  it('takes the same body again for the same document from a server without ETag or Last-Modified', async () => {
    // A script printing the JSON on every request: each refresh is a 200 with the whole body.
    const id = `plain-${Math.random()}`;
    const element = document.createElement('bekasi-banner');
    element.src = `/__test__/smart-city?id=${id}&plain=1`;
    element.retries = 0;
    let loads = 0;
    element.addEventListener('bekasi-load', () => (loads += 1));
    document.body.append(element);
    const hits = async () => ((await (await fetch(`/__test__/hits?id=${id}`)).json()) as { ok: number }).ok;
    try {
      await waitForState(element, 'ready');
      for (const refresh of [2, 3]) {
        element.reload();
        await waitUntil(async () => (await hits()) === refresh, `refresh ${refresh} answered`);
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect($(element, '[role="status"]')?.textContent, `refresh ${refresh}`).to.equal('');
      }
      expect(loads).to.equal(1);

      // A new body is new data, said once.
      await fetch(`/__test__/bump?target=${id}`);
      element.reload();
      await waitUntilText(element, '[role="heading"]', 'Kota Bekasi v2');
      expect($(element, '[role="status"]')?.textContent).to.equal('Data telah diperbarui.');
      expect(loads).to.equal(2);
      await expect(element).to.be.accessible();
    } finally {
      element.remove();
    }
  });

  it('re-fetches in the background, announces new data, and keeps the last good data when a refresh fails', async () => {
    const id = `refresh-${Math.random()}`;
    const element = bannerOn(id);
    try {
      await waitForState(element, 'ready');
      expect($(element, '[role="heading"]')?.textContent).to.equal('Kota Bekasi');
      expect($(element, '[role="status"]')?.textContent).to.equal('');

      // A new version on the server: the next refresh shows it and says so politely.
      await fetch(`/__test__/bump?target=${id}`);
      element.reload();
      await waitUntilText(element, '[role="heading"]', 'Kota Bekasi v2');
      expect($(element, '[role="status"]')?.textContent).to.equal('Data telah diperbarui.');

      // The server breaks: the data stays, with a note saying how old it is and a retry button.
      await failRefresh(element, id, 1);
      expect($(element, '[role="heading"]')?.textContent).to.equal('Kota Bekasi v2');
      expect($(element, '[part="notice"]')?.textContent).to.include('500');
      expect(await runTogetherWords(element)).to.deep.equal([]);
      await expect(element).to.be.accessible();

      // Retry from the notice: the server is back (304, nothing new), the notice goes away.
      $<HTMLButtonElement>(element, '[part="notice"] button')!.click();
      await waitUntil(() => $(element, '[part="notice"]') === null, 'notice should disappear');
      const hits = (await (await fetch(`/__test__/hits?id=${id}`)).json()) as { notModified: number };
      expect(hits.notModified).to.be.greaterThan(0);
    } finally {
      element.remove();
    }
  });

  it('gives the focus to the heading when a retry from the stale-data notice succeeds', async () => {
    const id = `stale-focus-${Math.random()}`;
    const element = bannerOn(id);
    try {
      await waitForState(element, 'ready');
      await failRefresh(element, id, 1);
      const button = $<HTMLButtonElement>(element, '[part="notice"] button')!;
      button.focus();
      button.click();
      await waitUntil(() => $(element, '[part="notice"]') === null, 'the notice should go');
      await element.updateComplete;
      expect(element.shadowRoot!.activeElement).to.equal($(element, '[role="heading"]'));
      await expect(element).to.be.accessible();
    } finally {
      element.remove();
    }
  });

  it('leaves the focus where the reader took it while the retry ran', async () => {
    const id = `stale-focus-away-${Math.random()}`;
    const element = bannerOn(id);
    const elsewhere = document.createElement('button');
    elsewhere.textContent = 'Elsewhere';
    document.body.append(elsewhere);
    try {
      await waitForState(element, 'ready');
      await failRefresh(element, id, 1);
      const button = $<HTMLButtonElement>(element, '[part="notice"] button')!;
      button.focus();
      button.click();
      elsewhere.focus();
      await waitUntil(() => $(element, '[part="notice"]') === null, 'the notice should go');
      await element.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(document.activeElement).to.equal(elsewhere);
      expect(element.shadowRoot!.activeElement).to.equal(null);
    } finally {
      element.remove();
      elsewhere.remove();
    }
  });

  it('says so when a retry from the stale-data notice fails again', async () => {
    const id = `stale-retry-${Math.random()}`;
    const element = bannerOn(id);
    try {
      await waitForState(element, 'ready');
      await failRefresh(element, id, 2);
      const heard = recordAnnouncements(element);
      const button = $<HTMLButtonElement>(element, '[part="notice"] button')!;
      button.click();
      await waitUntil(() => heard.said.length > 0, 'the failed retry should be said');
      heard.stop();
      expect(heard.said[0]).to.match(/^Server menjawab 500 untuk .*smart-city/);
      expect(button.textContent).to.equal('Coba lagi');
      expect($(element, '[role="heading"]')?.textContent, 'the older data stays').to.equal('Kota Bekasi');
      await expect(element).to.be.accessible();
    } finally {
      element.remove();
    }
  });

  it('never fetches without pause, whatever `refresh` says', async () => {
    for (const refresh of ['Infinity', '1e12', '0.001', '-5', 'sering']) {
      const id = `refresh-${refresh}-${Math.random()}`;
      const element = await render<BekasiBanner>(
        html`<bekasi-banner refresh=${refresh} src=${`/__test__/smart-city?id=${id}`}></bekasi-banner>`,
      );
      await waitForState(element, 'ready');
      // A delay beyond setInterval's range would fire at once, again and again.
      await new Promise((resolve) => setTimeout(resolve, 400));
      const { hits } = (await (await fetch(`/__test__/hits?id=${id}`)).json()) as { hits: number };
      expect(hits, `refresh="${refresh}"`).to.equal(1);
      element.remove();
    }
  });

  it('lets a slow load finish when refreshes come faster than the server answers', async () => {
    // Each answer takes 1.5 s, the refresh ticks every second: a tick must not cancel the load.
    const id = `slow-refresh-${Math.random()}`;
    const element = await render<BekasiBanner>(
      html`<bekasi-banner refresh="1" src=${`/__test__/smart-city?id=${id}&ms=1500`}></bekasi-banner>`,
    );
    await waitForState(element, 'ready', 6000);
    expect($(element, '[role="heading"]')?.textContent).to.equal('Kota Bekasi');
    const { aborted } = (await (await fetch(`/__test__/hits?id=${id}`)).json()) as { aborted: number };
    expect(aborted, 'requests cut off by a refresh').to.equal(0);
    element.remove();
  });

  it('says the age of the data it keeps again as time passes', async () => {
    const id = `age-${Math.random()}`;
    const element = document.createElement('bekasi-banner');
    element.src = `/__test__/smart-city?id=${id}`;
    element.retries = 0;
    // The notice speaks again every 30 s; here every 50 ms, and the clock runs five minutes ahead.
    const realSetTimeout = window.setTimeout;
    const realNow = Date.now;
    window.setTimeout = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) =>
      realSetTimeout(handler, ms === 30_000 ? 50 : ms, ...rest)) as typeof window.setTimeout;
    document.body.append(element);
    try {
      await waitForState(element, 'ready');
      await fetch(`/__test__/breaknext?target=${id}&count=1`);
      element.reload();
      await waitUntilText(element, '[part="notice"]', 'Data tidak dapat diperbarui');
      Date.now = () => realNow() + 5 * 60_000;
      await waitUntilText(element, '[part="notice"]', '5 menit yang lalu');
      await expect(element).to.be.accessible();
    } finally {
      window.setTimeout = realSetTimeout;
      Date.now = realNow;
      element.remove();
    }
  });

  it('refreshes on its own every `refresh` seconds', async () => {
    const id = `interval-${Math.random()}`;
    const element = await render<BekasiBanner>(
      html`<bekasi-banner refresh="1" src=${`/__test__/smart-city?id=${id}`}></bekasi-banner>`,
    );
    await waitForState(element, 'ready');
    await fetch(`/__test__/bump?target=${id}`);
    await waitUntilText(element, '[role="heading"]', 'Kota Bekasi v2', 5000);
  });
});

async function waitUntilText(
  element: Element,
  selector: string,
  text: string,
  timeout = 5000,
): Promise<void> {
  await waitUntil(
    () => ($(element, selector)?.textContent ?? '').includes(text),
    `expected ${selector} to include "${text}"`,
    { timeout },
  );
}

describe('<bekasi-banner> language of parts', () => {
  it('marks text shown in another language than the page’s with its own lang', async () => {
    const element = await render<BekasiBanner>(
      html`<bekasi-banner
        lang="en"
        .data=${{ schemaVersion: '1.0', city: { name: { id: 'Kota Bekasi' }, tagline: { en: 'Patriot City' } } }}
      ></bekasi-banner>`,
    );
    await waitForState(element, 'ready');
    // Only Indonesian given: shown, and marked as Indonesian.
    expect($(element, '[role="heading"] span')?.getAttribute('lang')).to.equal('id');
    // English given on an English page: no extra mark.
    expect($(element, '[part="tagline"] span')).to.equal(null);
    expect($(element, '[part="tagline"]')?.textContent).to.equal('Patriot City');
    await expect(element).to.be.accessible();
  });

  it('is a landmark only in the hero variant, so several banners never repeat a region name', async () => {
    const wrapper = await render<HTMLElement>(
      html`<div>
        <bekasi-banner .data=${fixture('bekasi')}></bekasi-banner>
        <bekasi-banner variant="strip" .data=${fixture('bekasi')}></bekasi-banner>
        <bekasi-banner variant="compact" .data=${fixture('bekasi')}></bekasi-banner>
      </div>`,
    );
    const banners = [...wrapper.querySelectorAll('bekasi-banner')] as BekasiBanner[];
    for (const banner of banners) await waitForState(banner, 'ready');
    expect(banners.map((banner) => $(banner, '[part="banner"]')?.getAttribute('role'))).to.deep.equal([
      'region',
      null,
      null,
    ]);
    await expect(wrapper).to.be.accessible();
  });

  it('shows when the data was produced, with its time zone', async () => {
    const element = await render<BekasiBanner>(
      html`<bekasi-banner lang="en" .data=${fixture('bekasi')}></bekasi-banner>`,
    );
    await waitForState(element, 'ready');
    const asOf = ($(element, '.as-of')?.textContent ?? '').trim();
    expect(asOf).to.match(/^Data as of .*2026/);
    expect(asOf).to.match(/UTC|GMT|[A-Z]{3}/);
  });
});
