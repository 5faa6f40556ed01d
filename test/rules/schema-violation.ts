/** schema-violation: the docs it accepts and the findings it reports (test/support/rule-tester.ts). */
import type { JsonSchema } from '../../src/core/index.js';
import type { RuleCases } from '../support/rule-tester.js';

/** A team schema with one constraint beyond missing sections: the requirements step starts by line 8. */
const TEAM = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://acme.example/rule-tester.schema.json',
  'x-mlsd-case': { id: 'acme', title: { en: 'Acme checklist', ko: 'Acme 체크리스트' } },
  allOf: [{ $ref: 'https://mlsd-lint.dev/schemas/mlsd.schema.json' }],
  type: 'object',
  properties: { steps: { type: 'object', properties: { 's1-requirements': { type: 'object', properties: { line: { type: 'number', maximum: 8 } } } } } },
} as JsonSchema;

const doc = (intro: string) => `---\nmlsd:\n  case: acme\n---\n# Design\n\n${intro}## Clarifying requirements\n\nWe serve ten million users a day.\n`;

const cases: RuleCases = {
  schemas: [TEAM],
  valid: [{ name: 'the constraint holds', code: doc('') }],
  invalid: [
    {
      name: 'the constraint fails, on the entry it concerns',
      code: doc('Some words first.\n\nMore words.\n\n'),
      errors: [{ messageId: 'violation', line: 11, column: 1, topic: 's1-requirements', data: { path: '/steps/s1-requirements/line', detail: 'must be <= 8', keyword: 'maximum', params: 'comparison: "<=", limit: 8' } }],
    },
  ],
};

export default cases;
