/**
 * The quick-wins scenario's input, made in the page before any timing: the same generator the
 * tests and the 10,000-item story use (test/fixtures/quick-wins.ts), seeded, so every contender
 * gets the same 10,000 quick wins.
 */
import { manyQuickWinsDocument } from '../../test/fixtures/quick-wins.js';
import { scenarioData } from './harness.js';

export interface QuickWinsScenario {
  count: number;
  seed: number;
  filter: { status: string };
  /** Tabulator's stylesheet, as text (the page has no access to node_modules). */
  tabulatorCss: string;
}

export async function loadQuickWinsData(): Promise<{
  scenario: QuickWinsScenario;
  document: Record<string, unknown>;
}> {
  const scenario = await scenarioData<QuickWinsScenario>();
  return { scenario, document: manyQuickWinsDocument(scenario.count, scenario.seed) };
}
