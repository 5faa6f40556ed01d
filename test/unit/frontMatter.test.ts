/** The front-matter edits behind the editor's "waive" and "disable for this file" quick fixes. */
import assert from 'node:assert/strict';
import { parse as parseYaml } from 'yaml';
import { lint } from '../../src/core/index.js';
import { setFrontMatterValue } from '../../src/core/frontmatter-edit.js';

function apply(text: string, keys: string[], value: string): string {
  const fix = setFrontMatterValue(text, keys, value);
  assert.ok(fix, 'expected an edit');
  return text.slice(0, fix.start) + fix.text + text.slice(fix.end);
}

function frontMatter(text: string): Record<string, unknown> {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?(?:---|\.\.\.)/.exec(text);
  assert.ok(m, 'no front matter');
  return parseYaml(m[1]!) as Record<string, unknown>;
}

const WAIVE = ['mlsd', 'waive', 'eval-fairness-bias'];

describe('front-matter edits (quick fixes)', () => {
  it('creates front matter when the doc has none, keeping the body byte for byte', () => {
    const body = '# Ads ranking\n\n## Evaluation\n\nWe use AUC.\n';
    const out = apply(body, WAIVE, 'No user-facing decisions.');
    assert.ok(out.endsWith(`\n${body}`), out);
    assert.deepEqual(frontMatter(out), { mlsd: { waive: { 'eval-fairness-bias': 'No user-facing decisions.' } } });
  });

  it('adds mlsd: to front matter that has only other keys, and keeps them and their comments', () => {
    const text = '---\ntitle: Ads # the site title\ntags: [ml]\n---\n# Ads\n';
    const out = apply(text, WAIVE, 'n/a');
    assert.ok(out.startsWith('---\ntitle: Ads # the site title\ntags: [ml]\n'), out);
    assert.ok(out.endsWith('---\n# Ads\n'));
    assert.deepEqual(frontMatter(out), { title: 'Ads', tags: ['ml'], mlsd: { waive: { 'eval-fairness-bias': 'n/a' } } });
  });

  it('adds waive: under an existing mlsd: with its indentation', () => {
    const text = '---\nmlsd:\n    case: generic\n    profile: interview\nother: 1\n---\n# X\n';
    const out = apply(text, WAIVE, 'why');
    assert.equal(out, '---\nmlsd:\n    case: generic\n    profile: interview\n    waive:\n      eval-fairness-bias: "why"\nother: 1\n---\n# X\n');
  });

  it('adds an entry to an existing waive: list and leaves the other waivers alone', () => {
    const text = '---\nmlsd:\n  waive:\n    deploy-cloud-vs-device: "Server only." # keep me\n  case: generic\n---\n';
    const out = apply(text, WAIVE, 'Internal tool.');
    assert.ok(out.includes('deploy-cloud-vs-device: "Server only." # keep me\n    eval-fairness-bias: "Internal tool."\n  case: generic'), out);
  });

  it('fills an empty waive: key', () => {
    const out = apply('---\nmlsd:\n  waive:\n---\n', WAIVE, 'r');
    assert.deepEqual(frontMatter(out), { mlsd: { waive: { 'eval-fairness-bias': 'r' } } });
  });

  it('replaces the value of an existing key only', () => {
    const text = '---\nmlsd:\n  rules:\n    placeholder: warning # team default\n---\n';
    assert.equal(apply(text, ['mlsd', 'rules', 'placeholder'], 'off'), '---\nmlsd:\n  rules:\n    placeholder: "off" # team default\n---\n');
  });

  it('handles a flow mapping, CRLF line ends and quotes in the reason', () => {
    const text = '---\r\nmlsd: { case: generic }\r\n---\r\n# X\r\n';
    const out = apply(text, WAIVE, 'say "no"');
    assert.ok(!/[^\r]\n/.test(out), 'every newline stays CRLF');
    assert.deepEqual(frontMatter(out), { mlsd: { case: 'generic', waive: { 'eval-fairness-bias': 'say "no"' } } });
  });

  it('refuses to touch front matter that does not parse', () => {
    assert.equal(setFrontMatterValue('---\nmlsd: [oops\n---\n', WAIVE, 'x'), undefined);
  });

  it('the linter honours what the edits write: a waiver, and a rule turned off for the file', () => {
    const doc = '# Ads\n\n## Evaluation\n\nTODO: decide.\n';
    assert.ok(lint(doc).findings.some((f) => f.ruleId === 'placeholder'));
    const off = apply(doc, ['mlsd', 'rules', 'placeholder'], 'off');
    const r = lint(off);
    assert.ok(!r.findings.some((f) => f.ruleId === 'placeholder'), JSON.stringify(r.findings));
    assert.ok(!r.findings.some((f) => f.ruleId === 'unknown-setting' || f.ruleId === 'front-matter'));
    const waived = lint(apply(doc, WAIVE, 'Internal tool.'));
    assert.equal(waived.coverage.topics['eval-fairness-bias']?.status, 'waived');
  });

  it('rejects a rule severity that is not error, warning or off', () => {
    const r = lint('---\nmlsd:\n  rules:\n    placeholder: silent\n---\n# Ads\n');
    assert.ok(r.findings.some((f) => f.ruleId === 'front-matter' && /rules\.placeholder/.test(f.message)), JSON.stringify(r.findings));
  });
});
