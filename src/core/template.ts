/**
 * Design-doc templates, rendered from a case's rule book: front matter naming the case, a title, then every
 * step and topic heading in the canonical order, each with a `TODO:` line holding the schema's hint. The
 * `TODO:` line is the placeholder form the linter reports (substance.ts), so a fresh template lints with
 * no missing step or topic and one placeholder per section. Pure: no file system.
 */
import { Recogniser } from './recognise.js';
import type { RuleBook, SectionDef } from './rulebook.js';
import type { Lang } from './types.js';

export interface TemplateOptions {
  /** The doc's title (the H1); defaults to the case's title in the template's language. */
  title?: string;
}

const TEXT: Record<Lang, { title: string; intro: string; optional: string; profile: string; waive: string; waiveExample: string }> = {
  en: {
    title: 'Design doc',
    intro: 'Replace every TODO line with your own text. Sections marked (optional) may be deleted. Check the doc with: mlsd-lint <this file>',
    optional: '(optional) ',
    profile: '# profile: interview    # book-faithful; the default, recommended, is strict',
    waive: '# waive:                # topics that do not apply, each with a reason',
    waiveExample: '#   <topic-id>: "Why it does not apply."',
  },
  ko: {
    title: '설계 문서',
    intro: '모든 TODO 줄을 직접 작성한 내용으로 바꾸세요. (선택) 표시가 있는 절은 지워도 됩니다. 확인: mlsd-lint <이 파일>',
    optional: '(선택) ',
    profile: '# profile: interview    # 책의 사례 장 구성을 따르는 프로필. 기본값 recommended는 엄격하게 검사',
    waive: '# waive:                # 해당하지 않는 주제와 그 이유',
    waiveExample: '#   <topic-id>: "해당하지 않는 이유"',
  },
};

/** One line: templates put each hint on a single `TODO:` line. */
function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * The steps and topics of a book in the order a template lists them: each step, then its topics; not
 * those the case omits (its chapter does not call for them).
 */
export function templateSections(book: RuleBook): SectionDef[] {
  const out: SectionDef[] = [];
  for (const step of book.steps) {
    if (book.omitted.has(step.id)) continue;
    out.push(step);
    for (const t of book.topics) if (t.step === step.id && !book.omitted.has(t.id)) out.push(t);
  }
  return out;
}

/** The `TODO:` line of a section: its hint in the language (the schema's description when it has none). */
export function placeholderLine(def: SectionDef, lang: Lang): string {
  const hint = oneLine(def.hint?.[lang] ?? def.description ?? '');
  const optional = def.kind === 'topic' && !def.required ? TEXT[lang].optional : '';
  return `TODO: ${optional}${hint}`.trimEnd();
}

/**
 * The step or topic a doc title would be read as (a title like "ML system design" can match an alias and
 * then count as that section), or undefined when the title is only a title.
 */
export function titleConflict(book: RuleBook, title: string): SectionDef | undefined {
  const id = new Recogniser(book).recognise(title).ids[0];
  return id ? book.byId.get(id) : undefined;
}

export function renderTemplate(book: RuleBook, lang: Lang, opts: TemplateOptions = {}): string {
  const t = TEXT[lang];
  // The default title is the case's, unless it reads as a section; a title the user gives is kept as is.
  const caseTitle = book.caseInfo.title[lang];
  const title = oneLine(opts.title ?? '') || (titleConflict(book, caseTitle) ? t.title : caseTitle);
  const lines: string[] = [
    '---',
    'mlsd:',
    `  case: ${book.caseInfo.id}`,
    `  lang: ${lang}`,
    `  ${t.profile}`,
    `  ${t.waive}`,
    `  ${t.waiveExample}`,
    '---',
    '',
    `# ${title}`,
    '',
    `<!-- ${t.intro} -->`,
    '',
  ];
  for (const def of templateSections(book)) {
    const heading = def.kind === 'step' ? `## ${def.order}. ${def.title[lang]}` : `### ${def.title[lang]}`;
    lines.push(heading, '', placeholderLine(def, lang), '');
  }
  return lines.join('\n');
}
