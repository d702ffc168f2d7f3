// The run-together check of the component tests and the Storybook smoke run: words shown apart
// that a screen reader would read as one ("Juni 2026Terlambat").
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runTogether, type AccessibilityNode } from '../../scripts/run-together.mjs';

const text = (name: string): AccessibilityNode => ({ role: 'StaticText', name });
const check = (apart: string[], tree: AccessibilityNode) => runTogether(apart, tree);

describe('runTogether', () => {
  test('finds words shown apart that a line of text nodes reads as one', () => {
    const tree = { role: 'listitem', children: [text('Juni 2026'), text('Terlambat')] };
    assert.deepEqual(check(['2026 Terlambat'], tree), ['2026Terlambat']);
  });

  test('finds them in a node’s name', () => {
    const tree = { role: 'button', name: 'Parkir pintar Juni 2026Terlambat', children: [] };
    assert.deepEqual(check(['2026 Terlambat'], tree), ['2026Terlambat']);
  });

  test('passes words read apart, even where the same characters are written together elsewhere', () => {
    const tree = {
      role: 'generic',
      children: [
        { role: 'paragraph', children: [text('Target '), text('100 '), text('%')] },
        { role: 'paragraph', children: [text('Kemajuan: 100%')] },
      ],
    };
    assert.deepEqual(check(['100 %'], tree), []);
  });
});
