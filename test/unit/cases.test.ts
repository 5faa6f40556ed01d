import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Linter, compactKey, renderTemplate, templateSections, titleConflict, type Lang, type LintResult, type RuleBook } from '../../src/core/index.js';
import { findPlaceholders } from '../../src/core/substance.js';
import { bundledTemplates } from '../../src/node/templates.js';

const linter = new Linter();
const LANGS: Lang[] = ['en', 'ko'];
const CASES = linter.cases();
const SPECIFIC = CASES.filter((c) => c !== 'generic');
const base = linter.ruleBook('generic')!;
const baseIds = new Set([...base.steps, ...base.topics].map((d) => d.id));

/** The topics a case adds to the base rule book. */
function own(book: RuleBook) {
  return book.topics.filter((t) => !baseIds.has(t.id));
}

/** A template with every `TODO:` line replaced by the example of its section, in the template's language. */
function fill(book: RuleBook, lang: Lang, text = renderTemplate(book, lang)): string {
  const defs = templateSections(book);
  let i = 0;
  const out = text.split('\n').map((line) => {
    if (!line.startsWith('TODO:')) return line;
    const def = defs[i++]!;
    assert.ok(def.example?.[lang], `${def.id} has an example in ${lang}`);
    return def.example![lang];
  });
  assert.equal(i, defs.length, 'one TODO line per section');
  return out.join('\n');
}

const show = (r: LintResult) => r.findings.map((f) => `L${f.line} ${f.ruleId}${f.topic ? ` ${f.topic}` : ''}: ${f.message}`).join('\n');

describe('case schemas', () => {
  it('ships the ten book cases plus generic', () => {
    assert.equal(SPECIFIC.length, 10);
    assert.ok(CASES.includes('generic'));
  });

  for (const id of SPECIFIC) {
    describe(id, () => {
      const book = linter.ruleBook(id)!;
      const added = own(book);

      it('extends the base: every base step and topic, plus 4 to 10 topics of its own', () => {
        for (const d of [...base.steps, ...base.topics]) assert.ok(book.byId.has(d.id), d.id);
        assert.ok(added.length >= 4 && added.length <= 10, `${added.length} topics`);
        assert.ok(added.some((t) => t.required), 'at least one required case topic');
      });

      it('omits only base steps and topics, keeps the key metrics and the prediction pipeline, and is inferred from its own title', () => {
        const omits = book.caseInfo.omits ?? [];
        assert.ok(omits.length > 0, 'a case chapter leaves some chapter-1 topics out');
        for (const o of omits) assert.ok(baseIds.has(o), `omits ${o}: not a base step or topic`);
        for (const kept of ['s1-requirements', 's5-evaluation', 'eval-offline-metrics', 'eval-online-metrics', 'serve-prediction-pipeline']) {
          assert.ok(!book.omitted.has(kept), `${id} must not omit ${kept}`);
        }
        for (const lang of LANGS) {
          const r = linter.lint(`# ${book.caseInfo.title[lang]}\n\nnotes\n`);
          assert.equal(r.case, id, `the ${lang} title "${book.caseInfo.title[lang]}"`);
          assert.ok(r.caseInferred, 'says the case was inferred');
          // What the case omits is never reported missing.
          for (const f of r.findings) assert.ok(!f.topic || !book.omitted.has(f.topic), `${f.ruleId} ${f.topic}`);
        }
      });

      it('case topic ids share one prefix and come after the base topics of their step', () => {
        const prefixes = new Set(added.map((t) => t.id.split('-')[0]));
        assert.equal(prefixes.size, 1, [...prefixes].join(', '));
        for (const t of added) {
          const baseMax = Math.max(0, ...base.topics.filter((b) => b.step === t.step).map((b) => b.order));
          assert.ok(book.byId.get(t.step)?.kind === 'step', `${t.id} -> ${t.step}`);
          assert.ok(t.order > baseMax, `${t.id} order ${t.order} <= ${baseMax}`);
        }
      });

      it('no alias means two different things after normalisation', () => {
        const owner = new Map<string, string>();
        for (const def of [...book.steps, ...book.topics]) {
          for (const t of [def.title.en, def.title.ko, ...Object.values(def.aliases).flat()]) {
            const key = compactKey(t as string);
            const prev = owner.get(key);
            assert.ok(!prev || prev === def.id, `alias "${t}" of ${def.id} also belongs to ${prev}`);
            owner.set(key, def.id);
          }
        }
      });

      it('every case topic has a description, and hints, cues and a usable example in both languages', () => {
        for (const t of added) {
          assert.ok(t.description, `${t.id} description`);
          for (const lang of LANGS) {
            assert.ok(t.hint?.[lang], `${t.id} hint.${lang}`);
            assert.ok((t.aliases[lang] ?? []).length > 0, `${t.id} aliases.${lang}`);
            assert.ok((t.cues[lang] ?? []).length >= 2, `${t.id} cues.${lang}`);
            const ex = t.example?.[lang] ?? '';
            assert.ok(ex.length > 40, `${t.id} example.${lang}`);
            assert.doesNotMatch(ex, /[?？_]|\bN\/A\b/, `${t.id} example.${lang} has a question mark, underscore or N/A`);
            assert.deepEqual(findPlaceholders(ex), [], `${t.id} example.${lang} holds a placeholder`);
          }
        }
      });

      for (const lang of LANGS) {
        it(`each case topic's ${lang} example, written under its step without a heading, counts as discussing the topic`, () => {
          for (const t of added) {
            const step = book.byId.get(t.step)!;
            const doc = `---\nmlsd:\n  case: ${id}\n---\n# Design\n\n## ${step.title[lang]}\n\n${t.example![lang]}\n`;
            const cov = linter.lint(doc).coverage.topics[t.id];
            assert.equal(cov?.status, 'present', `${t.id} (${lang}): the example does not name two of its cues`);
          }
        });

        it(`a doc that covers only the generic outline (${lang}) is told about each required case topic`, () => {
          const generic = fill(base, lang).replace(/^  case: generic$/m, `  case: ${id}\n  profile: checklist`);
          const r = linter.lint(generic);
          assert.equal(r.case, id);
          const missing = new Set(r.findings.filter((f) => f.ruleId === 'missing-topic').map((f) => f.topic));
          for (const t of added.filter((x) => x.required)) {
            assert.ok(missing.has(t.id), `${t.id} counted as discussed by the generic examples (its cues are not specific enough): ${r.coverage.topics[t.id]?.line}`);
          }
        });
      }
    });
  }
});

