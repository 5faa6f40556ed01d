/**
 * Issue 17, files that must not be read: only regular files are read, with a size limit, for docs, configs,
 * ignore files, schemas and caches. A symlink to /dev/zero (git can store one, so a pull request can put it
 * in CI) grew the process to gigabytes; a FIFO named as a doc, a config or a .gitignore hung the run forever.
 * Each is now skipped (or refused) with a message naming the file and what to do, and the run ends.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../support/run-cli.js';
import { COMPLETE, GAPS, workspace } from '../support/workspace.js';

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; message: string; fatal?: true }>;
}

/** A named pipe at `path` (nobody writes to it: reading it waits forever). */
function fifo(path: string): void {
  const r = spawnSync('mkfifo', [path]);
  assert.equal(r.status, 0, `mkfifo ${path}: ${r.stderr}`);
}

/** Well under the time a hang would take; a run that hangs is killed and fails here. */
const QUICK = { timeout: 20_000 };

const onPosix = process.platform !== 'win32' && existsSync('/dev/zero');

(onPosix ? describe : describe.skip)('hostile input: only regular files are read', function () {
  this.timeout(120_000);

  it('a doc that is a symlink to /dev/zero is refused as not a regular file (it grew the process to gigabytes)', () => {
    const ws = workspace({ 'a.md': GAPS });
    symlinkSync('/dev/zero', join(ws, 'zero.md'));
    const r = runCli(['.', '-f', 'json'], { cwd: ws, ...QUICK, env: { NODE_OPTIONS: '--max-old-space-size=256' } });
    assert.notEqual(r.code, -1, 'the run ends');
    assert.match(r.stderr, /zero\.md is not a regular file \(a device\); lint Markdown files only/);
    const results = JSON.parse(r.stdout) as JsonResult[];
    assert.ok(results.find((x) => x.filePath === 'a.md')!.messages.some((m) => m.ruleId === 'missing-step'), 'the other doc is linted');
    assert.match(results.find((x) => x.filePath === 'zero.md')!.messages[0]!.message, /not a regular file/);
  });

  it('a FIFO named as a doc is refused, not read (the run hung)', () => {
    const ws = workspace({ 'a.md': COMPLETE });
    fifo(join(ws, 'pipe.md'));
    const r = runCli(['a.md', 'pipe.md'], { cwd: ws, ...QUICK });
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /pipe\.md is not a regular file \(a named pipe\); lint Markdown files only/);
  });

  it('a FIFO named .mlsdrc.yaml is a config error naming it and the fix (the run hung)', () => {
    const ws = workspace({ 'a.md': COMPLETE });
    fifo(join(ws, '.mlsdrc.yaml'));
    const r = runCli(['a.md'], { cwd: ws, ...QUICK });
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /\.mlsdrc\.yaml: is not a regular file \(a named pipe\); replace it with a config file or delete it/);
  });

  it('a FIFO named .gitignore is skipped with a warning, and the docs are linted (the run hung)', () => {
    const ws = workspace({ 'a.md': COMPLETE, 'b.md': GAPS });
    fifo(join(ws, '.gitignore'));
    const r = runCli(['.', '-f', 'json'], { cwd: ws, ...QUICK });
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /\.gitignore is not a regular file \(a named pipe\); it is not read/);
    assert.equal((JSON.parse(r.stdout) as JsonResult[]).length, 2);
  });

  it('a team schema that is a FIFO or a symlink to /dev/zero is a config error naming it', () => {
    const ws = workspace({ 'a.md': COMPLETE, '.mlsdrc.json': JSON.stringify({ schemas: ['pipe.json', 'zero.json'] }) });
    fifo(join(ws, 'pipe.json'));
    symlinkSync('/dev/zero', join(ws, 'zero.json'));
    const r = runCli(['a.md'], { cwd: ws, ...QUICK, env: { NODE_OPTIONS: '--max-old-space-size=256' } });
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /schemas\[0\]: "pipe\.json" is not a regular file \(a named pipe\)/);
    assert.match(r.stderr, /schemas\[0\]: "pipe\.json" is not a regular file \(a named pipe\); list JSON Schema files only/);
    // A device is outside any repository: refused before it is opened.
    assert.match(r.stderr, /schemas\[1\]: "zero\.json" is outside the repository/);
  });

  it('a cache location that is a FIFO is not read or replaced: the run says so and lints', () => {
    const ws = workspace({ 'a.md': COMPLETE });
    fifo(join(ws, 'cache.json'));
    const r = runCli(['a.md', '--cache-location', 'cache.json'], { cwd: ws, ...QUICK });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /cache\.json is not a regular file \(a named pipe\); results were not cached/);
  });

  it('a config, ignore file or cache over its size limit is refused by size, not read whole', () => {
    const big = `# ${'x'.repeat(1024)}\n`.repeat(1100); // about 1.1 MB
    const ws = workspace({ 'a.md': COMPLETE, '.gitignore': big });
    const r = runCli(['a.md'], { cwd: ws, ...QUICK });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /\.gitignore is 1\.1 MB, over the 1\.0 MB limit for an ignore file; it is not read/);
    const ws2 = workspace({ 'a.md': COMPLETE, '.mlsdrc.yaml': `rules: {}\n${big}` });
    const r2 = runCli(['a.md'], { cwd: ws2, ...QUICK });
    assert.equal(r2.code, 2, r2.stderr);
    assert.match(r2.stderr, /\.mlsdrc\.yaml: is 1\.1 MB, over the 1\.0 MB limit for a config file/);
  });

  it('a folder that cannot be read (chmod 000) is named with the fix, not skipped in silence', () => {
    const ws = workspace({ 'docs/a.md': GAPS, 'docs/locked/b.md': GAPS });
    // Root reads any folder: the run is made as an unprivileged user then (nobody, as on many CI images).
    const asRoot = process.getuid?.() === 0;
    if (asRoot) for (const d of [ws, join(ws, '.git'), join(ws, 'docs')]) chmodSync(d, 0o755);
    mkdirSync(join(ws, 'docs', 'locked', 'inner'));
    chmodSync(join(ws, 'docs', 'locked'), 0o000);
    try {
      const r = runCli(['docs', '-f', 'json'], { cwd: ws, ...QUICK, ...(asRoot ? { uid: 65534 } : {}) });
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stderr, /docs\/locked cannot be read \(permission denied\); the docs in it are not linted\. Fix its permissions, or leave it out of the targets/);
      assert.deepEqual((JSON.parse(r.stdout) as JsonResult[]).map((x) => x.filePath), ['docs/a.md']);
    } finally {
      chmodSync(join(ws, 'docs', 'locked'), 0o755);
    }
  });
});

