/**
 * What every component's stories share: the controls for the base element's attributes, a
 * wrapper that shows a component in a fixed data state, and the failed loads the error stories
 * show.
 */
import { html, noChange, nothing, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { DataState } from '../../src/core/data-state.js';
import { fixture } from '../../test/fixtures/index.js';

/** The args of the attributes, property and events every component has (from the base element). */
export interface BaseArgs {
  /**
   * The element's own language; empty follows the page. A story sets it as its own language; a
   * language picked in the toolbar overrides it (see `.storybook/preview.ts`).
   */
  lang?: string;
  /** A story's own theme; a theme picked in the toolbar overrides it (see `.storybook/preview.ts`). */
  theme?: 'light' | 'dark' | 'auto';
  strict?: boolean;
  src?: string;
  refresh?: number;
  timeout?: number;
  retries?: number;
  data?: unknown;
  onBekasiLoad?: (event: Event) => void;
  onBekasiError?: (event: Event) => void;
}

const BASE_ATTRIBUTES = ['lang', 'theme', 'src', 'refresh', 'timeout', 'retries'] as const;

/** Puts `BaseArgs` on the element it is bound to, as a page would write them. */
class BaseArgsDirective extends Directive {
  private listeners: [string, (event: Event) => void][] = [];

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('baseArgs() belongs on an element');
  }

  render(_args: BaseArgs): unknown {
    return nothing;
  }

  override update(part: ElementPart, [args]: [BaseArgs]): unknown {
    const element = part.element as HTMLElement & { data?: unknown };
    for (const name of BASE_ATTRIBUTES) {
      const value = args[name];
      if (value === undefined || value === '') element.removeAttribute(name);
      else element.setAttribute(name, String(value));
    }
    element.toggleAttribute('strict', Boolean(args.strict));
    // `null` typed into the data control clears it, as an absent `data` does (the component
    // itself would take `null` as a document and show an error).
    element.data = args.data ?? undefined;
    for (const [type, listener] of this.listeners) element.removeEventListener(type, listener);
    this.listeners = [];
    for (const [type, listener] of [
      ['bekasi-load', args.onBekasiLoad],
      ['bekasi-error', args.onBekasiError],
    ] as const) {
      if (listener) {
        element.addEventListener(type, listener);
        this.listeners.push([type, listener]);
      }
    }
    return noChange;
  }
}

/** `<bekasi-x ${baseArgs(args)} …>`: the base element's attributes, data and events from args. */
export const baseArgs = directive(BaseArgsDirective);

/**
 * A component with no data of its own, inside a provider of a fixed data state: `render` is the
 * story file's own component-from-args function.
 */
function withState<Args extends BaseArgs>(
  state: DataState,
  render: (args: Args, fallback?: unknown) => TemplateResult,
  args: Args,
  fallback: unknown = nothing,
): TemplateResult {
  return inDataState(state, render({ ...args, data: undefined, src: undefined }, fallback));
}

/** An arg's row left out of the Controls panel and the docs table of one story. */
const HIDDEN = { table: { disable: true } } as const;

/**
 * A story of a component in a fixed data state (`withState`): its render, and its controls
 * without the ones that would do nothing there. The component has no data source of its own
 * (`data`, `src` and the loading options `refresh`, `timeout`, `retries`); with no document in
 * the state (loading, a failed load) there is nothing for `strict` to check either.
 *
 * ```ts
 * export const Loading: Story = inState(LOADING_STATE, scorecard);
 * ```
 */
export function inState<Args extends BaseArgs>(
  state: DataState,
  render: (args: Args, fallback?: unknown) => TemplateResult,
  fallback: unknown = nothing,
) {
  const hasDocument = state.status === 'ready' && state.document !== undefined;
  return {
    render: (args: Args) => withState(state, render, args, fallback),
    argTypes: {
      data: HIDDEN,
      src: HIDDEN,
      refresh: HIDDEN,
      timeout: HIDDEN,
      retries: HIDDEN,
      ...(hasDocument ? {} : { strict: HIDDEN }),
    },
  };
}

/** The loading args `<bekasi-data>` shares with every component. */
export type SourceArgs = Pick<BaseArgs, 'src' | 'data' | 'refresh' | 'timeout' | 'retries'>;

/**
 * The loading args cleared: spread over the args of a component inside `inBekasiData`, which has
 * no source of its own and takes the provider's document.
 */
export const NO_SOURCE: SourceArgs = {
  src: undefined,
  data: undefined,
  refresh: undefined,
  timeout: undefined,
  retries: undefined,
};

