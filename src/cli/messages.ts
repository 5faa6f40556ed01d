/** What the CLI itself says about a run, in English and Korean (the run's language: --lang, else the docs'). */
import { formatText, type Lang } from '../core/index.js';
import type { FileResult } from './result.js';

const TEXTS = {
  error: { en: 'error', ko: '오류' },
  warning: { en: 'warning', ko: '경고' },
  problems: {
    en: '✖ {total} {problems} ({errors} {errorWord}, {warnings} {warningWord}) in {files} {fileWord}',
    ko: '✖ 문제 {total}개(오류 {errors}개, 경고 {warnings}개), 파일 {files}개',
  },
  clean: { en: '✔ {files} {fileWord} checked, no problems', ko: '✔ 파일 {files}개 검사, 문제 없음' },
  genre: {
    en: '  reads as {genre}, not a design doc: not checked against the procedure (give it an "mlsd:" key in its front matter to check it as one)',
    ko: '  {genre} 문서로 보여 설계 절차로는 검사하지 않았습니다(설계 문서로 검사하려면 front matter에 "mlsd:" 키를 넣으세요)',
  },
  wrote: {
    en: 'Wrote {path} (case {case}, {lang}): {steps} steps and {topics} topics to fill in.\nReplace each TODO line, then run: mlsd-lint {path}',
    ko: '{path}에 썼습니다(사례 {case}, {lang}): 단계 {steps}개와 주제 {topics}개를 채우세요.\n각 TODO 줄을 채운 다음 실행하세요: mlsd-lint {path}',
  },
  replaced: {
    en: 'Replaced {path} (case {case}, {lang}): {steps} steps and {topics} topics to fill in.\nReplace each TODO line, then run: mlsd-lint {path}',
    ko: '{path}을(를) 바꿔 썼습니다(사례 {case}, {lang}): 단계 {steps}개와 주제 {topics}개를 채우세요.\n각 TODO 줄을 채운 다음 실행하세요: mlsd-lint {path}',
  },
  titleClash: {
    en: 'mlsd-lint new: warning: the title "{title}" reads as the heading "{heading}" ({id}), so that section would count as covered by the title; consider another title.',
    ko: 'mlsd-lint new: 경고: 제목 "{title}"은(는) "{heading}"({id}) 제목으로 읽혀, 그 섹션이 제목으로 채워진 것으로 셈해집니다. 다른 제목을 고려하세요.',
  },
  noDesignDocs: {
    en: 'mlsd-lint: none of the {count} Markdown files in {targets} is a design doc. A design doc matches the config\'s "include" globs (default: {include}) or has an "mlsd:" key in its front matter; name a file to lint it anyway.',
    ko: 'mlsd-lint: {targets}의 Markdown 파일 {count}개 중 설계 문서가 없습니다. 설계 문서는 설정의 "include" 글롭(기본값: {include})에 맞거나 front matter에 "mlsd:" 키가 있는 파일입니다. 그래도 검사하려면 파일 이름을 직접 주세요.',
  },
  initWrote: {
    en: 'Wrote {path}: which files are design docs (include), and the case, profile and rules for them. Edit it, then run: mlsd-lint',
    ko: '{path}에 썼습니다: 어떤 파일이 설계 문서인지(include), 그리고 그 사례, 프로필, 규칙입니다. 고친 다음 실행하세요: mlsd-lint',
  },
  initExists: {
    en: 'mlsd-lint: {path} already exists; it was left unchanged. Edit it, or delete it and run mlsd-lint --init again.',
    ko: 'mlsd-lint: {path}이(가) 이미 있어 그대로 두었습니다. 그 파일을 고치거나, 지운 다음 mlsd-lint --init을 다시 실행하세요.',
  },
  initOther: {
    en: 'mlsd-lint: {path} already configures this folder (a folder has one config); edit it instead. Nothing was written.',
    ko: 'mlsd-lint: {path}이(가) 이미 이 폴더를 설정합니다(폴더마다 설정은 하나). 그 파일을 고치세요. 아무것도 쓰지 않았습니다.',
  },
  // --fix: a doc that is not written.
  fixChanged: {
    en: '{file} changed while it was being fixed; it was not written. Run mlsd-lint --fix again.',
    ko: '{file} 파일이 고치는 동안 바뀌어 쓰지 않았습니다. mlsd-lint --fix를 다시 실행하세요.',
  },
  fixUnwritten: {
    en: '{file} could not be written ({why}); its fixes were not saved. Check that the file is writable, then run mlsd-lint --fix again.',
    ko: '{file} 파일에 쓸 수 없어({why}) 수정 내용을 저장하지 못했습니다. 파일에 쓸 수 있는지 확인한 뒤 mlsd-lint --fix를 다시 실행하세요.',
  },
  // The line after a file's annotations (--format github) when it has more findings than GitHub shows.
  ghMore: {
    en: '{more} more findings in this file ({errors} errors, {warnings} warnings) are not annotated: GitHub shows about {max} of each kind per step, so the most important come first. The report of --format summary and SARIF list them all.',
    ko: '이 파일의 나머지 발견 사항 {more}개(오류 {errors}개, 경고 {warnings}개)는 주석으로 표시하지 않았습니다. GitHub은 단계마다 종류별로 {max}개 정도만 보여 주므로 중요한 것부터 보였습니다. --format summary 보고서와 SARIF에는 모두 있습니다.',
  },
  // The Markdown coverage summary (--format summary).
  sumTitle: { en: '## mlsd-lint: design doc coverage', ko: '## mlsd-lint: 설계 문서 커버리지' },
  sumNone: { en: 'No files were linted.', ko: '검사한 파일이 없습니다.' },
  sumOverview: { en: '| File | Case | Steps | Required topics | Errors | Warnings |', ko: '| 파일 | 사례 | 단계 | 필수 주제 | 오류 | 경고 |' },
  sumTable: { en: '| Step / topic | Status | Line |', ko: '| 단계 / 주제 | 상태 | 행 |' },
  sumNotLinted: { en: 'It could not be linted.', ko: '검사하지 못했습니다.' },
  sumFile: {
    en: '{steps}/{stepTotal} steps, {topics}/{topicTotal} required topics (case {case}, profile {profile})',
    ko: '단계 {steps}/{stepTotal}, 필수 주제 {topics}/{topicTotal} (사례 {case}, 프로필 {profile})',
  },
  present: { en: '✅ present', ko: '✅ 있음' },
  empty: { en: '⚠️ empty', ko: '⚠️ 비어 있음' },
  waived: { en: '➖ waived', ko: '➖ 면제' },
  missing: { en: '❌ missing', ko: '❌ 없음' },
  optional: { en: '◻️ not covered (optional)', ko: '◻️ 다루지 않음(선택)' },
} as const;

export type CliText = keyof typeof TEXTS;

export function say(id: CliText, lang: Lang, data?: Record<string, string | number>): string {
  return formatText(TEXTS[id], lang, data, `cli/${id}`);
}

/** English plurals for the English summary (Korean counts need none). */
export const plural = (n: number, word: string): string => (n === 1 ? word : `${word}s`);

/** The run's language: --lang when given, else Korean when every linted doc is Korean. */
export function runLang(results: readonly FileResult[], flag?: Lang): Lang {
  if (flag) return flag;
  const langs = results.map((r) => r.lang).filter((l) => l !== undefined);
  return langs.length > 0 && langs.every((l) => l === 'ko') ? 'ko' : 'en';
}
