/** Which team-schema patterns are refused as backtracking (src/core/validate.ts backtracks). */
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { backtracks } from '../../src/core/validate.js';
import { posixPath } from '../../src/core/config-resolver.js';
import { trimEnd } from '../../src/core/search.js';
import { phrases } from '../../src/core/evidence.js';

describe('team schema patterns that backtrack', () => {
  it('refuses a repeated group that holds a choice or a repeat', () => {
    for (const p of ['^(a|aa)+$', '^(a+)+$', '(a?b?)*', '^((ab)*c)+$', '^(?:x|xy){2,}$', '(\\w+\\s?)*$', '^(a|b)*(-[a-z]+)?(x*y*)+$', '^(?<n>a|aa)+$']) {
      assert.equal(backtracks(p), true, p);
    }
  });

  it('accepts the shapes ids and names use', () => {
    for (const p of ['^s[1-7]-[a-z0-9-]+$', '^[a-z][a-z0-9-]*$', '^[a-z]+(-[a-z]+)*$', '^(ab)+$', '^(?:v\\d+)?$', '^(foo|bar)$', '^\\d{1,3}(\\.\\d{1,3}){3}$', 'a{2,3}']) {
      assert.equal(backtracks(p), false, p);
    }
  });
});

describe('regexes on user text: linear on long runs (audit of issue 17)', () => {
  // A trailing-run pattern such as /\/+$/ is tried from every character of a run that does not reach the
  // end: quadratic. Each is checked at 10k, 20k and 40k characters: 4x the size may take at most 8x the time
  // (quadratic is 16x), with slack for a shared machine.
  const grows = (make: (n: number) => string, run: (s: string) => unknown): number[] =>
    [10_000, 20_000, 40_000].map((n) => {
      const s = make(n);
      let best = Infinity;
      for (let k = 0; k < 3; k++) {
        const t = performance.now();
        run(s);
        best = Math.min(best, performance.now() - t);
      }
      return best;
    });
  const linear = (what: string, [a, , c]: number[]) => assert.ok(c! <= 8 * a! + 30, `${what}: 10k ${a!.toFixed(1)} ms, 40k ${c!.toFixed(1)} ms`);

  it('a config path of many slashes that does not end in one (posixPath.dirname)', () => {
    linear('dirname', grows((n) => '/a' + '/'.repeat(n) + 'x', (s) => posixPath.dirname(s)));
    assert.equal(posixPath.dirname('/a/b///'), '/a');
    assert.equal(posixPath.dirname('/a///b'), '/a//');
  });

  it('a cue whose first word matches in any form, against one long word that repeats it (the form pattern ran to the end of the word from each repeat)', () => {
    // "training data": `train[a-z]*` then the next word; "trainingtraining..." has no space, so each "train"
    // read every letter to the end of the word and gave them back one by one: 40k letters took 1.3 s.
    const set = phrases(['training data']);
    linear('training data', grows((n) => 'training'.repeat(n / 8), (s) => set.find(s)));
    // Forms still match, whole words only.
    assert.deepEqual(set.find('Training data, trainings data, not retraining data.').map((h) => h.start), [0, 15]);
  });

  it('trimEnd drops a run of the given characters at the end only', () => {
    linear('trimEnd', grows((n) => '\\/'.repeat(n) + 'x', (s) => trimEnd(s, '\\/')));
    assert.equal(trimEnd('a/b//\\/', '\\/'), 'a/b');
    assert.equal(trimEnd('a\r\n\r\n', '\r\n'), 'a');
    assert.equal(trimEnd('////', '/'), '');
    assert.equal(trimEnd('abc', '/'), 'abc');
  });
});