describe('the case a file name names', () => {
  const notes = '# Notes\n\n## Requirements\n\nUsers type a query and get clips back.\n';
  it('is the case when neither the doc nor its title names one', () => {
    assert.equal(linter.lint(notes, { fileName: 'docs/video-search.md' }).case, 'video-search');
    assert.deepEqual(linter.lint(notes, { fileName: 'docs/video-search.md' }).caseInferred, { title: 'docs/video-search.md', phrase: 'video search', fromFileName: true });
    // camelCase, underscores, numbering and short forms (content.json fileNameWords)
    assert.equal(linter.lint(notes, { fileName: 'C:\\notes\\03_eventRecom.design.md' }).case, 'event-recommendation');
    assert.equal(linter.lint(notes, { fileName: 'newsfeed.md' }).case, 'news-feed');
  });
  it('gives way to the case the doc sets and to the case its title names', () => {
    assert.equal(linter.lint('---\nmlsd:\n  case: generic\n---\n' + notes, { fileName: 'video-search.md' }).case, 'generic');
    assert.equal(linter.lint('# Harmful content detection\n\nText.\n', { fileName: 'video-search.md' }).case, 'harmful-content');
  });
  it('names no case when its words are not a case\'s phrase', () => {
    assert.equal(linter.lint(notes, { fileName: 'design.md' }).case, 'generic');
    assert.equal(linter.lint(notes, { fileName: 'search-video-index.md' }).case, 'generic');
    assert.equal(linter.lint(notes).case, 'generic');
  });
});

