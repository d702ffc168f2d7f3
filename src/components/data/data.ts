import { ContextProvider } from '@lit/context';
import { LitElement, css, html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { smartCityContext } from '../../core/context.js';
import { IDLE, stateFromValue, type DataState } from '../../core/data-state.js';
import { RemoteDocument } from '../../core/remote-document.js';
import { VERSION } from '../../version.js';

/**
 * Loads one document and provides it to every component inside, so a page with a banner, a
 * scorecard and a timeline fetches and validates its data once.
 *
 * @summary Provides one smart-city document to the components inside it.
 *
 * @slot - The components (and any other content) that use the document.
 */
export class BekasiData extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static readonly version = VERSION;

  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    refresh: { type: Number },
    timeout: { type: Number },
    retries: { type: Number },
    data: { attribute: false },
  };

  /** URL of the city's JSON document. */
  src?: string;

  /** Seconds between background re-fetches (with ETag revalidation); 0 for none. */
  refresh = 0;

  /** Seconds to wait for each attempt. */
  timeout = 10;

  /** Attempts after the first when loading fails on the network or the server. */
  retries = 2;

  /** The document itself, as an object (instead of `src`). */
  data?: unknown;

  readonly #remote = new RemoteDocument(this, () => ({
    src: this.data === undefined ? this.src : undefined,
    refresh: this.refresh,
    timeout: this.timeout,
    retries: this.retries,
  }));

  readonly #provider = new ContextProvider(this, { context: smartCityContext, initialValue: IDLE });

  /** Loads the document again now. */
  reload(): void {
    this.#remote.reload();
  }

  /** The state given to the components inside. */
  get dataState(): DataState {
    if (this.data !== undefined) return stateFromValue(this.data);
    const state = this.#remote.state;
    return state === IDLE ? state : { ...state, reload: () => this.reload() };
  }

  #lastProvided: string | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const next = this.dataState;
    const provided = this.#provider.value;
    // Provide a new object only when something changed, so consumers re-render only then. Each
    // attempt's failure is a new object: a retry that failed again, even the same way, is news.
    const key = `${next.status}|${next.fetchedAt ?? ''}|${next.url ?? ''}`;
    if (
      key !== this.#lastProvided ||
      next.document !== provided?.document ||
      next.failure !== provided?.failure
    ) {
      this.#lastProvided = key;
      this.#provider.setValue(next);
    }
  }

  protected override render(): unknown {
    return html`<slot></slot>`;
  }
}
