/** missing-topic: the docs it accepts and the findings it reports (test/support/rule-tester.ts). */
import { Linter, renderTemplate } from '../../src/core/index.js';
import type { RuleCases } from '../support/rule-tester.js';

// `mlsd-lint new`'s generic template has every step and topic (its placeholders are another rule's).
const TEMPLATE = renderTemplate(new Linter().ruleBook('generic')!, 'en');
const TEMPLATE_KO = renderTemplate(new Linter().ruleBook('generic')!, 'ko');
/** The doc without one `###` section (heading and body). */
const without = (doc: string, heading: string) => doc.replace(new RegExp(`### ${heading}\\n[\\s\\S]*?(?=\\n#)`), '');
const lineOf = (doc: string, start: string) => doc.split('\n').findIndex((l) => l.startsWith(start)) + 1;

const noOnline = without(TEMPLATE, 'Online metrics');
const noOnlineKo = without(TEMPLATE_KO, '온라인 지표');

const cases: RuleCases = {
  valid: [
    { name: 'the template of the case: every topic has a section', code: TEMPLATE, coverage: { 'eval-online-metrics': 'empty' } },
    {
      name: 'a topic discussed in its step without a heading of its own',
      code: noOnline.replace('## 5. Evaluation\n', '## 5. Evaluation\n\nAfter launch we track click-through rate and watch time per user as online metrics in an A/B test.\n'),
      coverage: { 'eval-online-metrics': 'present' },
    },
    {
      name: 'a waived topic',
      code: `---\nmlsd:\n  waive:\n    eval-online-metrics: "An offline study; nothing is launched."\n---\n${noOnline}`,
      coverage: { 'eval-online-metrics': 'waived' },
    },
  ],
  invalid: [
    {
      name: 'on the heading of the step it belongs to',
      code: noOnline,
      errors: [{ messageId: 'missing', line: lineOf(noOnline, '## 5.'), column: 1, topic: 'eval-online-metrics', data: { title: 'Online metrics', id: 'eval-online-metrics', stepTitle: 'Evaluation' } }],
    },
    {
      name: 'Korean titles for a Korean doc',
      code: noOnlineKo,
      errors: [{ messageId: 'missing', line: lineOf(noOnlineKo, '## 5.'), column: 1, topic: 'eval-online-metrics', data: { title: '온라인 지표', id: 'eval-online-metrics', stepTitle: '평가' } }],
    },
  ],
};

export default cases;
