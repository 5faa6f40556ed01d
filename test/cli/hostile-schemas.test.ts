/**
 * Issue 17, team schemas and configs: data a schema author or a config controls must not make the linter
 * misreport or run without end. A topic id `constructor`, a `pattern` that backtracks, a cue of 20k words,
 * and an `overrides.files` glob with many stars.
 */
import assert from 'node:assert/strict';
import { runCli } from '../support/run-cli.js';
import { COMPLETE, workspace } from '../support/workspace.js';

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; message: string; severity: number }>;
}

/** A team schema whose one extra topic is `id`, under the data step; `extra` is merged into its x-mlsd. */
function teamSchema(id: string, extra: Record<string, unknown> = {}, topLevel: Record<string, unknown> = {}): string {
  return JSON.stringify({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://acme.example/team.schema.json',
    'x-mlsd-case': { id: 'acme', title: { en: 'Acme', ko: 'Acme' } },
    allOf: [{ $ref: 'https://mlsd-lint.dev/schemas/mlsd.schema.json' }],
    type: 'object',
    properties: {
      topics: {
        type: 'object',
        properties: {
          [id]: {
            $ref: 'https://mlsd-lint.dev/schemas/mlsd.schema.json#/$defs/section',
            'x-mlsd': { kind: 'topic', step: 's3-data-prep', order: 99, key: true, title: { en: 'Privacy review', ko: '개인정보 검토' }, aliases: { en: ['Privacy review'], ko: ['개인정보 검토'] }, ...extra },
          },
        },
        required: [id],
      },
    },
    ...topLevel,
  });
}

const QUICK = { timeout: 30_000 };

describe('hostile input: team schemas and configs are bounded', function () {
  this.timeout(60_000);

  it('a team topic with the id "constructor" is reported missing like any other (Ajv read the prototype\'s)', () => {
    const ws = workspace({ 'a.md': COMPLETE, 'team.json': teamSchema('constructor'), '.mlsdrc.json': JSON.stringify({ schemas: ['team.json'], case: 'acme' }) });
    const r = runCli(['a.md', '-f', 'json'], { cwd: ws, ...QUICK });
    assert.equal(r.code, 1, r.stderr);
    const messages = (JSON.parse(r.stdout) as JsonResult[])[0]!.messages;
    assert.ok(messages.some((m) => m.ruleId === 'missing-topic' && m.severity === 2 && /Privacy review/.test(m.message)), JSON.stringify(messages.map((m) => m.message)));
  });
});
