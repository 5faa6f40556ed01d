/** front-matter: the docs it accepts and the findings it reports (test/support/rule-tester.ts). */
import type { RuleCases } from '../support/rule-tester.js';

const BODY = '# Design\n\n## Evaluation\n\nOffline we use nDCG@10 on a held-out week.\n';

const cases: RuleCases = {
  valid: [
    { name: 'well-formed settings', code: `---\nmlsd:\n  case: generic\n  lang: en\n  rules:\n    placeholder: warning\n---\n${BODY}` },
    { name: 'front matter without mlsd: (a static site\'s)', code: `---\ntitle: Design\nlayout: post\n---\n${BODY}` },
    // Another tool's front matter that YAML cannot read (a spec generator writes `author: @name`) and that
    // names no mlsd: key holds nothing of mlsd-lint's: not its finding to make (readers marked it noise).
    { name: 'another tool\'s front matter that YAML cannot read, without mlsd:', code: `---\nid: SPEC-RANK-003\nauthor: @rank-team\nstatus: draft\n---\n${BODY}` },
  ],
  invalid: [
    { name: 'YAML that does not parse', code: `---\nmlsd: [case: generic\n---\n${BODY}`, errors: [{ messageId: 'yaml', line: 2, column: 21 }] },
    { name: 'YAML that does not parse, with an mlsd: key among other tools\' keys', code: `---\nauthor: @rank-team\nmlsd:\n  case: news-feed\n---\n${BODY}`, errors: [{ messageId: 'yaml', line: 2, column: 9 }] },
    { name: 'mlsd: not a mapping', code: `---\nmlsd: generic\n---\n${BODY}`, errors: [{ messageId: 'mlsdNotMapping', line: 2, column: 1 }] },
    { name: 'waive: not a mapping', code: `---\nmlsd:\n  waive: all\n---\n${BODY}`, errors: [{ messageId: 'waiveNotMapping', line: 3, column: 3 }] },
    { name: 'rules: not a mapping', code: `---\nmlsd:\n  rules: [placeholder]\n---\n${BODY}`, errors: [{ messageId: 'rulesNotMapping', line: 3, column: 3 }] },
    {
      name: 'a severity that is not error, warning or off',
      code: `---\nmlsd:\n  rules:\n    placeholder: loud\n---\n${BODY}`,
      errors: [{ messageId: 'badSeverity', line: 4, column: 5, data: { key: 'rules.placeholder', value: '"loud"' } }],
    },
    { name: 'an unknown language', code: `---\nmlsd:\n  lang: fr\n---\n${BODY}`, errors: [{ messageId: 'badLang', line: 3, column: 3, data: { key: 'lang', value: '"fr"' } }] },
    { name: 'an empty case', code: `---\nmlsd:\n  case: ""\n---\n${BODY}`, errors: [{ messageId: 'notString', line: 3, column: 3, data: { key: 'case' } }] },
  ],
};

export default cases;
