/** Every rule of the registry against its valid and invalid docs (test/rules/<id>.ts). */
import assert from 'node:assert/strict';
import { RULE_IDS } from '../../src/core/index.js';
import { RULE_CASES } from '../rules/index.js';
import { RuleTester } from '../support/rule-tester.js';

describe('rules (RuleTester)', () => {
  it('every registered rule has valid and invalid cases, and every case file is a registered rule', () => {
    assert.deepEqual(Object.keys(RULE_CASES).sort(), [...RULE_IDS].sort());
    for (const id of RULE_IDS) {
      assert.ok(RULE_CASES[id]!.valid.length > 0, `${id} has no valid case`);
      assert.ok(RULE_CASES[id]!.invalid.length > 0, `${id} has no invalid case`);
    }
  });

  const tester = new RuleTester();
  for (const id of RULE_IDS) if (RULE_CASES[id]) tester.run(id, RULE_CASES[id]);
});
