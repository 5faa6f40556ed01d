/**
 * The registry is the one list of rules: each rule's meta is complete, and what is derived from it (the
 * README's table, docs/rules/README.md, each rule's page) is there and current.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { allRules, DEFAULT_DOCS_BASE, formatText, lint, RULES, ruleUrl } from '../../src/core/index.js';
import { VERSION } from '../../src/core/version.js';
import { docsIndex, readmeTable, README_END, README_START } from '../../src/node/rule-docs.js';

describe('rule registry', () => {
  it('every rule: an id, a default severity, a kind, a description and each message in English and Korean', () => {
    assert.ok(RULES.length >= 20);
    for (const { meta: r } of RULES) {
      assert.match(r.id, /^[a-z][a-z0-9-]+$/);
      assert.ok(r.severity === 'error' || r.severity === 'warning', r.id);
      assert.ok(['structure', 'content', 'settings'].includes(r.kind), r.id);
      assert.ok(Object.keys(r.messages).length > 0, `${r.id} has no message`);
      for (const lang of ['en', 'ko'] as const) {
        assert.ok(r.description[lang].trim(), `${r.id} description.${lang}`);
        for (const [id, t] of Object.entries(r.messages)) assert.ok(t[lang].trim(), `${r.id} ${id}.${lang}`);
        for (const [id, t] of Object.entries(r.fixes ?? {})) assert.ok(t[lang].trim(), `${r.id} fix ${id}.${lang}`);
      }
      // A message's Korean text needs no value its English one lacks, and the other way round.
      const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const [id, t] of Object.entries(r.messages)) {
        if (id === 'yaml' || id === 'violation') continue; // Korean gives the line/keyword instead of the parser's English text
        assert.deepEqual(slots(t.ko), slots(t.en), `${r.id} ${id}: the same placeholders in both languages`);
      }
    }
  });

  it('a message placeholder with no value is an error in tests', () => {
    assert.throws(() => formatText({ en: 'Missing {title}', ko: '{title} 없음' }, 'en', {}), /\{title\} has no value/);
  });

  it('each rule has its docs page, headed by its id and stating its default severity', () => {
    for (const r of allRules()) {
      const page = `docs/rules/${r.id}.md`;
      assert.ok(existsSync(page), `${page} is missing`);
      const text = readFileSync(page, 'utf8');
      assert.match(text, new RegExp(`^# ${r.id}\\n`), `${page} starts with its id`);
      assert.match(text, new RegExp(`\\*\\*Default severity:\\*\\* ${r.severity}\\b`), `${page} states the default severity ${r.severity}`);
    }
    const pages = readdirSync('docs/rules').filter((f) => f !== 'README.md').map((f) => f.replace(/\.md$/, ''));
    assert.deepEqual(pages.sort(), allRules().map((r) => r.id).sort(), 'a page for every rule and no page for a rule that is gone');
  });

  it("the README's rule table and docs/rules/README.md are the registry's (npm run docs:rules writes them)", () => {
    const readme = readFileSync('README.md', 'utf8');
    const table = readme.slice(readme.indexOf(README_START) + README_START.length, readme.indexOf(README_END)).trim();
    assert.ok(readme.includes(README_START) && readme.includes(README_END), 'README.md has the rules markers');
    assert.equal(table, readmeTable(allRules()), 'README rule table is stale: run npm run docs:rules');
    assert.equal(readFileSync('docs/rules/README.md', 'utf8'), docsIndex(allRules()), 'docs/rules/README.md is stale: run npm run docs:rules');
  });

  it("links name this release's docs", () => {
    assert.equal(VERSION, (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
    assert.equal(DEFAULT_DOCS_BASE, `https://github.com/mlsd-lint/mlsd-lint/blob/v${VERSION}/docs/rules/`);
    const f = lint('# Design\n\n## Evalution\n\nSome words here.\n').findings.find((x) => x.ruleId === 'heading-typo');
    assert.equal(f?.url, ruleUrl('heading-typo'));
  });
});
