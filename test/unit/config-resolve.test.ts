/**
 * The per-file config resolution that the CLI and the editor share (src/node/config.ts): the layering of
 * lint options, the config file named by a ConfigError, and not reading a config's extra schemas (the
 * editor in an untrusted workspace).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ConfigError, ConfigResolver, defaultPlan, lintOptionsFor } from '../../src/node/config.js';
import { workspace } from '../support/workspace.js';

const TEAM_SCHEMA = JSON.stringify({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://acme.example/resolve.schema.json',
  'x-mlsd-case': { id: 'acme', title: { en: 'Acme checklist', ko: 'Acme 체크리스트' } },
  allOf: [{ $ref: 'https://mlsd-lint.dev/schemas/mlsd.schema.json' }],
  type: 'object',
});

describe('config resolution shared by the CLI and the editor', () => {
  it('lint options: per-user fallbacks < config (overrides by glob included) < CLI defaults; overrides pass through', async () => {
    const cwd = workspace({
      '.mlsdrc.json': JSON.stringify({ profile: 'interview', rules: { placeholder: 'error' }, overrides: [{ files: 'sub/**', lang: 'ko' }] }),
      'sub/a.md': '# A\n',
    });
    const plan = await new ConfigResolver({ cwd }).forFile('sub/a.md');
    const fallback = { defaults: { profile: 'recommended', case: 'generic' }, rules: { placeholder: 'off' as const, 'step-order': 'off' as const } };
    assert.deepEqual(lintOptionsFor(plan, { fallback }), {
      defaults: { profile: 'interview', case: 'generic', lang: 'ko' },
      overrides: undefined,
      rules: { placeholder: 'error', 'step-order': 'off' },
    });
    assert.deepEqual(lintOptionsFor(plan, { defaults: { case: 'visual-search' }, overrides: { lang: 'en' } }), {
      defaults: { profile: 'interview', lang: 'ko', case: 'visual-search' },
      overrides: { lang: 'en' },
      rules: { placeholder: 'error' },
    });
    assert.deepEqual(lintOptionsFor(defaultPlan(), { fallback }), { defaults: fallback.defaults, overrides: undefined, rules: fallback.rules });
  });

  it('a ConfigError names the config file at fault', async () => {
    const cwd = workspace({ 'docs/.mlsdrc.yaml': 'rules: [', 'docs/a.md': '# A\n' });
    const err = await new ConfigResolver({ cwd }).forFile('docs/a.md').then(
      () => assert.fail('no error'),
      (e: unknown) => e,
    );
    assert.ok(err instanceof ConfigError);
    assert.equal(err.file, join(cwd, 'docs', '.mlsdrc.yaml'));
    assert.match(err.lines[0]!, /^docs\/\.mlsdrc\.yaml: is not valid YAML/);
  });

  it('extraSchemas: false reads none of the config\'s schemas, lists them, and keeps the rest of the config', async () => {
    const files = {
      '.mlsdrc.json': JSON.stringify({ case: 'acme', rules: { placeholder: 'off' }, schemas: ['team.schema.json'] }),
      'team.schema.json': TEAM_SCHEMA,
      'a.md': '# A\n',
    };
    const cwd = workspace(files);
    const trusted = await new ConfigResolver({ cwd }).forFile('a.md');
    assert.ok(trusted.linter.cases().includes('acme'));
    assert.equal(trusted.config?.skippedSchemas, undefined);

    const untrusted = await new ConfigResolver({ cwd, extraSchemas: false }).forFile('a.md');
    assert.deepEqual(untrusted.config?.skippedSchemas, ['team.schema.json']);
    assert.ok(!untrusted.linter.cases().includes('acme'), 'the team schema is not loaded');
    assert.deepEqual(untrusted.rules, { placeholder: 'off' });
    // The case only that schema defines is left to the lint, which reports it as unknown-case.
    assert.equal(untrusted.defaults.case, 'acme');

    // Not even a missing schema file is looked at.
    const r = await new ConfigResolver({ cwd: workspace({ '.mlsdrc.json': files['.mlsdrc.json'], 'a.md': '# A\n' }), extraSchemas: false }).forFile('a.md');
    assert.deepEqual(r.config?.skippedSchemas, ['team.schema.json']);
  });
});
