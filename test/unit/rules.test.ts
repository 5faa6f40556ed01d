import assert from 'node:assert/strict';
import { lint } from '../../src/core/index.js';

describe('rule registry', () => {
  it('findings link to their rule docs page and speak the doc language', () => {
    const en = lint('# Design\n\n## Evalution\n\nSome words here.\n');
    const typo = en.findings.find((f) => f.ruleId === 'heading-typo');
    assert.ok(typo);
    assert.match(typo.url, /docs\/rules\/heading-typo\.md$/);
    assert.match(typo.message, /did you mean "Evaluation"/);
    const ko = lint('# 설계\n\n## 평가\n\n내용이 조금 있습니다.\n');
    assert.equal(ko.lang, 'ko');
    assert.ok(ko.findings.some((f) => /없습니다/.test(f.message)), 'Korean messages for a Korean doc');
  });

  it('config severities override defaults, and "off" silences a rule', () => {
    const text = '# Design\n\n## Evaluation\n\nTODO: metrics\n';
    assert.ok(lint(text).findings.some((f) => f.ruleId === 'placeholder' && f.severity === 'error'));
    assert.ok(lint(text, { rules: { placeholder: 'warning' } }).findings.some((f) => f.ruleId === 'placeholder' && f.severity === 'warning'));
    assert.ok(!lint(text, { rules: { placeholder: 'off' } }).findings.some((f) => f.ruleId === 'placeholder'));
  });
});
