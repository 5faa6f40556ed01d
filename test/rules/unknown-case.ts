/** unknown-case: the docs it accepts and the findings it reports (test/support/rule-tester.ts). */
import type { RuleCases } from '../support/rule-tester.js';

const BODY = '# Design\n\n## Evaluation\n\nOffline we use nDCG@10 on a held-out week.\n';

const cases: RuleCases = {
  valid: [
    { name: 'a known case', code: `---\nmlsd:\n  case: video-recommendation\n---\n${BODY}` },
    { name: 'no case: generic', code: BODY },
  ],
  invalid: [
    {
      name: 'a misspelt case, with a did-you-mean',
      code: `---\ntitle: x\nmlsd:\n  case: video-recomendation\n---\n${BODY}`,
      errors: [{ messageId: 'unknownSuggest', line: 4, column: 3, suggestion: 'video-recommendation' }],
    },
    { name: 'a case far from any', code: `---\nmlsd:\n  case: zzz\n---\n${BODY}`, errors: [{ messageId: 'unknown', line: 3, column: 3 }] },
    { name: 'from the config, placed at the start', code: BODY, options: { defaults: { case: 'zzz' } }, errors: [{ messageId: 'unknown', line: 1, column: 1 }] },
  ],
};

export default cases;
