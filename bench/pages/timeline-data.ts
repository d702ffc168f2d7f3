/**
 * The timeline scenarios' input, made in the page before any timing: the generator the tests and
 * the stress story use (test/fixtures/timeline.ts, seeded), so every contender gets the same
 * programmes in the same 20 agencies.
 */
import { manyProgrammesDocument } from '../../test/fixtures/timeline.js';
import { scenarioData } from './harness.js';

export interface TimelineScenario {
  count: number;
  agencyCount: number;
  seed: number;
  /** vis-timeline's stylesheet, as text (the page has no access to node_modules). */
  visCss: string;
}

export async function loadTimelineData(): Promise<{
  scenario: TimelineScenario;
  document: Record<string, unknown>;
}> {
  const scenario = await scenarioData<TimelineScenario>();
  return {
    scenario,
    document: manyProgrammesDocument(scenario.count, scenario.agencyCount, scenario.seed),
  };
}
