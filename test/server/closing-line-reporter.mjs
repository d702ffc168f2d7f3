// CI counts tests from a line "N passed, N failed" alone on a line; Web Test Runner's own
// summary is not alone on its line, so this reporter prints one after everything else and
// writes the counts for scripts/test.mjs, which adds the Node tests and prints the total.
import { mkdirSync, writeFileSync } from 'node:fs';
export function closingLineReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const visit = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped += 1;
          else if (test.passed) passed += 1;
          else failed += 1;
        }
        for (const child of suite.suites) visit(child);
      };
      for (const session of sessions) {
        if (session.testResults) visit(session.testResults);
        // A file that failed to load has no results but errors: count it as a failure.
        else if (session.errors?.length) failed += 1;
        if (session.testResults && session.errors?.length) failed += session.errors.length;
      }
      mkdirSync('test-results', { recursive: true });
      writeFileSync('test-results/wtr.json', JSON.stringify({ passed, failed, skipped }));
      process.stdout.write(`\nwtr: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
    },
  };
}
