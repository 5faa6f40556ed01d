/** `mlsd-lint --fix` and `--fix-type`: the fixes are written to the doc, and the report is of the fixed doc. */
import assert from 'node:assert/strict';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../support/tmp.js';

const TYPOS = 'test/fixtures/fixing/heading-typos.en.md';
const SECTIONS = 'test/fixtures/fixing/sections-around-user-text.en.md';

function copy(from: string, transform: (t: string) => string = (t) => t): string {
  const dir = tempDir('mlsd-fix-');
  const to = join(dir, 'design.md');
  writeFileSync(to, transform(readFileSync(from, 'utf8')));
  return to;
}

describe('mlsd-lint --fix', () => {
  it('--fix renames a misspelt heading in the file, and reports what is left of the fixed doc', () => {
    const file = copy(TYPOS);
    const before = readFileSync(file, 'utf8');
    const r = runCli(['--fix', '--format', 'json', file]);
    assert.equal(r.code, 1, r.stderr);
    const after = readFileSync(file, 'utf8');
    assert.equal(after, before.replace('\n## 5. Evaluaton\n', '\n## 5. Evaluation\n'));
    const [res] = JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string }>; output?: string }>;
    assert.ok(!res!.messages.some((m) => m.ruleId === 'heading-typo'), 'the report is of the fixed doc');
    assert.ok(res!.messages.some((m) => m.ruleId === 'missing-step'), 'sections are not inserted without --fix-type sections');
  });

  it('--fix --fix-type sections inserts every missing section of a CRLF doc in CRLF, and keeps each line the user wrote', () => {
    const file = copy(SECTIONS, (t) => t.replace(/\n/g, '\r\n'));
    const before = readFileSync(file, 'utf8');
    const r = runCli(['--fix', '--fix-type', 'sections', '--format', 'json', file]);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const after = readFileSync(file, 'utf8');
    assert.doesNotMatch(after, /[^\r]\n/, 'CRLF throughout');
    let at = 0;
    for (const line of before.split('\r\n')) {
      const i = after.indexOf(line, at);
      assert.ok(i >= at, `the user's line is still there, in order: ${JSON.stringify(line)}`);
      at = i + line.length;
    }
    const [res] = JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
    assert.ok(!res!.messages.some((m) => m.ruleId === 'missing-step' || m.ruleId === 'missing-topic'), 'nothing is missing any more');
    const order = ['Clarifying Requirements', 'Frame the Problem', 'Data Preparation', 'Model Development', 'Evaluation', 'Deployment and Serving', 'Monitoring and Infrastructure'].map((t) => after.indexOf(`\r\n## ${t}`));
    assert.ok(order.every((x, i) => x > 0 && (i === 0 || x > order[i - 1]!)), `steps in order: ${order}`);
  });

  it('a doc saved with a byte-order mark (UTF-8, UTF-16) keeps it and its encoding', () => {
    const text = readFileSync(TYPOS, 'utf8').replace(/\n/g, '\r\n');
    const dir = tempDir('mlsd-fix-bom-');
    const utf8 = join(dir, 'bom8.md');
    const utf16 = join(dir, 'bom16.md');
    writeFileSync(utf8, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const r = runCli(['--fix', utf8, utf16]);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stderr, '');
    const want = text.replace('\r\n## 5. Evaluaton\r\n', '\r\n## 5. Evaluation\r\n');
    assert.deepEqual(readFileSync(utf8), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(want, 'utf8')]));
    assert.deepEqual(readFileSync(utf16), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(want, 'utf16le')]));
  });

  it('a doc with nothing to fix is not written', () => {
    const file = copy('examples/visual-search.md');
    const mtime = statSync(file).mtimeMs;
    const r = runCli(['--fix', '--fix-type', 'headings,sections', file]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(statSync(file).mtimeMs, mtime);
  });

  it('--fix-type without --fix, or with an unknown type, is a usage error that says what to write', () => {
    const file = copy(TYPOS);
    const before = readFileSync(file, 'utf8');
    let r = runCli(['--fix-type', 'sections', file]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--fix-type needs --fix: write mlsd-lint --fix --fix-type sections/);
    r = runCli(['--fix', '--fix-type', 'headers', file]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown --fix-type "headers"; use headings, sections or both \(headings,sections\)/);
    assert.equal(readFileSync(file, 'utf8'), before, 'nothing was written');
  });
});
