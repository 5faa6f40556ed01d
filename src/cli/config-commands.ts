/**
 * `mlsd-lint --init` (a commented .mlsdrc.yaml, never over an existing config) and `mlsd-lint --print-config
 * <file>` (what applies to one file), as ESLint has them.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { declaresMlsd, DEFAULT_CASE, DEFAULT_INCLUDE, DEFAULT_PROFILE, type Lang } from '../core/index.js';
import { CONFIG_NAMES, ConfigResolver, lintOptionsFor } from '../node/config.js';
import { DEFAULT_MAX_BYTES, readDoc } from '../node/read.js';
import type { Io } from './main.js';
import { say } from './messages.js';

const INIT_NAME = '.mlsdrc.yaml';

/** The file --init writes, in the language asked for; `include` is the default of schemas/mlsdrc.schema.json. */
function initText(lang: Lang): string {
  const include = DEFAULT_INCLUDE.map((g) => `  - "${g}"`).join('\n');
  if (lang === 'ko') {
    return `# mlsd-lint 설정 (mlsd-lint --init으로 만듦). 모든 키: https://mlsd-lint.dev/schemas/mlsdrc.schema.json
$schema: https://mlsd-lint.dev/schemas/mlsdrc.schema.json

# 설계 문서인 파일: 이 파일의 폴더 기준 글롭. 폴더나 글롭을 검사할 때(대상 없이 실행할 때도),
# GitHub Action과 에디터가 이 파일들과 front matter에 "mlsd:" 키가 있는 Markdown 파일을 검사합니다.
# 명령줄에 이름을 직접 준 파일은 항상 검사합니다.
include:
${include}

# front matter에 mlsd.case가 없는 문서의 사례 (mlsd-lint cases가 목록을 보여 줍니다).
case: ${DEFAULT_CASE}

# recommended(기본값, CI용), interview(책의 사례 장), checklist(모든 하위 주제를 각각 보고).
profile: ${DEFAULT_PROFILE}

# 규칙 ID별 심각도: error, warning(또는 warn), off. 규칙은 docs/rules/에 있습니다.
rules:
  placeholder: error

# 검사하지 않을 파일과 폴더 (.gitignore 문법, 이 파일의 폴더 기준).
ignores: []

# 일부 파일에만 적용할 설정 (뒤의 항목이 이깁니다). 예:
# overrides:
#   - files: "interviews/**"
#     profile: interview

# 팀의 체크리스트 스키마 (docs/schema-format.md). 예:
# schemas: [checklists/team.schema.json]
`;
  }
  return `# mlsd-lint config (written by mlsd-lint --init). Every key: https://mlsd-lint.dev/schemas/mlsdrc.schema.json
$schema: https://mlsd-lint.dev/schemas/mlsdrc.schema.json

# Which files are design docs: globs relative to this file's folder. Linting a folder or a glob (or running
# with no target), the GitHub Action and the editor lint these, and any Markdown file whose front matter
# has an "mlsd:" key. A file named on the command line is always linted.
include:
${include}

# The case for docs whose front matter sets no mlsd.case ("mlsd-lint cases" lists them).
case: ${DEFAULT_CASE}

# recommended (default, for CI), interview (a book case chapter), checklist (every sub-topic on its own).
profile: ${DEFAULT_PROFILE}

# Severity by rule id: error, warning (or warn), off. The rules are listed under docs/rules/.
rules:
  placeholder: error

# Files and folders not to lint (.gitignore syntax, relative to this file's folder).
ignores: []

# Settings for some files only (later entries win). For example:
# overrides:
#   - files: "interviews/**"
#     profile: interview

# A team's own checklist schema (docs/schema-format.md). For example:
# schemas: [checklists/team.schema.json]
`;
}

export async function initConfig(io: Io, lang: Lang): Promise<number> {
  for (const name of CONFIG_NAMES) {
    const path = join(io.cwd, name);
    const text = await readFile(path, 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    if (name === 'package.json' && !/"mlsd"\s*:/.test(text)) continue;
    io.stderr(`${say(name === INIT_NAME ? 'initExists' : 'initOther', lang, { path: name })}\n`);
    return 2;
  }
  try {
    await writeFile(join(io.cwd, INIT_NAME), initText(lang), { flag: 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') io.stderr(`${say('initExists', lang, { path: INIT_NAME })}\n`);
    else io.stderr(`mlsd-lint: cannot write ${INIT_NAME}: ${code ?? (e as Error).message}\n`);
    return 2;
  }
  io.stdout(`${say('initWrote', lang, { path: INIT_NAME })}\n`);
  return 0;
}

export interface PrintConfigFlags {
  configFile?: string;
  noIgnore?: boolean;
  case?: string;
  profile?: string;
  lang?: Lang;
}

/**
 * What applies to `file`, as JSON: the config file, the settings front matter does not override (flags
 * included), the rule severities, the `include` globs and whether the file is a design doc.
 */
export async function printConfig(file: string, io: Io, flags: PrintConfigFlags): Promise<number> {
  const configs = new ConfigResolver({ cwd: io.cwd, configFile: flags.configFile, noIgnore: flags.noIgnore });
  const plan = await configs.forFile(file);
  const options = lintOptionsFor(plan, {
    defaults: flags.case ? { case: flags.case } : {},
    overrides: { ...(flags.profile ? { profile: flags.profile } : {}), ...(flags.lang ? { lang: flags.lang } : {}) },
  });
  const exists = await stat(join(io.cwd, file)).then((s) => s.isFile(), () => stat(file).then((s) => s.isFile(), () => false));
  const read = exists ? await readDoc(isAbsolute(file) ? file : join(io.cwd, file), DEFAULT_MAX_BYTES) : undefined;
  const shown = (p: string) => {
    const rel = relative(io.cwd, p);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : p;
  };
  const settings = { ...options.defaults, ...options.overrides };
  const printed = {
    file,
    configFile: plan.config ? shown(plan.config.path) : null,
    case: settings.case ?? DEFAULT_CASE,
    profile: settings.profile ?? DEFAULT_PROFILE,
    lang: settings.lang ?? null,
    rules: options.rules ?? {},
    include: plan.include,
    designDoc: plan.included || (read?.ok === true && declaresMlsd(read.text)),
    ignored: plan.ignored,
    schemas: plan.config?.rc.schemas ?? [],
  };
  io.stdout(`${JSON.stringify(printed, null, 2)}\n`);
  return 0;
}
