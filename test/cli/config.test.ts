/**
 * Config files: discovery upward from each doc, the package.json key, overrides by glob, ignores and
 * .gitignore, a team's extra schema, and every kind of broken config giving exit 2 with a message
 * that names the file and the key.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, type CliRun } from '../support/run-cli.js';
import { COMPLETE, GAPS, UNFINISHED, workspace } from '../support/workspace.js';

interface JsonResult {
  filePath: string;
  profile: string;
  case: string;
  messages: Array<{ ruleId: string; severity: number; topic?: string; related?: Array<{ topic: string; fix?: unknown }> }>;
  coverage: { topics: Record<string, { status: string }> };
}

const json = (r: CliRun) => JSON.parse(r.stdout) as JsonResult[];
const byFile = (r: CliRun) => Object.fromEntries(json(r).map((f) => [f.filePath.replace(/\\/g, '/'), f]));
const severityOf = (f: JsonResult, rule: string) => f.messages.find((m) => m.ruleId === rule)?.severity;

const TEAM_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://acme.example/checklist.schema.json',
  'x-mlsd-case': { id: 'acme', title: { en: 'Acme checklist', ko: 'Acme 체크리스트' } },
  allOf: [{ $ref: 'https://mlsd-lint.dev/schemas/mlsd.schema.json' }],
  type: 'object',
  properties: {
    topics: {
      type: 'object',
      properties: {
        'acme-privacy-review': {
          $ref: 'https://mlsd-lint.dev/schemas/mlsd.schema.json#/$defs/section',
          'x-mlsd': {
            kind: 'topic',
            step: 's3-data-prep',
            order: 99,
            // A team's must-have: a key topic is its own error when missing.
            key: true,
            title: { en: 'Privacy review', ko: '개인정보 검토' },
            aliases: { en: ['Privacy review'], ko: ['개인정보 검토'] },
          },
        },
      },
      required: ['acme-privacy-review'],
    },
  },
};

/** Asserts a config failure: exit 2, nothing linted, one line per problem with no stack trace. */
function assertConfigError(r: CliRun, ...patterns: RegExp[]): void {
  assert.equal(r.code, 2, r.stdout + r.stderr);
  assert.equal(r.stdout, '', 'no report when the config is broken');
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  for (const p of patterns) assert.match(r.stderr, p);
}

