/**
 * The language server's host-neutral parts: the in-thread runner the browser server uses (a lint over the
 * budget is reported as too slow, with its result), what a too-slow diagnostic says stands out in a doc,
 * the settings it reads, and the POSIX paths the browser's config resolver uses.
 */
import assert from 'node:assert/strict';
import { bigDoc } from '../../bench/corpus.js';
import { ConfigResolver, Linter, posixPath } from '../../src/core/index.js';
import { InlineRunner } from '../../src/server/runner.js';
import { readServerSettings, slowReason, uriFileName } from '../../src/server/service.js';
import { memFs } from '../support/mem-fs.js';

describe('language server: host-neutral parts', () => {
  it('the in-thread runner reports a lint over the budget as too slow and keeps its result (a browser worker cannot stop it)', async () => {
    const linter = new Linter();
    const runner = new InlineRunner();
    const text = bigDoc(256 * 1024, 3);
    const slow = await runner.lint({ key: 'a', text, options: {}, linter, budgetMs: 1 });
    assert.ok('tooSlow' in slow && slow.result, 'too slow, with the result');
    assert.ok(slow.ms > 1);
    const fine = await runner.lint({ key: 'b', text: '# Title\n', options: {}, linter, budgetMs: 60_000 });
    assert.ok('result' in fine && !('tooSlow' in fine));
  });

  it('a too-slow diagnostic names what stands out: a very long line, deep nesting, else the size (in the doc\'s language)', () => {
    assert.equal(slowReason(`# A\n\n${' '.repeat(8192)}x\n`, 'en'), 'line 3 is 8193 characters long');
    assert.equal(slowReason(`# A\n\n${' '.repeat(8192)}x\n`, 'ko'), '3번째 줄이 8193자입니다');
    const nested = Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n');
    assert.equal(slowReason(nested, 'en'), 'line 60 is indented or nested 118 levels deep');
    assert.match(slowReason('# A\n\ntext\n', 'en'), /^the doc is 0 KB with 3 lines$/);
  });

  it('settings: what a client sends is checked, and what it leaves out is the default', () => {
    const s = readServerSettings({ lintBudgetMs: 5, debounceMs: -1, rules: { placeholder: 'off', x: 'fatal' }, include: ['a/**', 3], run: 'onSave' });
    assert.equal(s.lintBudgetMs, 3000, 'below the minimum: the default');
    assert.equal(s.debounceMs, 300);
    assert.deepEqual(s.rules, { placeholder: 'off' });
    assert.deepEqual(s.include, ['a/**']);
    assert.equal(s.run, 'onSave');
    assert.equal(readServerSettings(undefined).enable, true);
  });

  it('the file name the core reads a case from keeps its folder (notes kept one folder per case), decoded', () => {
    assert.equal(uriFileName('file:///w/notes/video_recommendation/design_requirement.md'), 'video_recommendation/design_requirement.md');
    assert.equal(uriFileName('file:///c%3A/Users/me/%EC%B6%94%EC%B2%9C/design.md'), '추천/design.md');
    assert.equal(uriFileName('untitled:Untitled-1'), 'Untitled-1');
    assert.equal(uriFileName('vscode-vfs://github/me/repo/ads/notes.md?ref=main#L3'), 'ads/notes.md');
    // The core reads the case off the folder when the name names none.
    const linter = new Linter();
    const text = 'Business objective: more watch time on the home page.\n';
    assert.equal(linter.lint(text, { fileName: uriFileName('file:///w/notes/video_recommendation/design_requirement.md') }).case, 'video-recommendation');
    assert.equal(linter.lint(text, { fileName: uriFileName('file:///w/video_recommendation/notes/design_requirement.md') }).case, 'generic');
  });

  it('POSIX paths of the browser config resolver', () => {
    assert.equal(posixPath.dirname('/a/b/c.md'), '/a/b');
    assert.equal(posixPath.dirname('/a'), '/');
    assert.equal(posixPath.join('/a/b', '.mlsdrc.json'), '/a/b/.mlsdrc.json');
    assert.equal(posixPath.resolve('/a/b', '../c/./d.json'), '/a/c/d.json');
    assert.equal(posixPath.resolve('/a/b', '/x'), '/x');
    assert.equal(posixPath.relative('/a/b', '/a/b/c/d.md'), 'c/d.md');
    assert.equal(posixPath.relative('/a/b', '/a/x.md'), '../x.md');
    assert.equal(posixPath.isAbsolute('a/b'), false);
  });

  it('the browser config resolver: a config\'s `include` says which docs are design docs (unset: the setting decides); `warn` is `warning`', async () => {
    const files: Record<string, string> = {
      '/w/team/.mlsdrc.json': JSON.stringify({ include: ['specs/**/*.md'], rules: { placeholder: 'warn' } }),
      '/w/other/.mlsdrc.json': JSON.stringify({ rules: {} }),
    };
    const r = new ConfigResolver({ cwd: '/w', extraSchemas: false }, memFs(files));
    const spec = await r.forFile('/w/team/specs/a.md');
    assert.equal(spec.included, true);
    assert.deepEqual(spec.rules, { placeholder: 'warning' });
    assert.equal((await r.forFile('/w/team/design/b.md')).included, false, 'the config\'s include, not the default');
    const other = await r.forFile('/w/other/design/c.md');
    assert.equal(other.config?.rc.include, undefined, 'no include in the config: the host lets the setting decide');
    assert.equal(other.included, true, 'by the default globs');
  });
});
