import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { defineStoryDataState } from './support/data-state-provider.js';
import { stateFromValue } from '../src/core/data-state.js';
import { DEMO_URL, doc } from './support/fixtures.js';
import {
  baseArgs,
  type BaseArgs,
  dataArgTypes,
  inBekasiData,
  inState,
  LOADING_STATE,
  NO_SOURCE,
  NOT_FOUND,
  renderedComponent,
  STALE,
  TIMED_OUT,
  UNREACHABLE,
} from './support/shared.js';

defineStoryDataState();

/** The banner's args, named as a page writes them: attributes by their attribute name. */
interface BannerArgs extends BaseArgs {
  variant?: 'hero' | 'strip' | 'compact';
  'show-score'?: boolean;
  'heading-level'?: number;
  /** The manifest also lists the attributes under their property names; hidden from the table. */
  showScore?: never;
  headingLevel?: never;
  onBekasiError?: (event: Event) => void;
}

/** One `<bekasi-banner>` from args; `fallback` is its light-DOM content. */
function banner(args: BannerArgs, fallback: unknown = nothing): TemplateResult {
  return html`<bekasi-banner
    ${baseArgs(args)}
    variant=${ifDefined(args.variant)}
    ?show-score=${args['show-score']}
    heading-level=${ifDefined(args['heading-level'])}
    >${fallback}</bekasi-banner
  >`;
}

/** The light-DOM fallback a page can put inside: shown before the script runs and beside an error. */
const fallbackLink = html`<p>
  Kota Bekasi: <a href="https://www.bekasikota.go.id">situs resmi pemerintah kota</a>
</p>`;

const meta = {
  title: 'Components/Banner',
  component: 'bekasi-banner',
  tags: ['autodocs'],
  render: (args) => banner(args),
  args: {
    variant: 'hero',
    'show-score': false,
    'heading-level': 2,
    strict: false,
    data: doc('bekasi'),
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['hero', 'strip', 'compact'] },
    'show-score': { control: 'boolean' },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    ...dataArgTypes,
    // The same API under its property names: the attribute rows above already cover it.
    showScore: { table: { disable: true } },
    headingLevel: { table: { disable: true } },
  },
  parameters: {
    docs: {
      description: {
        component:
          "The city's identity in its own colours: logo, name, region, tagline, strategy, hero image, calls to action, " +
          'the smart-city dimensions and, with `show-score`, the latest overall score. Every story below is fed from ' +
          'the same JSON fixtures as the tests. Use the **Language** and **Theme** toolbar buttons to switch every story.',
      },
    },
  },
} satisfies Meta<BannerArgs>;

export default meta;
type Story = StoryObj<BannerArgs>;

/** The full banner for Kota Bekasi: the demo document, also served at `/data/bekasi.json`. */
export const Hero: Story = {};

/** One band for the top of a page: identity, tagline and the dimensions. */
export const Strip: Story = { args: { variant: 'strip' } };

/** A small card for a sidebar: the identity only. */
export const Compact: Story = { args: { variant: 'compact' } };

/**
 * `show-score`: the overall score of the latest evaluation, with its year, and its predicate when the
 * framework names levels (Bekasi's does not; see `AnotherCity`).
 */
export const WithScore: Story = { args: { 'show-score': true } };

/** `show-score` in the strip layout. */
export const StripWithScore: Story = { args: { variant: 'strip', 'show-score': true } };

/** `show-score` in the compact layout. */
export const CompactWithScore: Story = { args: { variant: 'compact', 'show-score': true } };

/** `lang="en"`: English, the element's own language (a `lang="en"` on the page around it does the same). The toolbar's Language button switches this story too. */
export const English: Story = { args: { 'show-score': true, lang: 'en' } };

/** `theme="dark"`, on a dark page. The Theme toolbar button switches this story too, as every story. */
export const Dark: Story = { args: { 'show-score': true, theme: 'dark' } };

/**
 * Another city, another framework: Boyd Cohen's Smart City Wheel on a 0–100 scale, in the city's
 * own blue and amber. Nothing in the component is Bekasi-only.
 */
