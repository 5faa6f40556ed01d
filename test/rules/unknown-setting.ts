/** unknown-setting: the docs it accepts and the findings it reports (test/support/rule-tester.ts). */
import type { RuleCases } from '../support/rule-tester.js';

const BODY = '# Design\n\n## Evaluation\n\nOffline we use nDCG@10 on a held-out week.\n';

const cases: RuleCases = {
  valid: [
    { name: 'known keys only', code: `---\nmlsd:\n  case: generic\n  profile: interview\n---\n${BODY}` },
    { name: 'known rule ids under rules:', code: `---\nmlsd:\n  rules:\n    placeholder: off\n    step-order: warning\n---\n${BODY}` },
  ],
  invalid: [
    {
      name: 'a misspelt key, with a did-you-mean',
      code: `---\nmlsd:\n  profil: interview\n---\n${BODY}`,
      errors: [{ messageId: 'unknownSuggest', line: 3, column: 3, suggestion: 'profile' }],
    },
    { name: 'a key far from any', code: `---\nmlsd:\n  colour: red\n---\n${BODY}`, errors: [{ messageId: 'unknown', line: 3, column: 3 }] },
    {
      name: 'an unknown rule id under rules: (it was accepted in silence), with a did-you-mean',
      code: `---\nmlsd:\n  rules:\n    placeholdr: off\n    no-such-rule: error\n---\n${BODY}`,
      errors: [
        { messageId: 'unknownRuleSuggest', line: 4, column: 5, suggestion: 'placeholder' },
        { messageId: 'unknownRule', line: 5, column: 5 },
      ],
    },
  ],
};

export default cases;
