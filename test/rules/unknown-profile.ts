/** unknown-profile: the docs it accepts and the findings it reports (test/support/rule-tester.ts). */
import type { RuleCases } from '../support/rule-tester.js';

const BODY = '# Design\n\n## Evaluation\n\nOffline we use nDCG@10 on a held-out week.\n';

const cases: RuleCases = {
  valid: [{ name: 'a known profile', code: `---\nmlsd:\n  profile: interview\n---\n${BODY}` }],
  invalid: [
    {
      name: 'a misspelt profile, with a did-you-mean',
      code: `---\nmlsd:\n  profile: intervew\n---\n${BODY}`,
      errors: [{ messageId: 'unknownSuggest', line: 3, column: 3, suggestion: 'interview', data: { value: 'intervew', near: 'interview', fallback: 'recommended', known: 'recommended, interview, checklist' } }],
    },
    { name: 'a profile far from any', code: `---\nmlsd:\n  profile: zzz\n---\n${BODY}`, errors: [{ messageId: 'unknown', line: 3, column: 3 }] },
  ],
};

export default cases;
