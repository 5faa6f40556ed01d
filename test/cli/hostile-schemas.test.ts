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

describe('hostile input: config globs', function () {
  this.timeout(60_000);

  it('an overrides glob with many stars against a long file name ends quickly (picomatch took minutes)', () => {
    const long = `${'a'.repeat(240)}.md`;
    const ws = workspace({ [long]: COMPLETE, '.mlsdrc.json': JSON.stringify({ overrides: [{ files: `*${'a*'.repeat(12)}z`, profile: 'interview' }] }) });
    const r = runCli([long], { cwd: ws, ...QUICK });
    assert.equal(r.code, 0, r.stderr);
  });

  it('an extglob in overrides is a config error naming the key and what to write', () => {
    const ws = workspace({ 'a.md': COMPLETE, '.mlsdrc.json': JSON.stringify({ overrides: [{ files: ['*.md', '@(a|b).md'], profile: 'interview' }] }) });
    const r = runCli(['a.md'], { cwd: ws, ...QUICK });
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /\.mlsdrc\.json: overrides\[0\]\.files: "@\(a\|b\)\.md" uses an extglob such as @\(a\|b\), which is not supported; write \{a,b\} instead/);
  });
});

describe('hostile input: what a team schema can make the linter do', function () {
  this.timeout(60_000);
  const run = (schema: string) => {
    const ws = workspace({ 'a.md': COMPLETE, 'team.json': schema, '.mlsdrc.json': JSON.stringify({ schemas: ['team.json'], case: 'acme' }) });
    return runCli(['a.md'], { cwd: ws, ...QUICK });
  };

  it('a cue of 20k words is a schema error naming the limit (it crashed with "regex too large")', () => {
    const r = run(teamSchema('acme-privacy', { cues: { en: [Array(20_000).fill('word').join(' ')] } }));
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /schemas\[0\]: "team\.json" is not a valid JSON Schema for mlsd-lint: .*cues\/en\/0 must NOT have more than 120 characters/);
    assert.doesNotMatch(r.stderr, /internal error|too large|\n\s+at /);
  });

  it('a pattern that backtracks, such as ^(a|aa)+$, is a schema error naming it (a 45-character id took 21 s)', () => {
    const id = `${'a'.repeat(44)}-b`;
    for (const [where, extra] of [
      ['propertyNames', { properties: { topics: { type: 'object', propertyNames: { pattern: '^(a|aa)+-?$' }, properties: {} } } }],
      ['patternProperties', { properties: { topics: { type: 'object', patternProperties: { '^(a+)+$': { type: 'object' } }, properties: {} } } }],
    ] as const) {
      const schema = JSON.parse(teamSchema(id)) as Record<string, unknown>;
      schema.allOf = [...(schema.allOf as unknown[]), extra];
      const r = run(JSON.stringify(schema));
      assert.equal(r.code, 2, `${where}: ${r.stderr}`);
      assert.match(r.stderr, /"team\.json" has a pattern "\^\(a(\|aa\)\+-\?|\+\)\+)\$" .*repeats a group that holds a choice or a repeat, which can take exponential time; rewrite it without/, where);
    }
  });
});
