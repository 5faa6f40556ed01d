/**
 * Issue 17, the CLI: a doc that breaks (a YAML alias in its front matter, or anything that throws while it
 * is linted) is that file's finding, and every other file is linted and reported as usual, on one thread
 * and on several.
 */
import assert from 'node:assert/strict';
import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../support/run-cli.js';
import { COMPLETE, GAPS, workspace } from '../support/workspace.js';

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; message: string; line: number; fatal?: true }>;
}

/** Docs whose front matter has a bad alias, and the line of the (first) alias (design docs by their names). */
const ALIASES: Record<string, [string, number]> = {
  'unresolved.design.md': [`---\nstatus: *draft*\nmlsd: {}\n---\n${COMPLETE}`, 2],
  'laughs.design.md': [`---\na: &x [1, 2]\nb: [${Array(120).fill('*x').join(', ')}]\nmlsd: {}\n---\n${COMPLETE}`, 3],
};

describe('hostile input: one bad doc does not lose the run', function () {
  this.timeout(120_000);

  for (const threads of ['1', '2']) {
    it(`a YAML alias in front matter is that file's front-matter finding; 40 other files are linted (${threads} thread(s))`, () => {
      const files: Record<string, string> = Object.fromEntries(Object.entries(ALIASES).map(([k, [text]]) => [k, text]));
      for (let i = 0; i < 40; i++) files[`doc-${String(i).padStart(2, '0')}.md`] = i % 2 ? GAPS : COMPLETE;
      const ws = workspace(files);
      const r = runCli(['.', '-f', 'json'], { cwd: ws, env: { MLSD_THREADS: threads } });
      assert.doesNotMatch(r.stderr, /internal error/);
      assert.equal(r.code, 1, 'errors found, not a crash');
      const results = JSON.parse(r.stdout) as JsonResult[];
      assert.equal(results.length, 42, 'every file is in the report');
      for (const [name, [, line]] of Object.entries(ALIASES)) {
        const res = results.find((x) => x.filePath.endsWith(name))!;
        const fm = res.messages.filter((m) => m.ruleId === 'front-matter');
        assert.equal(fm.length, 1, `${name}: one front-matter finding`);
        assert.match(fm[0]!.message, /alias/i, `${name}: the finding says what is wrong`);
        assert.equal(fm[0]!.line, line, `${name}: on the alias's line`);
      }
      const gaps = results.filter((x) => /doc-\d[13579]\.md$/.test(x.filePath));
      assert.ok(gaps.length === 20 && gaps.every((x) => x.messages.some((m) => m.ruleId === 'missing-step')), 'the other docs have their own findings');
    });
  }

  it('a team schema whose allOf refers back to itself is a config error naming the file and the fix (it overflowed the stack on every doc)', () => {
    const schema = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'https://acme.example/team.schema.json',
      'x-mlsd-case': { id: 'team', title: { en: 'Team', ko: '팀' } },
      type: 'object',
      allOf: [{ $ref: 'https://mlsd-lint.dev/schemas/mlsd.schema.json' }, { $ref: 'https://acme.example/team.schema.json' }],
    };
    const ws = workspace({ '.mlsdrc.json': JSON.stringify({ schemas: ['team.schema.json'], case: 'team' }), 'team.schema.json': JSON.stringify(schema), 'a.md': COMPLETE });
    const r = runCli(['.'], { cwd: ws });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\.mlsdrc\.json: schemas\[0\]: "team\.schema\.json" .*refers back to itself without end .*remove the reference to its own \$id/);
    assert.doesNotMatch(r.stderr, /internal error|Maximum call stack|\n\s+at /);
  });

  it('a UTF-16 doc with a byte-order mark (LE or BE) is linted as its text, not refused as binary', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GAPS, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    const ws = workspace({ 'utf8.md': GAPS, 'le.md': le, 'be.md': be, 'odd.md': Buffer.concat([le, Buffer.from([0x41])]) });
    const r = runCli(['.', '-f', 'json'], { cwd: ws });
    const results = JSON.parse(r.stdout) as JsonResult[];
    const of = (name: string) => results.find((x) => x.filePath.endsWith(name))!.messages;
    assert.deepEqual(of('le.md'), of('utf8.md'));
    assert.deepEqual(of('be.md'), of('utf8.md'));
    assert.doesNotMatch(r.stderr, /(le|be)\.md looks binary/);
    // A broken one says what it is and what to do.
    assert.match(r.stderr, /odd\.md starts with a UTF-16LE byte-order mark but is not valid UTF-16LE; save it as UTF-8/);
  });

  it('a symlink loop (or a link to a parent folder) lints each file once', () => {
    const ws = workspace({ 'docs/a.md': GAPS, 'docs/b/c.md': COMPLETE });
    symlinkSync('..', join(ws, 'docs', 'b', 'up'));
    symlinkSync('../docs', join(ws, 'docs', 'self'));
    const r = runCli(['docs', '-f', 'json'], { cwd: ws });
    const paths = (JSON.parse(r.stdout) as JsonResult[]).map((x) => x.filePath);
    assert.deepEqual(paths, ['docs/a.md', 'docs/b/c.md']);
  });

  it('a report or the cache never replaces a doc: -o design.md, -o on a linted file, --cache-location notes.md', () => {
    const ws = workspace({ 'design.md': GAPS, 'notes.md': '# Notes\n', 'docs/x.txt': 'not markdown' });
    const cases: Array<[string[], RegExp]> = [
      [['design.md', '-o', 'notes.md'], /--output-file notes\.md is a Markdown doc; the report would replace it/],
      [['design.md', '-f', 'json', '-o', 'design.md'], /--output-file design\.md is a Markdown doc/],
      [['design.md', '--cache-location', 'notes.md'], /--cache-location notes\.md is a Markdown file; the cache would replace it/],
      [['design.md', '--cache-location', 'design.md'], /--cache-location design\.md is a Markdown file/],
    ];
    for (const [args, re] of cases) {
      const r = runCli(args, { cwd: ws });
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, re);
    }
    assert.equal(readFileSync(join(ws, 'design.md'), 'utf8'), GAPS);
    assert.equal(readFileSync(join(ws, 'notes.md'), 'utf8'), '# Notes\n');
    // A Markdown coverage summary may be written, and written again over the earlier one.
    for (let i = 0; i < 2; i++) assert.equal(runCli(['design.md', '-f', 'summary', '-o', 'coverage.md'], { cwd: ws }).code, 1, `summary run ${i}`);
    assert.match(readFileSync(join(ws, 'coverage.md'), 'utf8'), /^## mlsd-lint: design doc coverage/);
  });
});
