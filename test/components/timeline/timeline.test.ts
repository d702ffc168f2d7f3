import '../../setup.js';
import { expect, fixture as render, html, waitUntil } from '@open-wc/testing';
import {
  a11ySnapshot,
  emulateMedia,
  findAccessibilityNode,
  resetMouse,
  sendKeys,
  sendMouse,
} from '@web/test-runner-commands';
import '../../../src/bekasi-timeline.js';
import type {
  BekasiProgrammeSelectDetail,
  BekasiTimeline,
} from '../../../src/components/timeline/timeline.js';
import type { BekasiErrorDetail } from '../../../src/core/events.js';
import { deepCount } from '../../../bench/pages/harness.js';
import { FULL_ROWS } from '../../../src/components/timeline/timeline-view.js';
import { timelineStrings } from '../../../src/components/timeline/timeline.strings.js';
import { registerTranslation } from '../../../src/i18n/index.js';
import {
  fixture,
  manyProgrammesDocument,
  SCRIPT_PAYLOAD,
  tooLongNamesDocument,
} from '../../fixtures/index.js';
import { ar } from '../../fixtures/translations/ar.js';
import { gaps, GAPS_CODE } from '../../fixtures/translations/gaps.js';
import {
  $,
  $$,
  accessibleNames,
  accessibleNodes,
  brokenWords,
  forcedColourRules,
  nextEvent,
  plain,
  shownWithIssues,
  recordAnnouncements,
  runTogetherWords,
  shadowText,
  touch,
  waitForState,
} from '../helpers.js';

interface Options {
  lang?: string;
  groupBy?: string;
  layout?: string;
  dimension?: string;
  agency?: string;
  status?: string;
  search?: string;
  from?: string;
  to?: string;
  theme?: string;
  width?: number;
}

async function timeline(data: unknown, options: Options = {}): Promise<BekasiTimeline> {
  const wrapper = await render<HTMLDivElement>(
    html`<div style="width: ${options.width ?? 960}px">
      <bekasi-timeline
        .data=${data}
        lang=${options.lang ?? 'id'}
        group-by=${options.groupBy ?? 'dimension'}
        layout=${options.layout ?? 'chart'}
        theme=${options.theme ?? 'light'}
        .dimension=${options.dimension}
        .agency=${options.agency}
        .status=${options.status}
        .search=${options.search}
        .from=${options.from}
        .to=${options.to}
      ></bekasi-timeline>
    </div>`,
  );
  const element = wrapper.querySelector('bekasi-timeline')!;
  await waitForState(element, 'ready');
  return element;
}

/** A document of programmes written for one test, with far-off dates so "today" never matters. */
function programmesDocument(programmes: unknown[], extra: Record<string, unknown> = {}) {
  return {
    schemaVersion: '1.0',
    agencies: [
      {
        id: 'kominfo',
        abbr: 'Kominfo',
        name: 'Dinas Komunikasi dan Informatika',
        url: 'https://example.org/kominfo',
      },
      { id: 'dishub', abbr: 'Dishub', name: 'Dinas Perhubungan' },
    ],
    programmes,
    ...extra,
  };
}

const programme = (id: string, fields: Record<string, unknown> = {}) => ({
  id,
  name: `Program ${id}`,
  dimension: 'economy',
  start: '2010',
  end: '2012',
  status: 'completed',
  ...fields,
});

const names = (element: Element) =>
  $$(element, '.programme__name, .list__name').map((name) => name.textContent?.trim());
const laneTitles = (element: Element) => $$(element, '.lane').map((lane) => plain(lane.textContent?.trim()));
const tabStops = (element: Element) => $$(element, '[data-row][tabindex="0"]');
const focusedName = (element: Element) =>
  element.shadowRoot?.activeElement?.querySelector('.programme__name, .list__name')?.textContent?.trim();
const ticks = (element: Element) => $$(element, '.tick').map((tick) => tick.textContent?.trim());
const chartLabel = (element: Element) => $(element, '.rows')?.getAttribute('aria-label');
/** The chart's label with its months left out ("2012 sampai 2016"), for tests about years. */
const windowYears = (element: Element) => chartLabel(element)?.replace(/\p{L}+ (\d{4})/gu, '$1');
/** The bar of the programme named "Program {id}" (test documents name them so). */
const barOf = (element: Element, id: string) =>
  $$(element, '.programme')
    .find((row) => row.textContent?.includes(`Program ${id}`))!
    .querySelector('.bar')!;
/** The rows (lane headings and programmes) in DOM order, as their row numbers. */
const rowOrder = (element: Element) =>
  $$(element, '.rows > .lane, .rows > .programme, .list__rows > .lane, .list__item').map((row) =>
    Number(row.style.getPropertyValue('--_row')),
  );
const ascending = (numbers: number[]) => [...numbers].sort((a, b) => a - b);
/** A bar's width as a percentage of the time axis. */
const barWidth = (bar: Element) => parseFloat((bar as HTMLElement).style.getPropertyValue('--_width'));

function key(target: Element, keyName: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', {
    key: keyName,
    bubbles: true,
    composed: true,
    cancelable: true,
    ...init,
  });
  target.dispatchEvent(event);
  return event;
}

/** For what the browser does in its own time (a fling that slows to a stop): waits get 5 s. */
const PATIENT = { timeout: 5000 };

async function settle(element: BekasiTimeline): Promise<void> {
  await element.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await element.updateComplete;
}

