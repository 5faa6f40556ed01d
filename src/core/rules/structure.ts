/** Rules reported from the schema validation and the outline: what is missing, hollow or misnamed. */
import { defineRule } from './registry.js';

export const missingStep = defineRule({
  id: 'missing-step',
  severity: 'error',
  description: {
    en: 'A step of the seven-step procedure has no section.',
    ko: '7단계 절차 중 한 단계의 섹션이 없습니다.',
  },
  message: {
    en: 'Missing step "{title}" ({id}): add a section for it.',
    ko: '"{title}" 단계({id})가 없습니다: 이 단계의 섹션을 추가하세요.',
  },
});

export const missingTopic = defineRule({
  id: 'missing-topic',
  severity: 'error',
  description: {
    en: 'A sub-topic the schema requires is neither a section nor discussed in its step.',
    ko: '스키마가 요구하는 하위 주제가 섹션으로도, 해당 단계 본문에서도 다뤄지지 않았습니다.',
  },
  message: {
    en: 'Missing topic "{title}" ({id}) in "{stepTitle}".',
    ko: '"{stepTitle}" 단계에 "{title}"({id}) 주제가 없습니다.',
  },
});

export const emptySection = defineRule({
  id: 'empty-section',
  severity: 'error',
  description: {
    en: 'A section has a heading but no substance (blank, placeholders, "TBD", prompts only).',
    ko: '제목만 있고 내용이 없는 섹션입니다(빈칸, 자리 표시자, "TBD", 질문만 있음).',
  },
  message: {
    en: '"{title}" ({id}) has a heading but no content yet.',
    ko: '"{title}"({id}) 섹션에 제목만 있고 내용이 없습니다.',
  },
});

export const placeholder = defineRule({
  id: 'placeholder',
  severity: 'error',
  description: {
    en: 'A template placeholder (TODO, TBD, ____, {{...}}) is still in the text.',
    ko: '템플릿 자리 표시자(TODO, TBD, ____, {{...}})가 아직 남아 있습니다.',
  },
  message: {
    en: 'Placeholder left in the text: "{text}".',
    ko: '자리 표시자가 남아 있습니다: "{text}".',
  },
});

export const headingTypo = defineRule({
  id: 'heading-typo',
  severity: 'warning',
  description: {
    en: 'A heading that maps to nothing looks like a misspelt step or topic.',
    ko: '어떤 단계나 주제에도 해당하지 않는 제목이 오타로 보입니다.',
  },
  message: {
    en: 'Unrecognised heading "{heading}": did you mean "{alias}" ({id})?',
    ko: '인식되지 않는 제목 "{heading}": "{alias}"({id})을(를) 의도했나요?',
  },
});

export const schemaViolation = defineRule({
  id: 'schema-violation',
  severity: 'error',
  description: {
    en: 'The document model breaks a constraint of a (team) schema other than a missing section.',
    ko: '문서 모델이 스키마의 제약(섹션 누락 외)을 위반합니다.',
  },
  message: {
    en: 'Schema: {detail}',
    ko: '스키마: {detail}',
  },
});