describe('templates, for every case and language', () => {
  const committed = bundledTemplates(linter);

  it('the committed templates/ equal what the schemas render (run `npm run templates` after a schema change)', () => {
    assert.equal(committed.length, CASES.length * LANGS.length);
    for (const { path, text } of committed) {
      let onDisk: string | undefined;
      try {
        onDisk = readFileSync(join(process.cwd(), path), 'utf8');
      } catch {
        onDisk = undefined;
      }
      assert.ok(onDisk !== undefined, `${path} is missing; run npm run templates`);
      assert.ok(onDisk === text, `${path} differs from the rendered template; run npm run templates`);
    }
  });

  for (const id of CASES) {
    const book = linter.ruleBook(id)!;
    const sections = templateSections(book);
    for (const lang of LANGS) {
      describe(`${id} (${lang})`, () => {
        const text = renderTemplate(book, lang);

        it('a fresh template misses no step or topic; it is one finding listing every section (one placeholder per section under the interview profile)', () => {
          const r = linter.lint(text);
          assert.equal(r.case, id);
          assert.equal(r.lang, lang);
          const gaps = r.findings.filter((f) => f.ruleId === 'missing-step' || f.ruleId === 'missing-topic');
          assert.deepEqual(gaps.map((f) => f.topic), []);
          assert.deepEqual(r.findings.map((f) => f.ruleId), ['empty-section'], show(r));
          assert.deepEqual(r.findings[0]!.related!.map((x) => x.topic), sections.map((d) => d.id));
          // the message names the first few headings and counts the rest, in the doc's language
          assert.match(r.findings[0]!.message, lang === 'en' ? / and \d+ more\. Fill them in/ : / 외 \d+개\. 내용을 채우세요/);
          // each listed section where it is: the editor links to it
          const headingLines = text.split('\n').flatMap((l, i) => (/^#{2,6} /.test(l) ? [i + 1] : []));
          assert.deepEqual(r.findings[0]!.related!.map((x) => x.line), headingLines);
          const each = linter.lint(text, { defaults: { profile: 'interview' } });
          assert.equal(each.findings.filter((f) => f.ruleId === 'placeholder').length, sections.length);
        });

        it('every heading is recognised as the step or topic it was written for', () => {
          const r = linter.lint(text);
          const lines = text.split('\n');
          const headings = lines.map((l, i) => ({ l, line: i + 1 })).filter((h) => /^#{2,6} /.test(h.l));
          assert.equal(headings.length, sections.length);
          sections.forEach((def, i) => {
            const cov = def.kind === 'step' ? r.coverage.steps[def.id] : r.coverage.topics[def.id];
            assert.equal(cov?.line, headings[i]!.line, `"${headings[i]!.l}" is not recognised as ${def.id} (coverage: ${JSON.stringify(cov)})`);
            assert.equal(cov?.via, 'heading', def.id);
          });
          assert.deepEqual(r.findings.filter((f) => f.ruleId === 'heading-typo').map((f) => f.message), []);
        });

        it('uses the titles of its language, in the canonical order', () => {
          const titles = text.split('\n').filter((l) => /^#{2,3} /.test(l)).map((l) => l.replace(/^#+ (?:\d+\. )?/, ''));
          assert.deepEqual(titles, sections.map((d) => d.title[lang]));
          const h1 = /^# (.*)$/m.exec(text)![1]!;
          assert.equal(titleConflict(book, h1), undefined, `the title "${h1}" reads as a section`);
          if (!titleConflict(book, book.caseInfo.title[lang])) assert.equal(h1, book.caseInfo.title[lang]);
        });

        it('with every TODO replaced by the example of its section, the doc is clean', () => {
          const r = linter.lint(fill(book, lang, text));
          assert.equal(r.findings.length, 0, show(r));
          for (const d of sections) {
            const cov = d.kind === 'step' ? r.coverage.steps[d.id] : r.coverage.topics[d.id];
            assert.equal(cov?.status, 'present', d.id);
          }
        });
      });
    }
  }

  it('fills the title, and keeps it on one line', () => {
    const book = linter.ruleBook('video-recommendation')!;
    const t = renderTemplate(book, 'ko', { title: '  Shorts\n추천  ' });
    assert.match(t, /^# Shorts 추천$/m);
    assert.equal(linter.lint(t).case, 'video-recommendation');
  });
});