describe('<bekasi-timeline>', () => {
  describe('the chart', () => {
    it('shows the programmes in lanes by dimension, with counts, a summary and an axis', async () => {
      const element = await timeline(fixture('bekasi'));
      expect(laneTitles(element)[0]).to.equal('Tata Kelola Pemerintahan Cerdas (4)');
      expect(names(element)).to.include('Patriot Operation Center (Command Center)');
      expect($(element, '[part="summary"]')?.textContent?.trim()).to.match(
        /^24 program: \d+ berjalan, \d+ terlambat\.$/,
      );
      expect(shadowText(element)).to.include('24 dari 24 program');
      expect(ticks(element)).to.include('2020');
      expect(windowYears(element)).to.match(/^Linimasa program, 20\d\d sampai 20\d\d$/);
      await expect(element).to.be.accessible();
    });

    it('shows lane names and flags whole or not at all on a 320 px screen', async () => {
      for (const lang of ['id', 'en']) {
        const element = await timeline(fixture('bekasi'), { width: 320, lang });
        // A lane name may take two lines of its fixed-height row, and none is cut off: its lines,
        // each a line-height tall, fit in the row.
        const cutLanes = $$(element, '.rows > .lane').filter((lane) => {
          const range = document.createRange();
          range.selectNodeContents(lane);
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
          return lines * parseFloat(getComputedStyle(lane).lineHeight) > lane.clientHeight + 0.5;
        });
        expect(
          cutLanes.map((lane) => lane.textContent?.trim()),
          lang,
        ).to.deep.equal([]);
        // Each flag is either inside its row's flag box, or wholly outside it (hidden).
        const cutFlags = $$(element, '.programme__label .flag').filter((flag) => {
          const box = flag.parentElement!.getBoundingClientRect();
          const own = flag.getBoundingClientRect();
          const inside =
            own.left >= box.left - 0.5 &&
            own.right <= box.right + 0.5 &&
            own.top >= box.top - 0.5 &&
            own.bottom <= box.bottom + 0.5;
          const outside =
            own.top >= box.bottom || own.bottom <= box.top || own.left >= box.right || own.right <= box.left;
          return !inside && !outside;
        });
        expect(
          cutFlags.map((flag) => flag.textContent?.trim()),
          lang,
        ).to.deep.equal([]);
        expect($$(element, '.programme__label .flag').length, lang).to.be.greaterThan(0);
        await expect(element).to.be.accessible();
      }
    });

    it('renders every programme of a short timeline, each after its lane heading', async () => {
      const element = await timeline(fixture('bekasi'));
      expect($$(element, '.programme').length).to.equal(24);
      // In DOM order, as a screen reader's cursor meets them: each heading, then its programmes.
      const counts: number[] = [];
      for (const row of $$(element, '.rows > .lane, .rows > .programme')) {
        if (row.classList.contains('lane')) counts.push(0);
        else counts.push((counts.pop() ?? Number.NaN) + 1);
      }
      expect(counts).to.deep.equal(
        laneTitles(element).map((title) => Number(/\((\d+)\)$/.exec(title ?? '')?.[1])),
      );
      await expect(element).to.be.accessible();
    });

    it('speaks English', async () => {
      const element = await timeline(fixture('bekasi'), { lang: 'en' });
      expect(laneTitles(element)[0]).to.equal('Smart Governance (4)');
      expect($(element, '[part="summary"]')?.textContent?.trim()).to.match(
        /^24 programmes: \d+ running, \d+ overdue\.$/,
      );
      expect(names(element)).to.include('Patriot Operation Center (command centre)');
      expect($(element, '[data-row] > .visually-hidden')?.textContent).to.include(
        'March 3, 2016 – no end date',
      );
      await expect(element).to.be.accessible();
    });

    it('groups by agency, programmes without one last, and by status', async () => {
      const data = programmesDocument([
        programme('a', { agency: 'dishub' }),
        programme('b'),
        programme('c', { agency: 'kominfo', status: 'planned', start: '2040', end: '2041' }),
      ]);
      const byAgency = await timeline(data, { groupBy: 'agency' });
      expect(laneTitles(byAgency)).to.deep.equal(['Kominfo (1)', 'Dishub (1)', 'Tanpa perangkat daerah (1)']);
      const byStatus = await timeline(data, { groupBy: 'status' });
      expect(laneTitles(byStatus)).to.deep.equal(['Direncanakan (1)', 'Selesai (2)']);
      await expect(byStatus).to.be.accessible();
    });

    it('keeps a right-to-left lane name apart from its count, in the chart and the list', async () => {
      const data = programmesDocument([programme('a', { agency: 'naql' })], {
        agencies: [{ id: 'naql', name: 'وزارة النقل' }],
      });
      for (const layout of ['chart', 'list'] as const) {
        const element = await timeline(data, { groupBy: 'agency', layout });
        const lane = $(element, '.lane')!;
        expect(lane.textContent?.trim(), layout).to.equal('\u2068وزارة النقل\u2069 (1)');
        // Not isolated, the count took the Arabic name's side: "(1) وزارة النقل" on the page.
        const text = [...lane.childNodes].find((node) => node.textContent?.includes('('))!;
        const at = (from: number, to: number) => {
          const range = document.createRange();
          range.setStart(text, from);
          range.setEnd(text, to);
          return range.getBoundingClientRect();
        };
        const content = text.textContent!;
        const named = 'وزارة النقل';
        const name = at(content.indexOf(named), content.indexOf(named) + named.length);
        const count = at(content.indexOf('('), content.indexOf(')') + 1);
        expect(count.left, layout).to.be.at.least(name.right - 1);
        await expect(element).to.be.accessible();
      }
    });

    it('draws with a page’s translation that has gaps, taking what it leaves out from the Indonesian', async () => {
      registerTranslation(gaps);
      const data = programmesDocument([
        programme('b'),
        programme('c', { status: 'planned', start: '2040', end: '2041' }),
      ]);
      const element = await timeline(data, { groupBy: 'status', lang: GAPS_CODE });
      expect($(element, '.root')?.getAttribute('lang')).to.equal(GAPS_CODE);
      expect($(element, '.title')?.textContent?.trim()).to.equal('Tijdlijn van programma’s');
      // Its status words were a number: the lanes are named in Indonesian.
      expect(laneTitles(element)).to.deep.equal(['Direncanakan (1)', 'Selesai (1)']);
      // One grouping named, the others in Indonesian.
      const groupBy = $$<HTMLSelectElement>(element, 'select').find((select) => select.value === 'status')!;
      const groupings = [...groupBy.options];
      expect(groupings.map((option) => option.textContent?.trim())).to.deep.equal([
        timelineStrings.id.groups.dimension,
        'Dienst',
        timelineStrings.id.groups.status,
      ]);
      await expect(element).to.be.accessible();
    });

    it('reads partial dates: "2023" runs from January to December', async () => {
      const data = programmesDocument([programme('year', { start: '2023', end: '2023' })]);
      const element = await timeline(data, { from: '2023', to: '2023' });
      const bar = $(element, '.bar')!;
      expect(parseFloat(bar.style.getPropertyValue('--_start'))).to.be.closeTo(0, 0.01);
      expect(parseFloat(bar.style.getPropertyValue('--_width'))).to.be.closeTo(100, 0.01);
      expect($(element, '[data-row] > .visually-hidden')?.textContent).to.include('2023 – 2023');
    });

    it('flags overdue programmes in words and shape, not colour alone; done ones are never overdue', async () => {
      const data = programmesDocument([
        programme('late', { status: 'in_progress', end: '2012-06' }),
        programme('held', { status: 'on_hold', end: '2011' }),
        programme('done', { status: 'completed', end: '2012' }),
        programme('future', { status: 'in_progress', start: '2020', end: '2099' }),
      ]);
      const element = await timeline(data);
      const row = (id: string) =>
        $$(element, '.programme').find((item) => item.textContent?.includes(`Program ${id}`))!;
      for (const id of ['late', 'held']) {
        expect(row(id).querySelector('.flag--overdue')?.textContent?.trim()).to.equal('! Terlambat');
        expect(row(id).querySelector('.bar')?.classList.contains('bar--overdue')).to.equal(true);
      }
      for (const id of ['done', 'future']) expect(row(id).querySelector('.flag--overdue')).to.equal(null);
      expect($(element, '[part="summary"]')?.textContent?.trim()).to.equal(
        '4 program: 2 berjalan, 2 terlambat.',
      );
      await expect(element).to.be.accessible();
    });

    it('tells on hold and cancelled apart by shape, their outlines at full strength', async () => {
      const data = programmesDocument([
        programme('planned', { status: 'planned', start: '2040', end: '2041' }),
        programme('held', { status: 'on_hold', end: '2099' }),
        programme('cancelled', { status: 'cancelled', progress: 60 }),
        programme('running', { status: 'in_progress', end: '2099' }),
        programme('late', { status: 'in_progress', end: '2012' }),
        programme('paused-late', { status: 'on_hold', end: '2012' }),
      ]);
      const element = await timeline(data, { groupBy: 'status' });
      const bar = (id: string) => barOf(element, id);
      const shape = (id: string) => {
        const style = getComputedStyle(bar(id));
        const strike = getComputedStyle(bar(id), '::after');
        return {
          opacity: style.opacity,
          outline: style.borderTopStyle,
          hatched: style.backgroundImage.includes('repeating-linear-gradient'),
          struckThrough: strike.content !== 'none' && strike.height === '2px',
        };
      };
      const plain = { opacity: '1', hatched: false, struckThrough: false };
      expect(shape('held')).to.deep.equal({ ...plain, outline: 'double' });
      expect(shape('cancelled')).to.deep.equal({ ...plain, outline: 'solid', struckThrough: true });
      expect(shape('running')).to.deep.equal({ ...plain, outline: 'solid' });
      expect(shape('planned').outline).to.equal('dotted');
      // Overdue hatches the bar; a running one is dashed, one on hold keeps its double outline.
      expect(shape('late')).to.deep.equal({ ...plain, outline: 'dashed', hatched: true });
      expect(shape('paused-late')).to.deep.equal({ ...plain, outline: 'double', hatched: true });
      const danger = getComputedStyle(bar('late')).borderTopColor;
      expect(getComputedStyle(bar('paused-late')).borderTopColor).to.equal(danger);
      expect(getComputedStyle(bar('held')).borderTopColor).to.not.equal(danger);
      await expect(element).to.be.accessible();
    });

    it('draws ongoing programmes open-ended, marks quick wins, milestones and progress', async () => {
      const data = programmesDocument([
        programme('open', {
          start: '2015',
          end: undefined,
          status: 'in_progress',
          progress: 40,
          quickWin: true,
          milestones: [
            { date: '2016-03', title: 'Mulai', done: true },
            { date: '2018', title: 'Tahap dua', done: false },
          ],
        }),
      ]);
      const element = await timeline(data, { from: '2014', to: '2020' });
      const bar = $(element, '.bar')!;
      expect(bar.classList.contains('bar--ongoing')).to.equal(true);
      expect(bar.style.getPropertyValue('--_progress')).to.equal('40%');
      expect($$(element, '.milestone').length).to.equal(2);
      expect($$(element, '.milestone--done').length).to.equal(1);
      expect($(element, '.flag--quick-win')?.textContent?.trim()).to.equal('Quick Win');
      expect($(element, '.flag--quick-win .mark--quick-win')?.getAttribute('aria-hidden')).to.equal('true');
      expect($(element, '[data-row] > .visually-hidden')?.textContent).to.equal(
        ', 2015 – tanpa tanggal selesai, Berjalan, Kemajuan 40%, 1 dari 2 tonggak tercapai',
      );
    });

    it('opens a bar at an edge of the window it runs past, and fades out one with no end date', async () => {
      const data = programmesDocument([
        programme('past-both', { start: '2010', end: '2020' }),
        programme('inside', { start: '2013', end: '2014' }),
        programme('ongoing-before', { start: '2011', end: undefined, status: 'in_progress' }),
        programme('ongoing-inside', { start: '2015', end: undefined, status: 'in_progress' }),
      ]);
      const element = await timeline(data, { from: '2012', to: '2017' });
      const bar = (id: string) => barOf(element, id);
      const ends = (id: string) => {
        const style = getComputedStyle(bar(id));
        return {
          start: `${style.borderLeftWidth} ${style.borderTopLeftRadius}`,
          end: `${style.borderRightWidth} ${style.borderTopRightRadius}`,
          fades: style.maskImage.includes('linear-gradient'),
        };
      };
      // Cut square, with no closing edge, where the window cuts it: it runs on past the view.
      expect(ends('past-both')).to.deep.equal({ start: '0px 0px', end: '0px 0px', fades: false });
      const track = $(element, '.programme__track')!.getBoundingClientRect();
      const cut = bar('past-both').getBoundingClientRect();
      expect(cut.left).to.be.closeTo(track.left, 0.5);
      expect(cut.right).to.be.closeTo(track.right, 0.5);
      expect(ends('inside')).to.deep.equal({ start: '2px 4px', end: '2px 4px', fades: false });
      // No end date: a fading end, whether or not its start is in view.
      expect(ends('ongoing-before')).to.deep.equal({ start: '0px 0px', end: '0px 0px', fades: true });
      expect(ends('ongoing-inside')).to.deep.equal({ start: '2px 4px', end: '0px 0px', fades: true });
      const description = (id: string) =>
        $$(element, '.programme')
          .find((row) => row.textContent?.includes(`Program ${id}`))!
          .querySelector(':scope > .visually-hidden')?.textContent;
      expect(description('ongoing-before')).to.include('2011 – tanpa tanggal selesai');
      expect(description('ongoing-inside')).to.include('2015 – tanpa tanggal selesai');
      expect(description('past-both')).to.include('2010 – 2020');
      await expect(element).to.be.accessible();
    });

    it('keeps where a cut bar’s progress ends in time as the window moves', async () => {
      // Half done over 2010–2020: the fill ends in 2015, whatever part of the bar is shown.
      const data = programmesDocument([
        programme('half', { start: '2010-01', end: '2019-12', status: 'in_progress', progress: 50 }),
      ]);
      const element = await timeline(data, { from: '2012-01', to: '2021-12' });
      const bar = $(element, '.bar')!;
      const track = $(element, '.programme__track')!.getBoundingClientRect();
      const fillEnd = () =>
        bar.getBoundingClientRect().left + parseFloat(getComputedStyle(bar, '::before').width);
      // 2015-01 is three tenths of the way from 2012-01 to 2022-01.
      expect(fillEnd()).to.be.closeTo(track.left + 0.3 * track.width, 3);
      await expect(element).to.be.accessible();
    });

    it('shows an overdue quick win’s star on its bar, where the label has no room for it', async () => {
      const name = 'Perizinan daring dengan tanda tangan elektronik dan pelacakan berkas';
      const data = programmesDocument([
        programme('both', { name, status: 'in_progress', start: '2011', end: '2012', quickWin: true }),
        programme('plain', { status: 'in_progress', start: '2011', end: '2099' }),
      ]);
      const element = await timeline(data, { width: 1000, from: '2010', to: '2014' });
      const row = $$(element, '.programme').find((item) => item.querySelector('.flag--overdue'))!;
      const star = row.querySelector('.quick-win')!;
      const box = star.getBoundingClientRect();
      const track = row.querySelector('.programme__track')!.getBoundingClientRect();
      expect(box.width).to.be.at.least(12);
      expect(box.left).to.be.at.least(track.left);
      expect(box.right).to.be.at.most(row.querySelector('.bar')!.getBoundingClientRect().left);
      // Nothing covers it, and it is drawn as a star.
      const hit = element.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      expect(hit?.closest('.quick-win')).to.equal(star);
      expect(getComputedStyle(star.querySelector('.mark--quick-win')!).clipPath).to.match(/^polygon/);
      // Seen, not heard twice: the row's name already says both flags in words.
      expect(star.closest('[aria-hidden="true"]')).to.not.equal(null);
      expect(row.textContent).to.include('Terlambat').and.to.include('Quick Win');
      expect($$(element, '.quick-win').length).to.equal(1);
      await expect(element).to.be.accessible();
    });

    for (const layout of ['chart', 'list'] as const) {
      it(`keeps a ${layout} row's words apart in the name a screen reader gets`, async () => {
        await timeline(fixture('bekasi'), { layout });
        type Node = { name?: string; role?: string; children: Node[] };
        // Typed as void by the package; it resolves to the page's accessibility tree.
        const snapshot = (await a11ySnapshot({})) as unknown as Node;
        const row = findAccessibilityNode<Node>(
          snapshot,
          (node) =>
            node.role === 'button' && /Terlambat/.test(node.name ?? '') && /Quick Win/.test(node.name ?? ''),
        );
        // The flags sit in a flex row, where the spaces between them are not rendered.
        expect(row?.name).to.match(/\w\s*, Terlambat\s*, Quick Win/);
      });
    }

    it('keeps a long name from hiding the flags: overdue first, and whole', async () => {
      const name = 'Perizinan daring dengan tanda tangan elektronik dan pelacakan berkas';
      const data = programmesDocument([
        programme('both', { name, status: 'in_progress', end: '2012', quickWin: true }),
        programme('one', { name, status: 'in_progress', start: '2010', end: '2099', quickWin: true }),
      ]);
      const element = await timeline(data);
      const rows = $$(element, '.programme');
      const both = rows.find((row) => row.querySelector('.flag--overdue'));
      const one = rows.find((row) => !row.querySelector('.flag--overdue'));
      const whole = (row: Element, selector: string) =>
        row.querySelector(selector)!.getBoundingClientRect().right <=
        row.querySelector('.programme__label')!.getBoundingClientRect().right + 0.5;
      expect([...both!.querySelectorAll('.flag')].map((flag) => flag.className)).to.deep.equal([
        'flag flag--overdue',
        'flag flag--quick-win',
      ]);
      // The words that must not be lost are not cut off; the long name gives way instead.
      expect(whole(both!, '.flag--overdue')).to.equal(true);
      expect(whole(one!, '.flag--quick-win')).to.equal(true);
      const shownName = one!.querySelector('.programme__name')!;
      expect(shownName.scrollWidth).to.be.greaterThan(shownName.clientWidth);
      // A flag with no room left is hidden whole (on a second, clipped line), never cut off.
      const box = both!.querySelector('.flags')!.getBoundingClientRect();
      for (const flag of both!.querySelectorAll('.flag')) {
        const rect = flag.getBoundingClientRect();
        const shownWhole = rect.right <= box.right + 0.5 && rect.bottom <= box.bottom + 0.5;
        const hidden = rect.top >= box.bottom;
        expect(shownWhole || hidden, flag.className).to.equal(true);
      }
    });

    it('keeps the "today" label whole at either end of the window', async () => {
      const data = programmesDocument([programme('p', { start: '2005', end: '2015' })]);
      for (const [from, to] of [
        ['2005', '2010-01'], // today (1 January 2010) at the right end
        ['2010', '2015'], // at the left end
      ]) {
        const element = await timeline(data, { from, to });
        element.today = new Date(2010, 0, 1);
        await settle(element);
        const track = $(element, '.axis__track')!.getBoundingClientRect();
        const label = $(element, '.today-label')!.getBoundingClientRect();
        expect(label.left, `${from}–${to}`).to.be.at.least(track.left - 0.5);
        expect(label.right, `${from}–${to}`).to.be.at.most(track.right + 0.5);
      }
    });

    it('measures overdue and the today line against a set day', async () => {
      const data = programmesDocument([
        programme('ended', { status: 'in_progress', start: '2005', end: '2009' }),
        programme('running', { status: 'in_progress', start: '2005', end: '2012' }),
      ]);
      const element = await timeline(data, { from: '2005', to: '2012' });
      element.today = new Date(2010, 0, 1);
      await settle(element);
      const flagged = $$(element, '.programme')
        .filter((row) => row.querySelector('.flag--overdue'))
        .map((row) => row.querySelector('.programme__name')?.textContent?.trim());
      expect(flagged).to.deep.equal(['Program ended']);
      const at = Number($(element, '.today')!.style.getPropertyValue('--_at'));
      expect(at).to.be.closeTo(5 / 8, 0.01);
    });

    it('takes a set day as a framework hands it over: text or a number, and survives one it cannot read', async () => {
      const data = programmesDocument([
        programme('ended', { status: 'in_progress', start: '2005', end: '2009' }),
        programme('running', { status: 'in_progress', start: '2005', end: '2012' }),
      ]);
      const element = await timeline(data, { from: '2005', to: '2012' });
      const flagged = () =>
        $$(element, '.programme')
          .filter((row) => row.querySelector('.flag--overdue'))
          .map((row) => row.querySelector('.programme__name')?.textContent?.trim());
      // React 19 and Vue set a custom element's property from an attribute's text.
      for (const day of ['2010-01-01', new Date(2010, 0, 1).getTime()]) {
        element.today = day;
        await settle(element);
        expect(flagged(), String(day)).to.deep.equal(['Program ended']);
        expect(Number($(element, '.today')!.style.getPropertyValue('--_at'))).to.be.closeTo(5 / 8, 0.01);
      }
      // Not a day: no today line and no overdue flag, and nothing thrown.
      element.today = 'kemarin';
      await settle(element);
      expect(flagged()).to.deep.equal([]);
      expect($(element, '.today')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('keeps time running left to right in a right-to-left language: year marks, bars and the today line sit on their dates', async () => {
      registerTranslation(ar);
      const data = programmesDocument([programme('from-2010', { start: '2010', end: '2012' })]);
      for (const [lang, dir] of [
        ['id', 'ltr'],
        ['ar', 'rtl'],
      ] as const) {
        // On a right-to-left page either way: the language shown decides.
        const element = await timeline(data, { lang, from: '2005', to: '2014' });
        element.today = new Date(2010, 0, 1);
        element.parentElement!.dir = 'rtl';
        await settle(element);
        expect(getComputedStyle($(element, '.root')!).direction).to.equal(dir);
        const track = $(element, '.axis__track')!.getBoundingClientRect();
        // 1 January 2010 is halfway through 2005–2014, the ten whole years the window shows.
        const halfway = track.left + track.width / 2;
        const tick2010 = $$(element, '.tick').find((tick) => tick.textContent?.trim() === '2010')!;
        // A year's mark is its label's border, drawn on the side of the year's start.
        const box = tick2010.getBoundingClientRect();
        const mark = getComputedStyle(tick2010).borderLeftWidth === '0px' ? box.right : box.left;
        expect(mark, `${dir}: the mark of 2010`).to.be.closeTo(halfway, 1);
        const bar = $(element, '.bar')!.getBoundingClientRect();
        expect(bar.left, `${dir}: the bar starting in 2010`).to.be.closeTo(halfway, 1.5);
        const line = $(element, '.today')!.getBoundingClientRect();
        expect(line.right - 2, `${dir}: the today line`).to.be.closeTo(halfway, 1);
        // The names keep the inline-start side: left on a left-to-right page, right otherwise.
        const name = $(element, '.programme__label')!.getBoundingClientRect();
        if (dir === 'ltr') expect(name.right).to.be.at.most(track.left + 0.5);
        else expect(name.left).to.be.at.least(track.right - 0.5);
        await expect(element).to.be.accessible();
      }
    });

    it('shows a name cut short from its first word, in a right-to-left language too', async () => {
      registerTranslation(ar);
      for (const lang of ['id', 'ar']) {
        // Bekasi's names are Indonesian: in Arabic each is marked as such, and runs left to right.
        const element = await timeline(fixture('bekasi'), { lang, width: 320 });
        for (const name of $$(element, '.programme__name')) {
          const box = name.getBoundingClientRect();
          const walker = document.createTreeWalker(name, NodeFilter.SHOW_TEXT);
          const text = walker.nextNode()!;
          const first = document.createRange();
          first.setStart(text, 0);
          first.setEnd(text, 1);
          const letter = first.getBoundingClientRect();
          expect(letter.left, `${lang}: ${name.textContent}`).to.be.at.least(box.left - 0.5);
          expect(letter.right, `${lang}: ${name.textContent}`).to.be.at.most(box.right + 0.5);
        }
        await expect(element).to.be.accessible();
      }
    });

    it('lays out its controls, names and headings for a right-to-left reader', async () => {
      registerTranslation(ar);
      const element = await timeline(fixture('bekasi'), { lang: 'ar', width: 640 });
      element.today = new Date(2026, 0, 1);
      await settle(element);
      // Earlier on the left and later on the right, as the axis runs.
      const button = (label: string) => $(element, `.zoom button[title="${label}"]`)!.getBoundingClientRect();
      expect(button(ar.timeline!.earlier).right).to.be.at.most(button(ar.timeline!.later).left);
      // A short Indonesian name sits on the right, where the Arabic around it starts.
      const name = $$(element, '.programme__name').find(
        (each) => each.textContent?.trim() === 'Pajak daerah daring',
      )!;
      const text = document.createRange();
      text.selectNodeContents(name);
      expect(name.getBoundingClientRect().right - text.getBoundingClientRect().right).to.be.lessThan(2);
      // The today line passes behind the lanes' headings, whose text reaches the late end.
      const line = $(element, '.today')!.getBoundingClientRect();
      const heading = $(element, '.rows > .lane')!.getBoundingClientRect();
      const hit = element.shadowRoot!.elementFromPoint(line.right - 1, heading.top + heading.height / 2);
      expect(hit?.classList.contains('lane')).to.equal(true);
      // The framework names its dimensions in Indonesian and English only: each heading says so.
      expect(new Set($$(element, '.lane').map((lane) => lane.getAttribute('lang')))).to.deep.equal(
        new Set(['id']),
      );
      await expect(element).to.be.accessible();
    });

    it('keeps each flag whole in a right-to-left language, in the list and in the chart', async () => {
      registerTranslation(ar);
      // Overdue (it ended in 2009) and a quick win: two flags side by side.
      const data = programmesDocument([
        programme('late', { start: '2005', end: '2009', status: 'in_progress', quickWin: true }),
      ]);
      for (const layout of ['list', 'chart'] as const) {
        const element = await timeline(data, { layout, lang: 'ar', from: '2005', to: '2014' });
        element.today = new Date(2010, 0, 1);
        await settle(element);
        expect(getComputedStyle($(element, '.root')!).direction).to.equal('rtl');
        const [overdue, quickWin] = ['.flag--overdue', '.flag--quick-win'].map((selector) =>
          $(element, selector)!.getBoundingClientRect(),
        );
        // Apart (side by side, or the second on the hidden next line of a narrow label), not one
        // drawn across the other: the overdue flag and its "!" around the quick-win flag.
        const apart =
          overdue!.left >= quickWin!.right - 0.5 ||
          quickWin!.left >= overdue!.right - 0.5 ||
          quickWin!.top >= overdue!.bottom - 0.5;
        expect(apart, `${layout}: ${JSON.stringify([overdue, quickWin])}`).to.equal(true);
        expect(overdue!.width, layout).to.be.lessThan(120);
        await expect(element).to.be.accessible();
      }
    });

    it('draws a today line when today is in view', async () => {
      const data = programmesDocument([
        programme('now', { start: '2000', end: '2099', status: 'in_progress' }),
      ]);
      const shown = await timeline(data);
      expect($(shown, '.today')).to.not.equal(null);
      expect($(shown, '.today-label')?.textContent).to.equal('Hari ini');
      const past = await timeline(data, { from: '2001', to: '2002' });
      expect($(past, '.today')).to.equal(null);
    });
  });

  describe('moved in the page', () => {
    it('measures its track again when moved before it first measured it', async () => {
      // Moving an element (a framework re-parenting it, a CMS widget script) disconnects and
      // reconnects it at once, with no update in between.
      const wrapper = await render<HTMLDivElement>(html`<div style="width: 1400px"></div>`);
      const element = document.createElement('bekasi-timeline');
      element.setAttribute('lang', 'id');
      element.data = fixture('bekasi');
      wrapper.append(element);
      await element.updateComplete;
      expect($(element, '.axis__track'), 'the track is drawn before the first frame').to.exist;
      const elsewhere = document.createElement('div');
      wrapper.append(elsewhere);
      elsewhere.append(element);
      for (let frame = 0; frame < 3; frame += 1) await settle(element);

      const unmoved = await timeline(fixture('bekasi'), { width: 1400 });
      for (let frame = 0; frame < 3; frame += 1) await settle(unmoved);
      expect(ticks(unmoved).length).to.be.greaterThan(7);
      expect(ticks(element)).to.deep.equal(ticks(unmoved));
      await expect(element).to.be.accessible();
    });
  });

  describe('on paper', () => {
    it('prints every programme of the chart, with its bars, and none of its controls', async () => {
      const element = await timeline(fixture('bekasi'));
      const rows = $$(element, '.programme');
      expect(rows).to.have.length(24);
      await emulateMedia({ media: 'print' });
      try {
        await settle(element);
        // On screen the scroller shows about a dozen rows; on paper it holds them all.
        const scroller = $(element, '.scroller')!.getBoundingClientRect();
        const cut = rows.filter((row) => row.getBoundingClientRect().bottom > scroller.bottom + 0.5);
        expect(cut.map((row) => row.textContent?.trim().slice(0, 30))).to.deep.equal([]);
        const unrendered = $$(element, '.programme__track').filter(
          (track) => getComputedStyle(track).contentVisibility !== 'visible',
        );
        expect(unrendered).to.have.length(0);
        expect(getComputedStyle($(element, '.filters')!).display).to.equal('none');
        const shown = [...$(element, '.toolbar')!.children].filter(
          (child) => getComputedStyle(child).display !== 'none',
        );
        expect(shown.map((child) => child.textContent?.trim())).to.deep.equal(['24 dari 24 program']);
        await expect(element).to.be.accessible();
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('on paper, past the rows drawn in full', () => {
    it('draws every programme as the page prints, in both layouts, and only those in view after', async () => {
      const long = manyProgrammesDocument(400, 20);
      for (const layout of ['chart', 'list']) {
        const element = await timeline(long, { groupBy: 'agency', layout });
        const drawn = () => $$(element, '[data-row]');
        expect(drawn().length, `${layout} on screen`).to.be.below(100);
        await emulateMedia({ media: 'print' });
        try {
          window.dispatchEvent(new Event('beforeprint'));
          // Drawn before the event returns: the browser lays the page out for paper right after.
          expect(drawn(), `${layout} on paper`).to.have.length(400);
          await settle(element);
          const box = $(element, `[part="${layout}"]`)!.getBoundingClientRect();
          const last = drawn().at(-1)!.getBoundingClientRect();
          expect(last.bottom, `${layout}: the last programme is not cut off`).to.be.at.most(box.bottom + 0.5);
          expect(last.height).to.be.above(0);
        } finally {
          await emulateMedia({ media: 'screen' });
          window.dispatchEvent(new Event('afterprint'));
        }
        await settle(element);
        expect(drawn().length, `${layout} after printing`).to.be.below(100);
        await expect(element).to.be.accessible();
      }
    });
    it('finds the rows in view after printing without laying out every printed row first', async () => {
      const element = await timeline(manyProgrammesDocument(400, 20), { groupBy: 'agency' });
      window.dispatchEvent(new Event('beforeprint'));
      await settle(element);
      expect($$(element, '[data-row]')).to.have.length(400);
      // Reading the scroller's height with every row still in the page lays them all out: 5.6 s
      // for 10,000 programmes, measured. The height read before printing serves instead.
      const scroller = $(element, '.scroller')!;
      const height = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight')!;
      let reads = 0;
      Object.defineProperty(scroller, 'clientHeight', {
        configurable: true,
        get(this: Element) {
          reads += 1;
          return height.get!.call(this) as number;
        },
      });
      try {
        window.dispatchEvent(new Event('afterprint'));
        await element.updateComplete;
        expect(reads, 'reads while every row is in the page').to.equal(0);
        expect($$(element, '[data-row]').length).to.be.below(100);
        // From then on the height is read as before, so the rows follow the scroller's size.
        element.requestUpdate();
        await element.updateComplete;
        expect(reads).to.be.above(0);
      } finally {
        delete (scroller as { clientHeight?: number }).clientHeight;
      }
      await expect(element).to.be.accessible();
    });
  });

  describe('forced colours', () => {
    it('marks the pressed view with the system highlight, where backgrounds are overridden', async () => {
      const element = await timeline(fixture('bekasi'));
      const forced = forcedColourRules(element);
      const pressed = $$(element, '.segmented button').find(
        (button) => button.getAttribute('aria-pressed') === 'true',
      )!;
      expect(pressed.textContent?.trim()).to.equal('Bagan');
      const rule = forced.find((item) => pressed.matches(item.selectorText));
      expect(rule, 'a forced-colours rule for the pressed button').to.not.equal(undefined);
      expect(rule!.style.getPropertyValue('forced-color-adjust')).to.equal('none');
      expect(rule!.style.backgroundColor.toLowerCase()).to.equal('highlight');
      expect(rule!.style.color.toLowerCase()).to.equal('highlighttext');
      const other = $$(element, '.segmented button').find((button) => button !== pressed)!;
      expect(other.matches(rule!.selectorText)).to.equal(false);
      await expect(element).to.be.accessible();
    });

    it('hatches an overdue bar in the reader’s colours, as forced colours drop gradients', async () => {
      const data = programmesDocument([
        programme('late', { status: 'on_hold', end: '2012-06' }),
        programme('held', { status: 'on_hold', start: '2040', end: '2041' }),
      ]);
      const element = await timeline(data);
      element.today = new Date(2013, 0, 1);
      await settle(element);
      const forced = forcedColourRules(element);
      const [late, held] = $$(element, '.bar');
      const hatch = forced.filter((rule) => rule.style.backgroundImage.includes('gradient'));
      expect(hatch.filter((rule) => late!.matches(rule.selectorText))).to.have.length(1);
      expect(hatch.filter((rule) => held!.matches(rule.selectorText))).to.have.length(0);
      const [rule] = hatch;
      expect(rule!.style.getPropertyValue('forced-color-adjust')).to.equal('none');
      expect(rule!.style.backgroundImage.toLowerCase()).to.include('canvastext');
    });
  });

  describe('zoom and pan', () => {
    const data = () => programmesDocument([programme('a', { start: '2010', end: '2020' })]);

    it('starts at from/to when given, and the buttons zoom, pan and fit', async () => {
      const element = await timeline(data(), { from: '2012', to: '2016' });
      expect(chartLabel(element)).to.equal('Linimasa program, Januari 2012 sampai Desember 2016');
      const button = (label: string) =>
        $$<HTMLButtonElement>(element, '.toolbar button').find(
          (item) => item.getAttribute('title') === label || item.textContent?.trim() === label,
        )!;
      button('Perbesar').click();
      await settle(element);
      expect(windowYears(element)).to.equal('Linimasa program, 2013 sampai 2015');
      button('Lebih akhir').click();
      await settle(element);
      expect(windowYears(element)).to.equal('Linimasa program, 2013 sampai 2016');
      button('Seluruh periode').click();
      await settle(element);
      expect(windowYears(element)).to.equal('Linimasa program, 2009 sampai 2021');
      button('Perkecil').click();
      await settle(element);
      expect(windowYears(element)).to.equal('Linimasa program, 2003 sampai 2027');
      expect(ticks(element).every((tick) => /^\d{4}$/.test(tick ?? ''))).to.equal(true);
      for (let step = 0; step < 5; step += 1) button('Perbesar').click();
      await settle(element);
      // Zoomed in to under a year: month names between the years.
      expect(ticks(element).some((tick) => !/^\d{4}$/.test(tick ?? ''))).to.equal(true);
    });

    it('names the year on the first tick and in its label when zoomed in between two Januaries', async () => {
      const element = await timeline(data(), { from: '2015-03', to: '2015-08' });
      // No January in view: "Mar Apr Mei …" alone never said which year.
      expect(chartLabel(element)).to.equal('Linimasa program, Maret 2015 sampai Agustus 2015');
      const labels = ticks(element);
      expect(labels[0]).to.equal('Mar 2015');
      expect(labels.slice(1)).to.deep.equal(['Apr', 'Mei', 'Jun', 'Jul', 'Agu']);
      // Across a new year the first tick still names its year, and January names the next.
      element.from = '2015-10';
      element.to = '2016-03';
      await settle(element);
      expect(ticks(element)).to.deep.equal(['Okt 2015', 'Nov', 'Des', '2016', 'Feb', 'Mar']);
      expect(chartLabel(element)).to.equal('Linimasa program, Oktober 2015 sampai Maret 2016');
      // Narrower months: the ticks the longer first label would run into are left out.
      const narrow = await timeline(data(), { from: '2015-03', to: '2015-08', width: 500 });
      await settle(narrow);
      expect(ticks(narrow)).to.deep.equal(['Mar 2015', 'Mei', 'Jun', 'Jul', 'Agu']);
      const boxes = $$(narrow, '.tick').map((tick) => tick.getBoundingClientRect());
      expect(boxes.slice(1).filter((box, index) => box.left < boxes[index]!.right)).to.have.length(0);
      await expect(element).to.be.accessible();
      element.lang = 'en';
      await settle(element);
      expect(ticks(element)[0]).to.equal('Oct 2015');
      expect(chartLabel(element)).to.equal('Programme timeline, October 2015 to March 2016');
    });

    it('zooms with Ctrl + wheel at the pointer, and leaves a plain wheel to the page', async () => {
      const element = await timeline(data(), { from: '2010', to: '2019' });
      const scroller = $(element, '.scroller')!;
      const plain = new WheelEvent('wheel', { deltaY: 100, bubbles: true, cancelable: true });
      scroller.dispatchEvent(plain);
      expect(plain.defaultPrevented).to.equal(false);
      const box = $(element, '.axis__track')!.getBoundingClientRect();
      const zoom = new WheelEvent('wheel', {
        deltaY: -100,
        ctrlKey: true,
        clientX: box.left,
        bubbles: true,
        cancelable: true,
      });
      scroller.dispatchEvent(zoom);
      await settle(element);
      expect(zoom.defaultPrevented).to.equal(true);
      // Zoomed in around the left edge: the start stays, the end comes closer.
      expect(windowYears(element)).to.match(/^Linimasa program, 2010 sampai 201[67]$/);
    });

    it('zooms by half a button press per wheel notch', async () => {
      const element = await timeline(
        programmesDocument([
          programme('a', { start: '2010', end: '2020' }),
          programme('year', { start: '2014', end: '2014' }),
        ]),
        { from: '2010', to: '2019' },
      );
      const bar = () =>
        $$(element, '.programme')
          .find((row) => row.textContent?.includes('Program year'))!
          .querySelector('.bar')!;
      const box = $(element, '.axis__track')!.getBoundingClientRect();
      const notch = async () => {
        $(element, '.scroller')!.dispatchEvent(
          new WheelEvent('wheel', {
            deltaY: -100,
            ctrlKey: true,
            clientX: box.left + box.width / 2,
            bubbles: true,
            cancelable: true,
          }),
        );
        await settle(element);
        return barWidth(bar());
      };
      const before = barWidth(bar());
      expect(before).to.be.closeTo(10, 0.1);
      const once = await notch();
      expect(once / before).to.be.closeTo(Math.SQRT2, 0.01);
      const twice = await notch();
      expect(twice / before).to.be.closeTo(2, 0.01);
      expect(windowYears(element)).to.equal('Linimasa program, 2012 sampai 2017');
      await expect(element).to.be.accessible();
    });

    it('never moves a window the page set before the programmes later when asked for earlier', async () => {
      const element = await timeline(programmesDocument([programme('a', { start: '2010', end: '2020' })]), {
        from: '2000',
        to: '2004',
      });
      const button = (label: string) =>
        $$<HTMLButtonElement>(element, '.toolbar button').find(
          (item) => item.getAttribute('title') === label,
        )!;
      const years = () => chartLabel(element)!.match(/\d{4}/g)!.map(Number);
      button('Lebih awal').click();
      await settle(element);
      expect(years()[0]).to.be.at.most(2000);
      button('Lebih akhir').click();
      await settle(element);
      expect(years()[0]).to.be.at.least(2000);
      await expect(element).to.be.accessible();
    });

    it('zooms with Ctrl + wheel over the time axis too, rather than zooming the page', async () => {
      const element = await timeline(programmesDocument([programme('a', { start: '2010', end: '2020' })]), {
        from: '2010',
        to: '2019',
      });
      const before = chartLabel(element);
      const axis = $(element, '.axis__track')!;
      const box = axis.getBoundingClientRect();
      const wheel = new WheelEvent('wheel', {
        deltaY: -100,
        ctrlKey: true,
        clientX: box.left + box.width / 2,
        clientY: box.top + 5,
        bubbles: true,
        composed: true,
        cancelable: true,
      });
      axis.dispatchEvent(wheel);
      await settle(element);
      expect(wheel.defaultPrevented).to.equal(true);
      expect(chartLabel(element)).not.to.equal(before);
    });

    it('pans no further than half a window past the programmes', async () => {
      const element = await timeline(data(), { from: '2010', to: '2019' });
      const button = (label: string) =>
        $$<HTMLButtonElement>(element, '.toolbar button').find(
          (item) => item.getAttribute('title') === label,
        )!;
      const barShown = () => {
        const bar = $(element, '.bar')!;
        const start = parseFloat(bar.style.getPropertyValue('--_start'));
        return start < 100 && start + barWidth(bar) > 0;
      };
      for (let step = 0; step < 20; step += 1) button('Lebih akhir').click();
      await settle(element);
      // The window's middle stops at the programme's end (2020): half the window shows it.
      expect(windowYears(element)).to.match(/^Linimasa program, 201[56] sampai 202[56]$/);
      expect(barShown()).to.equal(true);
      for (let step = 0; step < 40; step += 1) button('Lebih awal').click();
      await settle(element);
      expect(windowYears(element)).to.match(/^Linimasa program, 200[45] sampai 201[45]$/);
      expect(barShown()).to.equal(true);
      // A long drag stops there too.
      const scroller = $(element, '.scroller')!;
      const box = $(element, '.axis__track')!.getBoundingClientRect();
      for (const [type, x] of [
        ['pointerdown', box.left],
        ['pointermove', box.left + box.width * 10],
        ['pointerup', box.left + box.width * 10],
      ] as const) {
        scroller.dispatchEvent(
          new PointerEvent(type, { pointerId: 1, clientX: x, bubbles: true, pointerType: 'mouse' }),
        );
      }
      await settle(element);
      expect(windowYears(element)).to.match(/^Linimasa program, 200[45] sampai 201[45]$/);
      await expect(element).to.be.accessible();
    });

    it('opens a programme tapped after a swipe', async () => {
      const element = await timeline(data(), { from: '2010', to: '2019' });
      const scroller = $(element, '.scroller')!;
      const box = $(element, '.axis__track')!.getBoundingClientRect();
      const touch = (target: Element, type: string, pointerId: number, clientX: number) =>
        target.dispatchEvent(
          new PointerEvent(type, { pointerId, clientX, bubbles: true, composed: true, pointerType: 'touch' }),
        );
      // A one-finger swipe: no click follows it.
      touch(scroller, 'pointerdown', 1, box.left + box.width / 2);
      touch(scroller, 'pointermove', 1, box.left + box.width / 4);
      touch(scroller, 'pointerup', 1, box.left + box.width / 4);
      await settle(element);
      expect(windowYears(element)).to.not.equal('Linimasa program, 2010 sampai 2019');
      // Then a tap on the programme: down, up, click.
      const bar = $<HTMLButtonElement>(element, '.programme')!;
      touch(bar, 'pointerdown', 2, box.left + 10);
      touch(bar, 'pointerup', 2, box.left + 10);
      bar.click();
      await settle(element);
      expect($<HTMLDialogElement>(element, 'dialog')?.open).to.equal(true);
      expect($(element, '.details__title')?.textContent?.trim()).to.equal('Program a');
      await expect(element).to.be.accessible();
    });

    it('pans by dragging and zooms by pinching', async () => {
      const element = await timeline(data(), { from: '2010', to: '2019' });
      const scroller = $(element, '.scroller')!;
      const box = $(element, '.axis__track')!.getBoundingClientRect();
      const pointer = (type: string, pointerId: number, clientX: number) =>
        scroller.dispatchEvent(
          new PointerEvent(type, {
            pointerId,
            clientX,
            clientY: box.bottom + 20,
            bubbles: true,
            pointerType: 'touch',
            isPrimary: pointerId === 1,
          }),
        );
      pointer('pointerdown', 1, box.left + box.width / 2);
      pointer('pointermove', 1, box.left);
      pointer('pointerup', 1, box.left);
      await settle(element);
      // Dragged left by half the width: half a window later.
      expect(windowYears(element)).to.match(/^Linimasa program, 201[45] sampai 202[45]$/);

      pointer('pointerdown', 1, box.left + box.width * 0.4);
      pointer('pointerdown', 2, box.left + box.width * 0.6);
      pointer('pointermove', 2, box.left + box.width * 0.8);
      pointer('pointerup', 1, 0);
      pointer('pointerup', 2, 0);
      await settle(element);
      // Fingers twice as far apart: half the span, around where they are now.
      expect(windowYears(element)).to.match(/^Linimasa program, 201[78] sampai 202[23]$/);
    });

    it('pans when a real mouse drags a programme, opens nothing on release, and opens it on a click', async () => {
      const element = await timeline(
        programmesDocument(
          Array.from({ length: 12 }, (_, index) => programme(`m${index}`, { start: '2010', end: '2019' })),
        ),
        { from: '2010', to: '2019' },
      );
      element.scrollIntoView();
      const bar = $(element, '.programme .bar')!.getBoundingClientRect();
      const track = $(element, '.programme__track')!.getBoundingClientRect();
      const y = Math.round(bar.top + bar.height / 2);
      const start = Math.round(track.left + track.width * 0.6);
      // Pressed on a programme's bar, moved three tenths of the track to the left, and released
      // on the same bar (it spans the window): the browser's click after it must open nothing.
      try {
        await sendMouse({ type: 'move', position: [start, y] });
        await sendMouse({ type: 'down' });
        for (const share of [0.1, 0.2, 0.3]) {
          await sendMouse({ type: 'move', position: [Math.round(start - track.width * share), y] });
        }
        await sendMouse({ type: 'up' });
        await settle(element);
        // Three tenths of ten years later.
        expect(windowYears(element)).to.match(/^Linimasa program, 201[234] sampai 202[123]$/);
        expect($<HTMLDialogElement>(element, 'dialog')?.open ?? false).to.equal(false);
        // A click that does not move opens the programme.
        const label = $(element, '.programme__label')!.getBoundingClientRect();
        await sendMouse({
          type: 'click',
          position: [Math.round(label.left + 10), Math.round(label.top + label.height / 2)],
        });
        await settle(element);
        expect($<HTMLDialogElement>(element, 'dialog')?.open).to.equal(true);
      } finally {
        await resetMouse();
      }
    });

    describe('with a finger on a touch screen', () => {
      // The browser's own handling, not events made in the test: `touch-action` decides whether a
      // swipe scrolls the rows or reaches the timeline, and a tap, not a swipe, is followed by a
      // click.
      /**
       * A finger from `from` to `to`, one frame at a time, resting at the end before it lifts. Under
       * the emulated touch screen, a tap within a few hundred milliseconds of a finger lifted while
       * moving gets no click (a fling being stopped), which is not what these tests are about.
       */
      const swipe = (from: [number, number], to: [number, number], count = 8) =>
        // At rest for 8 frames (128 ms): longer than the 100 ms the browser reads a speed over.
        Array.from({ length: count + 8 }, (_, step) => {
          const share = Math.min(step, count) / count;
          return [{ x: from[0] + (to[0] - from[0]) * share, y: from[1] + (to[1] - from[1]) * share }];
        });
      const many = () =>
        programmesDocument(
          Array.from({ length: 40 }, (_, index) =>
            programme(`t${index}`, { start: String(2010 + (index % 8)), end: String(2012 + (index % 8)) }),
          ),
        );
      /** The middle of the time track, at the height of the first programme's row. */
      const onTrack = (element: BekasiTimeline) => {
        const track = $(element, '.programme .programme__track')!.getBoundingClientRect();
        return {
          left: track.left,
          width: track.width,
          x: track.left + track.width / 2,
          y: track.top + track.height / 2,
        };
      };

      it('pans with a sideways swipe, opens nothing, and opens a programme tapped after it', async () => {
        const element = await timeline(many(), { from: '2010', to: '2019' });
        element.scrollIntoView();
        const { x, y, width } = onTrack(element);
        await touch(...swipe([x, y], [x - width / 2, y]));
        await settle(element);
        // Half the track to the left: half a window later.
        expect(windowYears(element)).to.match(/^Linimasa program, 201[45] sampai 202[34]$/);
        expect($<HTMLDialogElement>(element, 'dialog')?.open ?? false).to.equal(false);

        const row = $<HTMLElement>(element, '.programme')!;
        const label = row.querySelector('.programme__label')!.getBoundingClientRect();
        await touch([{ x: label.left + 10, y: label.top + label.height / 2 }]);
        await waitUntil(() => $<HTMLDialogElement>(element, 'dialog')?.open, 'the tap opens the details');
        expect($(element, '.details__title')?.textContent?.trim()).to.equal(
          row.querySelector('.programme__name')?.textContent?.trim(),
        );
        await expect(element).to.be.accessible();
      });

      it('scrolls the rows with an upward swipe, and leaves the window where it was', async () => {
        const element = await timeline(many(), { from: '2010', to: '2019' });
        element.scrollIntoView();
        const scroller = $(element, '.scroller')!;
        const box = scroller.getBoundingClientRect();
        const x = onTrack(element).x;
        // From the lowest row in sight: the scroller may reach below the viewport.
        const bottom = Math.min(box.bottom, innerHeight);
        // Up, and drifting sideways a little, as a thumb does.
        await touch(...swipe([x, bottom - 20], [x + 40, box.top + 20]));
        await waitUntil(() => scroller.scrollTop > 0, 'the rows scroll');
        await settle(element);
        expect(windowYears(element)).to.equal('Linimasa program, 2010 sampai 2019');
        expect($<HTMLDialogElement>(element, 'dialog')?.open ?? false).to.equal(false);
      });

      it('zooms in when two fingers move apart, around them, and the page is not zoomed', async () => {
        const element = await timeline(many(), { from: '2010', to: '2019' });
        element.scrollIntoView();
        const { left, width, y } = onTrack(element);
        // Around a quarter of the way along the track (mid-2012), not its middle.
        const apart = (share: number) => [
          { x: left + width * (0.25 - share), y },
          { x: left + width * (0.25 + share), y },
        ];
        await touch(...[0.1, 0.12, 0.14, 0.16, 0.18, 0.2].map(apart));
        await settle(element);
        // Fingers twice as far apart: half the span (five years), mid-2012 staying a quarter of
        // the way along (zoomed around the middle, it would read 2012 to 2017).
        expect(windowYears(element)).to.match(/^Linimasa program, 2011 sampai 201[56]$/);
        expect(window.visualViewport?.scale ?? 1).to.equal(1);
      });
    });
  });

  describe('keyboard', () => {
    const data = () =>
      programmesDocument([
        programme('e1', { dimension: 'economy', start: '2010' }),
        programme('e2', { dimension: 'economy', start: '2012', end: '2014' }),
        programme('e3', { dimension: 'economy', start: '2016', end: '2018' }),
        programme('l1', { dimension: 'living', start: '2011', end: '2013' }),
        programme('l2', { dimension: 'living', start: '2017', end: '2019' }),
      ]);

    it('is one tab stop; arrows move in time and across lanes; Home and End go to the ends', async () => {
      const element = await timeline(data());
      expect(tabStops(element).length).to.equal(1);
      tabStops(element)[0]!.focus();
      expect(focusedName(element)).to.equal('Program e1');
      const press = async (name: string, init?: KeyboardEventInit) => {
        key(element.shadowRoot!.activeElement!, name, init);
        await settle(element);
        expect(tabStops(element).length).to.equal(1);
        return focusedName(element);
      };
      expect(await press('ArrowRight')).to.equal('Program e2');
      expect(await press('ArrowDown')).to.equal('Program l1');
      expect(await press('ArrowRight')).to.equal('Program l2');
      expect(await press('ArrowUp')).to.equal('Program e3');
      expect(await press('Home')).to.equal('Program e1');
      expect(await press('End')).to.equal('Program e3');
      expect(await press('ArrowRight')).to.equal('Program e3');
      expect(await press('ArrowUp')).to.equal('Program e3');
    });

    it('keeps the focused programme in its place in reading order', async () => {
      const element = await timeline(fixture('bekasi'));
      tabStops(element)[0]!.focus();
      for (let step = 0; step < 3; step += 1) {
        key(element.shadowRoot!.activeElement!, 'ArrowDown');
        await settle(element);
      }
      const focusedRow = Number(element.shadowRoot!.activeElement?.getAttribute('data-row'));
      expect(focusedRow).to.be.greaterThan(5);
      expect(rowOrder(element)).to.deep.equal(ascending(rowOrder(element)));
      await expect(element).to.be.accessible();
    });

    for (const layout of ['chart', 'list']) {
      it(`brings the programme the arrows move to into the page's view (${layout})`, async () => {
        // The timeline starts 200 px above the window's bottom edge: its later rows are below it.
        const page = await render<HTMLDivElement>(
          html`<div>
            <div style="height: ${window.innerHeight - 200}px"></div>
            <bekasi-timeline .data=${fixture('bekasi')} lang="id" layout=${layout}></bekasi-timeline>
          </div>`,
        );
        const element = page.querySelector('bekasi-timeline')!;
        await waitForState(element, 'ready');
        window.scrollTo(0, 0);
        try {
          // The chart's one tab stop, or the list's first programme (each is a button).
          const first = $<HTMLElement>(element, '[data-row][tabindex="0"], .list__button')!;
          first.scrollIntoView({ block: 'nearest' });
          first.focus();
          const outOfView: string[] = [];
          for (let step = 0; step < 8; step += 1) {
            key(element.shadowRoot!.activeElement!, 'ArrowDown');
            await settle(element);
            const box = element.shadowRoot!.activeElement!.getBoundingClientRect();
            if (box.top < 0 || box.bottom > window.innerHeight) {
              outOfView.push(`${focusedName(element)}: ${Math.round(box.top)}–${Math.round(box.bottom)} px`);
            }
          }
          expect(outOfView, `window 0–${window.innerHeight} px`).to.deep.equal([]);
          expect(window.scrollY).to.be.greaterThan(0);
          await expect(element).to.be.accessible();
        } finally {
          window.scrollTo(0, 0);
        }
      });
    }

    it('zooms with + and −, pans with Shift and an arrow', async () => {
      const element = await timeline(data(), { from: '2010', to: '2019' });
      tabStops(element)[0]!.focus();
      key(element.shadowRoot!.activeElement!, '+');
      await settle(element);
      expect(windowYears(element)).to.equal('Linimasa program, 2010 sampai 2014');
      key(element.shadowRoot!.activeElement!, '-');
      await settle(element);
      expect(windowYears(element)).to.equal('Linimasa program, 2010 sampai 2019');
      key(element.shadowRoot!.activeElement!, 'ArrowRight', { shiftKey: true });
      await settle(element);
      expect(windowYears(element)).to.equal('Linimasa program, 2012 sampai 2021');
      expect(focusedName(element)).to.equal('Program e1');
    });

    it('zooms around the focused programme’s part in view when it began long before the window', async () => {
      const element = await timeline(
        programmesDocument([
          programme('a', { start: '2010', end: '2030', status: 'in_progress' }),
          programme('b', { start: '2035', end: '2036', status: 'planned' }),
        ]),
        { from: '2024', to: '2025' },
      );
      tabStops(element)[0]!.focus();
      expect(focusedName(element)).to.equal('Program a');
      // Around its start, 2010, − flung the window to 2035–2039, away from the reader's 2024–2025.
      key(element.shadowRoot!.activeElement!, '-');
      await settle(element);
      expect(windowYears(element)).to.equal('Linimasa program, 2024 sampai 2028');
      expect(barOf(element, 'a')).to.not.equal(null);
      key(element.shadowRoot!.activeElement!, '+');
      await settle(element);
      expect(windowYears(element)).to.equal('Linimasa program, 2024 sampai 2025');
      key(element.shadowRoot!.activeElement!, '+');
      await settle(element);
      expect(windowYears(element)).to.equal('Linimasa program, 2024 sampai 2024');
      expect(focusedName(element)).to.equal('Program a');
      await expect(element).to.be.accessible();
    });

    it('leaves keys pressed with Ctrl, Alt or Meta to the browser: Ctrl and + zooms the page, Alt and ← goes back', async () => {
      const element = await timeline(data(), { from: '2010', to: '2019' });
      tabStops(element)[0]!.focus();
      const focused = focusedName(element);
      for (const [name, init] of [
        ['+', { ctrlKey: true }],
        ['-', { metaKey: true }],
        ['ArrowLeft', { altKey: true }],
        ['ArrowRight', { altKey: true }],
        ['End', { ctrlKey: true }],
      ] as const) {
        const event = key(element.shadowRoot!.activeElement!, name, init);
        expect(event.defaultPrevented, `${name} with ${Object.keys(init)[0]}`).to.equal(false);
      }
      await settle(element);
      expect(windowYears(element)).to.equal('Linimasa program, 2010 sampai 2019');
      expect(focusedName(element)).to.equal(focused);
      // The list view's arrows too.
      const list = await timeline(data(), { layout: 'list' });
      const row = $$<HTMLButtonElement>(list, '.list__button')[0]!;
      row.focus();
      expect(key(row, 'ArrowDown', { altKey: true }).defaultPrevented).to.equal(false);
      expect(key(row, 'ArrowDown').defaultPrevented).to.equal(true);
    });

    it('keeps focus on its programme when new data or a filter the page sets moves its row', async () => {
      const element = await timeline(data());
      tabStops(element)[0]!.focus();
      key(element.shadowRoot!.activeElement!, 'ArrowDown');
      await settle(element);
      expect(focusedName(element)).to.equal('Program l1');
      // A refresh brings a document with one more programme before it: l1 moves a row down.
      const refreshed = data();
      refreshed.programmes.unshift(programme('e0', { dimension: 'economy', start: '2009', end: '2010' }));
      element.data = refreshed;
      await settle(element);
      expect(focusedName(element)).to.equal('Program l1');
      expect(tabStops(element)).to.deep.equal([element.shadowRoot!.activeElement]);
      const selected = nextEvent<BekasiProgrammeSelectDetail>(element, 'bekasi-programme-select');
      key(element.shadowRoot!.activeElement!, 'Enter');
      expect((await selected).detail).to.deep.equal({ programme: 'l1' });
      element.closeDetails();
      await settle(element);
      // The page filters to the living lane: l1 is now the first row but one.
      element.dimension = 'living';
      await settle(element);
      expect(focusedName(element)).to.equal('Program l1');
      // The page filters it out: focus goes to the first programme left, not to the page.
      element.dimension = 'economy';
      await settle(element);
      expect(focusedName(element)).to.equal('Program e0');
      await expect(element).to.be.accessible();
    });

    it('keeps focus on its programme in the list when new data moves its row', async () => {
      const element = await timeline(data(), { layout: 'list' });
      const third = $$<HTMLButtonElement>(element, '.list__button')[2]!;
      third.focus();
      const name = focusedName(element);
      const refreshed = data();
      refreshed.programmes.unshift(programme('e0', { dimension: 'economy', start: '2009', end: '2010' }));
      element.data = refreshed;
      await settle(element);
      expect(focusedName(element)).to.equal(name);
      expect(element.shadowRoot!.activeElement).to.not.equal(third);
    });

    it('pans to a programme out of view when focus moves to it', async () => {
      const element = await timeline(data(), { from: '2010', to: '2011' });
      tabStops(element)[0]!.focus();
      key(element.shadowRoot!.activeElement!, 'End');
      await settle(element);
      expect(focusedName(element)).to.equal('Program e3');
      expect(windowYears(element)).to.equal('Linimasa program, 2015 sampai 2017');
    });

    it('opens the details with Enter, fires bekasi-programme-select, and Escape returns focus', async () => {
      const data = fixture('bekasi');
      const element = await timeline(data);
      const first = tabStops(element)[0]!;
      first.focus();
      const selected = nextEvent<BekasiProgrammeSelectDetail>(element, 'bekasi-programme-select');
      key(first, 'Enter');
      expect((await selected).detail).to.deep.equal({ programme: 'poc' });
      await settle(element);
      const dialog = $<HTMLDialogElement>(element, 'dialog')!;
      expect(dialog.open).to.equal(true);
      const text = dialog.textContent!.replace(/\s+/g, ' ');
      expect(text).to.include('Patriot Operation Center (Command Center)');
      expect(text).to.include('Perangkat daerah pelaksana');
      expect(text).to.include('Maret 2016 – tanpa tanggal selesai');
      expect(text).to.include('Kemajuan 80%');
      // Intl puts a no-break space after Rp; the whitespace is collapsed above.
      expect(text).to.include('Rp 12.500.000.000');
      expect(text).to.include('3 Maret 2016: Patriot Operation Center diresmikan (tercapai)');
      expect(text).to.include('(belum tercapai)');
      expect(dialog.querySelectorAll('.sources a').length).to.equal(3);
      await expect(element).to.be.accessible();
      key(dialog, 'Escape');
      await settle(element);
      expect($(element, 'dialog')).to.equal(null);
      expect(focusedName(element)).to.equal('Patriot Operation Center (Command Center)');
    });

    it('moves between programmes with real arrow presses, not scrolling the page itself', async () => {
      // The browser's own action for an arrow is to scroll the page; the timeline stops it, and
      // scrolls only as far as a programme out of sight needs (none here).
      const wrapper = await render<HTMLDivElement>(
        html`<div style="width: 960px">
          <bekasi-timeline .data=${data()} lang="id" layout="chart"></bekasi-timeline>
          <div style="height: 200vh"></div>
        </div>`,
      );
      const element = wrapper.querySelector('bekasi-timeline')!;
      await waitForState(element, 'ready');
      tabStops(element)[0]!.scrollIntoView({ block: 'center' });
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      let pageScrolled = false;
      const onScroll = () => (pageScrolled = true);
      window.addEventListener('scroll', onScroll);
      try {
        tabStops(element)[0]!.focus();
        for (const [press, name] of [
          ['ArrowRight', 'Program e2'],
          ['ArrowDown', 'Program l1'],
          ['ArrowLeft', 'Program l1'],
          ['ArrowUp', 'Program e1'],
        ] as const) {
          await sendKeys({ press });
          await settle(element);
          expect(focusedName(element), press).to.equal(name);
        }
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        expect(pageScrolled).to.equal(false);
      } finally {
        window.removeEventListener('scroll', onScroll);
        window.scrollTo(0, 0);
      }
    });

    it('opens the details once with a real Enter or Space, and a real Escape returns focus', async () => {
      // Real key presses: the browser's own action for a key on a button (a click after Enter's
      // keydown, on Space's keyup) comes on top of the timeline's, unless the timeline stops it.
      const element = await timeline(fixture('bekasi'));
      const selections: string[] = [];
      element.addEventListener('bekasi-programme-select', (event) => selections.push(event.detail.programme));
      for (const press of ['Enter', 'Space']) {
        tabStops(element)[0]!.focus();
        await sendKeys({ press });
        await settle(element);
        expect($<HTMLDialogElement>(element, 'dialog')?.open, press).to.equal(true);
        expect(element.shadowRoot!.activeElement?.closest('dialog'), press).to.not.equal(null);
        await sendKeys({ press: 'Escape' });
        await settle(element);
        expect($(element, 'dialog'), press).to.equal(null);
        expect(focusedName(element), press).to.equal('Patriot Operation Center (Command Center)');
      }
      expect(selections).to.deep.equal(['poc', 'poc']);
    });

    it('keeps the close button whole beside a long title', async () => {
      const name = 'Perizinan daring dengan standar waktu layanan dan tanda tangan elektronik terpadu';
      const element = await timeline(programmesDocument([programme('long', { name })]));
      $<HTMLButtonElement>(element, '.programme')!.click();
      await settle(element);
      const close = $(element, '.details__close')!;
      expect(close.textContent?.trim()).to.equal('Tutup');
      expect(brokenWords(close)).to.deep.equal([]);
    });

    it('opens the details on click, and the close button returns focus', async () => {
      const element = await timeline(fixture('bekasi'), { lang: 'en' });
      const row = $$<HTMLButtonElement>(element, '.programme')[1]!;
      const name = row.querySelector('.programme__name')?.textContent?.trim();
      row.click();
      await settle(element);
      const dialog = $<HTMLDialogElement>(element, 'dialog')!;
      expect(dialog.querySelector('.details__title')?.textContent?.trim()).to.equal(name);
      dialog.querySelector<HTMLButtonElement>('.details__close')!.click();
      await settle(element);
      expect($(element, 'dialog')).to.equal(null);
      expect(focusedName(element)).to.equal(name);
    });
  });

  describe('the reader’s window and new data', () => {
    it('keeps the zoom when a refresh brings a new version of the same document', async () => {
      const id = `zoom-refresh-${Math.random()}`;
      const element = document.createElement('bekasi-timeline');
      element.setAttribute('layout', 'chart');
      element.src = `/__test__/smart-city?id=${id}`;
      document.body.append(element);
      try {
        await waitForState(element, 'ready');
        await settle(element);
        const zoomIn = $<HTMLButtonElement>(element, '.toolbar button[title="Perbesar"]')!;
        zoomIn.click();
        zoomIn.click();
        await settle(element);
        const zoomed = chartLabel(element);
        // The server's document changes (the city is renamed): what a `refresh` tick brings.
        await fetch(`/__test__/bump?target=${id}`);
        const loaded = nextEvent(element, 'bekasi-load');
        element.reload();
        await loaded;
        await settle(element);
        expect(chartLabel(element)).to.equal(zoomed);
        await expect(element).to.be.accessible();
      } finally {
        element.remove();
      }
    });

    it('starts again from every programme when the page gives other data', async () => {
      const element = await timeline(
        programmesDocument([programme('a'), programme('b', { start: '2030', end: '2031' })]),
      );
      const whole = chartLabel(element);
      $<HTMLButtonElement>(element, '.toolbar button[title="Perbesar"]')!.click();
      await settle(element);
      expect(chartLabel(element)).to.not.equal(whole);
      element.data = programmesDocument([programme('a'), programme('b', { start: '2030', end: '2031' })]);
      await settle(element);
      expect(chartLabel(element)).to.equal(whole);
    });
  });

  describe('open details and new data', () => {
    const opened = async (element: BekasiTimeline, id: string) => {
      barOf(element, id).closest<HTMLButtonElement>('.programme')!.click();
      await settle(element);
      return $<HTMLDialogElement>(element, 'dialog')!;
    };

    it('shows the programme as the new document gives it', async () => {
      const element = await timeline(programmesDocument([programme('a'), programme('b')]));
      const dialog = await opened(element, 'b');
      expect(dialog.querySelector('.details__title')?.textContent?.trim()).to.equal('Program b');
      element.data = programmesDocument([programme('a'), programme('b', { name: 'Program b, renamed' })]);
      await settle(element);
      const shown = $<HTMLDialogElement>(element, 'dialog')!;
      expect(shown.open).to.equal(true);
      expect(shown.querySelector('.details__title')?.textContent?.trim()).to.equal('Program b, renamed');
      await expect(element).to.be.accessible();
    });

    it('closes when the new document no longer has the programme, and the focus goes to the timeline', async () => {
      const element = await timeline(programmesDocument([programme('a'), programme('b'), programme('c')]));
      const dialog = await opened(element, 'b');
      dialog.querySelector<HTMLButtonElement>('.details__close')!.focus();
      element.data = programmesDocument([programme('a'), programme('c')]);
      await settle(element);
      await element.updateComplete;
      expect($(element, 'dialog'), 'no details of a programme that is gone').to.equal(null);
      expect(names(element)).to.deep.equal(['Program a', 'Program c']);
      // Not left on the page: on the timeline's tab stop, the first programme now.
      expect(focusedName(element)).to.equal('Program a');
      await expect(element).to.be.accessible();
    });

    it('closes while the timeline shows an error, and stays closed when the programme comes back', async () => {
      const data = () => programmesDocument([programme('a'), programme('b')]);
      const element = await timeline(data());
      expect((await opened(element, 'b')).open).to.equal(true);
      element.data = { schemaVersion: '1.0' }; // no programmes: the error state
      await waitForState(element, 'error');
      expect($(element, 'dialog')).to.equal(null);
      await expect(element).to.be.accessible();
      element.data = data();
      await waitForState(element, 'ready');
      await settle(element);
      // It came back by itself, modal, and took the focus: the reader had not asked for it.
      expect($(element, 'dialog'), 'no details the reader did not open').to.equal(null);
      expect(element.shadowRoot!.activeElement?.closest('dialog') ?? null).to.equal(null);
      expect(names(element)).to.deep.equal(['Program a', 'Program b']);
      await expect(element).to.be.accessible();
    });

    it('closes while a new src loads, and stays closed when its document has the programme', async () => {
      const source = (query = '') => `/__test__/smart-city?id=tl-details-${Math.random()}${query}`;
      const element = await render<BekasiTimeline>(
        html`<bekasi-timeline lang="id" layout="chart" src=${source()}></bekasi-timeline>`,
      );
      await waitForState(element, 'ready');
      await settle(element);
      $<HTMLButtonElement>(element, '.programme')!.click();
      await settle(element);
      expect($<HTMLDialogElement>(element, 'dialog')?.open).to.equal(true);
      element.src = source('&ms=300');
      await waitForState(element, 'loading');
      expect($(element, 'dialog')).to.equal(null);
      await waitForState(element, 'ready');
      await settle(element);
      expect($(element, 'dialog'), 'no details the reader did not open').to.equal(null);
      expect(element.shadowRoot!.activeElement?.closest('dialog') ?? null).to.equal(null);
      await expect(element).to.be.accessible();
    });
  });

  describe('words a screen reader gets', () => {
    for (const layout of ['chart', 'list'] as const) {
      it(`keeps the ${layout}'s words and an open programme's details apart, as they are shown`, async () => {
        for (const lang of ['id', 'en']) {
          const element = await timeline(fixture('bekasi'), { layout, lang });
          expect(await runTogetherWords(element)).to.deep.equal([]);
          // The budget and its source: "Rp12.500.000.000 (APBD)", read as "…000(APBD)" before.
          $$<HTMLButtonElement>(element, '.programme, .list__button')
            .find((row) => row.textContent?.includes('Patriot Operation Center'))!
            .click();
          await settle(element);
          expect($(element, 'dialog')?.textContent).to.match(/12[.,]500[.,]000[.,]000 \(/);
          expect(await runTogetherWords(element)).to.deep.equal([]);
          await expect(element).to.be.accessible();
        }
      });
    }

    it('gives the chart its keyboard help once: as its description, not again as text after the rows', async () => {
      const element = await timeline(fixture('bekasi'), { layout: 'chart' });
      const [chart] = (await accessibleNodes(element, 'group')).filter((node) =>
        node.name.startsWith('Linimasa program'),
      );
      expect(chart?.description).to.include('Tombol Daftar menampilkan program yang sama');
      const texts = await accessibleNames(element, 'StaticText');
      expect(texts.filter((text) => text.includes('Tombol Daftar'))).to.deep.equal([]);
      await expect(element).to.be.accessible();
    });

    it("reads a list row's facts apart, with the chart's pauses, not as one run of words", async () => {
      const element = await timeline(fixture('bekasi'), { layout: 'list' });
      const rows = await accessibleNames(element, 'button');
      expect(rows).to.include(
        'Patriot Operation Center (Command Center) , 3 Maret 2016 – tanpa tanggal selesai , Berjalan , Sesuai rencana , Kemajuan 80% , 3 dari 4 tonggak tercapai , Diskominfostandi',
      );
      // The flags bring their own pauses: one comma before each, not two.
      expect(rows.find((name) => name.startsWith('Perizinan daring'))).to.equal(
        'Perizinan daring dengan standar waktu layanan , Juni 2021 – Juni 2026 , Terlambat , Quick Win , Berjalan , Melenceng , Kemajuan 82% , 2 dari 3 tonggak tercapai , DPMPTSP',
      );
      await expect(element).to.be.accessible();
    });
  });

  describe('details, in another language', () => {
    it('marks agency names given only in Indonesian with lang on an English page', async () => {
      const data = programmesDocument([
        programme('shared', { agency: 'kominfo', partners: ['dishub', 'kominfo'] }),
      ]);
      const agencies = (data as { agencies: { name: unknown }[] }).agencies;
      agencies[0]!.name = { id: 'Dinas Komunikasi dan Informatika' };
      agencies[1]!.name = { id: 'Dinas Perhubungan' };
      const element = await timeline(data, { lang: 'en' });
      $<HTMLButtonElement>(element, '.programme')!.click();
      await settle(element);
      const dialog = $(element, 'dialog')!;
      const marked = [...dialog.querySelectorAll('[lang="id"]')].map((each) => each.textContent?.trim());
      expect(marked).to.deep.equal([
        'Dinas Komunikasi dan Informatika',
        'Dinas Perhubungan',
        'Dinas Komunikasi dan Informatika',
      ]);
      expect(dialog.textContent?.replace(/\s+/g, ' ')).to.include(
        'Dinas Perhubungan, Dinas Komunikasi dan Informatika',
      );
      await expect(element).to.be.accessible();
    });
  });

  describe('filters', () => {
    it('marks a filter option with its language when the data names it only in another', async () => {
      // Dimension names in Arabic alone, in an Indonesian timeline: read in an Arabic voice.
      const element = await timeline(tooLongNamesDocument('ar'));
      const named = [...$$<HTMLSelectElement>(element, '.filters select')[0]!.options].slice(1);
      expect(named.length).to.be.above(0);
      expect(named.map((option) => option.lang)).to.deep.equal(named.map(() => 'ar'));
      const own = await timeline(fixture('bekasi'));
      const options = $$<HTMLSelectElement>(own, '.filters select').flatMap((choice) => [...choice.options]);
      expect(options.filter((option) => option.hasAttribute('lang'))).to.deep.equal([]);
      await expect(element).to.be.accessible();
    });

    it('filters by dimension (id or alias), agency (lead or partner), status and name', async () => {
      const byDimension = await timeline(fixture('bekasi'), { dimension: 'government' });
      expect(laneTitles(byDimension)).to.deep.equal(['Tata Kelola Pemerintahan Cerdas (4)']);
      const byAgency = await timeline(fixture('bekasi'), { agency: 'dishub' });
      expect(names(byAgency)).to.include('Patriot Operation Center (Command Center)');
      expect(names(byAgency)).to.include('Parkir pintar');
      const byStatus = await timeline(fixture('bekasi'), { status: 'planned' });
      expect(shadowText(byStatus)).to.include('2 dari 24 program');
      const bySearch = await timeline(fixture('bekasi'), { search: 'PARKIR' });
      expect(names(bySearch)).to.deep.equal(['Parkir pintar']);
      await expect(bySearch).to.be.accessible();
    });

    it('offers the agencies that lead or partner in a programme, and one the page sets', async () => {
      const agencies = ['kominfo', 'dishub', 'dlh', 'dinkes'].map((id) => ({
        id,
        abbr: id.toUpperCase(),
        name: id,
      }));
      const data = programmesDocument(
        [programme('a', { agency: 'dishub', partners: ['dlh'] }), programme('b')],
        {
          agencies,
        },
      );
      const agencyOptions = (element: BekasiTimeline) =>
        [...$$<HTMLSelectElement>(element, '.filters select')[1]!.options].map((option) =>
          option.textContent?.trim(),
        );
      // Kominfo and Dinkes lead nothing here: choosing one showed an empty timeline.
      expect(agencyOptions(await timeline(data))).to.deep.equal(['Semua', 'DISHUB', 'DLH']);
      const preset = await timeline(data, { agency: 'dinkes' });
      expect(agencyOptions(preset)).to.deep.equal(['Semua', 'DISHUB', 'DLH', 'DINKES']);
      expect($$<HTMLSelectElement>(preset, '.filters select')[1]!.value).to.equal('dinkes');
      expect($(preset, '[part="empty"]')).to.exist;
      await expect(preset).to.be.accessible();
    });

    it('says "1 programme" in English, not "1 programmes"', async () => {
      const element = await timeline(fixture('bekasi'), { lang: 'en', search: 'parking' });
      expect(shadowText(element)).to.include('1 of 24 programmes');
      expect($(element, '[part="summary"]')?.textContent?.replace(/\s+/g, ' ').trim()).to.match(
        /^1 programme: /,
      );
      await expect(element).to.be.accessible();
    });

    it('finds a programme by several of its words, in any order', async () => {
      const element = await timeline(fixture('bekasi'), { search: 'daring pajak' });
      expect(names(element)).to.deep.equal(['Pajak daerah daring']);
      const none = await timeline(fixture('bekasi'), { search: 'pajak parkir' });
      expect($(none, '[part="empty"]')).to.exist;
      await expect(element).to.be.accessible();
    });

    it('finds a name whatever the case and accents, however the accent is encoded', async () => {
      const data = programmesDocument([
        programme('a', { name: 'Café Pelayanan Publik' }),
        programme('b', { name: 'Pojok Cafe\u0301 Ibu dan Anak' }),
        programme('c', { name: 'Taman Kota' }),
      ]);
      for (const search of ['cafe', 'café', 'CAFÉ', 'cafe\u0301']) {
        const element = await timeline(data, { search });
        expect(names(element), search).to.have.length(2);
      }
    });

    it('shows a filter the page sets in its control, also after the reader picked another', async () => {
      const element = await timeline(fixture('bekasi'));
      const statusSelect = () =>
        $$<HTMLSelectElement>(element, 'select').find((each) =>
          [...each.options].some((option) => option.value === 'planned'),
        )!;
      for (const value of ['planned', 'completed']) {
        statusSelect().value = value;
        statusSelect().dispatchEvent(new Event('change'));
        await settle(element);
      }
      element.status = 'planned';
      await settle(element);
      expect(statusSelect().value).to.equal('planned');
      expect(shadowText(element)).to.include('2 dari 24 program');
      await expect(element).to.be.accessible();
    });

    it('fits the window to what a filter leaves, until the reader zooms or pans', async () => {
      const element = await timeline(fixture('bekasi'));
      const all = chartLabel(element);
      element.status = 'planned';
      await settle(element);
      // The two planned programmes run 2027–2028: the window follows them.
      const planned = chartLabel(element);
      expect(planned).to.not.equal(all);
      expect(windowYears(element)).to.match(/^Linimasa program, 202[67] sampai 20(28|29|30)$/);
      element.status = undefined;
      await settle(element);
      expect(chartLabel(element)).to.equal(all);
      // Once the reader has zoomed, a filter keeps their window.
      $<HTMLButtonElement>(element, '.toolbar button[title="Perbesar"]')!.click();
      await settle(element);
      const zoomed = chartLabel(element);
      element.status = 'planned';
      await settle(element);
      expect(chartLabel(element)).to.equal(zoomed);
      await expect(element).to.be.accessible();
    });

    it('shows a dimension given by its alias as chosen in the filter bar', async () => {
      const element = await timeline(fixture('bekasi'), { dimension: 'government' });
      const select = $$<HTMLSelectElement>(element, '.filters select')[0]!;
      expect(select.selectedOptions[0]?.textContent?.trim()).to.equal('Tata Kelola Pemerintahan Cerdas');
      expect(laneTitles(element)).to.deep.equal(['Tata Kelola Pemerintahan Cerdas (4)']);
      await expect(element).to.be.accessible();
    });

    it('reflects the filter bar into attributes, announces the count, and clears', async () => {
      const element = await timeline(fixture('bekasi'));
      const select = $$<HTMLSelectElement>(element, '.filters select')[2]!;
      select.value = 'completed';
      select.dispatchEvent(new Event('change'));
      await settle(element);
      expect(element.getAttribute('status')).to.equal('completed');
      expect(names(element).length).to.equal(6);
      await waitUntil(
        () => $(element, '[role="status"]')?.textContent === '6 dari 24 program',
        'the count is announced once the reader pauses',
      );
      const search = $<HTMLInputElement>(element, 'input[type="search"]')!;
      search.value = 'zzz';
      search.dispatchEvent(new Event('input'));
      await settle(element);
      expect(element.getAttribute('search')).to.equal('zzz');
      expect($(element, '[part="empty"]')?.textContent?.trim()).to.equal(
        'Tidak ada program yang cocok dengan filter.',
      );
      // Nothing to zoom or pan: the buttons go until something matches again.
      expect($$(element, '.zoom button')).to.have.length(0);
      await expect(element).to.be.accessible();
      $$<HTMLButtonElement>(element, '.clear')[0]!.click();
      await settle(element);
      expect(element.hasAttribute('status')).to.equal(false);
      expect(names(element).length).to.be.greaterThan(6);
      // The button went with the filters: focus is on the search box, not lost to the page.
      expect(element.shadowRoot!.activeElement?.matches('input[type="search"]')).to.equal(true);
      expect($$(element, '.zoom button')).to.have.length(5);
      // The zoom buttons name themselves; no group shares the view button's name, "Bagan".
      expect($$(element, '[role="group"]').map((group) => group.getAttribute('aria-label'))).to.not.include(
        'Bagan',
      );
    });

    it('says the months a zoom shows, once the keys pause', async () => {
      const element = await timeline(fixture('bekasi'), { from: '2016', to: '2028' });
      const { said, stop } = recordAnnouncements(element);
      try {
        const zoomIn = $$<HTMLButtonElement>(element, '.zoom button').find(
          (button) => button.getAttribute('title') === 'Perbesar',
        )!;
        zoomIn.click();
        zoomIn.click();
        await waitUntil(() => said.length > 0, 'the zoom is announced');
        await new Promise((resolve) => setTimeout(resolve, 700));
        expect(said).to.have.length(1);
        expect(said[0]).to.match(/^Linimasa program, \p{L}+ \d{4} sampai \p{L}+ \d{4}$/u);
        expect(said[0]).to.equal($(element, '.rows')?.getAttribute('aria-label'));
      } finally {
        stop();
      }
    });

    it('regroups from the filter bar, and says the lanes it made', async () => {
      const element = await timeline(fixture('bekasi'));
      const { said, stop } = recordAnnouncements(element);
      try {
        const select = $$<HTMLSelectElement>(element, '.filters select')[3]!;
        select.value = 'status';
        select.dispatchEvent(new Event('change'));
        await settle(element);
        expect(element.getAttribute('group-by')).to.equal('status');
        expect(laneTitles(element)[0]).to.match(/^Berjalan \(\d+\)$/);
        // The select says "Status"; what it did, the new lanes, a screen reader hears from the region.
        await waitUntil(() => said.length > 0, 'the new lanes are announced');
        expect(said.map(plain)).to.deep.equal([laneTitles(element).join(', ')]);
        await expect(element).to.be.accessible();
      } finally {
        stop();
      }
    });
  });

  describe('the list view', () => {
    it('lists programmes by lane and start, one toggle away', async () => {
      const element = await timeline(fixture('bekasi'));
      $$<HTMLButtonElement>(element, '.segmented button')[1]!.click();
      await settle(element);
      expect(element.getAttribute('layout')).to.equal('list');
      expect($(element, '[part="list"] [role="list"]')).to.not.equal(null);
      expect($$(element, '.list__item').length).to.equal(24);
      expect(laneTitles(element)[0]).to.equal('Tata Kelola Pemerintahan Cerdas (4)');
      expect(names(element).slice(0, 2)).to.deep.equal([
        'Patriot Operation Center (Command Center)',
        'Pengaduan terpadu: POT, SOROT, Qlue dan SP4N-LAPOR!',
      ]);
      expect($(element, '.list__item')?.textContent?.replace(/\s+/g, ' ')).to.include(
        'Maret 2016 – tanpa tanggal selesai',
      );
      await expect(element).to.be.accessible();
    });

    it('says what the chart says: health, progress and milestones, in words', async () => {
      for (const [lang, words] of [
        ['id', ['Sesuai rencana', 'Kemajuan 80%', '3 dari 4 tonggak tercapai']],
        ['en', ['On track', 'Progress 80%', '3 of 4 milestones reached']],
      ] as const) {
        const element = await timeline(fixture('bekasi'), { lang, layout: 'list' });
        const item = $(element, '.list__item')!.textContent!.replace(/\s+/g, ' ');
        for (const word of words) expect(item, lang).to.include(word);
        await expect(element).to.be.accessible();
      }
    });

    it('is what a narrow screen gets when the layout is auto', async () => {
      const element = await timeline(fixture('bekasi'), { layout: 'auto', width: 360 });
      await waitUntil(() => $(element, '[part="list"]'), 'the list should replace the chart');
      expect($(element, '[part="list"]')).to.not.equal(null);
      expect($(element, '[part="chart"]')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('switches to the list at a width that grows with the text size', async () => {
      // 800 px is wide enough for the chart at 16 px text (600 px), not at 24 px (900 px).
      const element = await timeline(fixture('bekasi'), { layout: 'auto', width: 800 });
      await settle(element);
      expect($(element, '[part="chart"]'), 'the chart at 16 px').to.exist;
      element.style.setProperty('--bekasi-font-size', '24px');
      await waitUntil(() => $(element, '[part="list"]'), 'the list should replace the chart at 24 px');
      expect($(element, '[part="chart"]')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('draws the rows in sight where a flick on a long list on a phone comes to rest', async () => {
      const element = await timeline(manyProgrammesDocument(2000, 20), { layout: 'auto', width: 360 });
      await waitUntil(() => $(element, '[part="list"]'), 'a phone gets the list');
      const scroller = $(element, '.scroller')!;
      scroller.scrollIntoView();
      const box = scroller.getBoundingClientRect();
      const bottom = Math.min(box.bottom, innerHeight) - 10;
      const x = box.left + box.width / 2;
      // Flicks: the finger lifts while it moves, and the list goes on scrolling on its own, until
      // it is well past the rows drawn at first.
      for (let flick = 0; flick < 8 && scroller.scrollTop < 4000; flick += 1) {
        await touch(...Array.from({ length: 6 }, (_, step) => [{ x, y: bottom - step * 60 }]));
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(scroller.scrollTop).to.be.greaterThan(4000);
      // Wherever the scroll comes to rest, what is in sight is rows, not blank space.
      // At rest: the same place for a quarter of a second (a busy machine may skip a frame or two).
      let last = -1;
      let since = performance.now();
      await waitUntil(
        () => {
          if (scroller.scrollTop !== last) [last, since] = [scroller.scrollTop, performance.now()];
          return performance.now() - since > 250;
        },
        'the flick comes to rest',
        PATIENT,
      );
      await settle(element);
      for (const share of [0.1, 0.5, 0.9]) {
        const y = box.top + (Math.min(box.bottom, innerHeight) - box.top) * share;
        const hit = element.shadowRoot!.elementFromPoint(x, y);
        expect(hit?.closest('.list__item, .lane'), `at ${share} of the list's height`).to.not.equal(null);
      }
      await expect(element).to.be.accessible();
    });

    it('opens details from the list and returns focus there', async () => {
      const element = await timeline(fixture('bekasi'), { layout: 'list' });
      const button = $$<HTMLButtonElement>(element, '.list__button')[2]!;
      button.focus();
      button.click();
      await settle(element);
      expect($<HTMLDialogElement>(element, 'dialog')?.open).to.equal(true);
      element.closeDetails();
      await settle(element);
      expect(element.shadowRoot!.activeElement).to.equal(button);
    });
  });

  describe('at the most rows drawn in full', () => {
    it('stays under 2,000 elements in both layouts, and windows one row more', async () => {
      const count = (element: Element) => element.shadowRoot!.querySelectorAll('*').length;
      // 20 lane headings and 130 programmes: FULL_ROWS rows, every one drawn.
      const full = manyProgrammesDocument(FULL_ROWS - 20, 20);
      for (const layout of ['list', 'chart']) {
        const element = await timeline(full, { groupBy: 'agency', layout });
        expect($$(element, '[data-row]')).to.have.length(FULL_ROWS - 20);
        expect(count(element), layout).to.be.below(2000);
      }
      const more = await timeline(manyProgrammesDocument(FULL_ROWS - 19, 20), {
        groupBy: 'agency',
        layout: 'list',
      });
      expect($$(more, '[data-row]').length).to.be.below(FULL_ROWS - 19);
      await expect(more).to.be.accessible();
    });
  });

  describe('at 10,000 programmes', () => {
    const big = manyProgrammesDocument(10_000, 20);
    const elementCount = (element: Element) => element.shadowRoot!.querySelectorAll('*').length;

    it('draws only the rows in view, whatever the window', async () => {
      const element = await timeline(big, { groupBy: 'agency' });
      expect(laneTitles(element)[0]).to.equal('OPD 1 (500)');
      expect(shadowText(element)).to.include('10.000 dari 10.000 program');
      expect(elementCount(element)).to.be.below(2000);
      const scroller = $(element, '.scroller')!;
      scroller.scrollTop = 36 * 5000;
      scroller.dispatchEvent(new Event('scroll'));
      await settle(element);
      expect(elementCount(element)).to.be.below(2000);
      expect(names(element).some((name) => /\d+$/.test(name ?? ''))).to.equal(true);
      $<HTMLButtonElement>(element, '.toolbar button[title="Perkecil"]')!.click();
      await settle(element);
      expect(elementCount(element)).to.be.below(2000);
      await expect(element).to.be.accessible();
    });

    it('renders the time tracks of the rows in sight and three beyond each edge, not of the rest', async () => {
      const element = await timeline(big, { groupBy: 'agency' });
      const scroller = $(element, '.scroller')!;
      const check = () => {
        const box = scroller.getBoundingClientRect();
        const rows = $$(element, '.programme');
        // Rows in sight, or within three rows (108 px) of an edge, draw their bars.
        const near = (row: Element) => {
          const { top, bottom } = row.getBoundingClientRect();
          return bottom > box.top - 108 && top < box.bottom + 108;
        };
        const drawn = (row: Element) =>
          getComputedStyle(row.querySelector('.programme__track')!).contentVisibility !== 'hidden';
        expect(rows.filter((row) => near(row)).every(drawn)).to.equal(true);
        expect(rows.filter((row) => !near(row)).some(drawn)).to.equal(false);
        expect(rows.filter((row) => !near(row)).length).to.be.above(0);
        return rows.filter(near).length;
      };
      expect(check()).to.be.at.least(14);
      scroller.scrollTop = 36 * 40;
      scroller.dispatchEvent(new Event('scroll'));
      await settle(element);
      expect(check()).to.be.at.least(14);
      await expect(element).to.be.accessible();
    });

    it('writes a lane’s count of thousands as the page’s language does', async () => {
      // By dimension, each of the framework's lanes holds well over a thousand of the 10,000.
      const indonesian = await timeline(big);
      expect(laneTitles(indonesian)[0]).to.match(/ \(\d\.\d{3}\)$/);
      const english = await timeline(big, { lang: 'en' });
      expect(laneTitles(english)[0]).to.match(/ \(\d,\d{3}\)$/);
    });

    it('keeps each windowed list row’s name and first facts in its fixed height on a phone', async () => {
      const element = await timeline(big, { groupBy: 'agency', layout: 'list', width: 360 });
      const problems = $$(element, '.scroller .list__button').flatMap((button) => {
        const box = button.getBoundingClientRect();
        const inside = (part: Element | null) => {
          const rect = part!.getBoundingClientRect();
          return rect.top >= box.top - 0.5 && rect.bottom <= box.bottom + 0.5;
        };
        const name = button.querySelector('.list__name')!;
        return inside(name) && inside(button.querySelector('.list__meta')) ? [] : [name.textContent?.trim()];
      });
      expect(problems).to.deep.equal([]);
      // An overdue flag comes right after the dates, so a narrow row keeps it.
      const overdue = $$(element, '.scroller .list__meta').find((meta) =>
        meta.querySelector('.flag--overdue'),
      );
      expect(overdue?.children[1]?.classList.contains('flags')).to.equal(true);
      await expect(element).to.be.accessible();
    });

    /** Sets the component's text size, then scrolls to `top` and lets it draw the rows there. */
    async function scrolledAtTextSize(element: BekasiTimeline, size: string, top: number) {
      element.style.setProperty('--bekasi-font-size', size);
      for (let frame = 0; frame < 3; frame += 1) await settle(element);
      const scroller = $(element, '.scroller')!;
      scroller.scrollTop = top;
      scroller.dispatchEvent(new Event('scroll'));
      await settle(element);
      return scroller;
    }
    /** The rows drawn reach past both edges of the scroller: none of it is left blank. */
    function expectFilled(scroller: Element, rows: Element[]) {
      const view = scroller.getBoundingClientRect();
      const boxes = rows.map((row) => row.getBoundingClientRect());
      expect(Math.min(...boxes.map((box) => box.top))).to.be.at.most(view.top);
      expect(Math.max(...boxes.map((box) => box.bottom))).to.be.at.least(view.bottom);
    }

    it('grows the windowed list rows with the text size, and still fills the scroller', async () => {
      const element = await timeline(big, { groupBy: 'agency', layout: 'list', width: 700 });
      const scroller = await scrolledAtTextSize(element, '24px', 96 * 500 + 40);
      const items = $$(element, '.scroller .list__item');
      expect(items[1]!.getBoundingClientRect().height).to.equal(96);
      const clipped = items.flatMap((item) => {
        const box = item.getBoundingClientRect();
        const meta = item.querySelector('.list__meta')!.getBoundingClientRect();
        return meta.bottom <= box.bottom + 0.5
          ? []
          : [item.querySelector('.list__name')?.textContent?.trim()];
      });
      expect(clipped).to.deep.equal([]);
      expectFilled(scroller, items);
      await expect(element).to.be.accessible();
    });

    it('grows the chart with the text size: rows, bars and tick spacing', async () => {
      const element = await timeline(big, { groupBy: 'agency', width: 1000 });
      const scroller = await scrolledAtTextSize(element, '24px', 54 * 2000 + 20);
      const rows = $$(element, '.programme');
      expect(rows[1]!.getBoundingClientRect().height).to.equal(54);
      expect($(element, '.bar')!.getBoundingClientRect().height).to.equal(30);
      expectFilled(scroller, rows);
      // No label runs into the next: each is narrower than the room to the next line.
      const ticks = $$(element, '.tick').map((tick) => tick.getBoundingClientRect());
      const crowded = ticks.slice(1).filter((tick, index) => tick.left < ticks[index]!.right);
      expect(crowded).to.have.length(0);
      await expect(element).to.be.accessible();
    });

    it('keeps the focused row in reading order, and focused, as the window slides', async () => {
      const element = await timeline(big, { groupBy: 'agency' });
      tabStops(element)[0]!.focus();
      for (let step = 0; step < 2; step += 1) {
        key(element.shadowRoot!.activeElement!, 'ArrowDown');
        await settle(element);
      }
      const focused = element.shadowRoot!.activeElement!;
      const row = focused.getAttribute('data-row');
      const name = focusedName(element);
      expect(Number(row)).to.be.greaterThan(1000);
      expect(rowOrder(element)).to.deep.equal(ascending(rowOrder(element)));
      // Scrolled a few rows on: the window slides, the focused button still shows its programme.
      const scroller = $(element, '.scroller')!;
      scroller.scrollTop += 36 * 3;
      scroller.dispatchEvent(new Event('scroll'));
      await settle(element);
      expect(element.shadowRoot!.activeElement).to.equal(focused);
      expect(focused.getAttribute('data-row')).to.equal(row);
      expect(focusedName(element)).to.equal(name);
      expect(rowOrder(element)).to.deep.equal(ascending(rowOrder(element)));
      expect(elementCount(element)).to.be.below(2000);
    });

    it('never blurs the focused programme of a windowed list as lanes slide past it', async () => {
      // Lanes of about 20: scrolling a few rows at a time, the window keeps changing which lanes
      // it holds, while the focused row (kept drawn) stays in its lane's list.
      const element = await timeline(manyProgrammesDocument(2000, 100), {
        layout: 'list',
        groupBy: 'agency',
      });
      const scroller = $<HTMLElement>(element, '.scroller')!;
      const rowHeight = $(element, '.list__item')!.getBoundingClientRect().height;
      // Down to the first lane's last rows, so that the second lane's first programme is drawn
      // below them; the first lane then leaves the window.
      scroller.scrollTop = rowHeight * 15;
      scroller.dispatchEvent(new Event('scroll'));
      await settle(element);
      const focused = $$(element, '[role="list"]')[1]!.querySelector<HTMLButtonElement>('.list__button')!;
      focused.focus();
      let blurs = 0;
      focused.addEventListener('blur', () => (blurs += 1));
      for (let step = 0; step < 12; step += 1) {
        scroller.scrollTop += rowHeight * 7;
        scroller.dispatchEvent(new Event('scroll'));
        await settle(element);
      }
      for (let step = 0; step < 12; step += 1) {
        scroller.scrollTop -= rowHeight * 7;
        scroller.dispatchEvent(new Event('scroll'));
        await settle(element);
      }
      expect(blurs).to.equal(0);
      expect(element.shadowRoot!.activeElement).to.equal(focused);
    });

    it('keeps the list windowed and focus moving through it', async () => {
      const element = await timeline(big, { layout: 'list', groupBy: 'agency' });
      expect(elementCount(element)).to.be.below(2000);
      const first = $$<HTMLButtonElement>(element, '.list__button')[0]!;
      const firstName = first.querySelector('.list__name')?.textContent?.trim();
      first.focus();
      for (let step = 0; step < 30; step += 1) {
        key(element.shadowRoot!.activeElement!, 'ArrowDown');
        await settle(element);
      }
      expect(focusedName(element)).to.not.equal(firstName);
      expect(element.shadowRoot!.activeElement?.getAttribute('data-row')).to.equal('31');
      expect(elementCount(element)).to.be.below(2000);
    });
    it('draws the rows where the other view shows after a switch, from its top', async () => {
      const element = await timeline(big, { groupBy: 'agency' });
      /** The names of the rows in sight in the scroller (the chart's or the windowed list). */
      const inSight = () => {
        const box = $(element, '.scroller')!.getBoundingClientRect();
        return $$(element, '[data-row]')
          .filter((row) => {
            const { top, bottom } = row.getBoundingClientRect();
            return bottom > box.top && top < box.bottom;
          })
          .map((row) => row.querySelector('.programme__name, .list__name')?.textContent?.trim());
      };
      const scrollFar = async () => {
        const scroller = $(element, '.scroller')!;
        scroller.scrollTop = 36 * 800;
        scroller.dispatchEvent(new Event('scroll'));
        await settle(element);
        expect(inSight().length).to.be.greaterThan(5);
      };
      const top = inSight();
      await scrollFar();
      $$<HTMLButtonElement>(element, '.segmented button')[1]!.click(); // "Daftar"
      await settle(element);
      // The scroll position was the chart's: the list drew rows thousands of pixels below its top.
      expect($(element, '.scroller')!.scrollTop).to.equal(0);
      expect(inSight().slice(0, 3)).to.deep.equal(top.slice(0, 3));
      await expect(element).to.be.accessible();
      await scrollFar();
      element.layout = 'chart'; // the page sets it
      await settle(element);
      expect(inSight()).to.deep.equal(top);
    });
  });

  describe('the list, one tab stop', () => {
    it('lets Tab leave the list in one press, as it leaves the chart; ↓ moves in it', async () => {
      const element = await timeline(manyProgrammesDocument(2000, 5), { layout: 'list' });
      const after = document.createElement('button');
      after.textContent = 'after the timeline';
      element.parentElement!.append(after);
      try {
        expect($$(element, '.list__button[tabindex="0"]')).to.have.length(1);
        $<HTMLButtonElement>(element, '.list__button[tabindex="0"]')!.focus();
        await sendKeys({ press: 'ArrowDown' });
        await settle(element);
        const second = element.shadowRoot!.activeElement as HTMLElement;
        expect(second.getAttribute('tabindex')).to.equal('0');
        expect($$(element, '.list__button[tabindex="0"]')).to.have.length(1);
        await sendKeys({ press: 'Tab' });
        await settle(element);
        expect(document.activeElement).to.equal(after);
        await expect(element).to.be.accessible();
      } finally {
        after.remove();
      }
    });

    it('lists each lane’s programmes as a list of their own, each row saying its place in its lane', async () => {
      // Drawn whole: six lanes, six lists, and the headings outside them (a list of a lane of four
      // said "30 items" for 24 programmes when the headings were items too).
      const short = await timeline(fixture('bekasi'), { layout: 'list' });
      const lists = $$(short, '[role="list"]');
      expect(lists.map((list) => list.querySelectorAll(':scope > [role="listitem"]').length)).to.deep.equal(
        laneTitles(short).map((title) => Number(/\((\d+)\)$/.exec(title!)![1])),
      );
      expect($$(short, '[role="listitem"] [role="heading"]')).to.have.length(0);
      const first = [...lists[0]!.children];
      expect(
        first.map((row) => [row.getAttribute('aria-posinset'), row.getAttribute('aria-setsize')]),
      ).to.deep.equal([
        ['1', '4'],
        ['2', '4'],
        ['3', '4'],
        ['4', '4'],
      ]);
      await expect(short).to.be.accessible();

      // Windowed, a lane's list holds a few of its rows: each says where it is in its lane.
      const element = await timeline(manyProgrammesDocument(2000, 5), { layout: 'list' });
      const rows = $$(element, '[role="listitem"]');
      expect(rows.length).to.be.below(100);
      const [laneSize] = /\((\d+)\)$/.exec(laneTitles(element)[0]!)!.slice(1);
      expect(rows[0]!.getAttribute('aria-setsize')).to.equal(laneSize);
      expect(rows.map((row) => row.getAttribute('aria-posinset')).slice(0, 3)).to.deep.equal(['1', '2', '3']);
      // Scrolled to ten rows before the second lane's heading (row N + 1, after the first lane's N
      // programmes): the rows above it carry on the first lane's list part way through, and the
      // second lane's list starts at 1 of as many as its heading says.
      const scroller = $<HTMLElement>(element, '.scroller')!;
      const rowHeight = $(element, '.list__item')!.getBoundingClientRect().height;
      scroller.scrollTop = (Number(laneSize) + 1 - 10) * rowHeight;
      scroller.dispatchEvent(new Event('scroll'));
      await settle(element);
      const heading = $$<HTMLElement>(element, '.lane').find(
        (lane) => lane.style.getPropertyValue('--_row') === String(Number(laneSize) + 1),
      );
      // The list before it: the focused row's (kept drawn though scrolled away, at 1), then the
      // rows above the heading, at their places far into that lane.
      const places = [...heading!.previousElementSibling!.children].map((row) =>
        Number(row.getAttribute('aria-posinset')),
      );
      expect(places[0]).to.equal(1);
      const inView = places.slice(1);
      expect(inView[0]).to.be.above(2);
      expect(inView).to.deep.equal(inView.map((_, index) => inView[0]! + index));
      const list = heading!.nextElementSibling!;
      expect(list.getAttribute('role')).to.equal('list');
      expect(list.firstElementChild!.getAttribute('aria-posinset')).to.equal('1');
      expect(list.firstElementChild!.getAttribute('aria-setsize')).to.equal(
        /\((\d+)\)$/.exec(heading!.textContent!.trim())![1],
      );
      await expect(element).to.be.accessible();
    });

    it('prints its progress fills, done milestones and overdue hatching, which are backgrounds', async () => {
      const element = await timeline(fixture('bekasi'));
      for (const part of ['.chart', '.bar', '.milestone']) {
        expect(getComputedStyle($(element, part)!).printColorAdjust, part).to.equal('exact');
      }
    });
  });

  describe('budgets', () => {
    it('shows a budget with cents as given, and a whole one without', async () => {
      const element = await timeline(
        programmesDocument([
          programme('b', { budget: { amount: 1234.56, currency: 'USD' } }),
          programme('c', { start: '2011', budget: { amount: 12500000000, currency: 'IDR' } }),
        ]),
        { lang: 'en' },
      );
      const details = async (index: number) => {
        $$<HTMLElement>(element, '.programme')[index]!.click();
        await settle(element);
        const text = $(element, 'dialog')!.textContent!.replace(/\s+/g, ' ');
        $<HTMLButtonElement>(element, 'dialog button')!.click();
        await settle(element);
        return text;
      };
      expect(await details(0)).to.include('$1,234.56');
      const whole = await details(1);
      expect(whole).to.match(/IDR\s?12,500,000,000(?![.,]\d)/);
    });
  });

  describe('with scrollbars that take room', () => {
    it('draws the bars and the today line on the axis’s scale while the rows scroll', async () => {
      const element = await timeline(fixture('bekasi'), { width: 960 });
      // The test browser runs with --hide-scrollbars, where no scrollbar takes room: the axis and
      // the scroller must both keep a gutter for one, and with a styled 15 px scrollbar in it, the
      // rows' time track must be the axis's.
      for (const part of ['.axis', '.scroller']) {
        expect(getComputedStyle($(element, part)!).scrollbarGutter, part).to.equal('stable');
      }
      const style = document.createElement('style');
      style.textContent = '::-webkit-scrollbar { width: 15px; height: 15px; background: #ccc; }';
      element.shadowRoot!.append(style);
      await settle(element);
      const scroller = $(element, '.scroller')!;
      expect(scroller.offsetWidth - scroller.clientWidth).to.equal(15);
      const axis = $(element, '.axis__track')!.getBoundingClientRect();
      const track = $(element, '.programme__track')!.getBoundingClientRect();
      expect([track.left, track.right]).to.deep.equal([axis.left, axis.right]);
    });
  });

  describe('filters the page sets on a long timeline', () => {
    const big = manyProgrammesDocument(10_000, 20);

    it('draws from the top again after a filter that left nothing is relaxed', async () => {
      for (const layout of ['chart', 'list']) {
        const element = await timeline(big, { groupBy: 'agency', layout });
        const firstRows = () => names(element).slice(0, 3);
        const top = firstRows();
        const scroller = $(element, '.scroller')!;
        scroller.scrollTop = 36 * 800;
        scroller.dispatchEvent(new Event('scroll'));
        await settle(element);
        expect(firstRows(), layout).not.to.deep.equal(top);

        element.search = 'tidak ada program bernama begini';
        await settle(element);
        expect($(element, '[part="empty"]'), layout).to.exist;
        element.search = undefined;
        await settle(element);
        // The scroller is a new one, at its top: rows drawn for the old position left it blank.
        expect($(element, '.scroller')!.scrollTop, layout).to.equal(0);
        expect(firstRows(), layout).to.deep.equal(top);
        await expect(element).to.be.accessible();
      }
    });

    it('starts at the top when the page changes a filter, as when the reader does', async () => {
      const element = await timeline(big, { groupBy: 'agency' });
      const scroller = $(element, '.scroller')!;
      scroller.scrollTop = 36 * 800;
      scroller.dispatchEvent(new Event('scroll'));
      await settle(element);
      element.status = 'in_progress';
      await settle(element);
      expect($(element, '.scroller')!.scrollTop).to.equal(0);
      expect(laneTitles(element)[0]).to.match(/^OPD 1 \(/);
    });
  });

  describe('bad input', () => {
    it('draws programmes at the ends of the calendar, years 0001 to 9999, with a bounded axis', async () => {
      const data = programmesDocument([
        programme('early', { start: '0001', end: '0002' }),
        programme('late', { start: '9998', end: '9999-12-31' }),
        programme('open', { start: '0001', end: undefined, status: 'in_progress' }),
      ]);
      const element = await timeline(data);
      expect(names(element)).to.include.members(['Program early', 'Program late', 'Program open']);
      const root = element.shadowRoot!;
      expect(root.innerHTML).not.to.match(/NaN|Infinity/);
      // The whole span fits: the axis names a handful of years, not ten thousand.
      expect(root.querySelectorAll('.tick').length).to.be.within(1, 40);
      expect(deepCount(root)).to.be.below(2000);
      await expect(element).to.be.accessible();
    });

    it('draws a programme listed with 100,000 milestones without them, and reports why', async () => {
      const milestones = Array.from({ length: 100_000 }, (_, index) => ({
        date: '2011-06',
        title: `Tahap ${index}`,
        done: index % 2 === 0,
      }));
      const { element, issues } = await shownWithIssues<BekasiTimeline>('bekasi-timeline', (element) => {
        element.data = programmesDocument([
          programme('a', { milestones }),
          programme('b', { milestones: milestones.slice(0, 50) }),
        ]);
      });
      expect(names(element)).to.deep.equal(['Program a', 'Program b']);
      // Every mark was an element in the row: the list of 100,000 goes, the list of 50 stays.
      expect($$(element, '[data-row="1"] .milestone')).to.have.length(0);
      expect($$(element, '[data-row="2"] .milestone')).to.have.length(50);
      expect(deepCount(element.shadowRoot!)).to.be.below(2000);
      expect(issues.map(({ path, code, outcome }) => `${path} ${code} ${outcome}`)).to.deep.equal([
        'programmes[0].milestones too-many field-dropped',
      ]);
      await expect(element).to.be.accessible();
      element.remove();
    });

    it('shows hostile text as text and never follows unsafe links', async () => {
      const data = programmesDocument([
        programme('x', {
          name: SCRIPT_PAYLOAD,
          summary: SCRIPT_PAYLOAD,
          url: 'javascript:window.__bekasiPwned=true',
          sources: [
            { title: SCRIPT_PAYLOAD, url: 'javascript:window.__bekasiPwned=true' },
            { title: 'Aman', url: 'https://example.org/' },
          ],
        }),
      ]);
      const element = await timeline(data);
      expect(names(element)).to.deep.equal([SCRIPT_PAYLOAD]);
      $<HTMLButtonElement>(element, '.programme')!.click();
      await settle(element);
      const dialog = $(element, 'dialog')!;
      expect(dialog.querySelector('img, script')).to.equal(null);
      expect([...dialog.querySelectorAll('a')].map((link) => link.getAttribute('href'))).to.deep.equal([
        'https://example.org/',
      ]);
      expect((window as { __bekasiPwned?: boolean }).__bekasiPwned).to.equal(undefined);
    });

    it('leaves out malformed programmes and reports each with its path', async () => {
      const { element, issues } = await shownWithIssues<BekasiTimeline>('bekasi-timeline', (element) => {
        element.data = programmesDocument([
          programme('ok'),
          programme('bad-date', { start: '2023-13' }),
          programme('backwards', { start: '2020', end: '2019' }),
          programme('unknown-dimension', { dimension: 'nowhere' }),
          { id: 'no-name', dimension: 'economy', start: '2020', status: 'planned' },
          'not an object',
        ]);
      });
      expect(names(element)).to.deep.equal(['Program ok']);
      expect(issues.map((issue) => issue.path)).to.include.members([
        'programmes[1].start',
        'programmes[2].end',
        'programmes[4].name',
        'programmes[5]',
      ]);
      await expect(element).to.be.accessible();
      element.remove();
    });

    it('says so when the document has no programmes section, or an empty one', async () => {
      const missing = document.createElement('bekasi-timeline');
      const failed = nextEvent<BekasiErrorDetail>(missing, 'bekasi-error');
      missing.data = { schemaVersion: '1.0', city: { name: 'Kota' } };
      document.body.append(missing);
      expect((await failed).detail.code).to.equal('missing-section');
      await waitForState(missing, 'error');
      expect(shadowText(missing)).to.include('programmes');
      await expect(missing).to.be.accessible();
      missing.remove();

      const empty = await timeline(programmesDocument([]));
      expect($(empty, '[part="empty"]')?.textContent?.trim()).to.equal(
        'Belum ada program untuk ditampilkan.',
      );
      expect($(empty, '[part="filters"]')).to.equal(null);
      await expect(empty).to.be.accessible();
    });

    it('ignores from/to values that are not dates', async () => {
      const element = await timeline(programmesDocument([programme('a')]), { from: 'kemarin', to: '<b>' });
      expect(windowYears(element)).to.equal('Linimasa program, 2009 sampai 2013');
    });

    it('falls back to lanes by dimension and the chart for unknown values', async () => {
      const element = await timeline(fixture('bekasi'), { groupBy: 'colour', status: 'whatever' });
      expect(laneTitles(element)[0]).to.equal('Tata Kelola Pemerintahan Cerdas (4)');
      expect(shadowText(element)).to.include('24 dari 24 program');
    });

    it('ignores an agency or a dimension the document does not know, as the filter bar shows', async () => {
      const element = await timeline(fixture('bekasi'), { agency: 'dishubb', dimension: 'colour' });
      const shown = () =>
        $$<HTMLSelectElement>(element, '.filters select')
          .slice(0, 2)
          .map((select) => select.selectedOptions[0]?.textContent?.trim());
      // Under "Semua", they hid every programme: "Tidak ada program yang cocok dengan filter."
      expect(shown()).to.deep.equal(['Semua', 'Semua']);
      expect($(element, '[part="empty"]')).to.equal(null);
      expect(shadowText(element)).to.include('24 dari 24 program');
      // The attributes keep what the page set.
      expect([element.getAttribute('agency'), element.getAttribute('dimension')]).to.deep.equal([
        'dishubb',
        'colour',
      ]);
      await expect(element).to.be.accessible();
      element.agency = 'dishub';
      await settle(element);
      expect(shown()).to.deep.equal(['Semua', 'Dishub']);
      expect(names(element)).to.include('Parkir pintar');
    });
  });

  describe('states', () => {
    it('reserves room while loading, and says what failed with a retry', async () => {
      const loading = await render<BekasiTimeline>(
        html`<bekasi-timeline
          src=${`/__test__/slow?ms=2000&id=tl-loading-${Math.random()}`}
        ></bekasi-timeline>`,
      );
      await waitForState(loading, 'loading');
      expect($(loading, '[part="loading"]')!.getBoundingClientRect().height).to.be.greaterThan(400);
      await expect(loading).to.be.accessible();

      const failed = await render<BekasiTimeline>(
        html`<bekasi-timeline
          retries="0"
          src=${`/__test__/status/503?id=${Math.random()}`}
        ></bekasi-timeline>`,
      );
      await waitForState(failed, 'error');
      expect($(failed, '[part="error"]')?.textContent).to.include('503');
      expect($(failed, '[part="error"] button')).to.not.equal(null);
      await expect(failed).to.be.accessible();
    });

    it('is accessible in the dark theme, in the chart and the list', async () => {
      const chart = await timeline(fixture('bekasi'), { theme: 'dark' });
      await expect(chart).to.be.accessible();
      const list = await timeline(fixture('bekasi'), { theme: 'dark', layout: 'list' });
      await expect(list).to.be.accessible();
    });
  });
});
