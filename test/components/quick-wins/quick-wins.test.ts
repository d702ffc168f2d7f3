import '../../setup.js';
import { expect, fixture as render, html, waitUntil } from '@open-wc/testing';
import '../../../src/bekasi-quick-wins.js';
import type {
  BekasiQuickWins,
  BekasiQuickWinSelectDetail,
} from '../../../src/components/quick-wins/quick-wins.js';
import type { BekasiLoadDetail } from '../../../src/core/events.js';
import { clearLoaderCache, loadDocument } from '../../../src/data/loader.js';
import { deepCount } from '../../../bench/pages/harness.js';
import { quickWinsStrings } from '../../../src/components/quick-wins/quick-wins.strings.js';
import { id, registerTranslation, type Translation } from '../../../src/i18n/index.js';
import { gaps, GAPS_CODE } from '../../fixtures/translations/gaps.js';
import { ar } from '../../fixtures/translations/ar.js';
import {
  deepFreeze,
  fixture,
  hostileQuickWinsDocument,
  manyQuickWinsDocument,
  SCRIPT_PAYLOAD,
  tooLongNamesDocument,
} from '../../fixtures/index.js';
import {
  $,
  $$,
  accessibleNames,
  brokenWords,
  forcedColourRules,
  nextEvent,
  recordAnnouncements,
  runTogetherWords,
  shownWithIssues,
  shadowText,
  touch,
  waitForState,
} from '../helpers.js';

const TODAY = new Date(2026, 10, 1); // 1 November 2026: izin-sla (due June 2026) is overdue.

interface Options {
  lang?: string;
  theme?: string;
  layout?: string;
  status?: string;
  health?: string;
  dimension?: string;
  agency?: string;
  q?: string;
  sort?: string;
  expanded?: boolean;
  /** Placed in a column this wide (px), as on a page; else straight in the test's page. */
  width?: number;
}

/** Presses "Unduh CSV", keeping the file it makes and the link it clicks instead of downloading. */
function pressDownload(element: BekasiQuickWins): { created: Blob[]; clicked: HTMLAnchorElement[] } {
  const created: Blob[] = [];
  const clicked: HTMLAnchorElement[] = [];
  const createObjectURL = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob: Blob) => {
    created.push(blob);
    return createObjectURL(blob);
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    clicked.push(this);
  };
  try {
    $$<HTMLButtonElement>(element, '.controls button')
      .find((each) => text(each) === 'Unduh CSV')!
      .click();
  } finally {
    URL.createObjectURL = createObjectURL;
    HTMLAnchorElement.prototype.click = click;
  }
  return { created, clicked };
}

async function tracker(data: unknown, options: Options = {}): Promise<BekasiQuickWins> {
  const component = html`<bekasi-quick-wins
    .data=${data}
    .today=${TODAY}
    lang=${options.lang ?? 'id'}
    theme=${options.theme ?? 'light'}
    layout=${options.layout ?? 'cards'}
    status=${options.status ?? ''}
    health=${options.health ?? ''}
    dimension=${options.dimension ?? ''}
    agency=${options.agency ?? ''}
    q=${options.q ?? ''}
    sort=${options.sort ?? 'due'}
    ?expanded=${options.expanded ?? false}
  ></bekasi-quick-wins>`;
  const rendered = await render<HTMLElement>(
    options.width === undefined ? component : html`<div style="width: ${options.width}px">${component}</div>`,
  );
  const element = (rendered.querySelector('bekasi-quick-wins') ?? rendered) as BekasiQuickWins;
  await waitForState(element, 'ready');
  return element;
}

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();
const names = (element: Element) => $$(element, '.name').map((name) => text(name));
/** The control labelled `label` (the label's own text, not its options'). */
const select = (element: Element, label: string) =>
  $$<HTMLLabelElement>(element, 'label')
    .find((each) => text(each.querySelector('span')) === label)
    ?.querySelector('select, input') as HTMLSelectElement | HTMLInputElement;

async function choose(element: BekasiQuickWins, label: string, value: string): Promise<void> {
  const control = select(element, label);
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLInputElement ? 'input' : 'change'));
  await element.updateComplete;
}

