/**
 * Issue 17: `--format json` over 25k files ended in "Invalid string length" and no output at all: the
 * whole report was one JSON.stringify, past V8's longest string (about 512 MB). The report is written in
 * pieces now, each one file's result, and reads back as the same JSON.
 */
import assert from 'node:assert/strict';
import { writeOutputs } from '../../src/cli/outputs.js';
import type { FileResult } from '../../src/cli/result.js';

function result(i: number, pad = 0): FileResult {
  return {
    filePath: `docs/d${i}.md`,
    messages: [{ ruleId: 'missing-step', severity: 2, message: `Missing step ${'x'.repeat(pad)}`, line: 1, column: 1, endLine: 1, endColumn: 2 }],
    errorCount: 1,
    warningCount: 0,
    fatalErrorCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  } as unknown as FileResult;
}

describe('--format json is streamed', function () {
  this.timeout(120_000);

  it('a report larger than the longest string V8 allows is written whole (25k files)', async () => {
    // 25k results of ~22 KB each: some 550 MB of JSON, over V8's limit for one string.
    const one = result(0, 22_000);
    const results = Array.from({ length: 25_000 }, () => one);
    let bytes = 0;
    let chunks = 0;
    let head = '';
    let tail = '';
    const failed = await writeOutputs([{ format: 'json' }], results, { cwd: process.cwd() }, {
      isTTY: false,
      stdout: (s) => {
        bytes += s.length;
        chunks++;
        if (head.length < 100) head += s.slice(0, 100);
        tail = (tail + s).slice(-100);
      },
    });
    assert.deepEqual(failed, []);
    assert.ok(bytes > 536_870_888, `the report is over V8's string limit (${bytes})`);
    assert.ok(chunks > 1000, 'written in pieces');
    assert.match(head, /^\[\n  \{\n    "filePath": "docs\/d0\.md"/);
    assert.match(tail, /\}\n\]\n$/);
  });

  it('the pieces read back as exactly the JSON of the whole report (and an empty run is [])', async () => {
    for (const results of [[], [result(1)], [result(1), result(2, 5), result(3)]]) {
      let out = '';
      await writeOutputs([{ format: 'json' }], results, { cwd: process.cwd() }, { isTTY: false, stdout: (s) => (out += s) });
      assert.equal(out, JSON.stringify(results, null, 2) + '\n');
    }
  });
});