export const AnotherCity: Story = { args: { data: doc('cohen'), 'show-score': true } };

/** A framework of three dimensions. */
export const ThreeDimensions: Story = { args: { data: doc('threeDimensions'), variant: 'strip' } };

/** A framework of twelve dimensions: the dimension list wraps. */
export const TwelveDimensions: Story = { args: { data: doc('twelveDimensions') } };

/** Realistically long Indonesian names, tagline, strategy and call to action: text wraps, nothing overflows. */
export const LongIndonesianNames: Story = { args: { data: doc('longNames'), 'show-score': true } };

/**
 * Partial data: the logo's `data:` URL, a `javascript:` link and the colour `"red"` are dropped
 * (and reported as console warnings and in `bekasi-load`'s `issues`); the rest renders.
 */
export const PartialData: Story = { args: { data: doc('partial'), 'show-score': true } };

/** The same partial data with `strict`: every issue is an error, for teams checking their endpoint. */
export const StrictWithIssues: Story = { args: { data: doc('partial'), strict: true } };

/** The least the banner needs: a `schemaVersion` and a city name. The default framework's six dimensions show. */
export const MinimalDocument: Story = { args: { data: doc('minimal') } };

/** Loading: the space is reserved, so nothing jumps when the data arrives. */
export const Loading: Story = inState(LOADING_STATE, banner);

/** Loading, in the strip layout: a shorter reserved height. */
export const LoadingStrip: Story = { ...inState(LOADING_STATE, banner), args: { variant: 'strip' } };

/** A document in a newer format (`schemaVersion: "2.0"`) is refused with a message naming both versions. */
export const ErrorUnsupportedVersion: Story = { args: { data: doc('versionTwo') } };

/**
 * The endpoint did not answer in time. The message says what and where, in the page's language;
 * "Coba lagi" ("Try again" in English) reloads; the light-DOM fallback (here a link to the city's
 * site) shows beside it.
 */
export const ErrorLoadFailure: Story = inState(TIMED_OUT, banner, fallbackLink);

/** The server answered 404. */
export const ErrorNotFound: Story = inState(NOT_FOUND, banner);

/**
 * The data could not be reached at all: the message names the connection, the address and the
 * server's CORS settings, since the browser does not tell the page which it was.
 */
export const ErrorUnreachable: Story = inState(UNREACHABLE, banner);

/**
 * "Coba lagi" ("Try again") pressed while the server is still down: the button keeps the focus
 * and says it is loading until the try ends (here after a minute; the pretend server answers when
 * the story's `retry-delay` has passed). A try that fails again is said in the status region.
 */
export const ErrorRetrying: Story = {
  // The pretend server is the only source: no data, src or loading controls, which would do nothing.
  argTypes: inState(NOT_FOUND, banner).argTypes,
  render: (args) =>
    html`<story-data-state .state=${NOT_FOUND} retry-delay="60000">
      ${banner({ ...args, data: undefined, src: undefined })}
    </story-data-state>`,
  play: async ({ canvasElement }) => {
    const element = await renderedComponent(canvasElement, 'bekasi-banner');
    const retry = element?.shadowRoot?.querySelector<HTMLButtonElement>('[part="error"] button');
    retry?.focus();
    retry?.click();
  },
};

/** What the pretend server sends once it is back: the Bekasi document. */
const RECOVERED = stateFromValue(doc('bekasi'));

/**
 * "Coba lagi" ("Try again") pressed, and this time the document comes: the error gives way to the
 * banner, and the focus, which was on the button, goes to the city's name (its heading) rather
 * than to the page, so a keyboard or screen-reader user goes on from there.
 */
export const ErrorRetrySucceeded: Story = {
  // As above, but the document comes, so `strict` (checking it) keeps its control.
  argTypes: inState(RECOVERED, banner).argTypes,
  render: (args) =>
    html`<story-data-state .state=${NOT_FOUND} .recovered=${RECOVERED} retry-delay="400">
      ${banner({ ...args, data: undefined, src: undefined })}
    </story-data-state>`,
  play: ErrorRetrying.play,
};

