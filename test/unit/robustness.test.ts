/**
 * Pathological docs finish without a stack overflow. The time limits are hang guards, far above what
 * these take; they are not performance claims (see `npm run bench`).
 */
import assert from 'node:assert/strict';
import { Linter } from '../../src/core/index.js';
import { parseChunked, parseWhole } from '../../src/core/chunks.js';
import { bigDoc } from '../../bench/corpus.js';
import { assertInside } from '../support/properties.js';

const linter = new Linter();

function lintsCleanly(text: string): void {
  const r = linter.lint(text);
  assertInside(text, r);
  assert.equal(Object.keys(r.coverage.steps).length, linter.ruleBook('generic')!.steps.length, 'coverage lists every step');
}

describe('pathological docs', function () {
  this.timeout(600_000);

  it('100k headings', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `## Heading ${i}\n`).join('');
    const r = linter.lint(text);
    assertInside(text, r);
  });

  it('a 1 MB single line', () => lintsCleanly('design '.repeat(150_000)));

  it('10k-deep nested lists and block quotes on one line', () => {
    lintsCleanly('- '.repeat(10_000) + 'x\n');
    lintsCleanly('1. '.repeat(10_000) + 'x\n');
    lintsCleanly('> '.repeat(10_000) + 'x www.example.com\n');
  });

  it('10k-deep nested emphasis and strikethrough, and 10k-long runs of * and _ facing each other', function () {
    // Unguarded, micromark takes about a minute on each (the time grows with the square of the count).
    this.timeout(30_000);
    lintsCleanly('# Design\n\n' + '_a '.repeat(10_000) + 'x' + ' a_'.repeat(10_000) + '\n');
    lintsCleanly('# Design\n\n' + '~~a '.repeat(10_000) + 'x' + ' a~~'.repeat(10_000) + '\n');
    lintsCleanly('# Design\n\n' + '*_'.repeat(10_000) + 'x' + '_*'.repeat(10_000) + '\n');
    lintsCleanly('# Design\n\n' + '*'.repeat(10_000) + 'x' + '*'.repeat(10_000) + '\n\n' + '_'.repeat(10_000) + 'x' + '_'.repeat(10_000) + '\n');
    // The guard leaves ordinary emphasis and fill-in blanks alone.
    const r = linter.lint('# Design\n\n## 5. Evaluation\n\n**Offline metrics**: recall@k at ____ candidates.\n');
    assert.ok(r.findings.some((f) => f.ruleId === 'placeholder'), 'the blank is still a placeholder');
    assert.equal(r.coverage.topics['eval-offline-metrics']?.status, 'present', 'the bold lead-in still names its topic');
  });

  it('500-deep block quotes, one per line, and 500-deep indented lists', () => {
    lintsCleanly(Array.from({ length: 500 }, (_, i) => '>'.repeat(i + 1) + ' q').join('\n'));
    lintsCleanly(Array.from({ length: 500 }, (_, i) => ' '.repeat(i * 2) + '- item').join('\n'));
  });

  it('a 5 MB doc, whose chunked parse equals the whole-document parse', () => {
    const text = bigDoc(5 * 1024 * 1024, 5);
    lintsCleanly(text);
    const small = bigDoc(200 * 1024, 9);
    assert.deepEqual(JSON.parse(JSON.stringify(parseChunked(small))), JSON.parse(JSON.stringify(parseWhole(small))));
  });
});
