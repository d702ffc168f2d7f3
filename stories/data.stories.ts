import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DEMO_URL, doc } from './support/fixtures.js';
import { inBekasiData, inState, NOT_FOUND, type SourceArgs, UNSUPPORTED_VERSION } from './support/shared.js';

/**
 * `<bekasi-data>`'s args, named as a page writes them; `theme` comes from the toolbar. Every
 * story puts `src`, `data`, `refresh`, `timeout` and `retries` on its provider (`inBekasiData`).
 */
interface DataArgs extends SourceArgs {
  theme?: 'light' | 'dark' | 'auto';
}

/** One provider with a banner strip and a compact scorecard inside, fed by it. */
function provider(args: DataArgs): TemplateResult {
  return inBekasiData(
    args,
    html`<bekasi-banner variant="strip" show-score theme=${ifDefined(args.theme)}></bekasi-banner>
      <bekasi-scorecard
        variant="compact"
        heading-level="2"
        theme=${ifDefined(args.theme)}
      ></bekasi-scorecard>`,
  );
}

/**
 * All four components in one provider, as a page showing its whole programme would place them:
 * the stories that change the page around them (its root font, its language) share it.
 */
function everyComponent(args: DataArgs, timelineLayout: 'chart' | 'list'): TemplateResult {
  return inBekasiData(
    args,
    html`<bekasi-banner variant="strip" show-score theme=${ifDefined(args.theme)}></bekasi-banner>
      <bekasi-scorecard variant="bars" heading-level="2" theme=${ifDefined(args.theme)}></bekasi-scorecard>
      <bekasi-quick-wins
        heading-level="2"
        status="in_progress"
        theme=${ifDefined(args.theme)}
      ></bekasi-quick-wins>
      <bekasi-timeline
        heading-level="2"
        layout=${timelineLayout}
        theme=${ifDefined(args.theme)}
      ></bekasi-timeline>`,
  );
}

const meta = {
  title: 'Components/Data',
  component: 'bekasi-data',
  tags: ['autodocs'],
  render: (args) => provider(args),
  args: { data: doc('bekasi') },
  argTypes: {
    src: { control: 'text' },
    data: { control: 'object' },
    refresh: { control: { type: 'number', min: 0, step: 60 } },
    timeout: { control: { type: 'number', min: 1, step: 1 } },
    retries: { control: { type: 'number', min: 0, max: 5, step: 1 } },
    theme: { table: { disable: true } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Loads one document and provides it to every component inside it: the page fetches and validates the ' +
          'data once, however many components show it. It renders nothing of its own; a component inside it with ' +
          'no `src`, `data` or inline JSON of its own takes its document. See Docs / Embedding for where data comes from.',
      },
    },
  },
} satisfies Meta<DataArgs>;

export default meta;
type Story = StoryObj<DataArgs>;

/** A banner and a scorecard fed by one `<bekasi-data>` holding the Bekasi document. */
export const Default: Story = {};

/**
 * `src`: the provider fetches the document (here `/data/bekasi.json`, served by Storybook) once for
 * both components. The `refresh`, `timeout` and `retries` controls act on that fetch.
 */
export const FromSrc: Story = { args: { data: undefined, src: DEMO_URL } };

/** A component with data of its own ignores the provider: here the scorecard shows another city. */
export const ComponentWithItsOwnData: Story = {
  render: (args) =>
    inBekasiData(
      args,
      html`<bekasi-banner variant="strip" theme=${ifDefined(args.theme)}></bekasi-banner>
        <bekasi-scorecard
          variant="compact"
          heading-level="2"
          .data=${doc('cohen')}
          theme=${ifDefined(args.theme)}
        ></bekasi-scorecard>`,
    ),
};

/**
 * On a page whose root font is 10 px, as Bootstrap 3 and many CMS themes set it: the components
 * keep the reader's default text size and their 44 px touch targets, as they size everything from
 * their own text. Shown in its own frame in the docs, as the rule is the whole page's.
 */
export const UnderATenPixelRoot: Story = {
  render: (args) =>
    html`<style>
        html {
          font-size: 10px;
        }
      </style>
      ${everyComponent(args, 'list')}`,
  parameters: { docs: { story: { inline: false, iframeHeight: 640 } } },
};

/**
 * In a right-to-left language, on its page (`lang="ar" dir="rtl"`): the components run right to
 * left, names and controls start on the right, and bars fill from the right. The timeline's time
 * axis still runs left to right, from the earliest year to the latest; only its names change
 * sides. Bekasi's names are Indonesian, so each is marked as such and read left to right. The
 * Arabic is the sample translation the tests use (`test/fixtures/translations/ar.ts`), registered
 * in `.storybook/preview.ts`. This story sets its page's language, so the toolbar's Language
 * item leaves it as it is; that item shows any other story in Arabic. Indonesian or English on a
 * right-to-left page stays left to right: see any other story with Direction "Right to left".
 */
export const InARightToLeftLanguage: Story = {
  render: (args) => html`<div lang="ar" dir="rtl">${everyComponent(args, 'chart')}</div>`,
};

/**
 * With a page's translation that has gaps (`test/fixtures/translations/gaps.ts`, Dutch, registered
 * in `.storybook/preview.ts`): a few strings given, whole groups left out, values of the wrong
 * type. The components draw with the words it gives and take the rest from the Indonesian: the
 * tracker's heading is Dutch, its status words Indonesian but for "Voltooid" (in the status
 * filter), and the timeline's "Dienst" grouping Dutch. See Docs / Accessibility, "Adding a language".
 * This story sets its page's language, so the toolbar's Language item leaves it as it is.
 */
export const WithATranslationThatHasGaps: Story = {
  render: (args) => html`<div lang="nl">${everyComponent(args, 'chart')}</div>`,
};

/** Three components fed one document that fails them alike: each shows the error, one alerts. */
const sharedError = (args: DataArgs) =>
  html`<bekasi-banner variant="strip" theme=${ifDefined(args.theme)}></bekasi-banner>
    <bekasi-scorecard variant="compact" heading-level="2" theme=${ifDefined(args.theme)}></bekasi-scorecard>
    <bekasi-quick-wins heading-level="2" theme=${ifDefined(args.theme)}></bekasi-quick-wins>`;

/**
 * The source failed (here the server answered 404), so every component it feeds shows the error.
 * Only one of them says it as an alert (the first to show it); the others show it quietly, where
 * a reader moving by headings finds it (each error's title is a heading). Made with the stories'
 * pretend source, which fails the same way a `<bekasi-data>` does.
 */
export const WhenItsSourceFails: Story = inState(NOT_FOUND, sharedError);

/**
 * The document loads but is written in a later version of the data format (`schemaVersion` 9.0),
 * so no component can use it. As with a failed load, each shows the error and only one says it as
 * an alert: they all read the same document, and the same words.
 */
export const WhenItsDocumentCannotBeUsed: Story = inState(UNSUPPORTED_VERSION, sharedError);
