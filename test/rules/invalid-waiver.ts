/** invalid-waiver: the docs it accepts and the findings it reports (test/support/rule-tester.ts). */
import type { RuleCases } from '../support/rule-tester.js';

const BODY = '# Design\n\n## Evaluation\n\nOffline we use nDCG@10 on a held-out week.\n';

const cases: RuleCases = {
  valid: [
    {
      name: 'a known id with a reason',
      code: `---\nmlsd:\n  waive:\n    deploy-cloud-vs-device: "Server-side only; no client inference."\n---\n${BODY}`,
      coverage: { 'deploy-cloud-vs-device': 'waived' },
    },
  ],
  invalid: [
    {
      name: 'a misspelt id, with a did-you-mean',
      code: `---\nmlsd:\n  waive:\n    deploy-cloud-vs-devise: "Server-side only."\n---\n${BODY}`,
      errors: [{ messageId: 'unknownIdSuggest', line: 4, column: 5, suggestion: 'deploy-cloud-vs-device' }],
    },
    { name: 'an id far from any', code: `---\nmlsd:\n  waive:\n    zzz: "no"\n---\n${BODY}`, errors: [{ messageId: 'unknownId', line: 4, column: 5 }] },
    {
      name: 'no reason: the topic stays unwaived',
      code: `---\nmlsd:\n  waive:\n    deploy-cloud-vs-device: ""\n---\n${BODY}`,
      coverage: { 'deploy-cloud-vs-device': 'missing' },
      errors: [{ messageId: 'noReason', line: 4, column: 5, topic: 'deploy-cloud-vs-device' }],
    },
  ],
};

export default cases;
