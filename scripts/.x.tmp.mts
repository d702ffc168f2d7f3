import { manyQuickWinsDocument } from '../test/fixtures/quick-wins.ts';
import { manyProgrammesDocument } from '../test/fixtures/timeline.ts';
import { fastParser } from '../src/data/fast-parse.ts';
import { QuickWinSchema, ProgrammeSchema } from '../src/data/schema.ts';
const doc = manyQuickWinsDocument(10000, 42) as any;
const pdoc = (manyProgrammesDocument as any)(10000, 7) as any;
const p = fastParser(QuickWinSchema as any), pp = fastParser(ProgrammeSchema as any);
const out: string[] = [];
for (let i = 0; i < 5; i++) {
  const copy = JSON.parse(JSON.stringify(doc)); const pc = JSON.parse(JSON.stringify(pdoc));
  let t = performance.now(); for (const q of copy.quickWins) p(q); const a = performance.now() - t;
  t = performance.now(); for (const q of pc.programmes) pp(q); const b = performance.now() - t;
  out.push(`${a.toFixed(0)}/${b.toFixed(0)}`);
}
console.log(out.join(' '));
