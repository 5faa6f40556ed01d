/** missing-topic: the docs it accepts and the findings it reports (test/support/rule-tester.ts). */
import { Linter, renderTemplate, templateSections } from '../../src/core/index.js';
import type { RuleCases } from '../support/rule-tester.js';
import { exampleOf } from '../../src/core/rules/missing-topic.js';

// `mlsd-lint new`'s generic template has every step and topic; each TODO line is replaced by the schema's
// example of its section, so no step is hollow (a hollow step is one finding of another rule).
const BOOK = new Linter().ruleBook('generic')!;
const filled = (lang: 'en' | 'ko'): string => {
  const defs = templateSections(BOOK);
  let i = 0;
  return renderTemplate(BOOK, lang)
    .split('\n')
    .map((l) => (l.startsWith('TODO:') ? defs[i++]!.example![lang] : l))
    .join('\n');
};
const TEMPLATE = filled('en');
const TEMPLATE_KO = filled('ko');
/** The doc without one `###` section (heading and body). */
const without = (doc: string, heading: string) => doc.replace(new RegExp(`### ${heading}\\n[\\s\\S]*?(?=\\n#)`), '');
const lineOf = (doc: string, start: string) => doc.split('\n').findIndex((l) => l.startsWith(start)) + 1;

const noOnline = without(TEMPLATE, 'Online metrics');
const noOnlineKo = without(TEMPLATE_KO, '온라인 지표');
const online = new Linter().ruleBook('generic')!.byId.get('eval-online-metrics')!;
// Two topics that are not key ones: one grouped finding on their step; the checklist profile reports each.
const noFairness = without(without(TEMPLATE, 'Fairness and bias'), 'Data storage');
const checklist = (doc: string) => doc.replace('mlsd:\n', 'mlsd:\n  profile: checklist\n');
// The interview profile reports a topic not found in its step; the default one only a key topic the doc
// names nowhere (the template's other sections name online metrics: "CTR" in the requirements' example).
const interview = (doc: string) => doc.replace('mlsd:\n', 'mlsd:\n  profile: interview\n');
const noOnlineI = interview(noOnline);
const noOnlineKoI = interview(noOnlineKo);
const noFairnessI = interview(noFairness);

const cases: RuleCases = {
  valid: [
    { name: 'the filled template of the case: every topic has a section', code: TEMPLATE, coverage: { 'eval-online-metrics': 'present' } },
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
    {
      name: 'the default profile: a key topic the doc names elsewhere is in the coverage, not reported',
      code: noOnline,
      coverage: { 'eval-online-metrics': 'missing' },
    },
    { name: 'the default profile: the other missing topics of a step are in the coverage', code: noFairness, coverage: { 'data-storage': 'missing', 'eval-fairness-bias': 'missing' } },
  ],
  invalid: [
    {
      name: 'the interview profile: on the heading of the step it belongs to',
      code: noOnlineI,
      errors: [{ messageId: 'missing', line: lineOf(noOnlineI, '## 5.'), column: 1, topic: 'eval-online-metrics', data: { title: 'Online metrics', id: 'eval-online-metrics', stepTitle: 'Evaluation', example: exampleOf(online, 'en') } }],
    },
    {
      name: 'the interview profile: Korean titles for a Korean doc',
      code: noOnlineKoI,
      errors: [{ messageId: 'missing', line: lineOf(noOnlineKoI, '## 5.'), column: 1, topic: 'eval-online-metrics', data: { title: '온라인 지표', id: 'eval-online-metrics', stepTitle: '평가', example: exampleOf(online, 'ko') } }],
    },
    {
      name: 'the interview profile: the other missing topics of a step, one finding on the step, a warning',
      code: noFairnessI,
      errors: [
        { messageId: 'group', line: lineOf(noFairnessI, '## 3.'), column: 1, topic: 's3-data-prep', severity: 'warning' },
        { messageId: 'group', line: lineOf(noFairnessI, '## 5.'), column: 1, topic: 's5-evaluation', severity: 'warning' },
      ],
    },
    {
      name: 'the checklist profile: every topic on its own',
      code: checklist(noFairness),
      errors: [
        { messageId: 'missing', line: lineOf(checklist(noFairness), '## 3.'), column: 1, topic: 'data-storage' },
        { messageId: 'missing', line: lineOf(checklist(noFairness), '## 5.'), column: 1, topic: 'eval-fairness-bias' },
      ],
    },
  ],
};

export default cases;
