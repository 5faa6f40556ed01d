/**
 * Issue 17, the library: bad arguments are one clear error naming the option; a broken front matter
 * (YAML aliases) is the doc's front-matter finding, never a throw.
 */
import assert from 'node:assert/strict';
import { IncrementalLinter, Linter, OptionsError, lint, type LintOptions } from '../../src/core/index.js';

const linter = new Linter();
const DOC = '# Design\n\n## 5. Evaluation\n\nTODO\n';

describe('hostile input: the library', () => {
  describe('bad arguments', () => {
    const cases: Array<[string, unknown, unknown, RegExp]> = [
      ['a non-string text', 5, {}, /^mlsd-lint: text must be a string/],
      ['undefined text', undefined, {}, /^mlsd-lint: text must be a string/],
      ['null options', DOC, null, /^mlsd-lint: options must be an object/],
      ['case: 5', DOC, { defaults: { case: 5 } }, /options\.defaults\.case must be a non-empty string.*number 5/],
      ['profile: []', DOC, { overrides: { profile: [] } }, /options\.overrides\.profile must be/],
      ["lang: 'fr'", DOC, { overrides: { lang: 'fr' } }, /options\.overrides\.lang must be "en" or "ko", not "fr"/],
      ['a numeric waiver reason', DOC, { defaults: { waive: { 'eval-offline-metrics': 5 } } }, /options\.defaults\.waive\["eval-offline-metrics"\] must be a reason/],
      ['waive: a string', DOC, { defaults: { waive: 'all' } }, /options\.defaults\.waive must be an object/],
      ["severity 'fatal'", DOC, { rules: { placeholder: 'fatal' } }, /options\.rules\["placeholder"\] must be "error", "warning" or "off".*"fatal"/],
      ["severity 'Off'", DOC, { rules: { placeholder: 'Off' } }, /options\.rules\["placeholder"\].*"Off"/],
      ['a severity in defaults.rules', DOC, { defaults: { rules: { placeholder: 2 } } }, /options\.defaults\.rules\["placeholder"\]/],
      ['docsBase: 1', DOC, { docsBase: 1 }, /options\.docsBase must be a URL/],
    ];
    for (const [what, text, options, message] of cases) {
      it(`${what}: an OptionsError naming the option`, () => {
        for (const call of [
          () => linter.lint(text as string, options as LintOptions),
          () => lint(text as string, options as LintOptions),
          () => new IncrementalLinter({ linter }).lint(text as string, options as LintOptions),
        ]) {
          assert.throws(call, (e: unknown) => {
            assert.ok(e instanceof OptionsError, `an OptionsError, not ${(e as Error).name}: ${(e as Error).message}`);
            assert.match(e.message, message);
            return true;
          });
        }
      });
    }

    it('good options still lint, and no option is counted as neither error nor warning', () => {
      const r = linter.lint(DOC, { rules: { placeholder: 'warning' }, defaults: { lang: 'ko', waive: { 'eval-offline-metrics': 'n/a here' } } });
      assert.equal(r.lang, 'ko');
      assert.equal(r.errorCount + r.warningCount, r.findings.length);
      assert.ok(r.findings.some((f) => f.ruleId === 'placeholder' && f.severity === 'warning'));
      assert.equal(r.coverage.topics['eval-offline-metrics']?.status, 'waived');
    });
  });

  describe('YAML aliases in front matter', () => {
    const docs: Array<[string, string, number]> = [
      ['an alias of no anchor', '---\nstatus: *draft*\nmlsd:\n  case: news-feed\n---\n# Design\n\n## Evaluation\n\nTODO\n', 2],
      ['100+ uses of one alias', `---\na: &x [1, 2]\nb: [${Array(120).fill('*x').join(', ')}]\nmlsd:\n  case: generic\n---\n# Design\n\n## Evaluation\n\nTODO\n`, 3],
      ['nested aliases that multiply', `---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\nmlsd:\n  case: generic\n---\n# Design\n\n## Evaluation\n\nTODO\n`, 3],
    ];
    for (const [what, text, line] of docs) {
      it(`${what}: a front-matter finding on the alias's line; the doc is linted with default settings`, () => {
        const r = linter.lint(text);
        const fm = r.findings.filter((f) => f.ruleId === 'front-matter');
        assert.equal(fm.length, 1);
        assert.match(fm[0]!.message, /alias/i);
        assert.equal(fm[0]!.line, line);
        assert.equal(r.case, 'generic');
        assert.ok(r.findings.some((f) => f.ruleId === 'missing-step'), 'the rest of the doc is still checked');
      });
    }

    it('a YAML bomb in another tool\'s front matter (no mlsd: key) is not the doc\'s finding; the doc is still checked', () => {
      const r = linter.lint(`---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n---\n# Design\n\n## Evaluation\n\nTODO\n`);
      assert.equal(r.findings.filter((f) => f.ruleId === 'front-matter').length, 0);
      assert.ok(r.findings.some((f) => f.ruleId === 'missing-step'), 'the doc is still checked');
    });

    it('a few well-formed aliases are still fine', () => {
      const r = linter.lint('---\nreason: &why "Server-side only."\nmlsd:\n  waive:\n    deploy-cloud-vs-device: *why\n---\n# Design\n');
      assert.equal(r.findings.filter((f) => f.ruleId === 'front-matter').length, 0);
      assert.equal(r.coverage.topics['deploy-cloud-vs-device']?.status, 'waived');
    });
  });

  describe('unclosed front matter', () => {
    it('is a front-matter finding on line 1, and the doc is checked with default settings', () => {
      const r = linter.lint('---\nmlsd:\n  case: news-feed\n\n# Design\n\n## Evaluation\n\nTBD\n');
      const fm = r.findings.filter((f) => f.ruleId === 'front-matter');
      assert.equal(fm.length, 1);
      assert.equal(fm[0]!.line, 1);
      assert.match(fm[0]!.message, /no closing '---' line/);
      assert.equal(r.case, 'generic');
    });

    it('a doc that starts with a horizontal rule is no front matter', () => {
      for (const text of ['---\n\n# Design\n', '---\nSome text: more\n', '***\nmlsd: x\n']) {
        assert.equal(linter.lint(text).findings.filter((f) => f.ruleId === 'front-matter').length, 0, JSON.stringify(text));
      }
    });
  });

  it('front matter of a file with lone-CR line endings is read (it was a YAML error and the settings were lost)', () => {
    const lf = '---\nmlsd:\n  case: news-feed\n  rules:\n    placeholder: warning\n---\n# Design\n\n## Evaluation\n\nTBD\n';
    const cr = lf.replace(/\n/g, '\r');
    const a = linter.lint(lf);
    const b = linter.lint(cr);
    assert.equal(b.case, 'news-feed');
    assert.deepEqual(
      b.findings.map((f) => [f.ruleId, f.line, f.column]),
      a.findings.map((f) => [f.ruleId, f.line, f.column]),
      'the same findings at the same places',
    );
  });
});
