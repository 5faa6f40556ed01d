/**
 * One piece of code resolves a doc's settings (issue 18): the CLI (`--print-config`, files on disk) and the
 * core's resolver over an in-memory file system (as the browser server reads files through the client)
 * give the same settings, the same ignores and the same messages for a table of configs. Each row is
 * written to a temporary folder for the CLI and mirrored, at the same absolute paths, into the in-memory
 * file system, so a message that names a file names the same one.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ConfigError, ConfigResolver, DEFAULT_CASE, DEFAULT_PROFILE, lintOptionsFor } from '../../src/core/index.js';
import { main } from '../../src/cli/main.js';
import { memFs, type MemEntry } from '../support/mem-fs.js';
import { tempDir } from '../support/tmp.js';

const DOC = '# A design doc\n\nNothing else yet.\n';
// The team schema the editor suites use (its case is "acme").
const TEAM_SCHEMA = readFileSync(join(process.cwd(), 'test/vscode/workspace/team/acme.schema.json'), 'utf8');

interface Row {
  name: string;
  /** Files of the row (relative to its folder): text, `{ fifo: true }` (a named pipe), `{ dir: true }`. */
  files: Record<string, string | { fifo: true } | { dir: true }>;
  /** Files outside the row's folder (relative to the test's root). */
  outside?: Record<string, string>;
  docs: string[];
}

const ROWS: Row[] = [
  {
    name: 'a JSONC .mlsdrc.json (comments, a trailing comma)',
    files: { '.mlsdrc.json': '// team settings\n{\n  /* severities */\n  "rules": { "missing-topic": "warn", },\n  "profile": "interview",\n}\n' },
    docs: ['design/a.md'],
  },
  {
    name: 'overrides, later ones winning, a glob without a slash matching the name in any folder',
    files: {
      '.mlsdrc.yaml': 'case: generic\nrules:\n  placeholder: error\noverrides:\n  - files: "interviews/**"\n    profile: interview\n  - files: "*.draft.md"\n    rules:\n      placeholder: off\n  - files: ["interviews/old/**", "x/{a,b}/*.md"]\n    lang: ko\n',
    },
    docs: ['interviews/ads.md', 'interviews/old/feed.draft.md', 'notes/z.draft.md', 'x/b/c.md', 'design/d.md'],
  },
  {
    name: '"include" replaces the default globs',
    files: { '.mlsdrc.yml': 'include:\n  - "specs/**/*.md"\n' },
    docs: ['specs/search.md', 'design/old.md', 'search.design.md'],
  },
  { name: 'no config: the default include', files: { 'README.md': 'x' }, docs: ['design/a.md', 'notes.md', 'ranking.design.md'] },
  {
    name: 'package.json: with an "mlsd" key it is the config; without, discovery goes on upward',
    files: { 'package.json': '{ "name": "x", "mlsd": { "profile": "checklist" } }', 'sub/package.json': '{ "name": "sub" }' },
    docs: ['sub/design/a.md'],
  },
  { name: '"ignores" and .gitignore', files: { '.git': { dir: true }, '.gitignore': 'wip/\n', '.mlsdrc.json': '{ "ignores": ["drafts/"] }' }, docs: ['drafts/a.md', 'wip/b.md', 'design/c.md'] },
  { name: '"gitignore": false', files: { '.git': { dir: true }, '.gitignore': 'wip/\n', '.mlsdrc.json': '{ "gitignore": false }' }, docs: ['wip/b.md'] },
  { name: 'a misspelt rule id and an unknown key', files: { '.mlsdrc.json': '{ "rules": { "missing-topci": "warn" }, "profle": "x" }' }, docs: ['design/a.md'] },
  { name: 'a rule id misspelt in package.json', files: { 'package.json': '{ "mlsd": { "rules": { "placeholdr": "off" } } }' }, docs: ['design/a.md'] },
  { name: 'a config that is not valid JSON', files: { '.mlsdrc.json': '{ "rules": { "placeholder": "off" }\n' }, docs: ['design/a.md'] },
  { name: 'a config over the size limit', files: { '.mlsdrc.json': `{ "case": "generic", "x": "${'a'.repeat(1100 * 1024)}" }` }, docs: ['design/a.md'] },
  { name: 'a config that is a named pipe (never read)', files: { '.mlsdrc.json': { fifo: true } }, docs: ['design/a.md'] },
  { name: 'a folder named like a config is no config', files: { '.mlsdrc.json': { dir: true } }, docs: ['design/a.md'] },
  { name: 'an extglob in overrides', files: { '.mlsdrc.json': '{ "overrides": [{ "files": "@(a|b)/*.md", "profile": "interview" }] }' }, docs: ['design/a.md'] },
  { name: 'an unknown case and profile', files: { '.mlsdrc.json': '{ "case": "ads-rankng", "overrides": [{ "files": "*.md", "profile": "intervew" }] }' }, docs: ['design/a.md'] },
  {
    name: 'a team schema inside the repository defines the case',
    files: { '.git': { dir: true }, '.mlsdrc.json': '{ "case": "acme", "schemas": ["schemas/acme.schema.json"] }', 'schemas/acme.schema.json': TEAM_SCHEMA },
    docs: ['design/a.md'],
  },
  {
    name: 'a team schema outside the repository is not read',
    files: { '.git': { dir: true }, '.mlsdrc.json': '{ "schemas": ["../elsewhere.schema.json", "missing.schema.json"] }' },
    outside: { 'elsewhere.schema.json': TEAM_SCHEMA },
    docs: ['design/a.md'],
  },
];

