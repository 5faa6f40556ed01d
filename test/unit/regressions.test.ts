/** Inputs that property tests once found breaking an invariant, kept as plain regression tests. */
import assert from 'node:assert/strict';
import { lint } from '../../src/core/index.js';

function assertInside(text: string): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const f of lint(text).findings) {
    for (const [line, col] of [[f.line, f.column], [f.endLine, f.endColumn]] as const) {
      assert.ok(line >= 1 && line <= lines.length, `${f.ruleId} line ${line}`);
      assert.ok(col >= 1 && col <= lines[line - 1]!.length + 1, `${f.ruleId} at ${line}:${col} is past the end of "${lines[line - 1]}"`);
    }
  }
}

describe('regressions', () => {
  it('a list item whose paragraph runs on over a CRLF line end stays inside its line', () => {
    assertInside('- data\r\n  ``` `x`\r\n  ```\r\n- # -->');
  });

  it('a numbered pseudo-heading in a CRLF doc stays inside its line', () => {
    assertInside('## Evaluation\r\n\r\n4.1 Offline metrics\r\nnDCG and MRR for ranking.\r\n');
  });
});

describe('regressions: placeholder positions', () => {
  it('a placeholder on an indented continuation line of a CRLF paragraph is placed on its own text', () => {
    const text = '- ```\r\n``\r\n  TBD data\r\n- # data';
    const f = lint(text).findings.find((x) => x.ruleId === 'placeholder');
    assert.ok(f);
    assert.deepEqual([f.line, f.column, f.endLine, f.endColumn], [3, 3, 3, 11]);
  });
});

describe('regressions: front matter', () => {
  it('a YAML error in CRLF front matter is placed on its own line', () => {
    const text = '---\r\n# not closed\r\ntitle: x\r\ndata\r\n---';
    assertInside(text);
    const f = lint(text).findings.find((x) => x.ruleId === 'front-matter');
    assert.ok(f);
    assert.equal(f.line, 4);
    assert.equal(f.column, 1);
  });
});
