/**
 * What every component's stories share: the controls for the base element's attributes, a
 * wrapper that shows a component in a fixed data state, and the failed loads the error stories
 * show.
 */
import { html, type TemplateResult } from 'lit';
import type { DataState } from '../../src/core/data-state.js';

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

/** The server answered 404. */
export const NOT_FOUND: DataState = {
  status: 'error',
  failure: { code: 'http', status: 404, url: ENDPOINT },
  url: ENDPOINT,
};
