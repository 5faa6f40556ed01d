/**
 * Issue 17, the parser: micromark 4.0.3 rebuilt its whole events array each time a list item or block
 * quote closed (EditMap.consume), which made long lists quadratic. src/core/micromark-fix.ts gives
 * `consume` the cost of the part it changes; these tests hold it to the original's results.
 */
import assert from 'node:assert/strict';
import { EditMap } from 'micromark-util-edit-map';
import { linearConsume, originalConsume } from '../../src/core/micromark-fix.js';
import { parseWhole } from '../../src/core/chunks.js';
import { bigDoc, prng } from '../../bench/corpus.js';
import { Linter } from '../../src/core/index.js';
import { assertInside } from '../support/properties.js';

type Ev = Parameters<EditMap['consume']>[0];

describe('hostile input: micromark edit map', () => {
  it('is the linear consume once the parser is loaded', () => {
    assert.equal(EditMap.prototype.consume, linearConsume);
    assert.notEqual(originalConsume, linearConsume);
  });

  it('applies random edits exactly as the original consume does', () => {
    const rnd = prng(17);
    for (let round = 0; round < 500; round++) {
      const length = Math.floor(rnd() * 40);
      const base = Array.from({ length }, (_, i) => `e${i}`) as unknown as Ev;
      const edits: Array<[number, number, unknown[]]> = [];
      const used = new Set<number>();
      for (let k = Math.floor(rnd() * 6); k > 0; k--) {
        const at = Math.floor(rnd() * (length + 1));
        if (used.has(at)) continue; // one change per index, as EditMap merges them
        used.add(at);
        const remove = Math.min(length - at, Math.floor(rnd() * 3));
        edits.push([at, remove, Array.from({ length: Math.floor(rnd() * 3) }, (_, j) => `n${round}.${at}.${j}`)]);
      }
      const run = (consume: (this: unknown, events: unknown[]) => void): unknown[] => {
        const map = new EditMap();
        for (const [at, remove, add] of edits) map.add(at, remove, add as unknown as Ev);
        const events = [...(base as unknown[])];
        consume.call(map, events);
        return events;
      };
      assert.deepEqual(run(linearConsume as never), run(originalConsume as never), `round ${round}: ${JSON.stringify(edits)}`);
    }
  });

  it('gives the same trees as the original consume on lists, block quotes and a generated doc', () => {
    const docs = [
      '- a\n  - b\n    > c\n    > d\n\n- e\n\n> - f\n>   - g\n\n1. x\n   1. y\n',
      '- - x\n'.repeat(300),
      '> a\n\nb\n'.repeat(200),
      `${'1. '.repeat(30)}x\n`.repeat(30),
      bigDoc(60 * 1024, 17),
    ];
    const proto = EditMap.prototype as unknown as { consume: unknown };
    for (const text of docs) {
      proto.consume = originalConsume;
      let before: unknown;
      try {
        before = JSON.parse(JSON.stringify(parseWhole(text)));
      } finally {
        proto.consume = linearConsume;
      }
      assert.deepEqual(JSON.parse(JSON.stringify(parseWhole(text))), before, text.slice(0, 40));
    }
  });
});

describe('hostile input: positions with CRLF in HTML headings (fuzz doc 6974 of seed 20261206)', () => {
  it('an <h2> heading line that ends in CRLF is reported on its line, not past its end', () => {
    const text = '# Doc\r\n\r\n<h2>1. Clarifying Requirements</h2>\r\n<h2>1. Clarifying Requirements</h2>\r\n\r\nText.\r\n';
    const r = new Linter().lint(text);
    assert.ok(r.findings.some((f) => f.line === 3 && f.endLine === 3), 'a finding on the <h2> line (the heading is read)');
    assertInside(text, r);
  });
});