describe('config files', function () {
  this.timeout(60_000);

  describe('discovery and settings', () => {
    it('finds the nearest config upward from each doc; the nearest wins whole (no merge)', () => {
      const ws = workspace({
        '.mlsdrc.json': JSON.stringify({ profile: 'interview', rules: { placeholder: 'off' } }),
        'docs/team/warn.md': UNFINISHED,
        'docs/team/deep/.mlsdrc.yaml': 'rules:\n  placeholder: error\n',
        'docs/team/deep/warn.md': UNFINISHED,
      });
      const r = runCli(['docs', '-f', 'json'], { cwd: ws });
      const files = byFile(r);
      assert.equal(severityOf(files['docs/team/warn.md']!, 'placeholder'), undefined, 'turned off by the root config');
      assert.equal(files['docs/team/warn.md']!.profile, 'interview');
      assert.equal(severityOf(files['docs/team/deep/warn.md']!, 'placeholder'), 2, 'raised to error by the nearer config');
      assert.equal(files['docs/team/deep/warn.md']!.profile, 'recommended', 'the root config does not apply under the nearer one');
      assert.equal(r.code, 1);
    });

    it('reads the "mlsd" key of package.json, and skips a package.json without one', () => {
      const ws = workspace({
        'package.json': JSON.stringify({ name: 'docs-site', mlsd: { profile: 'interview', rules: { placeholder: 'off' } } }),
        'sub/package.json': JSON.stringify({ name: 'no-config-here' }),
        'sub/warn.md': UNFINISHED,
      });
      const r = runCli(['sub/warn.md', '-f', 'json'], { cwd: ws });
      assert.equal(r.code, 0, r.stderr);
      const [f] = json(r);
      assert.equal(f!.profile, 'interview');
      assert.equal(f!.messages.length, 0);
    });

    it('applies overrides by glob, later ones winning; command-line flags still win over the config', () => {
      const ws = workspace({
        '.mlsdrc.yaml': [
          'profile: recommended',
          'overrides:',
          '  - files: "interviews/**"',
          '    profile: interview',
          '  - files: ["*.draft.md"]',
          '    rules:',
          '      missing-step: warning',
          '      missing-topic: "off"',
          '',
        ].join('\n'),
        'interviews/a.md': GAPS,
        'notes/b.draft.md': GAPS,
        'notes/c.md': GAPS,
      });
      const files = byFile(runCli(['.', '-f', 'json'], { cwd: ws }));
      assert.equal(files['interviews/a.md']!.profile, 'interview');
      assert.equal(files['notes/c.md']!.profile, 'recommended');
      const draft = files['notes/b.draft.md']!;
      assert.equal(severityOf(draft, 'missing-step'), 1, 'a glob without / matches the file name in any folder');
      assert.equal(severityOf(draft, 'missing-topic'), undefined);
      assert.equal(severityOf(files['notes/c.md']!, 'missing-step'), 2);
      const flag = byFile(runCli(['.', '-f', 'json', '--profile', 'recommended'], { cwd: ws }));
      assert.equal(flag['interviews/a.md']!.profile, 'recommended');
    });

    it('adds a team checklist schema that extends ours, and the config selects its case', () => {
      const ws = workspace({
        '.mlsdrc.json': JSON.stringify({ case: 'acme', schemas: ['schemas/checklist.schema.json'] }),
        'schemas/checklist.schema.json': JSON.stringify(TEAM_SCHEMA),
        'complete.md': COMPLETE,
      });
      const r = runCli(['complete.md', '-f', 'json'], { cwd: ws });
      assert.equal(r.code, 1, r.stderr);
      const [f] = json(r);
      assert.equal(f!.case, 'acme');
      assert.equal(f!.coverage.topics['acme-privacy-review']?.status, 'missing');
      assert.ok(f!.messages.some((m) => m.ruleId === 'missing-topic' && m.topic === 'acme-privacy-review' && m.severity === 2));
      // The team's case is also accepted by --case, and the summary shows its topic by title.
      const s = runCli(['complete.md', '--case', 'acme', '-f', 'summary'], { cwd: ws });
      assert.match(s.stdout, /^\| ↳ Privacy review \| ❌ missing \| {2}\|$/m);
    });

    it('--config uses the given file for every doc', () => {
      const ws = workspace({ 'ci/mlsd.yaml': 'rules:\n  placeholder: "off"\n', 'warn.md': UNFINISHED, '.mlsdrc.json': '{"rules":{"placeholder":"error"}}' });
      assert.equal(runCli(['warn.md', '--config', 'ci/mlsd.yaml'], { cwd: ws }).code, 0);
      assert.equal(runCli(['warn.md'], { cwd: ws }).code, 1);
    });
  });

  describe('the config schema', () => {
    it('describes every property (the editor shows these descriptions)', () => {
      const schema = JSON.parse(readFileSync('schemas/mlsdrc.schema.json', 'utf8'));
      const missing: string[] = [];
      const walk = (node: any, at: string) => {
        if (!node || typeof node !== 'object') return;
        for (const [k, v] of Object.entries((node.properties ?? {}) as Record<string, any>)) {
          if (!v.description && !v.$ref) missing.push(`${at}/${k}`);
          walk(v, `${at}/${k}`);
        }
        if (node.items) walk(node.items, `${at}[]`);
        if (node.additionalProperties && typeof node.additionalProperties === 'object' && !node.additionalProperties.description) missing.push(`${at}/*`);
        for (const [k, v] of Object.entries((node.definitions ?? {}) as Record<string, any>)) {
          if (!v.description) missing.push(`#/definitions/${k}`);
          walk(v, `#/definitions/${k}`);
        }
      };
      walk(schema, '');
      assert.deepEqual(missing, []);
    });

    it('accepts the README\'s example config, which does what it says', () => {
      const readme = readFileSync('README.md', 'utf8');
      const example = /```yaml\n(# \.mlsdrc\.yaml\n[\s\S]*?)```/.exec(readme)?.[1];
      assert.ok(example, 'the README has a .mlsdrc.yaml example');
      const ws = workspace({
        '.mlsdrc.yaml': example,
        'checklists/acme.schema.json': JSON.stringify(TEAM_SCHEMA),
        'drafts/x.md': GAPS,
        'interviews/a.md': UNFINISHED,
      });
      const r = runCli(['.', '-f', 'json'], { cwd: ws });
      assert.equal(r.code, 1, r.stderr);
      const files = byFile(r);
      assert.deepEqual(Object.keys(files), ['interviews/a.md'], 'drafts/ is ignored');
      assert.equal(files['interviews/a.md']!.profile, 'interview');
      assert.equal(severityOf(files['interviews/a.md']!, 'placeholder'), 2);
    });
  });

  describe('ignores and .gitignore', () => {
    it('skips files matched by the config\'s ignores; a named file says why; --no-ignore lints it', () => {
      const ws = workspace({ '.mlsdrc.json': JSON.stringify({ ignores: ['drafts/', '**/*.wip.md'] }), 'drafts/x.md': GAPS, 'a/b.wip.md': GAPS, 'ok.md': COMPLETE });
      const r = runCli(['.', '-f', 'json'], { cwd: ws });
      assert.equal(r.code, 0, r.stdout);
      assert.deepEqual(Object.keys(byFile(r)), ['ok.md']);
      const named = runCli(['drafts/x.md'], { cwd: ws });
      assert.equal(named.code, 0);
      assert.match(named.stderr, /drafts\/x\.md is ignored by "ignores" in \.mlsdrc\.json; use --no-ignore to lint it/);
      assert.equal(runCli(['drafts/x.md', '--no-ignore'], { cwd: ws }).code, 1);
    });

    it('skips .gitignored files (nested .gitignore files, negation), unless the config turns it off', () => {
      const files = {
        '.gitignore': 'generated/\n*.tmp.md\n',
        'docs/.gitignore': '!keep.tmp.md\n',
        'generated/x.md': GAPS,
        'docs/y.tmp.md': GAPS,
        'docs/keep.tmp.md': COMPLETE,
        'docs/z.md': COMPLETE,
      };
      const ws = workspace(files);
      const r = runCli(['.', '-f', 'json'], { cwd: ws });
      assert.equal(r.code, 0, r.stdout);
      assert.deepEqual(Object.keys(byFile(r)).sort(), ['docs/keep.tmp.md', 'docs/z.md']);
      const off = workspace({ ...files, '.mlsdrc.json': '{"gitignore": false}' });
      assert.equal(json(runCli(['.', '-f', 'json'], { cwd: off })).length, 4);
      // Outside a git repository, .gitignore means nothing (as for git).
      const plain = workspace(files, { git: false });
      assert.equal(json(runCli(['.', '-f', 'json'], { cwd: plain })).length, 4);
    });
  });

  describe('broken configs exit 2 with the file and the key', () => {
    it('a config that is not valid JSON or YAML', () => {
      const ws = workspace({ '.mlsdrc.json': '{ "rules": ', 'a.md': COMPLETE });
      assertConfigError(runCli(['a.md'], { cwd: ws }), /^mlsd-lint: \.mlsdrc\.json: is not valid JSON \(.+\); fix the syntax or delete the file\.$/m);
      const y = workspace({ 'd/.mlsdrc.yaml': 'rules:\n  placeholder: [off\n', 'd/a.md': COMPLETE });
      assertConfigError(runCli(['d'], { cwd: y }), /^mlsd-lint: d\/\.mlsdrc\.yaml: is not valid YAML/m);
    });

    it('wrong values and unknown keys, each on its own line with what is allowed', () => {
      const ws = workspace({
        '.mlsdrc.json': JSON.stringify({ ignore: ['x'], lang: 'fr', rules: { placeholder: 'warnings' }, overrides: [{ files: 3, rules: 'off' }] }),
        'a.md': COMPLETE,
      });
      assertConfigError(
        runCli(['a.md'], { cwd: ws }),
        /^mlsd-lint: \.mlsdrc\.json: ignore: unknown key; did you mean "ignores"\? Allowed keys: case, profile, lang, rules, include, ignores, gitignore, overrides, schemas\.$/m,
        /^mlsd-lint: \.mlsdrc\.json: lang: must be one of "en", "ko", not "fr"\.$/m,
        /^mlsd-lint: \.mlsdrc\.json: rules\.placeholder: must be one of "off", "warning", "warn", "error", not "warnings"\.$/m,
        /^mlsd-lint: \.mlsdrc\.json: overrides\[0\]\.files: must be a glob or a non-empty list of globs, not number 3\.$/m,
        /^mlsd-lint: \.mlsdrc\.json: overrides\[0\]\.rules: must be a mapping of keys to values, not string "off"\./m,
      );
    });

    it('an unknown rule id, with a suggestion', () => {
      const ws = workspace({ '.mlsdrc.yaml': 'rules:\n  placeholdr: "off"\noverrides:\n  - files: "*.md"\n    rules:\n      no-such-rule: error\n', 'a.md': COMPLETE });
      assertConfigError(
        runCli(['a.md'], { cwd: ws }),
        /^mlsd-lint: \.mlsdrc\.yaml: rules\.placeholdr: unknown rule id "placeholdr"; did you mean "placeholder"\? Known rules: .*missing-step.*$/m,
        /^mlsd-lint: \.mlsdrc\.yaml: overrides\[0\]\.rules\.no-such-rule: unknown rule id "no-such-rule"/m,
      );
    });

    it('an unknown case or profile, and a bad "mlsd" key in package.json', () => {
      const ws = workspace({ '.mlsdrc.json': '{"case": "visual-serch-x", "profile": "interveiw"}', 'a.md': COMPLETE });
      assertConfigError(runCli(['a.md'], { cwd: ws }), /\.mlsdrc\.json: case: unknown case "visual-serch-x".*Known cases: generic/, /\.mlsdrc\.json: profile: unknown profile "interveiw"; did you mean "interview"\?/);
      const pkg = workspace({ 'package.json': '{"name": "x", "mlsd": {"rules": {"placeholder": 2}}}', 'a.md': COMPLETE });
      assertConfigError(runCli(['a.md'], { cwd: pkg }), /^mlsd-lint: package\.json: mlsd\.rules\.placeholder: must be one of "off", "warning", "warn", "error", not 2\.$/m);
    });

    it('an extra schema file that is missing, not JSON, or not a valid JSON Schema', () => {
      const bad = (schema: string) =>
        runCli(['a.md'], { cwd: workspace({ '.mlsdrc.json': '{"schemas": ["team.schema.json"]}', 'team.schema.json': schema, 'a.md': COMPLETE }) });
      assertConfigError(bad('{"$id": "x", '), /^mlsd-lint: \.mlsdrc\.json: schemas\[0\]: "team\.schema\.json" is not valid JSON/m);
      assertConfigError(bad('{"type": "objekt"}'), /^mlsd-lint: \.mlsdrc\.json: schemas\[0\]: "team\.schema\.json" is not a valid JSON Schema for mlsd-lint: .*type/m);
      assertConfigError(bad('{"type": "object", "requird": ["x"]}'), /schemas\[0\]: "team\.schema\.json" is not a valid JSON Schema for mlsd-lint: .*unknown keyword: "requird"/);
      const broken = structuredClone(TEAM_SCHEMA) as Record<string, any>;
      broken.properties.topics.properties['acme-privacy-review']['x-mlsd'].kind = 'chapter';
      assertConfigError(bad(JSON.stringify(broken)), /schemas\[0\]: "team\.schema\.json" is not a valid JSON Schema for mlsd-lint: .*x-mlsd/);
      const missing = runCli(['a.md'], { cwd: workspace({ '.mlsdrc.json': '{"schemas": ["nope.json"]}', 'a.md': COMPLETE }) });
      assertConfigError(missing, /schemas\[0\]: "nope\.json" does not exist; paths are relative to the config file's folder\./);
    });

    it('a --config path that does not exist', () => {
      const ws = workspace({ 'a.md': COMPLETE });
      assertConfigError(runCli(['a.md', '--config', join('ci', 'none.json')], { cwd: ws }), /ci\/none\.json: does not exist; check the path given to --config/);
    });
  });
});
