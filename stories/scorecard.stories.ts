import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { defineStoryDataState } from './support/data-state-provider.js';
import { DEMO_URL, doc, documents, tooLongNamesDocument } from './support/fixtures.js';
import {
  baseArgs,
  type BaseArgs,
  dataArgTypes,
  inBekasiData,
  inState,
  LOADING_STATE,
  NO_SOURCE,
  renderedComponent,
  STALE,
  TIMED_OUT,
} from './support/shared.js';

defineStoryDataState();

/** The scorecard's args, named as a page writes them: attributes by their attribute name. */
interface ScorecardArgs extends BaseArgs {
  variant?: 'radar' | 'bars' | 'compact';
  year?: number;
  compare?: string;
  dimension?: string;
  'heading-level'?: number;
  /** The manifest also lists `heading-level` under its property name; hidden from the table. */
  headingLevel?: never;
  onBekasiDimensionSelect?: (event: Event) => void;
}

/** One `<bekasi-scorecard>` from args; `fallback` is its light-DOM content. */
function scorecard(args: ScorecardArgs, fallback: unknown = nothing): TemplateResult {
  return html`<bekasi-scorecard
    ${baseArgs(args)}
    variant=${ifDefined(args.variant)}
    year=${ifDefined(args.year)}
    compare=${ifDefined(args.compare || undefined)}
    dimension=${ifDefined(args.dimension || undefined)}
    heading-level=${ifDefined(args['heading-level'])}
    @bekasi-dimension-select=${args.onBekasiDimensionSelect}
    >${fallback}</bekasi-scorecard
  >`;
}

/** The light-DOM fallback a page can put inside: shown before the script runs and beside an error. */
const fallbackLink = html`<p>
  Hasil evaluasi smart city Kota Bekasi:
  <a href="https://www.bekasikota.go.id">situs resmi pemerintah kota</a>
</p>`;

/**
 * The Bekasi document with one gap: the 2024 evaluation gives no score for the economy
 * dimension (its maturity level stays). Built from the fixture, so it follows the fixture.
 */
function bekasiWithGap(): Record<string, unknown> {
  const copy = structuredClone(documents.bekasi);
  const latest = copy.evaluations.find((evaluation) => evaluation.year === 2024);
  const economy = latest?.dimensions.find((entry) => entry.dimension === 'economy') as
    { score?: number } | undefined;
  if (economy) delete economy.score;
  return copy as unknown as Record<string, unknown>;
}

/** The Bekasi document without the 2024 overall score: "—", read as "tidak ada data" alone. */
function bekasiWithoutOverall(): Record<string, unknown> {
  const copy = structuredClone(documents.bekasi);
  const latest = copy.evaluations.find((evaluation) => evaluation.year === 2024) as
    { overall?: unknown } | undefined;
  if (latest) delete latest.overall;
  return copy as unknown as Record<string, unknown>;
}

/** The three-dimension fixture less its third dimension: two axes would draw a line, not a radar. */
function twoDimensions(): Record<string, unknown> {
  const copy = structuredClone(documents.threeDimensions);
  copy.framework.dimensions = copy.framework.dimensions.filter((each) => each.id !== 'planet');
  for (const evaluation of copy.evaluations)
    evaluation.dimensions = evaluation.dimensions.filter((each) => each.dimension !== 'planet');
  return copy as unknown as Record<string, unknown>;
}

/** The twelve-dimension framework with two dimensions more, scored in every year. */
function fourteenDimensions(): Record<string, unknown> {
  const copy = structuredClone(documents.twelveDimensions);
  for (const id of ['m', 'n']) {
    copy.framework.dimensions.push({
      id,
      name: { id: `Dimensi ${id}`, en: `Dimension ${id}` },
      color: '#5b3fa0',
      elements: [],
    });
    for (const evaluation of copy.evaluations) evaluation.dimensions.push({ dimension: id, score: 2 });
  }
  return copy as unknown as Record<string, unknown>;
}

const meta = {
  title: 'Components/Scorecard',
  component: 'bekasi-scorecard',
  tags: ['autodocs'],
  render: (args) => scorecard(args),
  args: {
    variant: 'radar',
    'heading-level': 2,
    strict: false,
    data: doc('bekasi'),
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['radar', 'bars', 'compact'] },
    year: { control: { type: 'number', step: 1 } },
    compare: { control: 'text' },
    dimension: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    ...dataArgTypes,
    // The same API under its property name: the attribute row above already covers it.
    headingLevel: { table: { disable: true } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'How a city scores on each smart-city dimension in one evaluation year: the overall score with its ' +
          'predicate, rank and change; a radar with an optional comparison year; a row per dimension that opens ' +
          'to its elements and note; the aspect scores, a data table and the sources. Every story below is fed ' +
          'from the same JSON fixtures as the tests. Use the **Language** and **Theme** toolbar buttons to ' +
          'switch every story.',
      },
    },
  },
} satisfies Meta<ScorecardArgs>;