/**
 * `<bekasi-data>` around `content`, loading from the story's `src`, `data`, `refresh`, `timeout`
 * and `retries` args: those controls act on the provider, which feeds every component inside.
 */
export function inBekasiData(args: SourceArgs, content: unknown): TemplateResult {
  return html`<bekasi-data
    src=${ifDefined(args.src || undefined)}
    .data=${args.data ?? undefined}
    refresh=${ifDefined(args.refresh)}
    timeout=${ifDefined(args.timeout)}
    retries=${ifDefined(args.retries)}
    >${content}</bekasi-data
  >`;
}

/**
 * Controls for the attributes every component has (from the base element). `src`, `refresh`,
 * `timeout` and `retries` do something only without `data`: `.storybook/preview.ts` gives them no
 * control in a story that sets `data`, for every story, as a component (and `<bekasi-data>`) uses
 * `data` first.
 */
export const dataArgTypes = {
  strict: { control: 'boolean' },
  src: { control: 'text' },
  refresh: { control: { type: 'number', min: 0, step: 60 } },
  timeout: { control: { type: 'number', min: 1, step: 1 } },
  retries: { control: { type: 'number', min: 0, max: 5, step: 1 } },
  data: { control: 'object' },
  lang: {
    control: false,
    description:
      'The language to show (`id`, `en`, or one registered); without it, the nearest `lang` around the ' +
      'component. In Storybook, set it with the Language toolbar button, for every story; a story that sets ' +
      'its own (English) keeps it until a language is picked there ("As the story sets it" goes back).',
  },
  theme: {
    control: false,
    description:
      'Colour theme: `light`, `dark` or `auto`. In Storybook, set it with the Theme toolbar button, for every ' +
      'story; a story that sets its own (Dark) keeps it until a theme is picked there ("As the story sets it" ' +
      'goes back).',
  },
} as const;

/**
 * The `today` property of the timeline and the tracker (no attribute): the day overdue, and the
 * timeline's today line, are measured against. Storybook's date control gives a timestamp (a link's
 * `today:!date(2024-01-01)` a `Date`); cleared, the component uses now.
 */
export const todayArgType = { control: 'date' } as const;

/** The `today` arg as the `Date` the property takes. */
export function todayOf(value: number | Date | undefined): Date | undefined {
  return value === undefined || value === null ? undefined : new Date(value);
}

/**
 * The component a story rendered, once it is defined and has rendered: a play function then finds
 * what it presses or focuses in its shadow root.
 */
export async function renderedComponent<K extends keyof HTMLElementTagNameMap>(
  canvasElement: HTMLElement,
  tag: K,
): Promise<HTMLElementTagNameMap[K] | null> {
  await customElements.whenDefined(tag);
  const element = canvasElement.querySelector(tag);
  await (element as { updateComplete?: Promise<unknown> } | null)?.updateComplete;
  return element;
}

/** A component without data of its own, shown in a fixed data state by `<story-data-state>`. */
export function inDataState(state: DataState, component: TemplateResult): TemplateResult {
  return html`<story-data-state .state=${state}>${component}</story-data-state>`;
}

export const LOADING_STATE: DataState = { status: 'loading' };

const ENDPOINT = 'https://data.example.go.id/smart-city.json';

/** The endpoint did not answer in time. */
export const TIMED_OUT: DataState = {
  status: 'error',
  failure: { code: 'timeout', url: ENDPOINT },
  url: ENDPOINT,
};

/**
 * A refresh of the Bekasi document failed three hours after it was fetched: the component keeps
 * showing it, with the `notice` that it may be out of date.
 */
export const STALE: DataState = {
  status: 'ready',
  document: fixture('bekasi'),
  failure: { code: 'timeout', url: ENDPOINT },
  fetchedAt: Date.now() - 3 * 3600 * 1000,
};

/**
 * No answer reached the page: the host is down, or (most often on a city's site) the data lives on
 * another domain whose server does not allow this one to read it (CORS). The browser hides which.
 */
export const UNREACHABLE: DataState = {
  status: 'error',
  failure: {
    code: 'network',
    url: ENDPOINT,
    detail: 'The data at … could not be reached. (Failed to fetch)',
  },
  url: ENDPOINT,
};

/** A document from a later version of the data format: it loads, and nothing can read it. */
export const UNSUPPORTED_VERSION: DataState = {
  status: 'ready',
  document: { schemaVersion: '9.0', city: { name: 'Kota Contoh' } },
  url: ENDPOINT,
};

/** The server answered 404. */
export const NOT_FOUND: DataState = {
  status: 'error',
  failure: { code: 'http', status: 404, url: ENDPOINT },
  url: ENDPOINT,
};
