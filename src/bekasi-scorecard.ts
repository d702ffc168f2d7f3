/** Registers `<bekasi-scorecard>`. Import `@bekasi/elements/scorecard/class` for the class alone. */
import { BekasiScorecard } from './components/scorecard/scorecard.js';
import { defineElement } from './core/define.js';

export { BekasiScorecard };
export type { BekasiErrorDetail, BekasiLoadDetail } from './core/events.js';
export type { BekasiDimensionSelectDetail, ScorecardVariant } from './components/scorecard/scorecard.js';

defineElement('bekasi-scorecard', BekasiScorecard);

declare global {
  interface HTMLElementTagNameMap {
    'bekasi-scorecard': BekasiScorecard;
  }
}
