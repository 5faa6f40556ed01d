/**
 * Issue 17, output injection: text a doc controls (a file name, a waiver reason, a front-matter key) reaches
 * every output format. It must stay text there: no raw HTML or Markdown in the job summary, no terminal
 * control sequences from stylish or on stderr.
 */
import assert from 'node:assert/strict';
import { runCli } from '../support/run-cli.js';
import { COMPLETE, workspace } from '../support/workspace.js';

const ESC = '\u001b';

describe('hostile input: output injection', function () {
  this.timeout(60_000);

  it('a waiver reason with HTML and Markdown is text in the summary (it closed the <details> and added an image)', () => {
    const reason = '</details><img src=https://evil.example/p.png> ![x](https://evil.example/t.png) [click](https://evil.example)';
    const doc = `---\nmlsd:\n  waive:\n    deploy-cloud-vs-device: "${reason}"\n---\n${COMPLETE}`;
    const ws = workspace({ 'a.md': doc });
    const r = runCli(['a.md', '-f', 'summary'], { cwd: ws });
    assert.match(r.stdout, /waived/i, 'the waiver is in the report');
    assert.doesNotMatch(r.stdout, /<img|<\/details><img/, 'no raw HTML from the doc');
    assert.doesNotMatch(r.stdout, /(?<!\\)!(?<!\\)\[x\]\(https|(?<!\\)\[click\](?=\()/, 'no Markdown image or link from the doc');
    assert.match(r.stdout, /&lt;img src=https:\/\/evil\.example\/p\.png&gt;/, 'the reason is shown as text');
    assert.equal(r.stdout.match(/<\/details>/g)!.length, r.stdout.match(/<details/g)!.length, 'every <details> closed once, by the report');
  });

  it('a front-matter key or file name with terminal escape sequences is shown escaped by stylish and on stderr', () => {
    const key = `${ESC}]0;pwned${'\u0007'}${ESC}[2J`;
    const doc = `---\nmlsd:\n  "${key.replace(/\u001b/g, '\\e').replace(/\u0007/g, '\\a')}": 1\n---\n${COMPLETE}`;
    const name = `b${ESC}[31m.md`;
    const ws = workspace({ 'a.md': doc, [name]: '\u0000binary' });
    const r = runCli(['.', '--color'], { cwd: ws });
    // Our own colours are SGR sequences (ESC [ n m); nothing else may be a control character.
    assert.doesNotMatch(r.stdout.replace(/\u001b\[\d+m/g, ''), /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/, 'only our own colours are control sequences in stdout');
    assert.match(r.stdout, /\\u001b\]0;pwned\\u0007/, 'the key is shown, escaped');
    assert.match(r.stdout, /b\\u001b\[31m\.md/, 'the file name is shown, escaped');
    assert.doesNotMatch(r.stderr, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/, 'stderr has no control characters');
    assert.match(r.stderr, /b\\u001b\[31m\.md looks binary/);
  });
});

describe('hostile input: nothing but the report on stdout and our own lines on stderr', function () {
  this.timeout(60_000);

  it('a front-matter key that is a YAML list does not print a Node warning (fuzz: "Keys with collection values")', () => {
    const ws = workspace({ 'a.md': `---\n[ a ]: x\n? [b, c]\n: y\n---\n${COMPLETE}` });
    const r = runCli(['a.md'], { cwd: ws });
    assert.doesNotMatch(r.stderr, /Warning|collection values/);
  });
});
