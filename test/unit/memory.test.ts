/**
 * What the linter keeps between lints must not keep the docs it linted. A heading or a block's text is a
 * slice of its doc, and V8 keeps a slice's whole parent string alive: a memo or piece cache keyed by such
 * a slice would hold every old version of a doc being edited (the extension host's memory), and every doc
 * a CLI worker linted.
 */
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { IncrementalLinter, Linter } from '../../src/core/index.js';
import { Memo } from '../../src/core/memo.js';
import { bigDoc } from '../../bench/corpus.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap in use after full collections, in MB. */
function heapMb(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

describe('memory kept between lints', () => {
  it('a memo keyed by slices of big texts keeps the slices, not the texts', () => {
    const memo = new Memo<number>(1000);
    const before = heapMb();
    for (let i = 0; i < 40; i++) {
      // 1 MB, unique per i, flat (slicing flattens it), dropped after this turn.
      const text = `${i} `.repeat(300_000).slice(0, 1_000_000);
      memo.get(text.slice(0, 40), (k) => k.length);
      memo.get(`heading ${i}: ${text.slice(500, 540)}`, (k) => k.length);
    }
    const kept = heapMb() - before;
    // Keeping the texts would be 40 MB; the 80 keys are a few KB.
    assert.ok(kept < 8, `the memo keeps ${kept.toFixed(1)} MB after 40 texts of 1 MB were dropped`);
    assert.equal(memo.get(`${3} `.repeat(20), () => -1), 40, 'a kept key is still found by an equal string');
  });

  it('editing a doc in the incremental linter does not keep its old versions', function () {
    this.timeout(60_000);
    const inc = new IncrementalLinter({ linter: new Linter() });
    const base = bigDoc(300_000, 7);
    const cut = base.indexOf('\n## ', base.length >> 1);
    assert.ok(cut > 0, 'the doc has a section to edit');
    let text = base;
    inc.lint(text);
    // The memos fill up first: they are bounded (FIFO past their size), and filling them with this doc's
    // blocks and steps after other tests' small docs grew the heap by 3 to 10 MB in full runs. Full, they
    // churn within a few MB (measured -0.2 to 4.5 MB over 40 edits after 40 to 160 warm-up edits).
    for (let i = 0; i < 40; i++) inc.lint(base.slice(0, cut) + `\n\nDraft ${i} of the serving plan.` + base.slice(cut));
    const before = heapMb();
    for (let i = 0; i < 40; i++) {
      // One character typed into one section: a new 300 KB string each time, as from the editor.
      text = base.slice(0, cut) + `\n\nEdit ${i} of the serving plan.` + base.slice(cut);
      inc.lint(text);
    }
    text = '';
    const kept = heapMb() - before;
    // Keeping each version would be 40 x 300 KB = 12 MB or more (twice that as UTF-16); full memos churn
    // within a few MB.
    assert.ok(kept < 8, `the linter keeps ${kept.toFixed(1)} MB after 40 edits of a 300 KB doc`);
  });
});
