import { ContextProvider } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { smartCityContext } from '../../src/core/context.js';
import { LOADING, type DataState } from '../../src/core/data-state.js';

/**
 * `<story-data-state>`: a story helper that provides a fixed {@link DataState} to the components
 * inside it, through the same context `<bekasi-data>` uses. A component with no `data`, inline
 * JSON or `src` of its own consumes the nearest provider, so this shows the component's real
 * loading and load-failure states without a network, a slow server or a timer.
 *
 * ```html
 * <story-data-state .state=${{ status: 'loading' }}><bekasi-banner></bekasi-banner></story-data-state>
 * ```
 *
 * When the given state has a failure and no `reload`, the helper adds one, so the retry button (of
 * the error, or of the note beside older data) is there as on a real page. As with a real server
 * still down, pressing it leaves the state as it is while the pretend request lasts, then gives
 * the same failure again: the button says it is loading, then the failure is announced. With
 * `recovered`, the server is back: the try brings that state instead.
 */
export class StoryDataState extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The state to provide. */
  @property({ attribute: false }) state: DataState = LOADING;

  /** Milliseconds the pretend retry stays loading. */
  @property({ type: Number, attribute: 'retry-delay' }) retryDelay = 1200;

  /** What a retry brings when the pretend server is back; unset, it fails again. */
  @property({ attribute: false }) recovered: DataState | undefined;

  private readonly provider = new ContextProvider(this, { context: smartCityContext, initialValue: LOADING });
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('state')) this.provide(this.state);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.retryTimer);
  }

  private provide(state: DataState): void {
    if (!state.failure || state.reload) {
      this.provider.setValue(state);
      return;
    }
    this.provider.setValue({ ...state, reload: () => this.retry() });
  }

  private retry(): void {
    clearTimeout(this.retryTimer);
    const { failure } = this.state;
    if (!failure) return;
    // Each attempt's failure is a new object: that is how a component tells the try has ended.
    this.retryTimer = setTimeout(
      () => this.provide(this.recovered ?? { ...this.state, failure: { ...failure } }),
      this.retryDelay,
    );
  }

  protected override render(): unknown {
    return html`<slot></slot>`;
  }
}

/**
 * Registers `<story-data-state>`. A function to call rather than a side effect of importing:
 * package.json's `sideEffects` lists only the library's define modules, so the bundler drops a
 * side-effect-only import of this file and the element would never be defined.
 */
export function defineStoryDataState(): void {
  if (!customElements.get('story-data-state')) customElements.define('story-data-state', StoryDataState);
}

declare global {
  interface HTMLElementTagNameMap {
    'story-data-state': StoryDataState;
  }
}
