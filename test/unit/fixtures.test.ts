/** Runs every fixture in test/fixtures against the expectations in its own front matter. */
import assert from 'node:assert/strict';
import { lint } from '../../src/core/index.js';
import { checkExpectations, listFixtures, readFixture } from '../support/fixtures.js';

describe('fixtures', () => {
  for (const path of listFixtures()) {
    const { text, expect, name, fileName } = readFixture(path);
    it(name, () => {
      assert.ok(Object.keys(expect).length > 0, `${name} states no expectations`);
      const problems = checkExpectations(lint(text, fileName ? { fileName } : {}), expect);
      assert.deepEqual(problems, [], `${name}:\n  ${problems.join('\n  ')}`);
    });
  }
});