/**
 * A `src` that is not an http(s) address (`javascript:`, `data:`, a user name and password) is
 * refused before any request: the message says the address is not allowed, with no retry button.
 */
export const ErrorRefusedAddress: Story = {
  args: { data: undefined, src: 'javascript:alert(document.domain)' },
};

/** A document without `city`: the banner needs that section and says so. */
export const ErrorMissingCity: Story = { args: { data: { schemaVersion: '1.0' } } };

/** The one-tag embed: `src` fetches the document (here `/data/bekasi.json`, served by Storybook). */
export const FromSrc: Story = { args: { data: undefined, src: DEMO_URL } };

/**
 * Inside `<bekasi-data src>`: the banner has no data of its own and uses the document of the
 * nearest `<bekasi-data>`. One fetch feeds every component inside it. Here the `src`, `data`,
 * `refresh`, `timeout` and `retries` controls are the provider's.
 */
export const InsideBekasiData: Story = {
  render: (args) => inBekasiData(args, banner({ ...args, ...NO_SOURCE })),
  args: { variant: 'strip', 'show-score': true, data: undefined, src: DEMO_URL },
};

/** Page CSS wins over the city's colours: here the page sets `--bekasi-color-primary` and friends. */
export const PageColourOverrides: Story = {
  render: (args) =>
    html`<style>
        .portal-kota {
          --bekasi-color-primary: #7a1f3d;
          --bekasi-color-accent: #7a1f3d;
          --bekasi-radius: 0;
          --bekasi-dimension-governance: #7a1f3d;
        }
      </style>
      <div class="portal-kota">${banner(args)}</div>`,
};

/**
 * A city whose primary colour is a pale gold (`#e8a317`, 2.2:1 on white). The first call to action
 * gets black text, and the links a darker shade of the gold, so both keep 4.5:1; the rules and
 * outlines keep the gold itself.
 */
export const PaleCityColour: Story = {
  args: {
    'show-score': true,
    data: (() => {
      const document = doc('bekasi') as { city: { colors: Record<string, string> } };
      document.city.colors = { ...document.city.colors, primary: '#e8a317' };
      return document;
    })(),
  },
};

/**
 * An old CMS page's global CSS (serif body text, centred and upper-case paragraphs, red links,
 * bordered images, square bullets; a transparent text fill for gradient headings, words broken
 * anywhere): the banner keeps its own look.
 */
export const UnderHostilePageCss: Story = {
  render: (args) =>
    html`<style>
        .old-cms {
          font:
            13px/1.1 Georgia,
            serif;
          color: #555;
          -webkit-text-fill-color: transparent;
          word-break: break-all;
          hyphens: auto;
          text-align: center;
          text-transform: uppercase;
          letter-spacing: 0.1em;
        }
        .old-cms p,
        .old-cms ul {
          margin: 3em;
        }
        .old-cms a {
          color: red !important;
        }
        .old-cms img {
          border: 4px solid red;
        }
        .old-cms li {
          list-style: square;
        }
      </style>
      <div class="old-cms">${banner(args)}</div>`,
};

/** In a 320 px container (a phone, or a narrow sidebar): the hero stacks its image below and wraps. */
export const Narrow320: Story = {
  render: (args) => html`<div style="width: 320px">${banner(args)}</div>`,
  args: { 'show-score': true },
};

/** The strip in a 320 px container: it wraps onto several lines. */
export const Narrow320Strip: Story = {
  render: (args) => html`<div style="width: 320px">${banner(args)}</div>`,
  args: { variant: 'strip', 'show-score': true },
};

/**
 * A refresh failed three hours after the document was fetched: the banner keeps showing it, with
 * a note that it may be out of date, how old it is, and a way to try again (the `notice` part).
 */
export const StaleData: Story = { ...inState(STALE, banner), args: { 'show-score': true } };