/** What --print-config prints, less what the core does not decide (the doc's front matter, the file name). */
type Printed = Record<string, unknown>;

async function viaCli(cwd: string, doc: string): Promise<Printed | string[]> {
  let out = '';
  let err = '';
  const code = await main(['--print-config', doc], { stdout: (s) => (out += s), stderr: (s) => (err += s), isTTY: false, cwd });
  if (code !== 0) return err.trimEnd().split('\n').map((l) => l.replace(/^mlsd-lint: /, ''));
  const { file: _file, schemas: _schemas, ...rest } = JSON.parse(out) as Printed;
  return rest;
}

async function viaCore(resolver: ConfigResolver, cwd: string, doc: string): Promise<Printed | string[]> {
  try {
    const plan = await resolver.forFile(doc);
    const options = lintOptionsFor(plan);
    const settings = { ...options.defaults };
    const configFile = plan.config ? plan.config.path.slice(cwd.length + 1) : null;
    return {
      configFile,
      case: settings.case ?? DEFAULT_CASE,
      profile: settings.profile ?? DEFAULT_PROFILE,
      lang: settings.lang ?? null,
      rules: options.rules ?? {},
      include: plan.include,
      designDoc: plan.included,
      ...(plan.ignored !== undefined ? { ignored: plan.ignored } : {}),
    };
  } catch (e) {
    if (e instanceof ConfigError) return e.lines;
    throw e;
  }
}

describe('config resolution: the CLI and the core resolver over an in-memory file system agree (issue 18)', function () {
  this.timeout(20000);
  const root = realpathSync(tempDir('mlsd-parity-'));

  for (const row of ROWS) {
    it(row.name, async function () {
      const dir = join(root, row.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 40));
      const mem: Record<string, MemEntry> = {};
      const put = (abs: string, v: string | { fifo: true } | { dir: true }) => {
        mkdirSync(dirname(abs), { recursive: true });
        if (typeof v === 'string') {
          writeFileSync(abs, v);
          mem[abs] = v;
        } else if ('dir' in v) {
          mkdirSync(abs, { recursive: true });
          mem[abs] = { kind: 'directory' };
        } else {
          const r = spawnSync('mkfifo', [abs]);
          if (r.status !== 0) this.skip();
          mem[abs] = { kind: 'fifo' };
        }
      };
      for (const [rel, v] of Object.entries(row.files)) put(join(dir, rel), v);
      for (const [rel, v] of Object.entries(row.outside ?? {})) put(join(root, rel), v);
      for (const doc of row.docs) put(join(dir, doc), DOC);

      const fs = memFs(mem);
      const resolver = new ConfigResolver({ cwd: dir }, fs);
      for (const doc of row.docs) {
        const cli = await viaCli(dir, doc);
        const core = await viaCore(resolver, dir, doc);
        assert.deepEqual(core, cli, `${doc}: the core over memory differs from the CLI`);
      }
      // A named pipe is never read (reading one waits forever).
      for (const [rel, v] of Object.entries(row.files)) if (typeof v === 'object' && 'fifo' in v) assert.ok(!fs.reads.includes(join(dir, rel)), `${rel} was read`);
    });
  }

  it('a bad config message names the file, in the CLI and the core alike', async () => {
    const dir = join(root, 'named');
    mkdirSync(join(dir, 'team'), { recursive: true });
    writeFileSync(join(dir, 'team', '.mlsdrc.json'), '{ "rules": { "missing-topci": "warn" } }');
    writeFileSync(join(dir, 'team', 'a.md'), DOC);
    const cli = await viaCli(dir, 'team/a.md');
    assert.ok(Array.isArray(cli));
    assert.match(cli[0]!, /^team\/\.mlsdrc\.json: rules\.missing-topci: unknown rule id "missing-topci"; did you mean "missing-topic"\?/);
    const core = await viaCore(new ConfigResolver({ cwd: dir }, memFs({ [join(dir, 'team', '.mlsdrc.json')]: '{ "rules": { "missing-topci": "warn" } }', [join(dir, 'team', 'a.md')]: DOC })), dir, 'team/a.md');
    assert.deepEqual(core, cli);
  });
});
