/**
 * Fixes in bulk (`mlsd-lint --fix`, the editor's fix-all): the fixtures under test/fixtures/fixing say which
 * fix types to apply and what the fixed doc must (not) get. Each is fixed as written, with CRLF line endings,
 * and without its final newline; the user's text must come out byte-identical.
 */
import assert from 'node:assert/strict';
import { applyFixes, bulkFixes, fixText, hollowStepFixes, Linter, mergeFixes, quickFixPlan, stepTopicFixes, MAX_ENTRIES, type FixType } from '../../src/core/index.js';
import { checkExpectations, FIXTURES, listFixtures, readFixture, type Expectations } from '../support/fixtures.js';
import { join } from 'node:path';

interface FixExpect {
  types: FixType[];
  after?: Expectations;
}

const linter = new Linter();

/** The doc's lines with their line endings (the last one may have none). */
const linesOf = (t: string) => t.match(/[^\r\n]*(?:\r\n|\n|\r|$)/g)!.filter((l, i, a) => l !== '' || i < a.length - 1);

/**
 * Sections were only inserted: every line of `before` is in `after`, in order and byte for byte (the last
 * one may have gained a line ending), and every line that is new is a heading, a TODO line or blank.
 */
function assertOnlySectionsInserted(before: string, after: string): void {
  const a = linesOf(before);
  const b = linesOf(after);
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    const want = a[i]!;
    const last = i === a.length - 1 && !/[\r\n]$/.test(want);
    while (j < b.length && !(b[j] === want || (last && b[j]!.replace(/\r?\n|\r$/, '') === want))) {
      assert.match(b[j]!, /^(#{1,6} .*|TODO: .*|)(\r\n|\n|\r)?$/, `inserted line ${j + 1} is not a heading, TODO or blank line: ${JSON.stringify(b[j])}`);
      j++;
    }
    assert.ok(j < b.length, `the user's line ${i + 1} is gone or changed: ${JSON.stringify(want)}`);
    j++;
  }
  for (; j < b.length; j++) assert.match(b[j]!, /^(#{1,6} .*|TODO: .*|)(\r\n|\n|\r)?$/, `inserted line ${j + 1}: ${JSON.stringify(b[j])}`);
}

/** Only heading lines changed, and on them only the heading's text (its `#` marks and numbering stay). */
function assertOnlyHeadingsRenamed(before: string, after: string): void {
  const a = linesOf(before);
  const b = linesOf(after);
  assert.equal(b.length, a.length, 'no line added or removed');
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    const m = /^(#{1,6} +(?:\d+[.)] +)?)/.exec(a[i]!);
    assert.ok(m, `line ${i + 1} is no heading but changed: ${JSON.stringify(a[i])} -> ${JSON.stringify(b[i])}`);
    assert.ok(b[i]!.startsWith(m[1]!), `line ${i + 1} kept its marks and numbering: ${JSON.stringify(b[i])}`);
    assert.equal(/(\r\n|\n|\r)$/.exec(b[i]!)?.[0], /(\r\n|\n|\r)$/.exec(a[i]!)?.[0], `line ${i + 1} kept its line ending`);
  }
}

const variants: Array<[string, (t: string) => string]> = [
  ['LF', (t) => t],
  ['CRLF', (t) => t.replace(/\n/g, '\r\n')],
  ['no final newline', (t) => t.replace(/\n+$/, '')],
];

describe('fixes in bulk (--fix, fix-all)', () => {
  for (const path of listFixtures(join(FIXTURES, 'fixing'))) {
    const { text, expect, name } = readFixture(path);
    const fix = (expect as Expectations & { fix?: FixExpect }).fix;
    if (!fix) continue;
    for (const [variant, make] of variants) {
      it(`${name} (${variant}): --fix-type ${fix.types.join(',')} leaves the user's text byte-identical`, () => {
        const before = make(text);
        const { output, result, applied } = fixText(linter, before, {}, fix.types);
        assert.ok(applied > 0, 'something was fixed');
        if (fix.types.includes('sections')) assertOnlySectionsInserted(before, output);
        else assertOnlyHeadingsRenamed(before, output);
        if (variant === 'CRLF') assert.doesNotMatch(output, /[^\r]\n/, 'every inserted line ending is CRLF, as the doc');
        const problems = checkExpectations(result, fix.after ?? {});
        assert.deepEqual(problems, [], problems.join('\n'));
        // Fixing the fixed doc again changes nothing.
        assert.equal(fixText(linter, output, {}, fix.types).output, output, 'a second --fix changes nothing');
      });
    }
  }

  it('a fix type that was not asked for is not applied', () => {
    const { text } = readFixture(join(FIXTURES, 'fixing', 'heading-typos.en.md'));
    assert.equal(fixText(linter, text, {}, ['sections']).output.includes('## 5. Evaluaton'), true, 'sections alone leave the misspelt heading');
    assert.doesNotMatch(fixText(linter, text, {}, ['headings']).output, /^TODO: /m, 'headings alone insert no section');
  });

  it('insertions at one place are joined in template order with one blank line between', () => {
    const text = '# Doc\n\n## Evaluation\n\nWe use nDCG@10 offline and watch time online.\n';
    const r = linter.lint(text);
    // Whatever order the findings come in, the rule book puts the insertions in template order.
    const fixes = bulkFixes([...r.findings].reverse(), ['sections'], linter.ruleBook(r.case));
    const { edits } = mergeFixes(text, fixes);
    const out = applyFixes(text, fixes).output;
    assert.ok(edits.length < fixes.length, 'insertions at one place became one edit');
    const order = ['Clarifying Requirements', 'Frame the Problem as an ML Task', 'Data Preparation', 'Model Development'].map((t) => out.indexOf(`\n## ${t}\n`));
    assert.ok(order.every((x, i) => x > 0 && (i === 0 || x > order[i - 1]!)), `steps in order: ${order}`);
    assert.doesNotMatch(out, /\n\n\n/, 'never two blank lines in a row');
  });

  it('the light bulb on a line with many findings offers a handful of entries', () => {
    const { text } = readFixture(join(FIXTURES, 'fixing', 'sections-around-user-text.en.md'));
    const r = linter.lint(text);
    const book = linter.ruleBook(r.case)!;
    for (const line of new Set(r.findings.map((f) => f.line))) {
      const here = r.findings.filter((f) => f.line === line);
      const plan = quickFixPlan(text, here, r.findings, book, r.lang);
      assert.ok(plan.length <= MAX_ENTRIES, `line ${line}: ${plan.length} entries for ${here.length} findings`);
    }
  });

  it('"insert all missing sections of this step" inserts every missing topic of the step, also under the default profile (which reports key topics only)', () => {
    const text = '# Ranking\n\n## Evaluation\n\nOffline, nDCG@10 on a held-out week of sessions.\n';
    const r = linter.lint(text);
    const book = linter.ruleBook(r.case)!;
    const online = r.findings.find((f) => f.topic === 'eval-online-metrics');
    assert.ok(online, 'online metrics reported (a key topic named nowhere)');
    const missingOfStep = book.topics.filter((t) => t.step === 's5-evaluation' && t.required && r.coverage.topics[t.id]?.status === 'missing' && !r.coverage.topics[t.id]?.notAsked);
    assert.ok(missingOfStep.length > 1, 'the step misses more than its key topic');
    const hollow = { fixes: hollowStepFixes(linter, text, r, book), coverage: r.coverage, stepFixes: stepTopicFixes(linter, text, r, book) };
    const plan = quickFixPlan(text, [online], r.findings, book, r.lang, hollow);
    const all = plan.find((a) => a.kind === 'edit' && /^Insert all \d+ missing sections of "Evaluation"$/.test(a.title));
    assert.ok(all && all.kind === 'edit', plan.map((a) => ('title' in a ? a.title : a.kind)).join(' | '));
    assert.equal(all.title, `Insert all ${missingOfStep.length} missing sections of "Evaluation"`);
    const after = applyFixes(text, all.edits).output;
    for (const t of missingOfStep) assert.match(after, new RegExp(`^### ${t.title.en}$`, 'm'));
  });
});
