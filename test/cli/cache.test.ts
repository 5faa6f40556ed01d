/**
 * --cache: a second run on unchanged docs takes results from the cache; a changed doc, config or extra
 * schema file is linted afresh. To see which happened, the tests mark the cached result and look for the
 * mark in the next run's output.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../support/run-cli.js';
import { GAPS, WARN_ONLY, workspace } from '../support/workspace.js';

const MARK = 'FROM THE CACHE';

interface CacheFile {
  entries: Record<string, { key: string; sum: string; result: { findings: Array<{ message: string; ruleId: string; severity: string }>; errorCount: number; warningCount: number } }>;
}

/** The entry's checksum as the cache computes it (sha256 of key, NUL, result JSON). */
function seal(e: CacheFile['entries'][string]): void {
  e.sum = createHash('sha256').update(e.key).update('\0').update(JSON.stringify(e.result)).digest('hex');
}

/** Rewrites every cached finding's message to MARK, keeping the keys (and re-sealing the entries, as a valid cache would be). */
function markCache(path: string): void {
  const data = JSON.parse(readFileSync(path, 'utf8')) as CacheFile;
  for (const e of Object.values(data.entries)) {
    for (const f of e.result.findings) f.message = MARK;
    seal(e);
  }
  writeFileSync(path, JSON.stringify(data));
}

/** Applies `damage` to every entry of a cache file, without re-sealing. */
function damageCache(path: string, damage: (e: CacheFile['entries'][string]) => void): void {
  const data = JSON.parse(readFileSync(path, 'utf8')) as CacheFile;
  for (const e of Object.values(data.entries)) damage(e);
  writeFileSync(path, JSON.stringify(data));
}