describe('<bekasi-quick-wins>', () => {
  describe('cards', () => {
    it('sums up the quick wins in words and a chart with its own text', async () => {
      const element = await tracker(fixture('bekasi'));
      const summary = $(element, '[part="summary"]')!;
      expect(text(summary.querySelector('p'))).to.equal('6 quick win: 3 selesai (50%), 1 terlambat.');
      const chart = summary.querySelector('.chart')!;
      expect(chart.getAttribute('role')).to.equal('img');
      expect(chart.getAttribute('aria-label')).to.equal('Diagram status: 3 Selesai, 3 Berjalan');
      expect([...summary.querySelectorAll('.legend li')].map(text)).to.deep.equal([
        'Selesai: 3',
        'Berjalan: 3',
        'Sesuai rencana: 1',
        'Berisiko: 1',
        'Melenceng: 1',
      ]);
      // Each beside its symbol, drawn in CSS and hidden from screen readers.
      const marks = [...summary.querySelectorAll('.legend li .mark')];
      expect(marks.map((each) => each.classList[1])).to.deep.equal([
        'mark--completed',
        'mark--in_progress',
        'mark--on_track',
        'mark--at_risk',
        'mark--off_track',
      ]);
      expect(marks.every((each) => each.getAttribute('aria-hidden') === 'true')).to.equal(true);
      // The counts by status are heard once, in the chart's text; the health counts in the key.
      const heard = [...summary.querySelectorAll('.legend li:not([aria-hidden="true"])')].map(text);
      expect(heard).to.deep.equal(['Sesuai rencana: 1', 'Berisiko: 1', 'Melenceng: 1']);
      // …under a name that says what they count.
      expect(await accessibleNames(element, 'list')).to.include('Kondisi');
      const ring = getComputedStyle(marks[1]!);
      expect([ring.borderRadius, ring.display]).to.deep.equal(['50%', 'inline-block']);
      await expect(element).to.be.accessible();
    });

    it('names its key only when the key has health counts to read', async () => {
      const document = fixture('bekasi') as { quickWins: { health?: string }[] };
      for (const quickWin of document.quickWins) delete quickWin.health;
      const element = await tracker(document);
      // Every status in the key is the chart's, hidden from screen readers: no "Kondisi, 0 items".
      expect(await accessibleNames(element, 'list')).to.not.include('Kondisi');
      await expect(element).to.be.accessible();
    });

    it('says a KPI falls when its target is below its baseline and the data gives no direction', async () => {
      const document = fixture('bekasi') as { quickWins: { id: string; kpi?: Record<string, unknown> }[] };
      delete document.quickWins.find((quickWin) => quickWin.id === 'izin-sla')!.kpi!['direction'];
      const element = await tracker(document);
      const card = $$(element, '.card').find((each) => text(each)?.includes('Izin selesai'))!;
      expect(text(card.querySelector('.kpi__name'))).to.equal(
        'Rata-rata waktu penyelesaian izin (makin rendah makin baik)',
      );
      expect(text(card.querySelector('.progress'))).to.equal('Kemajuan: 82%');
    });

    it('shows each quick win: dimension, agency, status and health in words, due date, overdue, KPI', async () => {
      const element = await tracker(fixture('bekasi'));
      // Soonest due first.
      expect(names(element)).to.deep.equal([
        '1.000 titik Wi-Fi publik gratis',
        'Kalender acara wisata perkotaan',
        'Antrean puskesmas daring',
        'Izin selesai dalam 3 hari kerja',
        '10.000 UMKM menerima QRIS',
        '30 sensor kualitas udara dan sungai',
      ]);
      const card = $$(element, '.card').find((each) => text(each)?.includes('Izin selesai'))!;
      expect(card.classList.contains('card--overdue')).to.equal(true);
      const meta = [...card.querySelectorAll('.meta')].map(text);
      expect(meta[0]).to.equal('Tata Kelola Pemerintahan Cerdas DPMPTSP');
      expect(meta[1]).to.equal('Berjalan Melenceng');
      // Read with a pause between status and health, not as one phrase.
      // Read with a pause between status and health, not as one phrase ("Berjalan Melenceng").
      expect((await accessibleNames(element, 'StaticText')).join('|')).to.include('Berjalan|, |Melenceng');
      expect([...card.querySelectorAll('.meta .mark')].map((each) => each.classList[1])).to.deep.equal([
        'mark--in_progress',
        'mark--off_track',
      ]);
      expect(meta[2]).to.equal('Tenggat: Juni 2026 ! Terlambat');
      expect(text(card.querySelector('.kpi__name'))).to.equal(
        'Rata-rata waktu penyelesaian izin (makin rendah makin baik)',
      );
      expect(text(card.querySelector('.kpi__values'))).to.equal(
        'Nilai awal 14 Capaian 5 Target 3 hari kerja',
      );
      expect(card.querySelectorAll('.kpi__values .mark--arrow')).to.have.length(2);
      expect(text(card.querySelector('.progress'))).to.equal('Kemajuan: 82%');
      expect(card.querySelector<HTMLElement>('.bar__fill')!.style.getPropertyValue('--_share')).to.match(
        /^81\.81/,
      );
      const spark = card.querySelector('svg.spark')!;
      expect(spark.getAttribute('role')).to.equal('img');
      expect(spark.getAttribute('aria-label')).to.equal(
        'Riwayat Rata-rata waktu penyelesaian izin: dari 14 hari kerja (Juni 2021) menjadi 5 hari kerja (September 2026), 6 pengukuran',
      );
      // Each measurement at its time: June 2021 to December 2022 is half as long again as the
      // year that follows.
      const xs = spark
        .querySelector('polyline')!
        .getAttribute('points')!
        .split(' ')
        .map((point) => Number(point.split(',')[0]));
      expect((xs[1]! - xs[0]!) / (xs[2]! - xs[1]!)).to.be.closeTo(1.5, 0.02);
      await expect(element).to.be.accessible();
    });

    it('shows a quick win without a KPI with its stated progress, and one without either with a gap', async () => {
      const document = fixture('bekasi') as { quickWins: Record<string, unknown>[] };
      document.quickWins.push({
        id: 'bare',
        name: 'Tanpa indikator',
        dimension: 'economy',
        status: 'planned',
      });
      const element = await tracker(document);
      const calendar = $$(element, '.card').find((each) => text(each)?.includes('Kalender acara'))!;
      expect(calendar.querySelector('.kpi__values')).to.equal(null);
      expect(text(calendar.querySelector('.progress'))).to.equal('Kemajuan: 100%');
      const bare = $$(element, '.card').find((each) => text(each)?.includes('Tanpa indikator'))!;
      expect(text(bare.querySelector('.progress'))).to.equal('Kemajuan: —tidak ada data');
      expect(bare.querySelector('.bar__fill')).to.equal(null);
      expect(text(bare.querySelectorAll('.meta')[2])).to.equal('Tenggat: —tidak ada data');
    });

    it('opens a quick win to its details and tells the page; closing it does not', async () => {
      const element = await tracker(fixture('bekasi'));
      const button = $$<HTMLButtonElement>(element, '.name').find((each) => text(each)?.startsWith('1.000'))!;
      const card = button.closest('.card')!;
      const details = card.querySelector<HTMLElement>('[id^="d"]')!;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      // Closed, it names no details it controls: they are not there to go to.
      expect(button.hasAttribute('aria-controls')).to.equal(false);
      expect(details.hidden).to.equal(true);
      const selected = nextEvent<BekasiQuickWinSelectDetail>(element, 'bekasi-quickwin-select');
      button.click();
      const event = await selected;
      expect(event.detail.id).to.equal('wifi-publik');
      expect(event.detail.quickWin.status).to.equal('completed');
      expect(event.bubbles && event.composed).to.equal(true);
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(button.getAttribute('aria-controls')).to.equal(details.id);
      expect(details.hidden).to.equal(false);
      expect(text(details)).to.include('Mulai: 2018');
      expect(text(details)).to.include('Bukti dukung:');
      const link = details.querySelector('a')!;
      expect(link.protocol).to.equal('https:');
      await expect(element).to.be.accessible();

      let fired = 0;
      element.addEventListener('bekasi-quickwin-select', () => (fired += 1));
      button.click();
      await element.updateComplete;
      expect(details.hidden).to.equal(true);
      expect(fired).to.equal(0);
    });

    it('shows every quick win’s details when expanded; a name then only selects', async () => {
      const element = await tracker(fixture('bekasi'), { expanded: true });
      expect($$(element, '.details').every((details) => !details.hidden)).to.equal(true);
      // Nothing can be expanded or collapsed, so no button claims to.
      expect($$(element, '.name').filter((name) => name.hasAttribute('aria-expanded'))).to.have.length(0);
      expect(element.hasAttribute('expanded')).to.equal(true);
      let fired = 0;
      element.addEventListener('bekasi-quickwin-select', () => (fired += 1));
      for (let click = 0; click < 3; click += 1) {
        $$(element, '.name')[0]!.click();
        await element.updateComplete;
      }
      expect(fired).to.equal(3);
      expect($$(element, '.details').every((details) => !details.hidden)).to.equal(true);
      await expect(element).to.be.accessible();
    });

    it('keeps nothing open that a name pressed while expanded, once expanded goes', async () => {
      const element = await tracker(fixture('bekasi'));
      const expandedStates = () => $$(element, '.name').map((name) => name.getAttribute('aria-expanded'));
      // The reader opens the second quick win, then the page expands them all.
      $$(element, '.name')[1]!.click();
      await element.updateComplete;
      element.expanded = true;
      await element.updateComplete;
      let fired = 0;
      element.addEventListener('bekasi-quickwin-select', () => (fired += 1));
      $$(element, '.name')[0]!.click();
      await element.updateComplete;
      expect(fired).to.equal(1);
      element.expanded = false;
      await element.updateComplete;
      // With expanded, a name only selects: the first opened nothing of its own to stay open.
      expect(expandedStates()).to.deep.equal(['false', 'true', 'false', 'false', 'false', 'false']);
      expect($$(element, '.details').map((details) => details.hidden)).to.deep.equal([
        true,
        false,
        true,
        true,
        true,
        true,
      ]);
      await expect(element).to.be.accessible();
    });

    it('speaks English with English numbers and dates', async () => {
      const element = await tracker(fixture('bekasi'), { lang: 'en' });
      expect(text($(element, '[part="summary"] p'))).to.equal('6 quick wins: 3 completed (50%), 1 overdue.');
      expect(names(element)).to.include('10,000 small businesses accepting QRIS');
      expect(shadowText(element)).to.include('Due: June 2026 ! Overdue');
      expect(shadowText(element)).to.include('Baseline 1,200 Actual 8,420 Target 10,000 businesses');
      await expect(element).to.be.accessible();
    });

    it('marks an agency’s full name given only in Indonesian with lang on an English page', async () => {
      const data = fixture('bekasi') as { agencies: { id: string; name: unknown }[] };
      data.agencies.find((agency) => agency.id === 'dinkes')!.name = { id: 'Dinas Kesehatan' };
      const element = await tracker(data, { lang: 'en', expanded: true });
      const card = $$(element, '.card').find((each) => each.textContent?.includes('Dinkes'))!;
      expect([...card.querySelectorAll('.details [lang="id"]')].map(text)).to.deep.equal(['Dinas Kesehatan']);
      expect(text(card.querySelector('.details'))).to.include('Agency: Dinas Kesehatan');
      await expect(element).to.be.accessible();
    });

    it('marks an agency named only in another language with lang on its card and table row', async () => {
      const element = await tracker(
        {
          schemaVersion: '1.0',
          agencies: [{ id: 'dinkes', name: { id: 'Dinas Kesehatan' } }],
          quickWins: [
            { id: 'a', name: { en: 'Queue' }, dimension: 'living', agency: 'dinkes', status: 'planned' },
          ],
        },
        { lang: 'en' },
      );
      const meta = $(element, '.card .meta')!;
      expect(text(meta)).to.equal('Smart Living Dinas Kesehatan');
      expect(text(meta.querySelector('[lang="id"]'))).to.equal('Dinas Kesehatan');
      expect(await runTogetherWords(element)).to.deep.equal([]);
      await expect(element).to.be.accessible();
      element.layout = 'table';
      await element.updateComplete;
      const cell = $$(element, 'tbody td')[1]!;
      expect(text(cell)).to.equal('Dinas Kesehatan');
      expect(text(cell.querySelector('[lang="id"]'))).to.equal('Dinas Kesehatan');
      await expect(element).to.be.accessible();
    });

    it('turns dark, still accessible', async () => {
      const element = await tracker(fixture('bekasi'), { theme: 'dark', expanded: true });
      await expect(element).to.be.accessible();
    });

    it('fits a 320 px column in both layouts', async () => {
      for (const layout of ['cards', 'table']) {
        const element = await tracker(fixture('bekasi'), { layout, width: 320 });
        expect(element.scrollWidth, layout).to.be.at.most(320);
        expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
        // Every control is at least 24 px high.
        for (const control of $$(element, 'button, select, input')) {
          expect(control.getBoundingClientRect().height, control.outerHTML.slice(0, 60)).to.be.at.least(24);
        }
      }
    });
  });

  describe('table', () => {
    it('scrolls sideways under a finger in a 320 px column', async () => {
      const element = await tracker(fixture('bekasi'), { layout: 'table', width: 320 });
      const box = $(element, '.table')!;
      box.scrollIntoView();
      expect(box.scrollWidth).to.be.greaterThan(box.clientWidth);
      const { left, top, width } = box.getBoundingClientRect();
      const y = top + 40;
      // Right to left across most of the table, resting before the finger lifts.
      const frames = Array.from({ length: 12 }, (_, step) => [
        { x: left + width * (0.9 - 0.8 * (Math.min(step, 8) / 8)), y },
      ]);
      await touch(...frames);
      await waitUntil(() => box.scrollLeft > 0, 'the table scrolls sideways');
      await expect(element).to.be.accessible();
    });

    it('shows every column without scrolling sideways in a 960 px content column', async () => {
      const element = await tracker(fixture('bekasi'), { layout: 'table', width: 960 });
      const box = $(element, '.table')!;
      // The KPI column, last, was cut off by 18 px: "(makin rendah makin baik)" half hidden.
      expect(box.scrollWidth).to.be.at.most(box.clientWidth);
      // The names, what a reader scans the table by, were the narrowest column: three words a line
      // at most ("Izin selesai / dalam 3 hari / kerja").
      const fontSize = parseFloat(getComputedStyle($(element, 'table')!).fontSize);
      for (const name of $$(element, 'tbody th')) {
        expect(name.getBoundingClientRect().width / fontSize).to.be.at.least(7.5);
      }
      await expect(element).to.be.accessible();
    });

    it('lays the same quick wins out as a table with row headers', async () => {
      const element = await tracker(fixture('bekasi'), { layout: 'table' });
      expect($(element, '.cards')).to.equal(null);
      expect($$(element, 'thead th').map(text)).to.deep.equal([
        'Nama',
        'Dimensi',
        'Perangkat daerah',
        'Status',
        'Tenggat',
        'Capaian',
        'Kemajuan',
        'Indikator',
      ]);
      const rows = $$(element, 'tbody tr');
      expect(rows).to.have.length(6);
      const izin = rows.find((row) => text(row)?.includes('Izin selesai'))!;
      expect([...izin.children].map(text)).to.deep.equal([
        'Izin selesai dalam 3 hari kerja',
        'Tata Kelola Pemerintahan Cerdas',
        'DPMPTSP',
        'Berjalan Melenceng',
        'Juni 2026 ! Terlambat',
        // The unit and the KPI's direction in the row: a falling KPI's "5 / 3" is not "5 of 3".
        '5 / 3 hari kerja',
        '82%',
        'Rata-rata waktu penyelesaian izin (makin rendah makin baik)',
      ]);
      expect(izin.querySelector('svg.spark')?.getAttribute('aria-label')).to.include(
        '14 hari kerja (Juni 2021)',
      );
      // The table scrolls on its own, by keyboard too, in a box named for what it is: the count is
      // the table's name, said once. The box is a group: the tracker is the page's one landmark.
      expect($(element, '.table')?.getAttribute('tabindex')).to.equal('0');
      expect(await accessibleNames(element, 'region')).to.deep.equal(['Quick Win']);
      expect(await accessibleNames(element, 'group')).to.include('Tabel');
      expect(await accessibleNames(element, 'table')).to.deep.equal(['Menampilkan 6 dari 6 quick win']);
      await expect(element).to.be.accessible();
    });

    it('opens a row into a details row', async () => {
      const element = await tracker(fixture('bekasi'), { layout: 'table' });
      const button = $$<HTMLButtonElement>(element, 'tbody .name')[0]!;
      // A closed row has no details row: its button names none it controls.
      const names = $$(element, 'tbody .name');
      expect(names.filter((name) => name.hasAttribute('aria-controls'))).to.have.length(0);
      button.click();
      await element.updateComplete;
      const details = $(element, 'tr.details td')!;
      expect(details.id).to.equal(button.getAttribute('aria-controls'));
      expect(text(details)).to.include('Nilai awal 0 Capaian 1.000 Target 1.000 titik');
      // The details cell spans every column, not the first one only.
      const table = $(element, 'table')!.getBoundingClientRect();
      expect(details.getBoundingClientRect().width).to.be.closeTo(table.width, 1);
      await expect(element).to.be.accessible();
    });

    it('breaks table cells between words, never inside one', async () => {
      const wrapper = await render<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
      const element = await tracker(fixture('bekasi'), { layout: 'table', expanded: true });
      wrapper.append(element);
      await element.updateComplete;
      expect(brokenWords($(element, 'table')!)).to.deep.equal([]);
    });

    it('switches layout with the view buttons, which reflect', async () => {
      const element = await tracker(fixture('bekasi'));
      const [cards, table] = $$<HTMLButtonElement>(element, '.segmented button');
      expect(cards?.getAttribute('aria-pressed')).to.equal('true');
      table!.click();
      await element.updateComplete;
      expect(element.getAttribute('layout')).to.equal('table');
      expect(table?.getAttribute('aria-pressed')).to.equal('true');
      expect($(element, 'table')).to.not.equal(null);
    });
  });

  describe('forced colours', () => {
    /** The value the last forced-colours rule that sets `property` on `node` gives it. */
    const forced = (rules: CSSStyleRule[], node: Element, property: string): string | undefined =>
      rules
        .filter((rule) => node.matches(rule.selectorText) && rule.style.getPropertyValue(property))
        .at(-1)
        ?.style.getPropertyValue(property)
        .toLowerCase();

    it('tells the summary chart’s parts apart, and pairs each with its mark in the key', async () => {
      // Sixty quick wins: every status is present.
      const element = await tracker(manyQuickWinsDocument(60));
      const rules = forcedColourRules(element);
      const parts = $$(element, '.chart__part');
      expect(parts).to.have.length(5);
      const fills = parts.map((part) => forced(rules, part, 'background'));
      expect(fills).to.deep.equal(['highlight', 'canvastext', 'highlight', 'canvastext', 'highlight']);
      // The key's status marks, in the chart's order, take their part's colour.
      const marks = $$(element, '.legend [aria-hidden] .mark');
      expect(marks).to.have.length(5);
      expect(marks.map((mark) => forced(rules, mark, 'color'))).to.deep.equal(fills);
      // The health marks keep the text colour.
      const healthMarks = $$(element, '.legend li:not([aria-hidden]) .mark');
      expect(healthMarks).to.have.length(3);
      expect(healthMarks.map((mark) => forced(rules, mark, 'color'))).to.deep.equal(
        healthMarks.map(() => 'canvastext'),
      );
      await expect(element).to.be.accessible();
    });
  });

  describe('in a right-to-left language', () => {
    it('runs right to left, and keeps a name in another language in its own order', async () => {
      registerTranslation(ar);
      const element = await tracker(fixture('bekasi'), { lang: 'ar' });
      expect(getComputedStyle($(element, '.root')!).direction).to.equal('rtl');
      expect($(element, '.title')?.textContent?.trim()).to.equal(ar.quickWins!.heading);
      // "30 sensor kualitas udara dan sungai", Indonesian: its number stays in front (left), not
      // thrown to the end of the line by the Arabic around it.
      const name = $$(element, '.name span').find((span) => span.textContent?.startsWith('30 sensor'))!;
      expect(name.getAttribute('lang')).to.equal('id');
      const text = document.createTreeWalker(name, NodeFilter.SHOW_TEXT).nextNode()!;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 2);
      const whole = name.getClientRects()[0]!;
      expect(range.getBoundingClientRect().left).to.be.closeTo(whole.left, 1);
      // The framework names its dimensions in Indonesian and English only: each chip says so.
      expect($$(element, '.chip').map((chip) => chip.getAttribute('lang'))).to.deep.equal(
        $$(element, '.chip').map(() => 'id'),
      );
      await expect(element).to.be.accessible();
    });
  });

  describe('words a screen reader gets', () => {
    // Chromium drops a space that stands alone beside a `${…}`: "Juni 2026Terlambat" in a cell,
    // "Awal0 Capaian1.000" on a card, "puskesmas(makin rendah makin baik)".
    for (const options of [
      { layout: 'cards' },
      { layout: 'table' },
      { expanded: true },
      { layout: 'table', expanded: true },
    ]) {
      it(`keeps words apart as they are shown: ${JSON.stringify(options)}`, async () => {
        for (const lang of ['id', 'en']) {
          const element = await tracker(fixture('bekasi'), { ...options, lang });
          expect(await runTogetherWords(element)).to.deep.equal([]);
          await expect(element).to.be.accessible();
        }
      });
    }
  });

  describe('filters and sort', () => {
    it('marks a filter option with its language when the data names it only in another', async () => {
      // Dimension names in Arabic alone, in an Indonesian tracker: read in an Arabic voice.
      const element = await tracker(tooLongNamesDocument('ar'));
      const options = (tracker: Element, label: string) => [
        ...(select(tracker, label) as HTMLSelectElement).options,
      ];
      const named = options(element, 'Dimensi').slice(1);
      expect(named.length).to.be.above(0);
      expect(named.map((option) => option.lang)).to.deep.equal(named.map(() => 'ar'));
      // Names the data gives in the language shown carry no mark of their own.
      const own = await tracker(fixture('bekasi'));
      const marked = [...options(own, 'Dimensi'), ...options(own, 'Perangkat daerah')];
      expect(marked.filter((option) => option.hasAttribute('lang'))).to.deep.equal([]);
      await expect(element).to.be.accessible();
    });

    it('says a search’s count once the reader pauses, and a same count for other filters again', async () => {
      const element = await tracker(fixture('bekasi'));
      const { said, stop } = recordAnnouncements(element);
      try {
        const search = $<HTMLInputElement>(element, 'input[type="search"]')!;
        for (const typed of ['s', 'se', 'sen', 'sens']) {
          search.value = typed;
          search.dispatchEvent(new Event('input'));
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        await waitUntil(() => said.length > 0, 'the search is announced');
        await new Promise((resolve) => setTimeout(resolve, 700));
        expect(said).to.deep.equal(['Menampilkan 1 dari 6 quick win']);

        // Three completed, then three in progress: the same words, said again for new items.
        search.value = '';
        search.dispatchEvent(new Event('input'));
        await choose(element, 'Status', 'completed');
        await waitUntil(() => said.length === 2, 'the first filter is announced');
        await choose(element, 'Status', 'in_progress');
        await waitUntil(() => said.length === 3, 'the same count is announced again');
        expect(said.slice(1)).to.deep.equal([
          'Menampilkan 3 dari 6 quick win',
          'Menampilkan 3 dari 6 quick win',
        ]);
      } finally {
        stop();
      }
    });

    it('shows a filter the page sets in its control, also after the reader picked another', async () => {
      const element = await tracker(fixture('bekasi'));
      await choose(element, 'Status', 'completed');
      await choose(element, 'Status', 'in_progress');
      // The page presets a filter the reader had chosen before: the control must say so.
      element.setAttribute('status', 'completed');
      await element.updateComplete;
      expect(select(element, 'Status').value).to.equal('completed');
      expect(names(element)).to.have.length(3);
      element.removeAttribute('status');
      await element.updateComplete;
      expect(select(element, 'Status').value).to.equal('');
      await expect(element).to.be.accessible();
    });

    it('shows an agency or dimension filter without quick wins in its control, and clears it there', async () => {
      // The reader picks an agency, then new data has no quick win of it: the filter stays.
      const element = await tracker(fixture('bekasi'));
      await choose(element, 'Perangkat daerah', 'dinkes');
      const data = fixture('bekasi') as { quickWins: { agency?: string; dimension: string }[] };
      data.quickWins = data.quickWins.filter((quickWin) => quickWin.agency !== 'dinkes');
      element.data = data;
      await element.updateComplete;
      expect(element.getAttribute('agency')).to.equal('dinkes');
      expect(text($(element, '.empty'))).to.equal('Tidak ada quick win yang cocok dengan filter ini.');
      expect(select(element, 'Perangkat daerah').value).to.equal('dinkes');
      await expect(element).to.be.accessible();
      // "Semua" is then a change the control reports: the filter goes, and the agency's option.
      await choose(element, 'Perangkat daerah', '');
      expect(element.hasAttribute('agency')).to.equal(false);
      expect(names(element)).to.have.length(5);
      const agencies = () => [...(select(element, 'Perangkat daerah') as HTMLSelectElement).options];
      expect(agencies().map((option) => option.value)).to.not.include('dinkes');

      // A page presets an agency the data lists but gives no quick win.
      element.setAttribute('agency', 'bappeda');
      await element.updateComplete;
      expect(names(element)).to.have.length(0);
      expect(select(element, 'Perangkat daerah').value).to.equal('bappeda');
      expect(text(agencies().find((option) => option.selected))).to.equal(
        'Badan Perencanaan Pembangunan Daerah',
      );
      element.removeAttribute('agency');

      // And a dimension no quick win is in.
      element.setAttribute('dimension', 'living');
      await element.updateComplete;
      expect(names(element)).to.have.length(0);
      expect(select(element, 'Dimensi').value).to.equal('living');
      await expect(element).to.be.accessible();
    });

    it('finds a name whatever the case and accents, however the accent is encoded', async () => {
      const element = await tracker({
        schemaVersion: '1.0',
        quickWins: [
          { id: 'a', name: 'Café Pelayanan Publik', dimension: 'governance', status: 'planned' },
          { id: 'b', name: 'Pojok Cafe\u0301 Ibu dan Anak', dimension: 'living', status: 'planned' },
          { id: 'c', name: 'Taman Kota', dimension: 'environment', status: 'planned' },
        ],
      });
      for (const query of ['cafe', 'café', 'CAFÉ', 'cafe\u0301']) {
        await choose(element, 'Cari', query);
        expect(names(element), query).to.have.length(2);
      }
      await expect(element).to.be.accessible();
    });

    it('filters by each control, reflects it, announces the count once and fires no selection', async () => {
      let selections = 0;
      const count = () => (selections += 1);
      document.addEventListener('bekasi-quickwin-select', count);
      try {
        const element = await tracker(fixture('bekasi'));
        const status = () => $(element, '[role="status"]')?.textContent?.trim();
        expect(status()).to.equal('');

        await choose(element, 'Status', 'completed');
        expect(element.getAttribute('status')).to.equal('completed');
        expect(names(element)).to.have.length(3);
        expect(text($(element, '.count'))).to.equal('Menampilkan 3 dari 6 quick win');
        // Said once the reader pauses (0.6 s), so a search is not read at every keystroke.
        await waitUntil(() => status() === 'Menampilkan 3 dari 6 quick win', 'the count is announced');
        // The summary follows the view.
        expect(text($(element, '[part="summary"] p'))).to.equal(
          '3 quick win: 3 selesai (100%), 0 terlambat.',
        );

        await choose(element, 'Status', '');
        await choose(element, 'Kondisi', 'at_risk');
        expect(element.getAttribute('health')).to.equal('at_risk');
        expect(names(element)).to.deep.equal(['10.000 UMKM menerima QRIS']);

        await choose(element, 'Kondisi', '');
        await choose(element, 'Dimensi', 'living');
        expect(element.getAttribute('dimension')).to.equal('living');
        expect(names(element)).to.deep.equal(['Antrean puskesmas daring']);

        await choose(element, 'Dimensi', '');
        await choose(element, 'Perangkat daerah', 'dpmptsp');
        expect(element.getAttribute('agency')).to.equal('dpmptsp');
        expect(names(element)).to.deep.equal(['Izin selesai dalam 3 hari kerja']);

        await choose(element, 'Perangkat daerah', '');
        await choose(element, 'Cari', 'wi-fi');
        expect(element.getAttribute('q')).to.equal('wi-fi');
        expect(names(element)).to.deep.equal(['1.000 titik Wi-Fi publik gratis']);

        // A re-render that changes no filter announces nothing new.
        // Protected: cleared here to see that a re-render announces nothing new.
        (element as unknown as { announcement: string }).announcement = '';
        $<HTMLButtonElement>(element, '.name')!.click();
        await element.updateComplete;
        expect(status()).to.equal('');
        expect(selections).to.equal(1);
      } finally {
        document.removeEventListener('bekasi-quickwin-select', count);
      }
    });

    it('takes its filters from the page’s attributes, a dimension by alias too', async () => {
      const element = await tracker(fixture('bekasi'), { status: 'in_progress', health: 'on_track' });
      expect(names(element)).to.deep.equal(['30 sensor kualitas udara dan sungai']);
      expect(select(element, 'Status').value).to.equal('in_progress');
      expect(select(element, 'Kondisi').value).to.equal('on_track');
      element.status = undefined;
      element.health = undefined;
      element.dimension = 'government';
      await element.updateComplete;
      expect(names(element)).to.deep.equal(['Izin selesai dalam 3 hari kerja']);
      expect(select(element, 'Dimensi').value).to.equal('governance');
    });

    it('ignores filter values that match nothing known', async () => {
      const element = await tracker(fixture('bekasi'), {
        status: 'done',
        health: 'green',
        dimension: 'nope',
      });
      expect(names(element)).to.have.length(6);
      expect($$(element, '.controls button').map(text)).to.not.include('Hapus filter');
    });

    it('says so when nothing matches, and clears every filter in one go', async () => {
      const element = await tracker(fixture('bekasi'), { q: 'tidak ada yang seperti ini' });
      expect(text($(element, '.tracker [part="empty"]'))).to.equal(
        'Tidak ada quick win yang cocok dengan filter ini.',
      );
      await expect(element).to.be.accessible();
      const clear = $$<HTMLButtonElement>(element, '.controls button').find(
        (each) => text(each) === 'Hapus filter',
      )!;
      clear.focus();
      clear.click();
      await element.updateComplete;
      expect(names(element)).to.have.length(6);
      expect(element.hasAttribute('q')).to.equal(false);
      // The button went with the filters; focus is in the search box, not back on the page.
      await element.updateComplete;
      // As a boolean: a failed comparison of two elements stalls the runner serialising them.
      expect(element.shadowRoot!.activeElement === select(element, 'Cari')).to.equal(true);
      // With nothing matched, the status chart has nothing to say: it is not shown at all.
      element.q = 'tidak ada yang seperti ini';
      await element.updateComplete;
      expect($(element, '.chart')?.hidden).to.equal(true);
      await expect(element).to.be.accessible();
    });

    it('finds and names an agency by its full name, and offers full names to filter by', async () => {
      const element = await tracker(fixture('bekasi'), { q: 'dinas penanaman modal' });
      expect(names(element)).to.deep.equal(['Izin selesai dalam 3 hari kerja']);
      // The card shows the abbreviation; its details give the full name.
      expect(text($(element, '.card .meta'))).to.include('DPMPTSP');
      $(element, '.name')!.click();
      await element.updateComplete;
      expect(text($(element, '.details'))).to.include(
        'Perangkat daerah: Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
      );
      const options = [...(select(element, 'Perangkat daerah') as HTMLSelectElement).options].map(text);
      expect(options).to.include('Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu');
      await expect(element).to.be.accessible();
    });

    it('searches in the shown language', async () => {
      const english = await tracker(fixture('bekasi'), { lang: 'en', q: 'health centre' });
      expect(names(english)).to.deep.equal(['Online health centre queue']);
      const indonesian = await tracker(fixture('bekasi'), { q: 'health centre' });
      expect(names(indonesian)).to.deep.equal([]);
    });

    it('sorts by progress and name, and by the sort control', async () => {
      const element = await tracker(fixture('bekasi'), { sort: '-progress' });
      expect(names(element).slice(0, 2)).to.deep.equal([
        'Kalender acara wisata perkotaan',
        'Antrean puskesmas daring',
      ]);
      const { said, stop } = recordAnnouncements(element);
      try {
        await choose(element, 'Urutkan', 'name');
        expect(element.getAttribute('sort')).to.equal('name');
        expect(names(element)[0]).to.equal('1.000 titik Wi-Fi publik gratis');
        expect(names(element).at(-1)).to.equal('Kalender acara wisata perkotaan');
        // The same quick wins in another order: the count is not said again.
        await new Promise((resolve) => setTimeout(resolve, 700));
        expect(said).to.deep.equal([]);
        // A filter after it still is.
        await choose(element, 'Status', 'completed');
        await waitUntil(() => said.length === 1, 'the filter is announced');
        expect(said).to.deep.equal(['Menampilkan 3 dari 6 quick win']);
      } finally {
        stop();
      }
    });
  });

  describe('counts in English', () => {
    it('says "1 quick win", not "1 quick wins"', async () => {
      const document = fixture('bekasi') as { quickWins: unknown[] };
      document.quickWins = document.quickWins.slice(0, 1);
      const element = await tracker(document, { lang: 'en' });
      expect(text($(element, '[part="summary"] p'))).to.match(/^1 quick win: /);
      expect(text($(element, '.count'))).to.equal('Showing 1 of 1 quick win');
      const two = await tracker(fixture('bekasi'), { lang: 'en', q: 'permits' });
      expect(text($(two, '.count'))).to.equal('Showing 1 of 6 quick wins');
      await expect(element).to.be.accessible();
    });
  });

  describe('search', () => {
    it('finds a quick win by several of its words, in any order', async () => {
      const element = await tracker(fixture('bekasi'), { q: 'hari izin' });
      expect(names(element)).to.deep.equal(['Izin selesai dalam 3 hari kerja']);
      expect(text($(element, '.count'))).to.equal('Menampilkan 1 dari 6 quick win');
      const none = await tracker(fixture('bekasi'), { q: 'izin wifi' });
      expect(names(none)).to.deep.equal([]);
      await expect(element).to.be.accessible();
    });
  });

  describe('arithmetic at the edges', () => {
    const edgeDocument = () => ({
      schemaVersion: '1.0',
      quickWins: [
        {
          id: 'no-actual',
          name: 'Tanpa capaian',
          dimension: 'governance',
          status: 'in_progress',
          kpi: { name: 'Layanan', direction: 'increase', baseline: 0, target: 10 },
        },
        {
          id: 'almost',
          name: 'Hampir selesai',
          dimension: 'economy',
          status: 'in_progress',
          kpi: { name: 'Izin', direction: 'increase', baseline: 0, target: 1000, actual: 996 },
        },
        {
          id: 'uptime',
          name: 'Layanan selalu tersedia',
          dimension: 'living',
          status: 'in_progress',
          kpi: {
            name: 'Ketersediaan',
            // "100 %" here, "100%" in the progress: read apart here, not run together.
            unit: '%',
            direction: 'increase',
            baseline: 100,
            target: 100,
            actual: 100,
          },
        },
      ],
    });

    it('shows a missing actual as a gap, an unfinished 99.6% as 99%, and a kept target as 100%', async () => {
      for (const lang of ['id', 'en']) {
        const element = await tracker(edgeDocument(), { lang, expanded: true, sort: 'name' });
        const all = shadowText(element);
        expect(all, lang).to.not.include('[object Object]');
        const card = (id: string) =>
          text($$(element, '.card, tr').find((each) => each.textContent?.includes(id)));
        expect(card('Tanpa capaian'), lang).to.match(
          lang === 'id' ? /Capaian —\s?tidak ada data Target 10/ : /Actual —\s?no data Target 10/,
        );
        expect(card('Hampir selesai'), lang).to.match(/\b99\s?%/);
        expect(card('Hampir selesai'), lang).to.not.match(/100\s?%/);
        expect(card('Layanan selalu tersedia'), lang).to.match(/100\s?%/);
        expect(await runTogetherWords(element), lang).to.deep.equal([]);
        await expect(element).to.be.accessible();
      }
    });
  });

  describe('KPI values as the data gives them', () => {
    /** A document of one quick win in progress with this KPI. */
    const withKpi = (kpi: Record<string, unknown>) => ({
      schemaVersion: '1.0',
      quickWins: [{ id: 'kpi', name: 'Quick win', dimension: 'governance', status: 'in_progress', kpi }],
    });

    it('shows a value with three or more decimals whole, not rounded to two (0,001 is not 0,00)', async () => {
      const document = withKpi({
        name: 'Konsentrasi PM',
        unit: 'ppm',
        baseline: 0.001,
        actual: 0.0456,
        target: 0.125,
        history: [
          { date: '2024', value: 0.001 },
          { date: '2025', value: 1e-7 },
        ],
      });
      for (const [lang, shown] of [
        ['id', ['0,001', '0,0456', '0,125']],
        ['en', ['0.001', '0.0456', '0.125']],
      ] as const) {
        const element = await tracker(document, { lang });
        const values = text($(element, '.kpi__values')) ?? '';
        for (const value of shown) expect(values, lang).to.include(value);
        expect($(element, '.spark')?.getAttribute('aria-label'), lang).to.include(
          lang === 'id' ? '0,0000001 ppm' : '0.0000001 ppm',
        );
        await expect(element).to.be.accessible();
      }
    });

    it('does not call 7 incidents "100%" against a target of 0 when the KPI gives no direction', async () => {
      const element = await tracker(
        withKpi({ name: 'Insiden kebocoran data', baseline: 0, target: 0, actual: 7 }),
      );
      expect(text($(element, '.progress'))).to.equal('Kemajuan: 0%');
      await expect(element).to.be.accessible();
    });

    it('reports a KPI direction its target contradicts, and measures it from baseline to target', async () => {
      // "decrease" towards a target above the baseline: one of them is a mistake.
      const document = withKpi({
        name: 'Aduan terjawab',
        direction: 'decrease',
        baseline: 40,
        target: 90,
        actual: 65,
      });
      const loaded = nextEvent<BekasiLoadDetail>(window, 'bekasi-load');
      const element = await tracker(document);
      const { detail } = await loaded;
      expect(detail.issues.map((issue) => `${issue.path} ${issue.code} ${issue.outcome}`)).to.deep.equal([
        'quickWins[0].kpi.direction direction field-dropped',
      ]);
      // Before, "—" and no word of why.
      expect(text($(element, '.progress'))).to.equal('Kemajuan: 50%');
      await expect(element).to.be.accessible();
    });
  });

  describe('CSV download', () => {
    it('downloads the current view’s rows as quick-wins.csv', async () => {
      const element = await tracker(fixture('bekasi'), { status: 'completed' });
      const { created, clicked } = pressDownload(element);
      expect(clicked).to.have.length(1);
      expect(clicked[0]?.download).to.equal('quick-wins.csv');
      expect(clicked[0]?.href).to.match(/^blob:/);
      expect(created[0]?.type).to.equal('text/csv;charset=utf-8');
      const bytes = new Uint8Array(await created[0]!.arrayBuffer());
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const lines = (await created[0]!.text()).split('\r\n');
      expect(lines).to.have.length(5);
      expect(lines.slice(1, 4).map((line) => line.split(',')[0])).to.deep.equal([
        'wifi-publik',
        'kalender-event',
        'antrean-puskesmas',
      ]);
    });
  });

  describe('at scale', () => {
    it('keeps 10,000 quick wins under 2,000 shadow-DOM elements, in pages', async () => {
      const element = await tracker(manyQuickWinsDocument(10_000), { expanded: true });
      expect(deepCount(element.shadowRoot!)).to.be.at.most(2000);
      expect($$(element, '.card')).to.have.length(12);
      expect(text($(element, '.count'))).to.equal('Menampilkan 10.000 dari 10.000 quick win');
      expect(text($(element, '.pager span'))).to.equal('1–12 dari 10.000');
      const [previous, next] = $$<HTMLButtonElement>(element, '.pager button');
      expect(previous?.disabled).to.equal(true);
      const first = names(element)[0];
      next!.click();
      await element.updateComplete;
      expect(text($(element, '.pager span'))).to.equal('13–24 dari 10.000');
      expect(names(element)[0]).to.not.equal(first);
      expect($(element, '[role="status"]')?.textContent?.trim()).to.equal('13–24 dari 10.000');
      await expect(element).to.be.accessible();

      element.layout = 'table';
      await element.updateComplete;
      expect(deepCount(element.shadowRoot!)).to.be.at.most(2000);
      // A filter starts again at the first page.
      await choose(element, 'Status', 'cancelled');
      expect(text($(element, '.pager span'))).to.match(/^1–12 dari /);
      expect($$(element, 'tbody .name')).to.have.length(12);
      // So does another order: page 2 of a new sort would be arbitrary.
      $$<HTMLButtonElement>(element, '.pager button')[1]!.click();
      await element.updateComplete;
      expect(text($(element, '.pager span'))).to.match(/^13–24 dari /);
      const { said, stop } = recordAnnouncements(element);
      try {
        await choose(element, 'Urutkan', 'name');
        expect(text($(element, '.pager span'))).to.match(/^1–12 dari /);
        // Back on the first page, said as paging says it; not the count, which is the same.
        await waitUntil(() => said.length > 0, 'the move to the first page is said');
        expect(said).to.deep.equal([text($(element, '.pager span'))]);
      } finally {
        stop();
      }
    });
  });

  describe('pages and new data', () => {
    it('keeps the page within shorter new data, so a page the reader left does not come back', async () => {
      const element = await tracker(manyQuickWinsDocument(40));
      for (let turn = 0; turn < 2; turn += 1) {
        $$<HTMLButtonElement>(element, '.pager button')[1]!.click();
        await element.updateComplete;
      }
      expect(text($(element, '.pager span'))).to.equal('25–36 dari 40');
      // A refresh of the same length keeps the reader's page.
      element.data = manyQuickWinsDocument(40);
      await element.updateComplete;
      expect(text($(element, '.pager span'))).to.equal('25–36 dari 40');
      // Shorter data shows its last page, and that is the page in force from then on.
      element.data = manyQuickWinsDocument(20);
      await element.updateComplete;
      expect(text($(element, '.pager span'))).to.equal('13–20 dari 20');
      element.data = manyQuickWinsDocument(10);
      await element.updateComplete;
      expect($(element, '.pager')).to.equal(null);
      expect($$(element, '.card')).to.have.length(10);
      element.data = manyQuickWinsDocument(40);
      await element.updateComplete;
      expect(text($(element, '.pager span'))).to.equal('1–12 dari 40');
      expect($$<HTMLButtonElement>(element, '.pager button')[0]!.disabled).to.equal(true);
      await expect(element).to.be.accessible();
    });
  });

  describe('page size', () => {
    it('shows page-size quick wins a page, clamped to 1–50, and 12 for anything not a number', async () => {
      const element = await tracker(manyQuickWinsDocument(200));
      const shownFor = async (value: string) => {
        element.setAttribute('page-size', value);
        await element.updateComplete;
        return [$$(element, '.card').length, text($(element, '.pager span'))];
      };
      expect(await shownFor('5')).to.deep.equal([5, '1–5 dari 200']);
      // A page of 10,000 cards would take the DOM far past 2,000 elements.
      expect(await shownFor('100000')).to.deep.equal([50, '1–50 dari 200']);
      expect(await shownFor('0')).to.deep.equal([12, '1–12 dari 200']);
      expect(await shownFor('banyak')).to.deep.equal([12, '1–12 dari 200']);
      expect(await shownFor('-3')).to.deep.equal([1, '1–1 dari 200']);
      expect(deepCount(element.shadowRoot!)).to.be.at.most(2000);
      await expect(element).to.be.accessible();
    });
  });

  describe('bad data', () => {
    it('leaves out malformed quick wins and reports them; the rest renders', async () => {
      const document = fixture('bekasi') as { quickWins: unknown[] };
      document.quickWins.push(
        { id: 'no-status', name: 'Tanpa status', dimension: 'economy' },
        { id: 'bad-due', name: 'Tenggat salah', dimension: 'economy', status: 'planned', due: '2023-13' },
        { id: 'no-dimension', name: 'Dimensi asing', dimension: 'space', status: 'planned' },
        { id: 'izin-sla', name: 'Duplikat', dimension: 'economy', status: 'planned' },
        'not an object',
      );
      const { element, issues } = await shownWithIssues<BekasiQuickWins>('bekasi-quick-wins', (element) => {
        element.data = document;
      });
      try {
        expect(issues.map((issue) => `${issue.path} ${issue.code}`)).to.deep.equal([
          'quickWins[6].status required',
          'quickWins[7].due date',
          'quickWins[10] type',
          'quickWins[9].id duplicate-id',
          'quickWins[8].dimension unknown-dimension',
        ]);
        expect($$(element, '.card')).to.have.length(6);
      } finally {
        element.remove();
      }
    });

    it('shows a quick win listed with 10,000 evidence links without them, and reports why', async () => {
      const document = fixture('bekasi') as { quickWins: { id: string; evidence?: unknown[] }[] };
      const izin = document.quickWins.find((quickWin) => quickWin.id === 'izin-sla')!;
      izin.evidence = Array.from({ length: 10_000 }, (_, index) => ({
        title: `Bukti ${index}`,
        url: `/b${index}`,
      }));
      const { element, issues } = await shownWithIssues<BekasiQuickWins>('bekasi-quick-wins', (element) => {
        element.today = TODAY;
        element.expanded = true;
        element.data = document;
      });
      try {
        const index = document.quickWins.indexOf(izin);
        expect(issues.map((issue) => `${issue.path} ${issue.code} ${issue.outcome}`)).to.deep.equal([
          `quickWins[${index}].evidence too-many field-dropped`,
        ]);
        // Every quick win is drawn; the others keep their evidence.
        expect(names(element)).to.have.length(document.quickWins.length);
        expect($$(element, '.evidence li').length).to.be.within(1, 50 * document.quickWins.length);
        expect(deepCount(element.shadowRoot!)).to.be.below(2000);
        await expect(element).to.be.accessible();
      } finally {
        element.remove();
      }
    });

    it('renders markup as text, runs nothing, and drops unsafe evidence URLs', async () => {
      const element = await tracker(hostileQuickWinsDocument(), { expanded: true });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((window as { __bekasiPwned?: boolean }).__bekasiPwned).to.equal(undefined);
      expect($$(element, 'img, script')).to.have.length(0);
      expect(names(element)).to.include(`Nama ${SCRIPT_PAYLOAD}`);
      const links = $$<HTMLAnchorElement>(element, '.evidence a');
      expect(links.map((link) => link.href)).to.deep.equal(['https://bekasikota.go.id/']);
      expect($$(element, '.evidence li').map(text)).to.deep.equal(['Script', 'Data', 'Tabbed', 'Safe']);
      await expect(element).to.be.accessible();
    });

    it('leaves out a quick win whose KPI is of absurd size, and draws no NaN, in the page or the CSV', async () => {
      const document = fixture('bekasi') as { quickWins: { id: string; kpi?: Record<string, unknown> }[] };
      const izin = document.quickWins.find((quickWin) => quickWin.id === 'izin-sla')!;
      // −1e308 to 1e308 spans Infinity: the share of it was NaN.
      Object.assign(izin.kpi!, { baseline: -1e308, target: 1e308, actual: 1e308, direction: 'increase' });
      const element = await tracker(document, { layout: 'table', expanded: true });
      const shown = element.shadowRoot!.innerHTML;
      expect(shown).not.to.match(/NaN|Infinity/);
      // Left out, as an item with any number it cannot use; the other five are drawn.
      expect(names(element)).to.have.length(5);
      expect(names(element)).not.to.include('Izin selesai dalam 3 hari kerja');
      const { created } = pressDownload(element);
      const csv = await created[0]!.text();
      expect(csv.split('\r\n').filter(Boolean)).to.have.length(6);
      expect(csv).not.to.match(/NaN|Infinity/);
      await expect(element).to.be.accessible();
    });

    it('takes its day as a framework hands it over: text or a number, and survives one it cannot read', async () => {
      const element = await tracker(fixture('bekasi'));
      const overdue = () => $$(element, '.card').filter((card) => text(card)?.includes('Terlambat')).length;
      const before = overdue();
      expect(before).to.be.greaterThan(0);
      // React 19 and Vue set a custom element's property from an attribute's text.
      for (const day of ['2020-01-01', new Date(2020, 0, 1).getTime()]) {
        element.today = day;
        await element.updateComplete;
        expect(overdue(), String(day)).to.equal(0);
      }
      element.today = TODAY.toISOString();
      await element.updateComplete;
      expect(overdue()).to.equal(before);
      element.today = 'kemarin';
      await element.updateComplete;
      expect($$(element, '.card')).to.have.length(6);
      await expect(element).to.be.accessible();
    });

    it('draws a KPI history of 150,000 measurements', async () => {
      const document = fixture('bekasi') as {
        quickWins: { id: string; kpi?: { history?: { date: string; value: number }[] } }[];
      };
      const izin = document.quickWins.find((quickWin) => quickWin.id === 'izin-sla')!;
      // More than V8 passes as arguments to one call: Math.min(...values) threw here.
      izin.kpi!.history = Array.from({ length: 150_000 }, (_, index) => ({
        date: `20${10 + (index % 15)}-0${1 + (index % 9)}`,
        value: index % 97,
      }));
      const element = await tracker(document, { layout: 'table' });
      const spark = [...element.shadowRoot!.querySelectorAll('svg.spark')].find((svg) =>
        svg.getAttribute('aria-label')?.includes('150.000 pengukuran'),
      );
      expect(spark, 'the long history is drawn').to.not.equal(undefined);
      expect(spark!.innerHTML).not.to.include('NaN');
    });

    it('shows an empty state under its heading when the document has no quick wins yet', async () => {
      const element = await tracker({ ...fixture('minimal'), quickWins: [] });
      expect(text($(element, '[part="empty"]'))).to.equal('Belum ada quick win dalam data.');
      // The page's outline keeps the section; no summary, filters or count of nothing.
      const heading = $(element, '[role="heading"]')!;
      expect([text(heading), heading.getAttribute('aria-level')]).to.deep.equal(['Quick Win', '2']);
      expect($(element, '[part="summary"], [part="controls"], .count')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('is an error when the document has no quickWins section', async () => {
      const element = await render<BekasiQuickWins>(
        html`<bekasi-quick-wins .data=${fixture('minimal')}></bekasi-quick-wins>`,
      );
      await waitForState(element, 'error');
      expect(shadowText(element)).to.include('quickWins: tidak ada');
      await expect(element).to.be.accessible();
    });
  });
});

describe('<bekasi-quick-wins> with a page’s translation that has gaps', () => {
  before(() => registerTranslation(gaps));

  it('shows what it gives and takes the words it leaves out from the Indonesian', async () => {
    const element = await tracker(fixture('bekasi'), { lang: GAPS_CODE, layout: 'table' });
    expect($(element, '.root')?.getAttribute('lang')).to.equal(GAPS_CODE);
    expect(text($(element, '.title'))).to.equal('Quick wins');
    const badges = $$(element, '.badge[class*="status--"]').map((badge) => text(badge));
    // One status word given; the others, and the health words (given as a string), Indonesian.
    expect(badges).to.include('Voltooid');
    expect(badges.some((badge) => badge?.endsWith(quickWinsStrings.id.status.in_progress))).to.equal(true);
    const health = $$(element, '.badge[class*="health--"]').map((badge) => text(badge));
    expect(health.some((badge) => badge?.endsWith(quickWinsStrings.id.health.on_track))).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('shows a hostile or huge translation’s strings as text, runs nothing, and still draws', async () => {
    const huge = 'Ringkasan '.repeat(20_000);
    registerTranslation({
      $code: 'xh',
      $name: SCRIPT_PAYLOAD,
      loading: SCRIPT_PAYLOAD,
      quickWins: {
        heading: SCRIPT_PAYLOAD,
        summary: huge,
        shown: '{count} {total} {__proto__} {constructor}',
      },
    } as unknown as Translation);
    const element = await tracker(fixture('bekasi'), { lang: 'xh' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as { __bekasiPwned?: boolean }).__bekasiPwned).to.equal(undefined);
    expect($(element, '.title')?.textContent).to.equal(SCRIPT_PAYLOAD);
    expect($$(element, 'img, script')).to.have.length(0);
    expect($(element, '.summary [role="heading"]')?.textContent).to.equal(huge);
    // Placeholders naming no value, or an object's own machinery, come out empty.
    expect(text($(element, '.count'))).to.equal('6 6');
    // The huge heading wraps within the component, whose width it does not change.
    expect(element.getBoundingClientRect().width).to.be.at.most(document.documentElement.clientWidth);
    await expect(element).to.be.accessible();
  });

  it('explains a failure with its own title and the Indonesian for what it left out', async () => {
    const element = await render<BekasiQuickWins>(
      html`<bekasi-quick-wins
        lang=${GAPS_CODE}
        retries="0"
        src=${`/__test__/status/503?id=${Math.random()}`}
      ></bekasi-quick-wins>`,
    );
    await waitForState(element, 'error');
    expect(text($(element, '.state__title'))).to.equal('De gegevens konden niet worden getoond');
    expect(text($(element, '.state__detail'))).to.match(/^Server menjawab 503/);
    // `retry` was a number: the Indonesian button.
    expect(text($(element, '[part="error"] button'))).to.equal(id.retry);
    await expect(element).to.be.accessible();
  });
});

describe('<bekasi-quick-wins> loading and errors', () => {
  it('reserves its height while loading, accessibly', async () => {
    const element = await render<BekasiQuickWins>(
      html`<bekasi-quick-wins
        src=${`/__test__/slow?ms=2000&id=qw-loading-${Math.random()}`}
      ></bekasi-quick-wins>`,
    );
    await waitForState(element, 'loading');
    expect($(element, '[part="loading"]')!.getBoundingClientRect().height).to.be.greaterThan(300);
    await expect(element).to.be.accessible();
  });

  it('explains a failed load in the page language, accessibly', async () => {
    const element = await render<BekasiQuickWins>(
      html`<bekasi-quick-wins
        lang="en"
        retries="0"
        src=${`/__test__/status/503?id=${Math.random()}`}
      ></bekasi-quick-wins>`,
    );
    await waitForState(element, 'error');
    expect(shadowText(element)).to.include('The server answered 503');
    await expect(element).to.be.accessible();
  });

  it('loads from src', async () => {
    const element = await render<BekasiQuickWins>(
      html`<bekasi-quick-wins src="/public/data/bekasi.json" lang="en"></bekasi-quick-wins>`,
    );
    await waitForState(element, 'ready');
    expect(names(element)).to.include('Online health centre queue');
  });

  it('loads from src a document the page has frozen, accessibly', async () => {
    // The page holds the parsed document too (loadDocument gives it), and a store such as immer
    // freezes what it holds: the tracker reads it without writing to it, not even the same value.
    clearLoaderCache();
    try {
      deepFreeze((await loadDocument('/public/data/bekasi.json')).json);
      const element = await render<BekasiQuickWins>(
        html`<bekasi-quick-wins src="/public/data/bekasi.json" lang="en"></bekasi-quick-wins>`,
      );
      await waitForState(element, 'ready');
      expect(names(element)).to.include('Online health centre queue');
      await expect(element).to.be.accessible();
    } finally {
      clearLoaderCache();
    }
  });
});
