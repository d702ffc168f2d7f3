/**
 * What every component's stories share: the controls for the base element's attributes, a
 * wrapper that shows a component in a fixed data state, and the failed loads the error stories
 * show.
 */
import { html, noChange, nothing, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { DataState } from '../../src/core/data-state.js';
import { fixture } from '../../test/fixtures/index.js';

/** The args of the attributes, property and events every component has (from the base element). */
export interface BaseArgs {
  /** The element's own language; empty follows the page (the toolbar's Language). */
  lang?: string;
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
    element.data = args.data;
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
export function withState<Args extends BaseArgs>(
  state: DataState,
  render: (args: Args, fallback?: unknown) => TemplateResult,
  args: Args,
  fallback: unknown = nothing,
): TemplateResult {
  return inDataState(state, render({ ...args, data: undefined, src: undefined }, fallback));
}

/** Controls for the attributes every component has (from the base element). */
export const dataArgTypes = {
  strict: { control: 'boolean' },
  src: { control: 'text' },
  data: { control: 'object' },
  theme: {
    control: false,
    description:
      'Colour theme: `light`, `dark` or `auto`. In Storybook, set it with the Theme toolbar button.',
  },
} as const;

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

/** The server answered 404. */
export const NOT_FOUND: DataState = {
  status: 'error',
  failure: { code: 'http', status: 404, url: ENDPOINT },
  url: ENDPOINT,
};