export default meta;
type Story = StoryObj<ScorecardArgs>;

/** Kota Bekasi's latest evaluation (2024) on the radar: the demo document, also served at `/data/bekasi.json`. */
export const Default: Story = {};

/** `compare="previous"`: the previous evaluation (2023) as a dashed outline with square points, and a marker on each bar. */
export const ComparePrevious: Story = { args: { compare: 'previous' } };

/** `compare="2022"`: a named year; every change is then measured against 2022. */
export const CompareNamedYear: Story = { args: { compare: '2022' } };

/**
 * `year="2023" compare="2024"`: a later year beside an earlier one. 2024 is drawn and tabled, but
 * the change still runs into 2023, from 2022: a change is never measured back from the future.
 */
export const CompareLaterYear: Story = { args: { year: 2023, compare: '2024' } };

/** `year="2023"`: an earlier evaluation; its change is measured against 2022. */
export const EarlierYear: Story = { args: { year: 2023 } };

/** `variant="bars"`: the rows without the radar, for narrow columns. */
export const Bars: Story = { args: { variant: 'bars', compare: 'previous' } };

/** `variant="compact"` in a 320 px sidebar: the overall score, the summary and a small radar. */
export const Compact: Story = {
  render: (args) => html`<div style="max-width: 320px">${scorecard(args)}</div>`,
  args: { variant: 'compact' },
};

/**
 * The compact radar with its top dimension focused by keyboard: the tooltip sits above the point,
 * over the summary, so the focused axis and its scores stay in sight.
 */
export const CompactAxisFocused: Story = {
  ...Compact,
  args: { variant: 'compact', compare: 'previous' },
  play: async ({ canvasElement }) => {
    const element = await renderedComponent(canvasElement, 'bekasi-scorecard');
    element?.shadowRoot?.querySelector<SVGElement>('.radar__axis')?.focus();
  },
};

/** `lang="en"`: English, the element's own language (a `lang="en"` on the page around it does the same). The toolbar's Language button switches this story too. */
export const English: Story = { args: { compare: 'previous', lang: 'en' } };

/** `theme="dark"`, on a dark page, with a comparison year. The Theme toolbar button switches this story too, as every story. */
export const Dark: Story = { args: { compare: 'previous', theme: 'dark' } };

/** `dimension="governance"`: the row is open from the page, with its maturity level, element scores and note. */
export const DimensionOpen: Story = { args: { dimension: 'governance' } };

/** An open row whose dimension has no element scores, note or level in the data: it says so. */
export const DimensionOpenWithoutDetails: Story = { args: { dimension: 'branding', compare: 'previous' } };

/** `dimension="government"`: an alias of `governance` (the 2022 data's name) opens the same row. */
export const OpenByAlias: Story = { args: { dimension: 'government' } };

/**
 * Another city, another framework: Boyd Cohen's Smart City Wheel on a 0–100 scale, in English.
 * Nothing in the component is Bekasi-only.
 */
export const CohenFramework: Story = { args: { data: doc('cohen'), compare: 'previous', lang: 'en' } };

/** A framework of three dimensions: the radar is a triangle. */
export const ThreeDimensions: Story = { args: { data: doc('threeDimensions'), compare: 'previous' } };

/** A framework of two dimensions: no radar (it would be a line); the rows show it, as in `bars`. */
export const TwoDimensions: Story = { args: { data: twoDimensions(), compare: 'previous' } };

/** A framework of fourteen dimensions: past twelve the axes would crowd, so the rows show it. */
export const FourteenDimensions: Story = { args: { data: fourteenDimensions(), compare: 'previous' } };

/** A framework of twelve dimensions. */
export const TwelveDimensions: Story = { args: { data: doc('twelveDimensions'), compare: 'previous' } };

/**
 * A dimension without a score: "—" on screen, "tidak ada data" for a screen reader, and no point on
 * its axis: the year's outline joins only the neighbouring scores, open at the gap and unfilled (a
 * gap is a gap, never a zero).
 */
export const MissingData: Story = { args: { data: bekasiWithGap() } };

