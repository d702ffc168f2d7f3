// Imported first by every browser test file (test/node/test-files.test.ts checks that each does).
//
// A failing assertion about a DOM node, such as expect(hit).to.equal(star), carries the nodes as
// its `actual` and `expected`. Web Test Runner's page then never finishes reporting the failure:
// the file times out minutes later with no message at all. Replacing the nodes with their markup
// after the test keeps the failure, its message and its place, and lets the file finish.
afterEach(function () {
  const error = this.currentTest?.err as { actual?: unknown; expected?: unknown } | undefined;
  if (!error) return;
  for (const side of ['actual', 'expected'] as const) {
    const value = error[side];
    if (value instanceof Node) error[side] = describeNode(value);
  }
});

function describeNode(node: Node): string {
  const markup = node instanceof Element ? node.outerHTML : (node.textContent ?? '');
  return `${node.nodeName}: ${markup.slice(0, 300)}`;
}