describe('hostile input: a config\'s schemas stay inside its repository', function () {
  this.timeout(60_000);

  it('a schema path outside the repository (relative, absolute, or through a symlink) is refused without reading it', () => {
    const elsewhere = workspace({ 'secret.json': '{"password": "hunter2"}' }, { git: false });
    const ws = workspace({ 'a.md': COMPLETE });
    symlinkSync(join(elsewhere, 'secret.json'), join(ws, 'link.json'));
    const rel = join('..', elsewhere.split(/[\\/]/).pop()!, 'secret.json');
    const schemas = [rel, join(elsewhere, 'secret.json'), 'link.json', '/etc/hostname'];
    writeFileSync(join(ws, '.mlsdrc.json'), JSON.stringify({ schemas }));
    const r = runCli(['a.md'], { cwd: ws, ...QUICK });
    assert.equal(r.code, 2, r.stderr);
    schemas.forEach((s, i) => assert.match(r.stderr, new RegExp(`schemas\\[${i}\\]: "${s.replace(/[.\\/]/g, '\\$&')}" is outside the repository .*; a schema file must be inside it`), s));
    assert.doesNotMatch(r.stderr, /hunter2|password/);
  });

  it('a schema file that is not JSON is refused without echoing its content', () => {
    const ws = workspace({ 'a.md': COMPLETE, 'team.json': 'API_TOKEN=s3cr3t-value\nother line\n', '.mlsdrc.json': JSON.stringify({ schemas: ['team.json'] }) });
    const r = runCli(['a.md'], { cwd: ws, ...QUICK });
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /schemas\[0\]: "team\.json" is not valid JSON \(line 1, column 1: unexpected character\)/);
    assert.doesNotMatch(r.stderr, /API_TOKEN|s3cr3t/);
  });
});

