/** What a doc says it is, by its title or file name: a template, or another genre that is not a design. */
import assert from 'node:assert/strict';
import { declaresTemplate, otherGenre } from '../../src/core/index.js';

describe('genre: templates and other kinds of document', () => {
  it('a template says so in its title or file name, or has a blank for a title', () => {
    assert.equal(declaresTemplate('# Design review template', undefined), true);
    assert.equal(declaresTemplate('# 설계 문서 템플릿', undefined), true);
    assert.equal(declaresTemplate('# 机器学习系统设计模板', undefined), true);
    assert.equal(declaresTemplate('# Design Doc: <TITLE>', undefined), true);
    assert.equal(declaresTemplate('# {{service}} design', undefined), true);
    assert.equal(declaresTemplate('# ml-design-doc', 'docs/ml-design-doc-template.md'), true);
  });

  it('a template may say so in the sentence under its title; a design that follows one does not', () => {
    assert.equal(declaresTemplate('# ml-design-doc', undefined, undefined, 'A template for design docs of machine learning systems.'), true);
    assert.equal(declaresTemplate('# Review doc', undefined, undefined, 'This is a design review template. Copy it next to your service.'), true);
    assert.equal(declaresTemplate('# 설계 문서', undefined, undefined, '이 템플릿은 설계 리뷰에 씁니다.'), true);
    assert.equal(declaresTemplate('# 设计文档', undefined, undefined, '这是一个机器学习系统设计模板。'), true);
    assert.equal(declaresTemplate('# Fraud scoring', undefined, undefined, 'We follow the template of the platform team. Fraud costs us 2 % of revenue.'), false);
    assert.equal(declaresTemplate('# Fraud scoring', undefined, undefined, 'A design for scoring card payments; the template it started from is in the wiki.'), false);
  });

  it('a design is no template: its title and file name say what it designs', () => {
    assert.equal(declaresTemplate('# Fraud scoring for card payments', 'fraud.design.md'), false);
    assert.equal(declaresTemplate('# Templated email ranking', 'email-ranking.md'), false);
    assert.equal(declaresTemplate(undefined, undefined), false);
  });

  it('a model card, a pattern page and a decision record are other genres', () => {
    assert.equal(otherGenre('# Model Card', undefined), 'model-card');
    assert.equal(otherGenre('# 모델 카드: 이탈 예측', undefined), 'model-card');
    assert.equal(otherGenre('# Canary release pattern', undefined), 'pattern');
    assert.equal(otherGenre('# Shadow AB test pattern: when to use it', undefined), 'pattern');
    assert.equal(otherGenre('# ADR 12: use a feature store', undefined), 'decision-record');
    assert.equal(otherGenre('# Notes', 'docs/adr-0012-feature-store.md'), 'decision-record');
    assert.equal(otherGenre(undefined, 'churn_model_card.md'), 'model-card');
  });

  it('a pattern is one only when the word ends the title: a design about patterns is a design', () => {
    assert.equal(otherGenre('# Fraud pattern detection', undefined), undefined);
    assert.equal(otherGenre('# Design patterns for ML serving', undefined), undefined);
    assert.equal(otherGenre('# Fraud scoring', 'fraud-patterns.md'), undefined);
    assert.equal(otherGenre('# Recommendation system design', 'recsys.md'), undefined);
  });
});
