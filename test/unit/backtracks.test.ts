/** Which team-schema patterns are refused as backtracking (src/core/validate.ts backtracks). */
import assert from 'node:assert/strict';
import { backtracks } from '../../src/core/validate.js';

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
