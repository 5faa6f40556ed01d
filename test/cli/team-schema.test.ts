/**
 * The team checklist of docs/schema-format.md, exactly as the doc shows it: it loads, `mlsd-lint cases` lists
 * its case, `mlsd-lint new --case` writes a doc for it, and a doc without its topic is reported.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../support/run-cli.js';
import { workspace } from '../support/workspace.js';

const DOC = readFileSync(join(process.cwd(), 'docs', 'schema-format.md'), 'utf8');

/** The fenced blocks of a language under a heading of the doc, in order. */
function blocks(heading: string, lang: string): string[] {
  const from = DOC.indexOf(`\n## ${heading}\n`);
  assert.ok(from >= 0, `docs/schema-format.md has a "${heading}" section`);
  const end = DOC.indexOf('\n## ', from + 1);
  const section = DOC.slice(from, end < 0 ? undefined : end);
  return [...section.matchAll(new RegExp('^```' + lang + '\\n([\\s\\S]*?)^```$', 'gm'))].map((m) => m[1]!);
}

describe('the team checklist of docs/schema-format.md, as written', function () {
  this.timeout(60_000);
  const [schema] = blocks("A team's own checklist", 'json');
  const [config] = blocks("A team's own checklist", 'yaml');

  const ws = () => workspace({ 'checklists/acme-ranking.schema.json': schema!, '.mlsdrc.yaml': config! });

  it('loads, and mlsd-lint cases lists its case with the book\'s (text and JSON)', () => {
    assert.ok(schema && config, 'the doc shows the schema and the config');
    const dir = ws();
    const r = runCli(['cases'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^acme-ranking\s+Acme ranking checklist\s+Acme 랭킹 체크리스트$/m);
    assert.match(r.stdout, /^visual-search\s/m);
    const json = JSON.parse(runCli(['cases', '--format', 'json'], { cwd: dir }).stdout) as Array<{ id: string }>;
    assert.ok(json.some((c) => c.id === 'acme-ranking'));
  });

  it('mlsd-lint new --case writes a doc with the team\'s topic, and the doc is linted against it', () => {
    const dir = ws();
    const made = runCli(['new', '--case', 'acme-ranking', '--lang', 'ko', 'docs/design/feed.md'], { cwd: dir });
    assert.equal(made.code, 0, made.stderr);
    const text = readFileSync(join(dir, 'docs', 'design', 'feed.md'), 'utf8');
    assert.match(text, /^  case: acme-ranking$/m);
    assert.match(text, /^#+ (?:\d+\.\d+ )?개인정보 검토$/m);
    const lint = runCli(['-f', 'json', 'docs/design/feed.md'], { cwd: dir });
    const [file] = JSON.parse(lint.stdout) as Array<{ coverage: { topics: Record<string, { status: string }> } }>;
    assert.equal(file!.coverage.topics['acme-privacy-review']?.status, 'empty', 'the template\'s TODO is not substance yet');
    // A doc that never mentions it: the required topic is missing.
    const unknown = runCli(['new', '--case', 'acme-rankin', 'x.md'], { cwd: dir });
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown case "acme-rankin" \(did you mean "acme-ranking"\?\)/);
  });

  it('a broken config stops cases and new with its message, naming the file', () => {
    const dir = workspace({ '.mlsdrc.yaml': 'schemas: [missing.schema.json]\n' });
    const r = runCli(['cases'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^mlsd-lint: \.mlsdrc\.yaml: schemas\[0\]: "missing\.schema\.json" does not exist/m);
    const n = runCli(['new', 'x.md'], { cwd: dir });
    assert.equal(n.code, 2);
    assert.match(n.stderr, /\.mlsdrc\.yaml: schemas\[0\]/);
  });
});