/** No overall score for 2024: "—" without "/ 4,00", and "—" in the table's overall row. */
export const MissingOverall: Story = { args: { data: bekasiWithoutOverall(), compare: 'previous' } };

/** `year="1999"`: no evaluation for that year; the message names the years there are. */
export const YearNotInData: Story = { args: { year: 1999 } };

/** A document with no evaluations yet. */
export const NoEvaluations: Story = { args: { data: { ...doc('bekasi'), evaluations: [] } } };

/**
 * Partial data: a dimension score off the scale (5.2 on 0–4) is dropped and reported as a console
 * warning and in `bekasi-load`'s `issues`; the rest renders.
 */
export const PartialData: Story = { args: { data: doc('partial') } };

/** The same partial data with `strict`: every issue is an error, for teams checking their endpoint. */
export const StrictWithPartialData: Story = { args: { data: doc('partial'), strict: true } };

/** Loading: the space is reserved, so nothing jumps when the data arrives. */
export const Loading: Story = inState(LOADING_STATE, scorecard);

/**
 * The endpoint did not answer in time. The message says what and where, in the page's language;
 * "Coba lagi" ("Try again" in English) reloads; the light-DOM fallback (here a link to the city's
 * site) shows beside it.
 */
export const LoadFailure: Story = inState(TIMED_OUT, scorecard, fallbackLink);

/** A document in a newer format (`schemaVersion: "2.0"`) is refused with a message naming both versions. */
export const UnsupportedVersion: Story = { args: { data: doc('versionTwo') } };

/** The one-tag embed: `src` fetches the document (here `/data/bekasi.json`, served by Storybook). */
export const FromSrc: Story = { args: { data: undefined, src: DEMO_URL, compare: 'previous' } };

/**
 * Inside `<bekasi-data src>` with a banner: neither has data of its own; one fetch feeds both.
 * (One banner per city on a page: two would repeat the same landmark.) Here the `src`, `data`,
 * `refresh`, `timeout` and `retries` controls are the provider's.
 */
export const InsideBekasiData: Story = {
  render: (args) =>
    inBekasiData(
      args,
      html`<bekasi-banner variant="strip" theme=${ifDefined(args.theme)}></bekasi-banner>
        ${scorecard({ ...args, ...NO_SOURCE })}`,
    ),
  args: { compare: 'previous', data: undefined, src: DEMO_URL },
};

/**
 * In a 320 px container (a phone, or a narrow sidebar): the radar sits above the rows. Focus an
 * axis (Tab, then the arrow keys): its line is drawn in the focus colour and the tooltip stays
 * inside the chart, below the point in the upper half; Escape hides it.
 */
export const Narrow320: Story = {
  render: (args) => html`<div style="width: 320px">${scorecard(args)}</div>`,
  args: { compare: 'previous' },
};

/**
 * The data table shown in a 320 px container: numbers and headings stay whole ("3,80", "2024"),
 * and the table scrolls sideways in its own box, which takes focus so the keyboard can scroll it
 * and is a region named by the table's caption.
 */
export const Narrow320WithTable: Story = {
  render: (args) => html`<div style="width: 320px">${scorecard(args)}</div>`,
  args: { compare: 'previous' },
  play: async ({ canvasElement }) => {
    const element = await renderedComponent(canvasElement, 'bekasi-scorecard');
    element?.shadowRoot?.querySelector<HTMLButtonElement>('.table-toggle')?.click();
  },
};

/**
 * Dimension names in Arabic, too long for the radar, with the sample Arabic translation: each label
 * is cut short with "…" at its end, which in a right-to-left name is its left.
 */
export const RightToLeftNamesCutShort: Story = { args: { data: tooLongNamesDocument('ar'), lang: 'ar' } };

/**
 * Dimension names in Chinese, written without spaces and too long for the radar: each label is
 * split into lines between characters and cut short with "…" (the names are marked `lang="zh"`).
 */
export const NamesWithoutSpaces: Story = { args: { data: tooLongNamesDocument('zh') } };

/** Realistically long Indonesian names for the evaluation, its evaluator and ranks: text wraps, nothing overflows. */
export const LongNames: Story = { args: { data: doc('longNames') } };

/**
 * A refresh failed three hours after the document was fetched: the scorecard keeps showing it, with
 * a note that it may be out of date, how old it is, and a way to try again (the `notice` part).
 */
export const StaleData: Story = { ...inState(STALE, scorecard), args: { compare: 'previous' } };
