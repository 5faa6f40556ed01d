/** missing-step: the docs it accepts and the findings it reports (test/support/rule-tester.ts). */
import type { RuleCases } from '../support/rule-tester.js';
import { exampleOf } from '../../src/core/rules/missing-topic.js';
import { Linter as BookLinter } from '../../src/core/index.js';

const book = new BookLinter().ruleBook('generic')!;

const ALL_STEPS = `# Design

## 1. Clarifying requirements

We serve ten million users a day.

## 2. Frame the problem as an ML task

We frame it as learning to rank.

## 3. Data preparation

Interaction logs from the last 90 days.

## 4. Model development

A two-tower model trained on clicks.

## 5. Evaluation

Offline nDCG@10; online watch time in an A/B test.

## 6. Deployment and serving

Served behind the API gateway.

## 7. Monitoring and infrastructure

Dashboards for latency and drift.
`;

const cases: RuleCases = {
  valid: [
    { name: 'every step has a section', code: ALL_STEPS },
    {
      name: 'a step that does not apply is waived',
      code: `---\nmlsd:\n  waive:\n    s7-monitoring-infra: "A one-off analysis; nothing runs after launch."\n---\n${ALL_STEPS.replace(/\n## 7\.[\s\S]*$/, '\n')}`,
    },
  ],
  invalid: [
    {
      // The default profile reports a step the doc names nowhere: the evaluation's "A/B test" names
      // deployment's testing in production, so only monitoring is reported.
      name: 'a missing step the doc never names, on the title',
      code: ALL_STEPS.replace(/\n## 6\.[\s\S]*$/, '\n'),
      errors: [
        { messageId: 'missing', line: 1, column: 1, topic: 's7-monitoring-infra', data: { title: 'Monitoring and Infrastructure', id: 's7-monitoring-infra', example: exampleOf(book.byId.get('s7-monitoring-infra')!, 'en') } },
      ],
    },
    {
      name: 'the interview profile: each step without a section of its own, on the title',
      code: `---\nmlsd:\n  profile: interview\n---\n${ALL_STEPS.replace(/\n## 6\.[\s\S]*$/, '\n')}`,
      errors: [
        { messageId: 'missing', line: 5, column: 1, topic: 's6-deploy-serve', data: { title: 'Deployment and Serving', id: 's6-deploy-serve', example: exampleOf(book.byId.get('s6-deploy-serve')!, 'en') } },
        { messageId: 'missing', line: 5, column: 1, topic: 's7-monitoring-infra' },
      ],
    },
    {
      name: 'most of the procedure missing: one finding on the title that lists the steps (Korean titles for a Korean doc)',
      code: `# 설계\n\n## 1. 요구사항 명확화\n\n하루 천만 명의 사용자에게 추천한다.\n`,
      errors: [
        {
          messageId: 'groupUnnamed',
          line: 1,
          column: 1,
          data: {
            count: 6,
            covered: 1,
            total: 7,
            titles: '머신러닝 작업으로 문제를 구조화, 데이터 준비, 모델 개발, 평가, 배포 및 서비스 제공, 모니터링 및 인프라',
            first: '머신러닝 작업으로 문제를 구조화',
            example: exampleOf(book.byId.get('s2-framing')!, 'ko'),
          },
        },
      ],
    },
    {
      name: 'the checklist profile: each missing step its own finding',
      code: `---\nmlsd:\n  profile: checklist\n---\n# 설계\n\n## 1. 요구사항 명확화\n\n하루 천만 명의 사용자에게 추천한다.\n`,
      errors: [
        { messageId: 'missing', line: 5, column: 1, topic: 's2-framing', data: { title: '머신러닝 작업으로 문제를 구조화', id: 's2-framing', example: exampleOf(book.byId.get('s2-framing')!, 'ko') } },
        { messageId: 'missing', line: 5, column: 1, topic: 's3-data-prep' },
        { messageId: 'missing', line: 5, column: 1, topic: 's4-model-dev' },
        { messageId: 'missing', line: 5, column: 1, topic: 's5-evaluation' },
        { messageId: 'missing', line: 5, column: 1, topic: 's6-deploy-serve' },
        { messageId: 'missing', line: 5, column: 1, topic: 's7-monitoring-infra' },
      ],
    },
  ],
};

export default cases;