describe('--cache', function () {
  this.timeout(60_000);

  it('stores results in .mlsd-cache.json and a second run on unchanged docs reads them', () => {
    const ws = workspace({ 'warn.md': WARN_ONLY, 'gaps.md': GAPS });
    const first = runCli(['.', '--cache'], { cwd: ws });
    const cache = join(ws, '.mlsd-cache.json');
    assert.ok(existsSync(cache), 'cache file written');
    assert.equal(Object.keys((JSON.parse(readFileSync(cache, 'utf8')) as CacheFile).entries).length, 2);
    const again = runCli(['.', '--cache'], { cwd: ws });
    assert.equal(again.stdout, first.stdout, 'same report from the cache');
    assert.equal(again.code, first.code);

    markCache(cache);
    const cached = runCli(['.', '--cache', '-f', 'json'], { cwd: ws });
    const results = JSON.parse(cached.stdout) as Array<{ messages: Array<{ message: string }> }>;
    const messages = results.flatMap((r) => r.messages.map((m) => m.message));
    assert.ok(messages.length > 0 && messages.every((m) => m === MARK), 'results came from the cache');
    // Without --cache, the cache is neither read nor written.
    assert.doesNotMatch(runCli(['.'], { cwd: ws }).stdout, new RegExp(MARK));
  });

  it('a changed doc is linted afresh, the unchanged one still comes from the cache', () => {
    const ws = workspace({ 'warn.md': WARN_ONLY, 'gaps.md': GAPS });
    runCli(['.', '--cache'], { cwd: ws });
    markCache(join(ws, '.mlsd-cache.json'));
    writeFileSync(join(ws, 'warn.md'), WARN_ONLY.replace('TBD: the rollout plan', 'TBD: the launch plan'));
    const r = runCli(['.', '--cache', '-f', 'json'], { cwd: ws });
    const byFile = Object.fromEntries((JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ message: string }> }>).map((f) => [f.filePath, f.messages.map((m) => m.message)]));
    assert.deepEqual(byFile['warn.md'], ['Placeholder left in the text: "TBD: the launch plan, 100% of traffic".']);
    assert.ok(byFile['gaps.md']!.every((m) => m === MARK));
  });

  it('on two threads, the docs linted afresh among many cached ones each get their own result', () => {
    // 60 docs (enough for a worker); every third one changes after the first run.
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) files[`d${String(i).padStart(2, '0')}.md`] = (i % 2 ? WARN_ONLY : GAPS).replace(/^# .*/m, `# Design ${i}`);
    const ws = workspace(files);
    runCli(['.', '--cache'], { cwd: ws, env: { MLSD_THREADS: '2' } });
    markCache(join(ws, '.mlsd-cache.json'));
    for (let i = 0; i < 60; i += 3) writeFileSync(join(ws, `d${String(i).padStart(2, '0')}.md`), files[`d${String(i).padStart(2, '0')}.md`]!.replace('# Design', '# Design, revised,'));
    const r = runCli(['.', '--cache', '-f', 'json'], { cwd: ws, env: { MLSD_THREADS: '2' } });
    const fresh = JSON.parse(runCli(['.', '-f', 'json'], { cwd: ws, env: { MLSD_THREADS: '1' } }).stdout) as Array<{ filePath: string; messages: Array<{ message: string }> }>;
    const got = JSON.parse(r.stdout) as typeof fresh;
    assert.deepEqual(got.map((f) => f.filePath), fresh.map((f) => f.filePath));
    got.forEach((f, i) => {
      if (i % 3 === 0) assert.deepEqual(f, fresh[i], `${f.filePath} is linted afresh, as itself`);
      else assert.ok(f.messages.length > 0 && f.messages.every((m) => m.message === MARK), `${f.filePath} comes from the cache`);
    });
  });

  it('a changed config or extra schema file invalidates the cache', () => {
    const schema = JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', $id: 'https://acme.example/extra.schema.json', type: 'object' });
    const ws = workspace({ 'warn.md': WARN_ONLY, '.mlsdrc.json': JSON.stringify({ schemas: ['extra.schema.json'] }), 'extra.schema.json': schema });
    const cache = join(ws, '.mlsd-cache.json');
    runCli(['warn.md', '--cache'], { cwd: ws });
    markCache(cache);
    assert.match(runCli(['warn.md', '--cache'], { cwd: ws }).stdout, new RegExp(MARK));

    writeFileSync(join(ws, 'extra.schema.json'), schema.replace('"type":"object"', '"type":"object","description":"Acme extras"'));
    const afterSchema = runCli(['warn.md', '--cache'], { cwd: ws });
    assert.doesNotMatch(afterSchema.stdout, new RegExp(MARK));
    assert.match(afterSchema.stdout, /warning\s+Placeholder left in the text/);

    markCache(cache);
    writeFileSync(join(ws, '.mlsdrc.json'), JSON.stringify({ schemas: ['extra.schema.json'], lang: 'ko' }));
    const afterConfig = runCli(['warn.md', '--cache'], { cwd: ws });
    assert.doesNotMatch(afterConfig.stdout, new RegExp(MARK));
    assert.match(afterConfig.stdout, /경고\s+자리 표시자가 남아 있습니다/);
    assert.equal(afterConfig.code, 0);

    // Command-line settings are part of the key too.
    markCache(cache);
    assert.doesNotMatch(runCli(['warn.md', '--cache', '--lang', 'ko'], { cwd: ws }).stdout, new RegExp(MARK));
  });

  it('--cache-location picks the file; a corrupt cache is started afresh, not an error', () => {
    const ws = workspace({ 'gaps.md': GAPS });
    writeFileSync(join(ws, 'my.cache'), '{"format":2,"entries":{"/tmp/cut sho');
    const r = runCli(['gaps.md', '--cache-location', 'my.cache'], { cwd: ws });
    assert.equal(r.code, 1);
    assert.equal(r.stderr, '');
    const data = JSON.parse(readFileSync(join(ws, 'my.cache'), 'utf8')) as CacheFile;
    assert.equal(Object.keys(data.entries).length, 1);
    assert.equal(existsSync(join(ws, '.mlsd-cache.json')), false);
  });

  it('a damaged entry (misshapen, or findings emptied) is ignored, the doc linted again and the entry rewritten', () => {
    const ws = workspace({ 'gaps.md': GAPS });
    const cache = join(ws, '.mlsd-cache.json');
    const first = runCli(['gaps.md', '--cache', '-f', 'json'], { cwd: ws });
    assert.equal(first.code, 1);
    const damages: Array<[string, (e: CacheFile['entries'][string]) => void]> = [
      ['result without findings', (e) => delete (e.result as Partial<CacheFile['entries'][string]['result']>).findings],
      ['result not an object', (e) => ((e as { result: unknown }).result = 7)],
      ['findings emptied, counts zeroed', (e) => Object.assign(e.result, { findings: [], errorCount: 0, warningCount: 0 })],
      ['findings emptied and re-counted, checksum kept', (e) => Object.assign(e.result, { findings: [], errorCount: 0 })],
      ['no checksum', (e) => delete (e as Partial<CacheFile['entries'][string]>).sum],
    ];
    for (const [what, damage] of damages) {
      damageCache(cache, damage);
      const r = runCli(['gaps.md', '--cache', '-f', 'json'], { cwd: ws });
      assert.equal(r.stderr, '', what);
      assert.equal(r.code, 1, `${what}: the findings are reported again`);
      assert.deepEqual(JSON.parse(r.stdout), JSON.parse(first.stdout), what);
      // Rewritten: the next run takes the (sealed, whole) entry from the cache again.
      markCache(cache);
      assert.match(runCli(['gaps.md', '--cache'], { cwd: ws }).stdout, new RegExp(MARK), `${what}: the entry was rewritten`);
    }
  });

  it('--cache-location on a file that is not a cache (text, other JSON) neither reads nor replaces it', () => {
    const notes = 'API_KEY=keep me\n';
    const pkg = JSON.stringify({ name: 'x', version: '1.0.0' });
    const ws = workspace({ 'gaps.md': GAPS, 'notes.env': notes, 'package.json': pkg });
    for (const [file, content] of [['notes.env', notes], ['package.json', pkg]]) {
      const r = runCli(['gaps.md', '--cache-location', file!], { cwd: ws });
      assert.equal(r.code, 1, 'the doc is linted as usual');
      assert.match(r.stderr, new RegExp(`${file!.replace('.', '\\.')} is not an mlsd-lint cache; it was not replaced and results were not cached`));
      assert.equal(readFileSync(join(ws, file!), 'utf8'), content, `${file} is untouched`);
    }
  });

  it('a temporary file left by a run killed while saving the cache is removed by the next save; a live one is kept', () => {
    const ws = workspace({ 'gaps.md': GAPS });
    const dead = join(ws, '.mlsd-cache.json.999999999.tmp');
    const live = join(ws, `.mlsd-cache.json.${process.pid}.tmp`);
    const other = join(ws, 'notes.999999999.tmp');
    for (const f of [dead, live, other]) writeFileSync(f, 'x'.repeat(1000));
    assert.equal(runCli(['gaps.md', '--cache'], { cwd: ws }).code, 1);
    assert.equal(existsSync(dead), false, 'the dead run\'s temporary file is gone');
    assert.equal(existsSync(live), true, 'a running process\'s temporary file is kept');
    assert.equal(existsSync(other), true, 'files that are not the cache\'s are kept');
  });
});
