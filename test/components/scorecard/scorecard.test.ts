import '../../setup.js';
import { expect, fixture as render, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/bekasi-banner.js';
import '../../../src/bekasi-scorecard.js';
import { deepCount } from '../../../bench/pages/harness.js';
import type { BekasiBanner } from '../../../src/components/banner/banner.js';
import type {
  BekasiDimensionSelectDetail,
  BekasiScorecard,
} from '../../../src/components/scorecard/scorecard.js';
import type { BekasiErrorDetail, BekasiLoadDetail } from '../../../src/core/events.js';
import { localize } from '../../../src/data/derive.js';
import { DEFAULT_FRAMEWORK } from '../../../src/data/framework.js';
import { registerTranslation } from '../../../src/i18n/index.js';
import { fixture, SCRIPT_PAYLOAD, tooLongNamesDocument } from '../../fixtures/index.js';
import { RADAR, wrapLabel } from '../../../src/components/scorecard/radar.js';
import { ar } from '../../fixtures/translations/ar.js';
import { gaps, GAPS_CODE } from '../../fixtures/translations/gaps.js';
import {
  $,
  $$,
  accessibleNames,
  accessibleStates,
  nextEvent,
  plain,
  runTogetherWords,
  shownWithIssues,
  shadowText,
  touch,
  waitForState,
} from '../helpers.js';

interface Options {
  variant?: string;
  year?: number;
  compare?: string;
  lang?: string;
  theme?: string;
  dimension?: string;
}

async function scorecard(data: unknown, options: Options = {}): Promise<BekasiScorecard> {
  const element = await render<BekasiScorecard>(
    html`<bekasi-scorecard
      .data=${data}
      variant=${options.variant ?? 'radar'}
      .year=${options.year}
      compare=${options.compare ?? ''}
      lang=${options.lang ?? 'id'}
      theme=${options.theme ?? 'light'}
      dimension=${options.dimension ?? ''}
    ></bekasi-scorecard>`,
  );
  await waitForState(element, 'ready');
  return element;
}

/** Presses "Tampilkan tabel data": the table is in the tree only once asked for. */
async function showTable(element: BekasiScorecard): Promise<void> {
  $<HTMLButtonElement>(element, '.table-toggle')!.click();
  await element.updateComplete;
}

/** An element's text, whitespace collapsed. */
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();

/** The text of `root` without the parts inside `left` (whitespace collapsed). */
function textWithout(root: Element, left: string): string {
  let text = '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (!node.parentElement?.closest(left)) text += node.textContent;
  return text.replace(/\s+/g, ' ').trim();
}
/** The text a screen reader gets: the aria-hidden parts left out. */
const spokenText = (root: Element) => textWithout(root, '[aria-hidden="true"]');
/** The text on screen: the words only a screen reader gets left out. */
const visibleText = (root: Element) => textWithout(root, '.visually-hidden');

/** WCAG contrast ratio of two opaque `rgb()` colours. */
function contrast(first: string, second: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = (color.match(/[\d.]+/g) ?? []).map((channel) => {
      const value = Number(channel) / 255;
      return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** A scorecard in a container `width` px wide. */
/** The radar's ring labels, the scale, as one string: "0 1 2 3 4". */
function ringLabels(element: BekasiScorecard): string {
  return $$(element, '.radar__tick')
    .map((tick) => tick.textContent)
    .join(' ');
}

/** The Bekasi scorecard inside a `<div>` with the `lang` or `dir` a page would set around it. */
async function scorecardInside(
  page: Partial<Pick<HTMLElement, 'lang' | 'dir'>>,
): Promise<{ wrapper: HTMLDivElement; element: BekasiScorecard }> {
  const wrapper = await render<HTMLDivElement>(html`<div></div>`);
  Object.assign(wrapper, page);
  const element = document.createElement('bekasi-scorecard');
  element.data = fixture('bekasi');
  wrapper.append(element);
  await waitForState(element, 'ready');
  return { wrapper, element };
}

async function scorecardAt(width: number, options: Options = {}, data = fixture('bekasi')) {
  const wrapper = await render<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const element = await scorecard(data, options);
  wrapper.append(element);
  await element.updateComplete;
  return { element, wrapper };
}

const rowNames = (element: Element) => $$(element, '.row__name').map((name) => name.textContent?.trim());
const axes = (element: Element) => $$<SVGGElement>(element, '.radar__axis');
/** What a screen reader says of each radar axis's state, in order: expanded or pressed. */
const axisStates = async (element: Element) => {
  const names = axes(element).map((axis) => axis.getAttribute('aria-label'));
  const states = await accessibleStates(element, 'button');
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the name only finds the axes
  return states.filter((node) => names.includes(node.name)).map(({ name, ...state }) => state);
};
/** The markers of a series are one path, a closed subpath per point. */
const markers = (element: Element, series: 'current' | 'compare') =>
  $(element, `.radar__series--${series} .radar__point`)?.getAttribute('d')?.match(/M/g)?.length ?? 0;

describe('<bekasi-scorecard>', () => {
  describe('the chosen year', () => {
    it('shows the latest evaluation by default: overall score, change in words, ranks', async () => {
      const element = await scorecard(fixture('bekasi'));
      const overall = $(element, '[part="overall"]')!;
      expect(overall.textContent).to.include('3,60');
      expect(overall.textContent).to.include('/ 4,00');
      expect(overall.textContent).to.include('naik +0,18 dari 2023');
      // The arrow is drawn by CSS (a glyph would cost a system font fallback): an upward triangle.
      const icon = overall.querySelector<HTMLElement>('.change--up .change__icon')!;
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      expect(getComputedStyle(icon).clipPath).to.match(/^polygon\(50% 0(px|%)?, 100% 100%, 0(px|%)? 100%\)$/);
      expect(icon.getBoundingClientRect().width).to.be.greaterThan(0);
      expect(overall.textContent).to.include('Peringkat ke-3 dari 27 · Jawa Barat');
      expect(overall.textContent).to.include('Peringkat ke-7 dari 150');
      expect($(element, '[role="heading"]')?.textContent).to.include('2024');
      await expect(element).to.be.accessible();
    });

    it('sums it up in one sentence: score, change, highest and lowest dimension', async () => {
      const element = await scorecard(fixture('bekasi'));
      expect(plain($(element, '[part="summary"]')?.textContent)).to.equal(
        'Skor keseluruhan 3,60 pada 2024, naik 0,18 dari 2023; tertinggi Tata Kelola Pemerintahan Cerdas 3,80, terendah Pemasaran Daerah 3,45.',
      );
    });

    it('speaks English with English numbers', async () => {
      const element = await scorecard(fixture('bekasi'), { lang: 'en' });
      expect(plain($(element, '[part="summary"]')?.textContent)).to.equal(
        'Overall score 3.60 in 2024, up 0.18 from 2023; highest Smart Governance 3.80, lowest Smart Branding 3.45.',
      );
      expect(shadowText(element)).to.include('Scores by dimension');
      await expect(element).to.be.accessible();
    });

    it('shows an earlier year, with no change when nothing came before it', async () => {
      const element = await scorecard(fixture('bekasi'), { year: 2022 });
      expect($(element, '[role="heading"]')?.textContent).to.include('2022');
      expect($(element, '[part="overall"] .change')).to.equal(null);
      expect($(element, '[part="summary"]')?.textContent).to.match(/^Skor keseluruhan 3,\d\d pada 2022;/);
    });

    it('shows the latest year when the year attribute is empty or not a whole number', async () => {
      for (const year of ['', 'abc', '2023.5', '2023']) {
        const element = await render<BekasiScorecard>(
          html`<bekasi-scorecard .data=${fixture('bekasi')} year=${year} lang="id"></bekasi-scorecard>`,
        );
        await waitForState(element, 'ready');
        expect($(element, '[part="empty"]')?.textContent, JSON.stringify(year)).to.equal(undefined);
        expect($(element, '[role="heading"]')?.textContent, JSON.stringify(year)).to.include(
          year === '2023' ? '2023' : '2024',
        );
        await expect(element).to.be.accessible();
      }
    });

    it('says which years exist when the asked year has no evaluation', async () => {
      const element = await scorecard(fixture('bekasi'), { year: 1999 });
      const empty = $(element, '[part="empty"]')!;
      expect(empty.textContent).to.equal(
        'Tidak ada evaluasi untuk 1999. Tahun yang tersedia: 2022, 2023, 2024.',
      );
      // Under the scorecard's heading, for the page's outline and a reader who lands on it.
      expect($(element, '[role="heading"]')?.textContent?.trim()).to.equal('Skor kota cerdas 1999');
      await expect(element).to.be.accessible();
    });

    it('shows an empty state when the document has no evaluations yet', async () => {
      const document = { ...fixture('minimal'), evaluations: [] };
      const element = await scorecard(document);
      expect($(element, '[part="empty"]')?.textContent).to.equal('Belum ada hasil evaluasi dalam data.');
      expect($(element, '[role="heading"]')?.getAttribute('aria-level')).to.equal('2');
      expect($(element, '[role="heading"]')?.textContent?.trim()).to.equal('Skor kota cerdas');
      await expect(element).to.be.accessible();
    });

    it('reads a missing overall score as no data, not as “no data of 4.00”, in the table too', async () => {
      const document = fixture('bekasi') as {
        evaluations: { year: number; overall: { score?: number }; dimensions: { score?: number }[] }[];
      };
      const [latest, before] = [2024, 2023].map((year) =>
        document.evaluations.find((evaluation) => evaluation.year === year)!,
      );
      delete latest!.overall.score;
      delete before!.overall.score;
      delete before!.dimensions[0]!.score;
      const element = await scorecard(document, { compare: 'previous' });
      const score = $(element, '.overall__score')!;
      expect(spokenText(score)).to.equal('Skor keseluruhan tidak ada data');
      expect(visibleText(score)).to.equal('Skor keseluruhan —');
      await showTable(element);
      const rows = $$(element, 'tbody tr');
      // No 2023 score for the first dimension, so no change either; no overall score in either year.
      for (const [row, gaps] of [
        [rows[0]!, [2, 3]],
        [rows.at(-1)!, [1, 2, 3]],
      ] as const) {
        const cells = [...row.children];
        for (const index of gaps) {
          expect(spokenText(cells[index]!), `cell ${index}`).to.equal('tidak ada data');
          expect(visibleText(cells[index]!), `cell ${index}`).to.equal('—');
        }
      }
      await expect(element).to.be.accessible();
    });

    it('is an error when the document has no evaluations section', async () => {
      const element = await render<BekasiScorecard>(
        html`<bekasi-scorecard .data=${fixture('minimal')}></bekasi-scorecard>`,
      );
      await waitForState(element, 'error');
      expect(shadowText(element)).to.include('evaluations: tidak ada');
      await expect(element).to.be.accessible();
    });
  });

  describe('the page language', () => {
    it('speaks English on a page that writes its language as a PHP locale, lang="en_US"', async () => {
      const { element } = await scorecardInside({ lang: 'en_US' });
      const text = $(element, '[part="overall"]')?.textContent ?? '';
      expect(text).to.include('Overall score');
      expect(text).to.include('3.60');
      expect($(element, '.root')?.getAttribute('lang')).to.equal('en-US');
      await expect(element).to.be.accessible();
    });

    it('shows Indonesian, marked, written and run as Indonesian, on a right-to-left page in a language it has no translation for', async () => {
      const { element } = await scorecardInside({ lang: 'ar', dir: 'rtl' });
      const root = $(element, '.root')!;
      // A screen reader reads it with an Indonesian voice; its numbers are Indonesian, not ٣٫٦٠.
      expect(root.getAttribute('lang')).to.equal('id');
      expect($(element, '[part="overall"]')?.textContent).to.include('Skor keseluruhan').and.include('3,60');
      // Left to right, so a sentence's full stop and a number at its edge stay at its end.
      expect(getComputedStyle(root).direction).to.equal('ltr');
      const [name] = $$(element, '.row__name');
      expect(getComputedStyle(name!, '::before').scale).to.equal('none');
      await expect(element).to.be.accessible();
    });
  });

  it('draws with a page’s translation that has gaps, taking what it leaves out from the Indonesian', async () => {
    registerTranslation(gaps);
    const element = await scorecard(fixture('bekasi'), { lang: GAPS_CODE, compare: 'previous' });
    expect($(element, '.root')?.getAttribute('lang')).to.equal(GAPS_CODE);
    expect($(element, '.overall__label')?.textContent).to.equal('Totaalscore');
    // `up` was an object: the change is said in Indonesian.
    expect($(element, '.overall .change')?.textContent).to.match(/naik \+0,18 dari 2023/);
    expect($(element, '.summary')?.textContent).to.match(/^Skor keseluruhan/);
    await expect(element).to.be.accessible();
  });

  describe('right to left', () => {
    // The sample Arabic translation, registered for this file: the language that makes a
    // component run right to left.
    before(() => registerTranslation(ar));

    it('runs right to left in a right-to-left language, on any page', async () => {
      const { element } = await scorecardInside({ lang: 'ar' });
      const root = $(element, '.root')!;
      expect(root.getAttribute('lang')).to.equal('ar');
      expect(getComputedStyle(root).direction).to.equal('rtl');
      expect($(element, '[part="overall"]')?.textContent).to.include(ar.scorecard!.overall);
      // Each row's score sits at its end: the left.
      const row = $(element, '.row')!.getBoundingClientRect();
      const numbers = $(element, '.row__numbers')!.getBoundingClientRect();
      expect(numbers.left - row.left).to.be.lessThan(row.right - numbers.right);
      await expect(element).to.be.accessible();
    });

    it('points a closed dimension’s triangle along the line, leftwards, in a right-to-left language', async () => {
      const { wrapper, element } = await scorecardInside({ lang: 'ar' });
      const triangle = (name: Element) => getComputedStyle(name, '::before').scale;
      const names = $$(element, '.row__name');
      expect(names.map(triangle)).to.deep.equal(names.map(() => '-1 1'));
      wrapper.lang = 'id';
      await waitUntil(() => $(element, '.root')?.getAttribute('dir') === 'ltr');
      expect(triangle($$(element, '.row__name')[0]!)).to.equal('none');
      await expect(element).to.be.accessible();
    });

    it('keeps the radar’s labels outside its rings in a right-to-left language', async () => {
      const { element } = await scorecardInside({ lang: 'ar' });
      await element.updateComplete;
      // Within the radar's own box: in a right-to-left language the radar itself sits on the right.
      const boxes = () => {
        const radar = $(element, '.radar')!.getBoundingClientRect();
        return $$(element, '.radar__label').map((label) => {
          const box = label.getBoundingClientRect();
          return [Math.round(box.left - radar.left), Math.round(box.right - radar.left)];
        });
      };
      const rightToLeft = boxes();
      // The Arabic names are other words: compare with the same words run left to right.
      $(element, '.root')!.setAttribute('dir', 'ltr');
      // The same places as left to right, where each label sits beside its axis' end.
      expect(rightToLeft).to.deep.equal(boxes());
      await expect(element).to.be.accessible();
    });
  });

  describe('radar labels in lines', () => {
    it('keeps a name with spaces in words, and splits one without spaces between characters', () => {
      // A line split at a space ends with it, so the lines still read as words.
      expect(wrapLabel('Tata Kelola Pemerintahan Cerdas')).to.deep.equal([
        'Tata Kelola ',
        'Pemerintahan Cerdas',
      ]);
      // One word longer than a line stays whole, as before.
      expect(wrapLabel('Pemerintahan Berkelanjutanxxxxxx')).to.deep.equal([
        'Pemerintahan ',
        'Berkelanjutanxxxxxx',
      ]);
      const chinese = '智慧社区与市民参与城市治理的数字化转型';
      const lines = wrapLabel(chinese);
      expect(lines.length).to.be.above(1);
      expect(lines.join('')).to.equal(chinese);
      for (const line of lines) expect(line.length).to.be.at.most(17);
    });

    it('keeps the labels of ten axes apart, the top and bottom ones wrapped as narrow as the rest', async () => {
      const names = [
        'Tata Kelola Pemerintahan Cerdas',
        'Pemasaran Daerah dan Pariwisata',
        'Ekonomi Cerdas dan Industri Kreatif',
        'Kehidupan Cerdas dan Kesehatan',
        'Masyarakat Cerdas dan Pendidikan',
        'Lingkungan Cerdas dan Energi',
        'Transportasi dan Mobilitas Warga',
        'Keamanan dan Ketertiban Umum',
        'Perumahan dan Kawasan Permukiman',
        'Pengelolaan Sampah dan Limbah',
      ];
      const element = await scorecard({
        schemaVersion: '1.0',
        framework: { dimensions: names.map((name, index) => ({ id: `d${index}`, name })) },
        evaluations: [
          { year: 2024, dimensions: names.map((_, index) => ({ dimension: `d${index}`, score: 3 })) },
        ],
      });
      const boxes = $$(element, '.radar__label').map((label) => label.getBoundingClientRect());
      const meet = (a: DOMRect, b: DOMRect) =>
        a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      for (const [index, box] of boxes.entries()) {
        const next = boxes[(index + 1) % boxes.length]!;
        expect(meet(box, next), `${names[index]} / ${names[(index + 1) % names.length]}`).to.equal(false);
      }
      await expect(element).to.be.accessible();
    });

    it('names each axis with the words its label shows, split at a space or between characters', async () => {
      // A space added between characters would make the label's words differ from the axis's name.
      for (const data of [fixture('longNames'), tooLongNamesDocument('zh')]) {
        const element = await scorecard(data);
        for (const axis of axes(element)) {
          const label = axis.querySelector('.radar__label')!.textContent!.replace(/…\u200f$/, '');
          expect(axis.getAttribute('aria-label')).to.include(label);
        }
        await expect(element).to.be.accessible();
      }
    });

    it('cuts a long name without spaces at the room it has, never inside a character', () => {
      const long = tooLongNamesDocument('zh') as { framework: { dimensions: { name: { zh: string } }[] } };
      const name = long.framework.dimensions[0]!.name.zh;
      const lines = wrapLabel(name);
      expect(lines.at(-1)!.endsWith('…\u200f')).to.equal(true);
      // Drawn a full em wide, Chinese characters count twice: half of a Latin label's 52 are kept.
      expect(lines.join('').slice(0, -2)).to.equal(name.slice(0, 26));
      // Characters beyond the first plane are two code units: a line never ends between them.
      const rare = `a${'𠀀'.repeat(40)}`;
      for (const line of [...wrapLabel(rare), ...wrapLabel(rare, true)]) {
        expect(
          /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(line),
          line,
        ).to.equal(false);
      }
    });
  });

  describe('a name cut short', () => {
    before(() => registerTranslation(ar));

    /** Where "…" sits on its line: the side of the line's other characters it is drawn on. */
    async function ellipsisSide(lang: 'ar' | 'id'): Promise<('left' | 'right')[]> {
      const element = await scorecard(tooLongNamesDocument(lang), { lang });
      const sides: ('left' | 'right')[] = [];
      for (const tspan of $$<SVGTSpanElement>(element, '.radar__label tspan')) {
        const node = [...tspan.childNodes].find((child) => child.textContent?.includes('…'));
        if (!node) continue;
        const at = node.textContent!.indexOf('…');
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        const mark = range.getBoundingClientRect();
        const line = tspan.getBoundingClientRect();
        sides.push(mark.left + mark.width / 2 < line.left + line.width / 2 ? 'left' : 'right');
      }
      await expect(element).to.be.accessible();
      return sides;
    }

    it('ends with "…" on the side its language reads towards: left in Arabic, right in Indonesian', async () => {
      expect(await ellipsisSide('ar')).to.deep.equal(Array(6).fill('left'));
      expect(await ellipsisSide('id')).to.deep.equal(Array(6).fill('right'));
    });
  });

  describe('change', () => {
    it('gives a change its sign as well as its words, in both languages', async () => {
      const document = fixture('bekasi') as {
        evaluations: { year: number; dimensions: { score?: number }[] }[];
      };
      const [latest, before] = [2024, 2023].map((year) =>
        document.evaluations.find((evaluation) => evaluation.year === year)!,
      );
      latest!.dimensions[0]!.score = (before!.dimensions[0]!.score ?? 0) - 0.5;
      latest!.dimensions[2]!.score = before!.dimensions[2]!.score;
      const changes = (element: Element) =>
        $$(element, '.row .change').map((change) => change.textContent?.replace(/\s+/g, ' ').trim());
      const indonesian = await scorecard(document);
      expect(changes(indonesian)[0]).to.match(/^turun [−-]0,50 dari 2023$/);
      expect(changes(indonesian)[1]).to.equal('naik +0,20 dari 2023');
      expect(changes(indonesian)[2]).to.equal('tidak berubah dari 2023');
      expect($(indonesian, '[part="overall"] .change')?.textContent?.trim()).to.equal('naik +0,18 dari 2023');
      const english = await scorecard(document, { lang: 'en' });
      expect(changes(english)[0]).to.match(/^down [−-]0\.50 from 2023$/);
      expect(changes(english)[1]).to.equal('up +0.20 from 2023');
      expect(changes(english)[2]).to.equal('unchanged from 2023');
      await showTable(english);
      expect($$(english, 'tbody tr td:last-child').at(-1)?.textContent?.trim()).to.equal(
        'up +0.18 from 2023',
      );
      await expect(english).to.be.accessible();
    });

    it('says the overall change in the summary by its word and size, without a sign to read aloud', async () => {
      const document = fixture('bekasi') as {
        evaluations: { year: number; overall?: { score?: number } }[];
      };
      const latest = document.evaluations.find((evaluation) => evaluation.year === 2024)!;
      latest.overall!.score = 3.3;
      const summary = async (lang: string) =>
        plain($(await scorecard(document, { lang }), '[part="summary"]')?.textContent);
      // The overall block keeps its sign ("turun −0,12"); the sentence says "turun 0,12".
      expect(await summary('id')).to.match(/^Skor keseluruhan 3,30 pada 2024, turun 0,12 dari 2023;/);
      expect(await summary('en')).to.match(/^Overall score 3\.30 in 2024, down 0\.12 from 2023;/);
    });
  });

  describe('new data', () => {
    it('shows a new document and says so in a single update, so a page updating often renders once', async () => {
      const element = await scorecard(fixture('bekasi'));
      const status = () => $(element, '[role="status"]')?.textContent;
      expect(status()).to.equal('');
      const next = fixture('bekasi') as { evaluations: { year: number; dimensions: { score?: number }[] }[] };
      next.evaluations.find((evaluation) => evaluation.year === 2024)!.dimensions[0]!.score = 1.25;
      element.data = next;
      // `updateComplete` is true when the update did not ask for another one.
      expect(await element.updateComplete).to.equal(true);
      expect($$(element, '.row__score')[0]?.textContent?.trim()).to.equal('1,25');
      expect(status()).to.equal('Data telah diperbarui.');
      await expect(element).to.be.accessible();
    });
  });

  describe('names from the data inside its sentences', () => {
    const named = (names: string[], scores: number[]) => ({
      schemaVersion: '1.0',
      framework: { dimensions: names.map((name, index) => ({ id: `d${index}`, name })) },
      evaluations: [
        { year: 2024, dimensions: scores.map((score, index) => ({ dimension: `d${index}`, score })) },
      ],
    });
    /** Where `part` of a text node starts on screen. */
    const leftOf = (node: Node, part: string) => {
      const range = document.createRange();
      const at = node.textContent!.indexOf(part);
      range.setStart(node, at);
      range.setEnd(node, at + part.length);
      return range.getBoundingClientRect().left;
    };
    const textNode = (element: Element, containing: string) =>
      [...element.childNodes].find((node) => node.nodeType === 3 && node.textContent!.includes(containing))!;

    it('keeps the rest of a sentence in order after a name ending in a right-to-left override', async () => {
      const element = await scorecard(named(['Alpha\u202e', 'Beta', 'Gamma'], [3.25, 3.1, 2.5]));
      const summary = textNode($(element, '[part="summary"]')!, 'terendah');
      expect(leftOf(summary, 'terendah')).to.be.greaterThan(leftOf(summary, 'tertinggi'));
      expect(leftOf(summary, '2,50')).to.be.greaterThan(leftOf(summary, 'terendah'));

      $$(element, '.radar__axis')[0]!.focus();
      await element.updateComplete;
      const tip = textNode($(element, '[role="tooltip"]')!, ':');
      // "3,25", not "25,3".
      expect(leftOf(tip, '3,')).to.be.lessThan(leftOf(tip, '25'));
      await expect(element).to.be.accessible();
    });

    it('keeps the sentence in order after a name that closes the isolate and then overrides', async () => {
      // A PDI inside the name would end the isolate early and let the U+202E after it reverse the rest.
      const element = await scorecard(named(['Alpha\u2069\u202e', 'Beta', 'Gamma'], [3.25, 3.1, 2.5]));
      const summary = textNode($(element, '[part="summary"]')!, 'terendah');
      expect(leftOf(summary, 'terendah')).to.be.greaterThan(leftOf(summary, 'tertinggi'));
      expect(leftOf(summary, '2,50')).to.be.greaterThan(leftOf(summary, 'terendah'));
      await expect(element).to.be.accessible();
    });

    it('names no highest or lowest dimension when all score alike', async () => {
      const element = await scorecard(named(['A', 'B', 'C', 'D'], [3, 3, 3, 3]));
      expect(plain($(element, '[part="summary"]')?.textContent)).to.equal('Evaluasi 2024.');
      const two = await scorecard(named(['A', 'B', 'C'], [3, 2, 3]));
      expect(plain($(two, '[part="summary"]')?.textContent)).to.include('tertinggi A 3,00, terendah B 2,00');
    });
  });

  describe('scales and gaps, as published', () => {
    it('shows element and aspect scores with their own decimals on a 0–100 scale (72,5 is not 73)', async () => {
      const data = {
        schemaVersion: '1.0',
        framework: {
          scale: { min: 0, max: 100 },
          dimensions: [
            { id: 'a', name: 'A', elements: [{ id: 'x', name: 'X' }] },
            { id: 'b', name: 'B' },
            { id: 'c', name: 'C' },
          ],
        },
        evaluations: [
          {
            year: 2024,
            overall: { score: 70 },
            aspects: [{ id: 'baseline', score: 66.5 }],
            dimensions: [
              { dimension: 'a', score: 72, elements: [{ element: 'x', score: 72.5 }] },
              { dimension: 'b', score: 60 },
              { dimension: 'c', score: 50 },
            ],
          },
        ],
      };
      const element = await scorecard(data, { dimension: 'a' });
      expect($(element, '.elements dd')?.textContent?.trim()).to.equal('72,5');
      expect($(element, '.aspects strong')?.textContent?.trim()).to.equal('66,5');
      expect($$(element, '.row__score')[0]?.textContent?.trim()).to.equal('72,0');
      await expect(element).to.be.accessible();
    });

    it('refuses a scale of absurd size, says why, and draws no NaN', async () => {
      const element = document.createElement('bekasi-scorecard') as BekasiScorecard;
      element.data = {
        schemaVersion: '1.0',
        framework: {
          // −1e308 to 1e308 spans Infinity: every share of it was NaN, in text, SVG and CSS.
          scale: { min: -1e308, max: 1e308 },
          dimensions: ['A', 'B', 'C'].map((name) => ({ id: name, name })),
        },
        evaluations: [{ year: 2024, dimensions: [{ dimension: 'A', score: 1 }] }],
      };
      element.lang = 'id';
      const settled = Promise.race(
        ['bekasi-load', 'bekasi-error'].map((name) => oneEvent(element, name)),
      ) as Promise<CustomEvent<BekasiLoadDetail | BekasiErrorDetail>>;
      document.body.append(element);
      try {
        const { type, detail } = await settled;
        await element.updateComplete;
        expect(element.shadowRoot!.innerHTML).not.to.match(/NaN|Infinity/);
        // The framework cannot be used, so the scorecard explains, in the page's language.
        expect(type).to.equal('bekasi-error');
        expect('path' in detail && detail.path).to.equal('framework.scale.min');
        expect(plain(element.shadowRoot!.textContent)).to.include(
          'framework.scale.min: tidak dapat dipakai (ditemukan -1e+308).',
        );
        await expect(element).to.be.accessible();
      } finally {
        element.remove();
      }
    });

    it('shows whole scores on a 1–5 scale as whole numbers, not "4,00 / 5,00"', async () => {
      const element = await scorecard({
        schemaVersion: '1.0',
        framework: {
          scale: { min: 1, max: 5 },
          dimensions: ['A', 'B', 'C'].map((name) => ({ id: name, name })),
        },
        evaluations: [
          {
            year: 2024,
            overall: { score: 4 },
            dimensions: [
              { dimension: 'A', score: 4 },
              { dimension: 'B', score: 3 },
              { dimension: 'C', score: 5 },
            ],
          },
        ],
      });
      expect(text($(element, '.overall__value'))).to.equal('4 / 5');
      expect($$(element, '.row__score').map((score) => score.textContent?.trim())).to.deep.equal([
        '4',
        '3',
        '5',
      ]);
    });

    it('says a compared year’s missing score as "tidak ada data" in the row', async () => {
      const data = fixture('bekasi') as {
        evaluations: { year: number; dimensions: { dimension: string }[] }[];
      };
      const previous = data.evaluations.find((evaluation) => evaluation.year === 2023)!;
      previous.dimensions = previous.dimensions.filter((entry) => entry.dimension !== 'branding');
      const element = await scorecard(data, { compare: 'previous' });
      const row = $$(element, '.row__toggle')[1]!;
      expect(spokenText(row)).to.include('2023: tidak ada data');
      expect(textWithout(row.querySelector('.row__compare')!, '.visually-hidden')).to.equal('2023: —');
      await expect(element).to.be.accessible();
    });

    it('names the year of each score in a row, and says when a dimension has no element scores', async () => {
      const element = await scorecard(fixture('bekasi'), { compare: 'previous', dimension: 'branding' });
      const toggle = $$(element, '.row__toggle')[1]!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      // Not "3,45 2023: 3,25", the shown year unsaid and the two numbers run together.
      expect(spokenText(toggle)).to.include('Pemasaran Daerah 2024: 3,45; 2023: 3,25');
      // Not "tidak ada data" just after a score was read.
      expect($(element, '.row--open .row__details')?.textContent?.trim()).to.equal('Tidak ada skor elemen.');
      await expect(element).to.be.accessible();
    });

    it('ties each row to its details, whatever characters the dimension’s id holds', async () => {
      const element = await scorecard({
        schemaVersion: '1.0',
        framework: { dimensions: ['smart gov', 'b', 'c'].map((id) => ({ id, name: id.toUpperCase() })) },
        evaluations: [{ year: 2024, dimensions: [{ dimension: 'smart gov', score: 3 }] }],
      });
      for (const toggle of $$(element, '.row__toggle')) {
        const ids = toggle.getAttribute('aria-controls')!.split(/\s+/);
        expect(ids.map((id) => element.shadowRoot!.getElementById(id)?.className)).to.deep.equal([
          'row__details',
        ]);
      }
    });
  });

  describe('words a screen reader gets', () => {
    it('keeps a radar label’s two lines two words, in every variant, with a dimension open', async () => {
      for (const variant of ['radar', 'bars', 'compact']) {
        const element = await scorecard(fixture('bekasi'), {
          variant,
          compare: 'previous',
          dimension: 'economy',
        });
        // "Tata Kelola" / "Pemerintahan Cerdas" on two lines read as "KelolaPemerintahan" before.
        expect(await runTogetherWords(element)).to.deep.equal([]);
        await expect(element).to.be.accessible();
      }
    });
  });

  describe('comparison', () => {
    it('draws the previous year as a second series, in the legend, rows and table', async () => {
      const element = await scorecard(fixture('bekasi'), { compare: 'previous' });
      expect($$(element, '.radar__series')).to.have.length(2);
      expect(markers(element, 'compare')).to.equal(6);
      // Squares for the comparison year (circles are drawn with arcs).
      expect($(element, '.radar__series--compare .radar__point')?.getAttribute('d')).to.match(/h8v8h-8Z/);
      expect($$(element, '.legend li').map((item) => item.textContent?.trim())).to.deep.equal([
        '2024',
        '2023',
      ]);
      expect($$(element, '.row__compare')[0]?.textContent).to.equal('2023: 3,60');
      await showTable(element);
      expect($$(element, 'thead th').map((th) => th.textContent?.trim())).to.deep.equal([
        'Dimensi',
        '2024',
        '2023',
        'Perubahan',
      ]);
      expect(plain(axes(element)[0]?.getAttribute('aria-label'))).to.equal(
        'Tata Kelola Pemerintahan Cerdas, 2024: 3,80; 2023: 3,60',
      );
      await expect(element).to.be.accessible();
    });

    it('compares with a named year and measures the change against it', async () => {
      const element = await scorecard(fixture('bekasi'), { compare: '2022' });
      expect($$(element, '.legend li').map((item) => item.textContent?.trim())).to.deep.equal([
        '2024',
        '2022',
      ]);
      expect($(element, '[part="overall"]')?.textContent).to.include('dari 2022');
    });

    it('compares with a later year without measuring a change back from it', async () => {
      // 2023 against 2024: the city rose from 2022 into 2023; "turun 0,18 dari 2024" would say
      // it fell, since a year that came after.
      const element = await scorecard(fixture('bekasi'), { year: 2023, compare: '2024' });
      expect($$(element, '.legend li').map((item) => item.textContent?.trim())).to.deep.equal([
        '2023',
        '2024',
      ]);
      const overall = $(element, '[part="overall"]')?.textContent ?? '';
      expect(overall).to.include('naik +0,21 dari 2022');
      expect(shadowText(element)).not.to.include('dari 2024');
      expect($(element, '[part="summary"]')?.textContent).to.include('naik 0,21 dari 2022');
      expect($$(element, '.row__compare')[0]?.textContent).to.match(/^2024: /);
      await expect(element).to.be.accessible();

      // The first evaluation has nothing before it: no change, rather than one from the future.
      const first = await scorecard(fixture('bekasi'), { year: 2022, compare: '2024' });
      expect(shadowText(first)).not.to.match(/dari 2024|naik|turun/);
      expect($$(first, '.radar__series')).to.have.length(2);
    });

    it('draws one series without a comparison, and ignores a nonsense compare value', async () => {
      for (const compare of ['', 'yesterday', '2024']) {
        const element = await scorecard(fixture('bekasi'), { compare });
        expect($$(element, '.radar__series'), compare).to.have.length(1);
      }
    });
  });

  describe('radar', () => {
    it('draws its rings and their scale on a page whose MooTools 1.4 replaced Array.from', async () => {
      // MooTools 1.4, on Joomla 3 pages, ignores Array.from's function: rings and labels went missing.
      const native = Array.from;
      (Array as { from: unknown }).from = function from(item: { length?: number }): unknown[] {
        return Array.isArray(item)
          ? item
          : typeof item?.length === 'number'
            ? Array.prototype.slice.call(item)
            : [item];
      };
      try {
        const element = await scorecard(fixture('bekasi'));
        expect(ringLabels(element)).to.equal('0 1 2 3 4');
        // Five rings, each a closed six-point subpath, before the spokes.
        expect(($(element, '.radar__ring')!.getAttribute('d')!.match(/M/g) ?? []).length).to.equal(5 + 6);
        await expect(element).to.be.accessible();
      } finally {
        Array.from = native;
      }
    });

    it('is a labelled group of one button per dimension, one tab stop', async () => {
      const element = await scorecard(fixture('bekasi'));
      const radar = $(element, 'svg.radar')!;
      expect(radar.getAttribute('role')).to.equal('group');
      expect(radar.getAttribute('aria-label')).to.equal('Diagram radar skor per dimensi, 2024');
      // The markup writes RADAR's size out (a binding costs Lit a part): the two must agree.
      expect(radar.getAttribute('viewBox')).to.equal(`0 0 ${RADAR.width} ${RADAR.height}`);
      const buttons = axes(element);
      expect(buttons).to.have.length(6);
      expect(buttons.map((axis) => axis.getAttribute('tabindex'))).to.deep.equal([
        '0',
        '-1',
        '-1',
        '-1',
        '-1',
        '-1',
      ]);
      expect(plain(buttons[2]?.getAttribute('aria-label'))).to.equal('Ekonomi Cerdas: 3,50');
      // Rings labelled with the scale.
      expect(ringLabels(element)).to.equal('0 1 2 3 4');
      // Filled polygon for the shown year.
      expect($(element, '.radar__series--current .radar__area')?.getAttribute('d')).to.match(/^M.*Z$/);
    });

    it('leaves keys pressed with Ctrl, Alt or Meta to the browser (Alt and ← goes back)', async () => {
      const element = await scorecard(fixture('bekasi'));
      axes(element)[0]!.focus();
      for (const [name, init] of [
        ['ArrowLeft', { altKey: true }],
        ['ArrowRight', { altKey: true }],
        ['End', { ctrlKey: true }],
        ['Enter', { metaKey: true }],
      ] as const) {
        const event = new KeyboardEvent('keydown', {
          key: name,
          bubbles: true,
          composed: true,
          cancelable: true,
          ...init,
        });
        axes(element)[0]!.dispatchEvent(event);
        expect(event.defaultPrevented, `${name} with ${Object.keys(init)[0]}`).to.equal(false);
      }
      await element.updateComplete;
      expect(element.shadowRoot!.activeElement).to.equal(axes(element)[0]);
      expect(axes(element).map((axis) => axis.getAttribute('aria-expanded'))).to.not.include('true');
      await expect(element).to.be.accessible();
    });

    it("says a compact radar's chosen axis is pressed: it has no rows to open", async () => {
      const element = await scorecard(fixture('bekasi'), { variant: 'compact' });
      axes(element)[2]!.dispatchEvent(
        new KeyboardEvent('keydown', { key: ' ', bubbles: true, composed: true }),
      );
      await element.updateComplete;
      expect(element.getAttribute('dimension')).to.equal('economy');
      expect(await axisStates(element)).to.deep.equal(
        [false, false, true, false, false, false].map((pressed) => ({ pressed })),
      );
      // No rows, so no details for an axis to name.
      expect(axes(element).filter((axis) => axis.hasAttribute('aria-controls'))).to.deep.equal([]);
      await expect(element).to.be.accessible();
    });

    it('moves between axes with the arrow keys, shows a tooltip on focus, selects with Enter', async () => {
      const element = await scorecard(fixture('bekasi'), { compare: 'previous' });
      axes(element)[0]!.focus();
      await element.updateComplete;
      expect(plain($(element, '[role="tooltip"]')?.textContent?.trim())).to.equal(
        'Tata Kelola Pemerintahan Cerdas, 2024: 3,80; 2023: 3,60',
      );
      // Shown, but not said a second time after the axis's own name.
      expect($(element, '[role="tooltip"]')!.getClientRects().length).to.equal(1);
      expect(await accessibleNames(element, 'tooltip')).to.deep.equal([]);
      axes(element)[0]!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }),
      );
      await waitUntil(
        () => element.shadowRoot!.activeElement === axes(element)[1],
        'focus should move to axis 2',
      );
      expect(axes(element)[1]?.getAttribute('tabindex')).to.equal('0');
      expect($(element, '[role="tooltip"]')?.textContent).to.include('Pemasaran Daerah');

      axes(element)[1]!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }),
      );
      await waitUntil(
        () => element.shadowRoot!.activeElement === axes(element)[5],
        'End goes to the last axis',
      );

      const selected = oneEvent(element, 'bekasi-dimension-select');
      axes(element)[5]!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }),
      );
      const { detail } = (await selected) as CustomEvent<BekasiDimensionSelectDetail>;
      expect(detail).to.deep.equal({ dimension: 'environment', year: 2024 });
      await element.updateComplete;
      expect(element.getAttribute('dimension')).to.equal('environment');
      // It opened the row below, and says so as the row's button does: expanded, not pressed.
      expect(await axisStates(element)).to.deep.equal([{}, {}, {}, {}, {}, { expanded: true }]);
      // The others are collapsed (the tree leaves out a state that is false), none pressed.
      expect(axes(element).map((axis) => axis.getAttribute('aria-expanded'))).to.deep.equal([
        'false',
        'false',
        'false',
        'false',
        'false',
        'true',
      ]);
      expect($$(element, '.row__toggle')[5]?.getAttribute('aria-expanded')).to.equal('true');
      // Each axis names the details it opens, as its row's button does: the same element.
      const controlled = (control: Element) =>
        element.shadowRoot!.getElementById(control.getAttribute('aria-controls') ?? '');
      expect(controlled(axes(element)[5]!)).to.equal(controlled($$(element, '.row__toggle')[5]!));
      expect(controlled(axes(element)[5]!)?.classList.contains('row__details')).to.equal(true);
      // The tooltip lives in the shadow root, never on document.body.
      expect(document.body.querySelector('[role="tooltip"]')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('hides the tooltip on Escape and keeps focus on the axis', async () => {
      const element = await scorecard(fixture('bekasi'));
      axes(element)[2]!.focus();
      await element.updateComplete;
      expect(plain($(element, '[role="tooltip"]')?.textContent?.trim())).to.equal('Ekonomi Cerdas: 3,50');
      axes(element)[2]!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
      );
      await element.updateComplete;
      expect($(element, '[role="tooltip"]')?.textContent).to.equal(undefined);
      expect(element.shadowRoot!.activeElement === axes(element)[2], 'focus stays on the axis').to.equal(
        true,
      );
      await expect(element).to.be.accessible();
      // The next move shows it again.
      axes(element)[2]!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }),
      );
      await waitUntil(() => $(element, '[role="tooltip"]')?.textContent?.includes('Kehidupan Cerdas'));
    });

    it('hides a hovered axis’s tooltip on Escape, the pointer still over it', async () => {
      const element = await scorecard(fixture('bekasi'));
      axes(element)[1]!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await element.updateComplete;
      expect(plain($(element, '[role="tooltip"]')?.textContent?.trim())).to.equal('Pemasaran Daerah: 3,45');
      // Focus is elsewhere on the page: the key reaches the page, not the radar.
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      await element.updateComplete;
      expect($(element, '[role="tooltip"]')?.textContent).to.equal(undefined);
      await expect(element).to.be.accessible();
    });

    it('marks the focused axis with a solid line of at least 3:1, with or without labels', async () => {
      for (const [width, variant, theme] of [
        [900, 'radar', 'light'],
        [320, 'radar', 'light'],
        [900, 'compact', 'light'],
        [900, 'radar', 'dark'],
      ] as const) {
        const { element, wrapper } = await scorecardAt(width, { variant, theme });
        const state = `${variant} ${width}px ${theme}`;
        axes(element)[1]!.focus();
        await element.updateComplete;
        expect(axes(element)[1]!.matches(':focus-visible'), state).to.equal(true);
        const line = getComputedStyle(axes(element)[1]!.querySelector('.radar__hit')!);
        const background = getComputedStyle($(element, '.root')!).backgroundColor;
        expect(line.stroke, state).to.match(/^rgb\(/);
        expect(line.strokeOpacity, state).to.equal('1');
        expect(parseFloat(line.strokeWidth), state).to.be.at.least(3);
        expect(contrast(line.stroke, background), state).to.be.at.least(3);
        // The other axes carry no mark.
        expect(getComputedStyle(axes(element)[2]!.querySelector('.radar__hit')!).stroke, state).to.not.equal(
          line.stroke,
        );
        await expect(element).to.be.accessible();
        wrapper.remove();
      }
    });

    it('keeps every tooltip beside its point, inside the chart, and off the axis in the small compact radar', async () => {
      for (const [width, variant] of [
        [320, 'radar'],
        [900, 'compact'],
        [200, 'compact'],
      ] as const) {
        const { element, wrapper } = await scorecardAt(width, { variant, compare: 'previous' });
        for (const [index, axis] of axes(element).entries()) {
          const state = `${variant} ${width}px, axis ${index + 1}`;
          axis.focus();
          await element.updateComplete;
          const chart = $(element, '.radar')!.getBoundingClientRect();
          const tip = $(element, '[role="tooltip"]')!.getBoundingClientRect();
          const point = axis.querySelector('.radar__swatch')!.getBoundingClientRect();
          const x = point.left + point.width / 2;
          expect(tip.left, state).to.be.at.least(chart.left - 0.5);
          expect(tip.right, state).to.be.at.most(chart.right + 0.5);
          if (variant === 'compact') {
            // As wide as the small radar: on the axis's side of its point, it hid the axis (and the
            // scores on it) it names. It sits on the outer side, over the text around the chart.
            const centre = chart.top + chart.height / 2;
            const pointY = point.top + point.height / 2;
            if (pointY < centre) expect(tip.bottom, state).to.be.at.most(point.top + 0.5);
            else expect(tip.top, state).to.be.at.least(point.bottom - 0.5);
          } else {
            expect(tip.top, state).to.be.at.least(chart.top - 0.5);
            expect(tip.bottom, state).to.be.at.most(chart.bottom + 0.5);
          }
          // Over its point's x, just above or just below it.
          expect(x, state).to.be.within(tip.left, tip.right);
          expect(
            Math.min(Math.abs(point.top - tip.bottom), Math.abs(tip.top - point.bottom)),
            state,
          ).to.be.at.most(12);
        }
        await expect(element).to.be.accessible();
        wrapper.remove();
      }
    });

    it('places the tooltip just above its axis point, wide and narrow', async () => {
      for (const width of [900, 320]) {
        const wrapper = await render<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
        const element = await scorecard(fixture('bekasi'), { compare: 'previous' });
        wrapper.append(element);
        await element.updateComplete;
        // The bottom axis: the one a tooltip placed in the figure (radar and legend) missed most.
        axes(element)[3]!.focus();
        await element.updateComplete;
        const point = axes(element)[3]!.querySelector('.radar__swatch')!.getBoundingClientRect();
        const tip = $(element, '[role="tooltip"]')!.getBoundingClientRect();
        expect(tip.left + tip.width / 2, `centred at ${width}px`).to.be.closeTo(
          point.left + point.width / 2,
          2,
        );
        expect(tip.bottom, `above the point at ${width}px`).to.be.within(point.top - 12, point.top);
        wrapper.remove();
      }
    });

    it('draws the radar larger when narrow or compact, where its labels give way, and stays within the page', async () => {
      const spread = async (width: number, variant = 'radar') => {
        const wrapper = await render<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
        const element = await scorecard(fixture('bekasi'), { variant });
        wrapper.append(element);
        await element.updateComplete;
        const xs = $$(element, '.radar__swatch').map((swatch) => swatch.getBoundingClientRect().x);
        const chart = $(element, '.radar')!.getBoundingClientRect();
        const labels = $$(element, '.radar__label').filter(
          (label) => label.getBoundingClientRect().width > 0,
        );
        const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
        wrapper.remove();
        return { share: (Math.max(...xs) - Math.min(...xs)) / chart.width, labels: labels.length, overflow };
      };
      const wide = await spread(900);
      const narrow = await spread(320);
      expect(wide.labels).to.equal(6);
      expect(narrow.labels).to.equal(0);
      expect(narrow.share).to.be.closeTo(wide.share * 1.35, 0.02);
      expect(narrow.overflow).to.be.at.most(0);
      // The compact variant never shows the labels: its radar is drawn larger at any width.
      expect((await spread(900, 'compact')).share).to.be.closeTo(wide.share * 1.35, 0.02);
    });

    it('keeps long dimension names inside the component and clear of the rows, cut short past four lines', async () => {
      const problems: string[] = [];
      // Chinese names have no space to break at: they are split between characters.
      for (const [width, data] of [700, 1000, 1200].flatMap((width) => [
        [width, fixture('longNames')] as const,
        [width, tooLongNamesDocument('zh')] as const,
      ])) {
        const wrapper = await render<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
        const element = await scorecard(data);
        wrapper.append(element);
        await element.updateComplete;
        const own = element.getBoundingClientRect();
        const rows = $(element, '.rows')!.getBoundingClientRect();
        for (const label of $$(element, '.radar__label')) {
          const box = label.getBoundingClientRect();
          const name = label.textContent?.trim().slice(0, 24);
          if (box.left < own.left - 0.5 || box.right > own.right + 0.5)
            problems.push(`${width}px: "${name}" past the component's edge`);
          const besideRows = rows.left > own.left + 1;
          if (besideRows && box.right > rows.left && box.bottom > rows.top && box.top < rows.bottom)
            problems.push(`${width}px: "${name}" over the rows`);
          expect(label.querySelectorAll('tspan').length).to.be.at.most(4);
        }
        wrapper.remove();
      }
      expect(problems).to.deep.equal([]);
      // Cut short, a label still begins with the name; its axis is named in full.
      const element = await scorecard(fixture('longNames'));
      const [, second] = axes(element);
      const label = second!.querySelector('.radar__label')!.textContent!.replace(/\s+/g, ' ').trim();
      const name = $$(element, '.row__name')[1]!.textContent!.trim();
      // "…", then the mark that keeps it at the end of a right-to-left name.
      expect(label.endsWith('…\u200f')).to.equal(true);
      expect(name.startsWith(label.slice(0, -2))).to.equal(true);
      expect(second!.getAttribute('aria-label')).to.include(name);
      await expect(element).to.be.accessible();
    });

    it('keeps a long rating in one bordered box on a phone', async () => {
      const wrapper = await render<HTMLDivElement>(html`<div style="width: 360px"></div>`);
      const element = await scorecard(fixture('longNames'));
      wrapper.append(element);
      await element.updateComplete;
      const badge = $(element, '[part="overall"] .badge')!;
      expect(badge.textContent).to.include('Sangat Baik dan Terintegrasi');
      // An inline box wrapped over two lines is two half-bordered pieces.
      expect(badge.getClientRects().length).to.equal(1);
      await expect(element).to.be.accessible();
    });

    it('wraps around with the arrow keys', async () => {
      const element = await scorecard(fixture('bekasi'));
      axes(element)[0]!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, composed: true }),
      );
      await waitUntil(
        () => axes(element)[5]?.getAttribute('tabindex') === '0',
        'ArrowLeft from the first goes to the last',
      );
    });

    it('answers real key presses on the radar without scrolling the page', async () => {
      // Real presses: on an axis (not a button) the browser's own action for Space and the arrows
      // is to scroll the page, unless the radar stops it.
      const wrapper = await render<HTMLDivElement>(
        html`<div>
          <bekasi-scorecard .data=${fixture('bekasi')}></bekasi-scorecard>
          <div style="height: 200vh"></div>
        </div>`,
      );
      const element = wrapper.querySelector('bekasi-scorecard') as BekasiScorecard;
      await waitForState(element, 'ready');
      axes(element)[0]!.scrollIntoView({ block: 'center' });
      // Its scroll event comes in the next frame: let it pass before listening.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const scrolled = window.scrollY;
      // A key's scroll is animated: it shows as a scroll event in the frames after the press.
      let pageScrolled = false;
      const onScroll = () => (pageScrolled = true);
      window.addEventListener('scroll', onScroll);
      try {
        axes(element)[0]!.focus();
        await sendKeys({ press: 'ArrowRight' });
        await waitUntil(() => element.shadowRoot!.activeElement === axes(element)[1], 'ArrowRight moves');
        await sendKeys({ press: 'ArrowDown' });
        await waitUntil(() => element.shadowRoot!.activeElement === axes(element)[2], 'ArrowDown moves');
        await sendKeys({ press: 'Space' });
        await waitUntil(() => element.dimension === 'economy', 'Space selects the axis');
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => element.dimension === undefined, 'Enter closes it again');
        expect(pageScrolled).to.equal(false);
        expect(window.scrollY).to.equal(scrolled);
        await expect(element).to.be.accessible();
      } finally {
        window.removeEventListener('scroll', onScroll);
        window.scrollTo(0, 0);
      }
    });

    it('selects a dimension on click, and clicking again closes it', async () => {
      const element = await scorecard(fixture('bekasi'));
      const selected = nextEvent<BekasiDimensionSelectDetail>(element, 'bekasi-dimension-select');
      axes(element)[3]!
        .querySelector('.radar__hit-end')!
        .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      expect((await selected).detail.dimension).to.equal('living');
      await element.updateComplete;
      expect(element.dimension).to.equal('living');
      axes(element)[3]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await element.updateComplete;
      expect(element.dimension).to.equal(undefined);
    });

    it('selects a dimension tapped on a touch screen, and a second tap closes it', async () => {
      const element = await scorecard(fixture('bekasi'));
      element.scrollIntoView();
      // A quarter of the way out from the centre, and 8 px beside the axis's line: the line is
      // drawn thin, but takes a finger 24 px wide. (Further out, the circle at its end does.)
      const line = axes(element)[3]!.querySelector<SVGPathElement>('.radar__hit')!;
      const toScreen = (share: number) =>
        line.getPointAtLength(line.getTotalLength() * share).matrixTransform(line.getScreenCTM()!);
      const [near, further] = [toScreen(0.25), toScreen(0.3)];
      const length = Math.hypot(further.x - near.x, further.y - near.y);
      const onLine = {
        x: near.x - ((further.y - near.y) / length) * 8,
        y: near.y + ((further.x - near.x) / length) * 8,
      };
      expect(element.shadowRoot!.elementFromPoint(onLine.x, onLine.y)).to.equal(line);
      const selected = nextEvent<BekasiDimensionSelectDetail>(element, 'bekasi-dimension-select');
      await touch([{ x: onLine.x, y: onLine.y }]);
      expect((await selected).detail.dimension).to.equal('living');
      await element.updateComplete;
      expect($(element, '.row--open .row__name')?.textContent?.trim()).to.equal('Kehidupan Cerdas');
      await expect(element).to.be.accessible();
      await touch([{ x: onLine.x, y: onLine.y }]);
      await waitUntil(() => element.dimension === undefined, 'the second tap closes the row');
    });

    it('marks a note, element, aspect and level names and source titles given only in Indonesian on an English page', async () => {
      const document = fixture('bekasi') as {
        framework?: typeof DEFAULT_FRAMEWORK;
        evaluations: {
          year: number;
          dimensions: { dimension: string; note?: unknown }[];
          sources?: { title: unknown }[];
        }[];
      };
      const framework = structuredClone(DEFAULT_FRAMEWORK);
      for (const element of framework.dimensions[0]!.elements ?? []) {
        element.name = { id: localize(element.name, 'id') };
      }
      framework.levels = [
        { min: 0, label: { id: 'Rintisan' } },
        { min: 2, label: { id: 'Berkembang' } },
        { min: 3, label: { id: 'Maju' } },
      ];
      document.framework = framework;
      const latest = document.evaluations.find((evaluation) => evaluation.year === 2024)!;
      Object.assign(latest, { aspects: [{ id: 'baseline', name: { id: 'Kondisi awal' }, score: 3.1 }] });
      latest.dimensions[0]!.note = { id: 'Catatan hanya dalam bahasa Indonesia' };
      latest.sources = [{ title: { id: 'Berita dalam bahasa Indonesia' } }];
      Object.assign(latest, {
        label: { id: 'Evaluasi dalam bahasa Indonesia' },
        evaluator: { id: 'Penilai dalam bahasa Indonesia' },
      });
      const element = await scorecard(document, { lang: 'en', dimension: 'governance' });
      const langOf = (text: string) =>
        $$(element, '[lang]')
          .find((each) => each.textContent?.trim() === text)
          ?.getAttribute('lang');
      expect(langOf('Catatan hanya dalam bahasa Indonesia')).to.equal('id');
      expect(langOf('Pelayanan publik')).to.equal('id');
      expect(langOf('Berita dalam bahasa Indonesia')).to.equal('id');
      expect(langOf('Evaluasi dalam bahasa Indonesia')).to.equal('id');
      expect(langOf('Penilai dalam bahasa Indonesia')).to.equal('id');
      expect(langOf('Kondisi awal')).to.equal('id');
      // The overall level and the open dimension's, each beside an English "Rating:".
      const badges = $$(element, '.badge').filter((badge) => badge.textContent?.startsWith('Rating:'));
      expect(badges).to.have.length(2);
      for (const badge of badges)
        expect(badge.querySelector('[lang="id"]')?.textContent).to.match(/^(Rintisan|Berkembang|Maju)$/);
      await expect(element).to.be.accessible();
    });

    it('shows the points and an outline open at the gap when a dimension has no score', async () => {
      const document = fixture('bekasi') as {
        evaluations: { year: number; dimensions: { dimension: string }[] }[];
      };
      const latest = document.evaluations.find((evaluation) => evaluation.year === 2024)!;
      latest.dimensions = latest.dimensions.filter((entry) => entry.dimension !== 'branding');
      const element = await scorecard(document);
      // Four segments join the five scored neighbours; none runs to or through the gap, and no
      // subpath is closed (nothing is filled as if the gap were a zero).
      const outline = $(element, '.radar__series--current .radar__area')?.getAttribute('d') ?? '';
      expect(outline.match(/M[^M]*/g)?.map((segment) => segment.split('L').length)).to.deep.equal([
        2, 2, 2, 2,
      ]);
      expect(outline).to.not.include('Z');
      expect(markers(element, 'current')).to.equal(5);
      const row = $$(element, '.row')[1]!;
      expect(row.querySelector('.row__score')?.textContent).to.equal('—');
      expect(row.querySelector('.visually-hidden')?.textContent).to.equal('2024: tidak ada data;');
      expect(plain(axes(element)[1]?.getAttribute('aria-label'))).to.equal(
        'Pemasaran Daerah: tidak ada data',
      );
      await expect(element).to.be.accessible();
    });
  });

  describe('rows', () => {
    it('draws the arrows and the disclosure triangle with CSS, never as glyphs to be read out', async () => {
      const document = fixture('bekasi') as {
        evaluations: { year: number; dimensions: { dimension: string; score?: number }[] }[];
      };
      const [latest, before] = [2024, 2023].map((year) =>
        document.evaluations.find((evaluation) => evaluation.year === year)!,
      );
      // Down for the first dimension, unchanged for the second.
      latest!.dimensions[0]!.score = (before!.dimensions[0]!.score ?? 0) - 0.5;
      latest!.dimensions[1]!.score = before!.dimensions[1]!.score;
      const element = await scorecard(document);
      const [down, same] = $$(element, '.row');
      const shape = (row: Element | undefined) =>
        getComputedStyle(row!.querySelector('.change__icon')!).clipPath;
      expect(down!.querySelector('.change--down')?.textContent).to.include('turun');
      expect(shape(down)).to.match(/^polygon\(0(px|%)? 0(px|%)?, 100% 0(px|%)?, 50% 100%\)$/);
      expect(same!.querySelector('.change--same')).to.not.equal(null);
      expect(shape(same)).to.equal('none');
      // The row's triangle points right when closed and down when open; it adds nothing to the name.
      const toggle = down!.querySelector<HTMLButtonElement>('.row__toggle')!;
      const triangle = () => getComputedStyle(toggle.querySelector('.row__name')!, '::before');
      expect(triangle().content).to.equal('""');
      expect(triangle().clipPath).to.match(/^polygon\(0(px|%)? 0(px|%)?, 100% 50%, 0(px|%)? 100%\)$/);
      toggle.click();
      await element.updateComplete;
      expect(triangle().clipPath).to.match(/50% 100%\)$/);
      await expect(element).to.be.accessible();
    });

    it('lists every dimension with its score, bar and change', async () => {
      const element = await scorecard(fixture('bekasi'));
      expect(rowNames(element)).to.deep.equal([
        'Tata Kelola Pemerintahan Cerdas',
        'Pemasaran Daerah',
        'Ekonomi Cerdas',
        'Kehidupan Cerdas',
        'Masyarakat Cerdas',
        'Lingkungan Cerdas',
      ]);
      const first = $$(element, '.row')[0]!;
      expect(first.querySelector('.row__score')?.textContent).to.equal('3,80');
      expect(first.querySelector('.change')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
        'naik +0,20 dari 2023',
      );
      expect(first.querySelector('.change--up .change__icon')).to.not.equal(null);
      // 3.80 on a 0–4 scale fills 95 % of the bar.
      const fill = first.querySelector<HTMLElement>('.bar__fill')!;
      expect(fill.style.getPropertyValue('--_share')).to.equal('95%');
    });

    it('marks a maturity level named only in another language with that language', async () => {
      // An English page, a level the document names only in Indonesian: the sentence is English,
      // the name is read as Indonesian (WCAG 3.1.2).
      const document = fixture('bekasi') as {
        evaluations: { year: number; dimensions: { maturity?: { label?: unknown } }[] }[];
      };
      const latest = document.evaluations.find((evaluation) => evaluation.year === 2024)!;
      latest.dimensions[0]!.maturity!.label = { id: 'Terintegrasi' };
      const element = await scorecard(document, { lang: 'en' });
      const maturity = $$(element, '.row__maturity')[0]!;
      expect(maturity.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
        'Maturity level 4 of 5 (Terintegrasi)',
      );
      expect(maturity.querySelector('[lang="id"]')?.textContent).to.equal('Terintegrasi');
      // In the page's own language, nothing to mark.
      expect($$(element, '.row__maturity')[1]?.querySelector('[lang]')).to.equal(null);
      expect($$(element, '.row__maturity')[1]?.textContent).to.include('(Defined)');
      await expect(element).to.be.accessible();
    });

    it('shows the maturity level in the row; expands it to its elements and note, and tells the page', async () => {
      const element = await scorecard(fixture('bekasi'));
      const toggle = $$<HTMLButtonElement>(element, '.row__toggle')[0]!;
      const details = $(element, '#details-0')!;
      // Issue 3: "one row per dimension: name, score, bar, maturity level where given, change".
      expect(toggle.textContent).to.include('Tingkat kematangan 4 dari 5 (Terintegrasi)');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal('details-0');
      expect(details.hidden).to.equal(true);

      const selected = nextEvent<BekasiDimensionSelectDetail>(element, 'bekasi-dimension-select');
      toggle.click();
      expect((await selected).detail).to.deep.equal({ dimension: 'governance', year: 2024 });
      await element.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(details.hidden).to.equal(false);
      expect([...details.querySelectorAll('dt')].map((dt) => dt.textContent)).to.deep.equal([
        'Pelayanan publik',
        'Tata kelola birokrasi',
        'Kebijakan publik',
      ]);
      expect([...details.querySelectorAll('dd')].map((dd) => dd.textContent?.trim())).to.deep.equal([
        '3,90',
        '3,80',
        '3,70',
      ]);
      expect(details.textContent).to.include('SPBE');
      await expect(element).to.be.accessible();

      toggle.click();
      await element.updateComplete;
      expect(details.hidden).to.equal(true);
    });

    it('opens the dimension the page names, by id or alias, without firing an event', async () => {
      let fired = 0;
      const listener = () => (fired += 1);
      document.addEventListener('bekasi-dimension-select', listener);
      try {
        const element = await scorecard(fixture('bekasi'), { dimension: 'economy' });
        expect($$(element, '.row__toggle')[2]?.getAttribute('aria-expanded')).to.equal('true');
        element.dimension = 'government';
        await element.updateComplete;
        expect($$(element, '.row__toggle')[0]?.getAttribute('aria-expanded')).to.equal('true');
        expect($$(element, '.row__toggle')[2]?.getAttribute('aria-expanded')).to.equal('false');
        expect(fired).to.equal(0);
      } finally {
        document.removeEventListener('bekasi-dimension-select', listener);
      }
    });

    it('has no element list where the data has no element scores', async () => {
      const element = await scorecard(fixture('bekasi'), { dimension: 'branding' });
      expect($(element, '#details-branding dl')).to.equal(null);
    });

    it('takes the page’s colour for a dimension', async () => {
      const element = await scorecard(fixture('bekasi'));
      element.style.setProperty('--bekasi-dimension-economy', 'rgb(1, 2, 3)');
      const row = $$(element, '.row')[2]!;
      expect(getComputedStyle(row).borderInlineStartColor).to.equal('rgb(1, 2, 3)');
    });
  });

  describe('aspects, table and sources', () => {
    it('lists the aspect scores with their weights', async () => {
      const element = await scorecard(fixture('bekasi'));
      const aspects = $$(element, '[part="aspects"] li').map((item) =>
        item.textContent?.replace(/\s+/g, ' ').trim(),
      );
      expect(aspects).to.deep.equal([
        'Baseline 3,80 bobot 10%',
        'Output 3,65 bobot 20%',
        'Outcome 3,55 bobot 30%',
        'Impact 3,52 bobot 30%',
        'Quick Win 3,70 bobot 10%',
      ]);
    });

    it('adds no landmark to the page when its table is shown in a sidebar variant', async () => {
      for (const variant of ['bars', 'compact']) {
        const element = await scorecard(fixture('bekasi'), { variant });
        await showTable(element);
        // These variants sit beside other content and are no landmark; their table is none either.
        expect(await accessibleNames(element, 'region'), variant).to.deep.equal([]);
        expect(await accessibleNames(element, 'group'), variant).to.include('Skor per dimensi, 2024');
        await expect(element).to.be.accessible();
      }
    });

    it('has a data table, in the tree only when shown, behind a button that says whether it is', async () => {
      const element = await scorecard(fixture('bekasi'));
      const toggle = $<HTMLButtonElement>(element, '.table-toggle')!;
      // Hidden, it is not in the tree at all: the rows and the radar's axes already give every
      // score, and a screen reader would otherwise hear each a third time.
      expect($(element, 'table')).to.equal(null);
      expect(toggle.textContent?.trim()).to.equal('Tampilkan tabel data');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      await expect(element).to.be.accessible();

      await showTable(element);
      const table = $(element, 'table')!;
      expect(table.querySelector('caption')?.textContent?.trim()).to.equal('Skor per dimensi, 2024');
      expect([...table.querySelectorAll('tbody th')].map((th) => th.textContent)).to.include(
        'Ekonomi Cerdas',
      );
      expect(toggle.textContent?.trim()).to.equal('Sembunyikan tabel data');
      // Its scrolling box takes focus, so it says what it holds: a group named by the caption. Not
      // a region: the scorecard is the landmark; its table is not one more.
      expect(await accessibleNames(element, 'group')).to.include('Skor per dimensi, 2024');
      expect(await accessibleNames(element, 'region')).to.deep.equal([
        'Evaluasi Gerakan Menuju Smart City 2024',
      ]);
      expect(await accessibleStates(element, 'button')).to.deep.include({
        name: 'Sembunyikan tabel data',
        expanded: true,
      });
      await expect(element).to.be.accessible();

      await showTable(element);
      expect($(element, 'table')).to.equal(null);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    });

    for (const lang of ['id', 'en']) {
      it(`keeps each number and heading of its shown table whole on a 320 px screen, scrolling it in its own focusable box (${lang})`, async () => {
        const { element } = await scorecardAt(304, { lang, compare: 'previous' });
        await showTable(element);
        const box = $<HTMLElement>(element, '.table')!;
        // One line each: "3,80" is never drawn as "3," over "80", nor "2024" as "20" over "24".
        const lineCount = (cell: Element) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
        };
        const broken = $$(element, 'table .number, thead th').filter((cell) => lineCount(cell) > 1);
        expect(broken.map((cell) => cell.textContent?.trim())).to.deep.equal([]);
        // Wider than the component, the table scrolls inside its box, not the page, and the box
        // can be scrolled from the keyboard.
        expect(box.getBoundingClientRect().right).to.be.at.most(element.getBoundingClientRect().right);
        expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
        expect(box.tabIndex).to.equal(0);
        await expect(element).to.be.accessible();
      });
    }

    it('never widens the page, its table hidden or shown, even at the right edge of a narrow column', async () => {
      const column = await render<HTMLDivElement>(
        html`<div style="margin-left: 600px; width: 180px">
          <bekasi-scorecard
            variant="compact"
            compare="previous"
            .data=${fixture('bekasi')}
          ></bekasi-scorecard>
        </div>`,
      );
      const element = column.querySelector('bekasi-scorecard')!;
      await waitForState(element, 'ready');
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
      await showTable(element);
      expect($(element, 'table')).not.to.equal(null);
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    });

    it('links its sources with their dates, and only safe URLs', async () => {
      const element = await scorecard(fixture('bekasi'));
      const links = $$<HTMLAnchorElement>(element, '[part="sources"] a');
      expect(links.length).to.be.greaterThan(0);
      for (const link of links) expect(link.protocol).to.match(/^https?:$/);
      expect($(element, '[part="sources"]')?.textContent).to.include('30 Januari 2025');
    });
  });

  describe('variants and frameworks', () => {
    for (const variant of ['radar', 'bars', 'compact'] as const) {
      it(`renders the ${variant} variant accessibly`, async () => {
        const element = await scorecard(fixture('bekasi'), { variant, compare: 'previous' });
        expect(Boolean($(element, 'svg.radar'))).to.equal(variant !== 'bars');
        expect(Boolean($(element, '[part="dimensions"]'))).to.equal(variant !== 'compact');
        await showTable(element);
        expect($$(element, 'tbody tr'), variant).to.have.length(7);
        await expect(element).to.be.accessible();
      });
    }

    it('draws a framework of its own: Cohen’s wheel on 0–100 with one decimal and levels', async () => {
      const element = await scorecard(fixture('cohen'), { lang: 'en', compare: 'previous' });
      expect(rowNames(element)).to.include('Smart Mobility');
      expect(ringLabels(element)).to.equal('0 25 50 75 100');
      const overall = $(element, '[part="overall"]')!.textContent!;
      expect(overall).to.include('63.7');
      expect(overall).to.include('/ 100');
      expect(overall).to.not.include('100.0');
      expect(overall).to.include('Rating: Developing');
      expect(overall).to.include('up +5.3 from 2024');
      expect(overall).to.include('Rank 2 of 12 · Sample Province');
      await expect(element).to.be.accessible();
    });

    it('shows a score as the banner does, and the scale’s maximum without decimals on 0–100', async () => {
      const document = fixture('cohen') as { evaluations: { dimensions: { score?: number }[] }[] };
      // One score with two places: every score then has two, "/ 100" none.
      document.evaluations[0]!.dimensions[0]!.score = 61.25;
      const element = await scorecard(document, { lang: 'en' });
      const overall = $(element, '[part="overall"]')!.textContent!.replace(/\s+/g, ' ');
      expect(overall).to.include('63.70 / 100');
      expect(overall).to.not.include('100.00');
      const banner = await render<BekasiBanner>(
        html`<bekasi-banner lang="en" show-score .data=${document}></bekasi-banner>`,
      );
      await waitForState(banner, 'ready');
      expect($(banner, '[part="score"]')!.textContent!.replace(/\s+/g, ' ')).to.include('63.70 / 100');
    });

    for (const [name, count] of [
      ['threeDimensions', 3],
      ['twelveDimensions', 12],
    ] as const) {
      it(`draws ${count} dimensions`, async () => {
        const element = await scorecard(fixture(name), { compare: 'previous' });
        expect(axes(element)).to.have.length(count);
        expect($$(element, '.row')).to.have.length(count);
        await expect(element).to.be.accessible();
      });
    }

    it('shows a framework of fewer than three dimensions as rows: two axes make no radar', async () => {
      const document = fixture('threeDimensions') as {
        framework: { dimensions: { id: string }[] };
        evaluations: { dimensions: { dimension: string }[] }[];
      };
      document.framework.dimensions = document.framework.dimensions.filter((each) => each.id !== 'planet');
      for (const evaluation of document.evaluations)
        evaluation.dimensions = evaluation.dimensions.filter((each) => each.dimension !== 'planet');
      for (const variant of ['radar', 'compact'] as const) {
        const element = await scorecard(document, { variant, compare: 'previous' });
        expect(Boolean($(element, 'svg.radar')), variant).to.equal(false);
        expect(rowNames(element), variant).to.deep.equal(['Layanan', 'Warga']);
        await showTable(element);
        expect($$(element, 'tbody tr'), variant).to.have.length(3);
        await expect(element).to.be.accessible();
      }
    });

    it('shows a framework of more than twelve dimensions as rows: the axes would crowd', async () => {
      const document = fixture('twelveDimensions') as {
        framework: { dimensions: { id: string; name: unknown }[] };
        evaluations: { dimensions: { dimension: string; score: number }[] }[];
      };
      for (const id of ['m', 'n']) {
        document.framework.dimensions.push({ id, name: { id: `Dimensi ${id}`, en: `Dimension ${id}` } });
        for (const evaluation of document.evaluations)
          evaluation.dimensions.push({ dimension: id, score: 2 });
      }
      const element = await scorecard(document, { compare: 'previous' });
      expect(Boolean($(element, 'svg.radar'))).to.equal(false);
      expect(rowNames(element)).to.have.length(14);
      await expect(element).to.be.accessible();
      // Twelve still make a radar.
      const twelve = await scorecard(fixture('twelveDimensions'), { compare: 'previous' });
      expect($$(twelve, '.radar__axis')).to.have.length(12);
    });

    it('turns dark, still accessible', async () => {
      const element = await scorecard(fixture('bekasi'), {
        theme: 'dark',
        compare: 'previous',
        dimension: 'governance',
      });
      await expect(element).to.be.accessible();
    });

    it('fits a 320 px column', async () => {
      const wrapper = await render<HTMLDivElement>(
        html`<div style="width: 320px">
          <bekasi-scorecard .data=${fixture('bekasi')} compare="previous"></bekasi-scorecard>
        </div>`,
      );
      const element = wrapper.querySelector('bekasi-scorecard') as BekasiScorecard;
      await waitForState(element, 'ready');
      expect(element.scrollWidth).to.be.at.most(320);
      // Below the breakpoint the radar sits above the rows.
      const radar = $(element, '.chart')!.getBoundingClientRect();
      const rows = $(element, '[part="dimensions"]')!.getBoundingClientRect();
      expect(radar.bottom).to.be.at.most(rows.top + 1);
    });

    it('numbers the radar’s axes and the rows alike where the axis labels give way', async () => {
      const shown = (each: Element) => getComputedStyle(each).display !== 'none';
      const numbered = (element: Element) => ({
        axes: $$(element, '.radar__numbers')
          .filter(shown)
          .flatMap((group) => [...group.querySelectorAll('text')].map((number) => number.textContent)),
        rows: $$(element, '.row__toggle').map((toggle) => getComputedStyle(toggle, '::before').content),
      });
      const { element: narrow } = await scorecardAt(320, { compare: 'previous' });
      const { axes, rows } = numbered(narrow);
      expect(axes).to.deep.equal(['1', '2', '3', '4', '5', '6']);
      // A counter, hidden from screen readers (which have the names): "1" … "6" beside the names.
      expect(rows.every((content) => content.startsWith('counter(dimension)'))).to.equal(true);
      // Every number is drawn inside the radar's box, none cut off at its edge.
      const box = $(narrow, 'svg.radar')!.getBoundingClientRect();
      for (const number of $$(narrow, '.radar__numbers text')) {
        const rect = number.getBoundingClientRect();
        expect(rect.top >= box.top && rect.bottom <= box.bottom, number.textContent!).to.equal(true);
      }
      await expect(narrow).to.be.accessible();
      // Wide, the labels name the axes: no numbers.
      const { element: wide } = await scorecardAt(900, { compare: 'previous' });
      expect(numbered(wide)).to.deep.equal({ axes: [], rows: Array(6).fill('none') });
    });
  });

  describe('bad data', () => {
    it('reports the dropped items of its own sections and shows a gap for the dropped score', async () => {
      const { element, issues } = await shownWithIssues<BekasiScorecard>('bekasi-scorecard', (element) => {
        element.data = fixture('partial');
      });
      try {
        expect(issues.map((issue) => `${issue.path} ${issue.code}`)).to.deep.equal([
          'evaluations[0].dimensions[1].score score-range',
        ]);
        expect($$(element, '.row__score')[1]?.textContent).to.equal('—');
      } finally {
        element.remove();
      }
    });

    it('shows an evaluation listed with 10,000 sources and 10,000 ranks without them, and reports why', async () => {
      const data = fixture('bekasi') as {
        evaluations: { year: number; sources?: unknown[]; overall?: { rank?: unknown[] } }[];
      };
      const latest = data.evaluations.reduce((a, b) => (b.year > a.year ? b : a));
      const index = data.evaluations.indexOf(latest);
      latest.sources = Array.from({ length: 10_000 }, (_, at) => ({ title: `Sumber ${at}`, url: `/s${at}` }));
      latest.overall!.rank = Array.from({ length: 10_000 }, (_, at) => ({
        scope: `Wilayah ${at}`,
        position: 1,
      }));
      const { element, issues } = await shownWithIssues<BekasiScorecard>('bekasi-scorecard', (element) => {
        element.data = data;
      });
      try {
        expect(issues.map((issue) => `${issue.path} ${issue.code} ${issue.outcome}`)).to.have.members([
          `evaluations[${index}].sources too-many field-dropped`,
          `evaluations[${index}].overall.rank too-many field-dropped`,
        ]);
        expect($(element, '[role="heading"]')?.textContent).to.include(String(latest.year));
        expect($(element, '[part="sources"]')).to.equal(null);
        expect(deepCount(element.shadowRoot!)).to.be.below(2000);
        await expect(element).to.be.accessible();
      } finally {
        element.remove();
      }
    });

    it('renders markup in dimension names as text and runs nothing', async () => {
      const document_ = {
        schemaVersion: '1.0',
        framework: {
          dimensions: [
            { id: 'a', name: SCRIPT_PAYLOAD },
            { id: 'b', name: 'B' },
            { id: 'c', name: 'C' },
          ],
        },
        evaluations: [{ year: 2024, overall: { score: 3 }, dimensions: [{ dimension: 'a', score: 2 }] }],
      };
      const element = await scorecard(document_);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((window as { __bekasiPwned?: boolean }).__bekasiPwned).to.equal(undefined);
      expect(rowNames(element)[0]).to.equal(SCRIPT_PAYLOAD);
      expect($$(element, 'img, script')).to.have.length(0);
    });

    it('shows no legend entry for a year without any dimension score', async () => {
      const element = await scorecard(
        {
          schemaVersion: '1.0',
          evaluations: [
            { year: 2023, overall: { score: 3 }, dimensions: [{ dimension: 'economy', score: 3 }] },
            { year: 2024, overall: { score: 3.2 } },
          ],
        },
        { compare: 'previous' },
      );
      expect($$(element, '.legend li').map((item) => item.textContent?.trim())).to.deep.equal(['2023']);
      expect(markers(element, 'current')).to.equal(0);
      await expect(element).to.be.accessible();
    });

    it('does not throw on a document with many evaluations and huge numbers of years', async () => {
      const evaluations = Array.from({ length: 200 }, (_, index) => ({
        year: 1900 + index,
        overall: { score: (index % 40) / 10 },
      }));
      const element = await scorecard({ schemaVersion: '1.0', evaluations });
      expect($(element, '[role="heading"]')?.textContent).to.include('2099');
    });
  });
});

describe('<bekasi-scorecard> loading and errors', () => {
  it('reserves its height while loading, accessibly', async () => {
    const element = await render<BekasiScorecard>(
      html`<bekasi-scorecard
        src=${`/__test__/slow?ms=2000&id=sc-loading-${Math.random()}`}
      ></bekasi-scorecard>`,
    );
    await waitForState(element, 'loading');
    expect($(element, '[part="loading"]')!.getBoundingClientRect().height).to.be.greaterThan(300);
    await expect(element).to.be.accessible();
  });

  it('explains a failed load in the page language, accessibly', async () => {
    const element = await render<BekasiScorecard>(
      html`<bekasi-scorecard
        lang="en"
        retries="0"
        src=${`/__test__/status/503?id=${Math.random()}`}
      ></bekasi-scorecard>`,
    );
    await waitForState(element, 'error');
    expect(shadowText(element)).to.include('The server answered 503');
    await expect(element).to.be.accessible();
  });

  it('loads from src and follows the document’s framework', async () => {
    const element = await render<BekasiScorecard>(
      html`<bekasi-scorecard src="/test/fixtures/documents/cohen.json" lang="en"></bekasi-scorecard>`,
    );
    await waitForState(element, 'ready');
    expect(rowNames(element)).to.include('Smart People');
  });
});
