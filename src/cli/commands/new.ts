/**
 * `mlsd-lint new`: writes a ready-to-fill design doc for a case from the case's rule book. Never replaces an
 * existing file unless --force is given; creates missing folders.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, extname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CASE, Linter, renderTemplate, titleConflict, type Lang } from '../../core/index.js';
import { ConfigResolver } from '../../node/config.js';
import type { Io } from '../main.js';
import { closest } from '../../core/suggest.js';
import { say } from '../messages.js';
import { trimEnd } from '../../core/search.js';

export const NEW_USAGE = `Usage: mlsd-lint new [--case <id>] [--lang <en|ko>] [--title <text>] [--force] [--config <path>] <path>

Writes a ready-to-fill design doc: front matter naming the case, every step and topic heading of
the case in order, and under each a TODO line saying what to write there. Missing folders are created.

Options:
      --case <id>      The case (default: the config's case, else generic); 'mlsd-lint cases' lists
                       them, with the cases of the config's team schemas
  -c, --config <path>  Use this config file (default: the one that applies to <path>)
      --lang <en|ko>   Language of the headings and hints (default: en)
      --title <text>   The doc's title (default: the case's title)
      --force          Replace the file if it already exists (without it, an existing file is never touched)
  -h, --help           Show this help

Exit codes: 0 written, 2 usage error, existing file or I/O error.
`;

const LANGS: readonly Lang[] = ['en', 'ko'];

function didYouMean(value: string, options: readonly string[]): string {
  const best = closest(value, options, Math.max(3, Math.floor(value.length / 4)));
  return best ? ` (did you mean "${best}"?)` : '';
}

function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'a part of the path is a file, not a folder';
  if (code === 'EROFS') return 'the file system is read-only';
  if (code === 'ENOSPC') return 'no space left on the device';
  return (e as Error).message;
}

export async function newCommand(argv: string[], io: Io): Promise<number> {
  const usage = (message: string): number => {
    io.stderr(`mlsd-lint new: ${message}\nRun 'mlsd-lint new --help' for usage.\n`);
    return 2;
  };
  let values: { case?: string; lang?: string; title?: string; force?: boolean; help?: boolean; config?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        case: { type: 'string' },
        lang: { type: 'string' },
        title: { type: 'string' },
        force: { type: 'boolean' },
        config: { type: 'string', short: 'c' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    return usage((e as Error).message.split('\n')[0]!.replace(/\. To specify a positional.*$/, ''));
  }
  if (values.help) {
    io.stdout(NEW_USAGE);
    return 0;
  }

  // The config that applies to the new doc (as when it is linted): its team schemas add cases, its `case` is
  // the default. A broken config is a ConfigError (exit 2, its own message).
  const target = positionals.length === 1 && !/[\\/]$/.test(positionals[0]!) ? resolve(io.cwd, positionals[0]!) : undefined;
  const config = await new ConfigResolver({ cwd: io.cwd, configFile: values.config }).configFor(target ? dirname(target) : io.cwd);
  const linter = config?.linter ?? new Linter();
  const caseId = values.case ?? config?.rc.case ?? DEFAULT_CASE;
  const book = linter.ruleBook(caseId);
  if (!book) return usage(`unknown case "${caseId}"${didYouMean(caseId, linter.cases())}; 'mlsd-lint cases' lists them`);
  const lang = (values.lang ?? 'en') as Lang;
  if (!LANGS.includes(lang)) return usage(`--lang takes "en" or "ko", not "${values.lang}"`);
  if (positionals.length === 0) return usage(`give the path of the doc to write, e.g. mlsd-lint new --case ${caseId} docs/design.md`);
  if (positionals.length > 1) return usage(`give one path, not ${positionals.length} (${positionals.join(', ')})`);
  const path = positionals[0]!;
  const file = resolve(io.cwd, path);

  // `new newdir/` names a folder (resolve() would drop the slash and write a file called `newdir`).
  if (/[\\/]$/.test(path)) return usage(`${path} is a folder path; give the path of a file, e.g. ${trimEnd(path, '\\/')}/design.md`);
  const existing = await stat(file).catch(() => undefined);
  if (existing?.isDirectory()) return usage(`${path} is a folder; give the path of a file, e.g. ${trimEnd(path, '/')}/design.md`);
  if (existing && !values.force) {
    io.stderr(`mlsd-lint new: ${path} already exists; it was left unchanged. Pass --force to replace it, or choose another path.\n`);
    return 2;
  }

  const text = renderTemplate(book, lang, { title: values.title });
  try {
    await mkdir(dirname(file), { recursive: true });
  } catch (e) {
    // EEXIST here is a file where a folder of the path should be, not the doc itself.
    io.stderr(`mlsd-lint new: cannot create the folder ${relative(io.cwd, dirname(file)) || '.'} for ${path}: ${fsReason(e)}; choose another path.\n`);
    return 2;
  }
  try {
    await writeFile(file, text, { flag: values.force ? 'w' : 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST' && !values.force) {
      io.stderr(`mlsd-lint new: ${path} already exists; it was left unchanged. Pass --force to replace it, or choose another path.\n`);
    } else {
      io.stderr(`mlsd-lint new: cannot write ${path}: ${fsReason(e)}\n`);
    }
    return 2;
  }

  if (values.title) {
    const clash = titleConflict(book, values.title);
    if (clash) io.stderr(`${say('titleClash', lang, { title: values.title, heading: clash.title[lang], id: clash.id })}\n`);
  }
  if (!/^\.(md|markdown)$/i.test(extname(file))) io.stderr(`mlsd-lint new: note: ${path} does not end in .md; a folder lint only picks up *.md files.\n`);
  const topics = book.topics.length;
  io.stdout(`${say(existing ? 'replaced' : 'wrote', lang, { path, case: caseId, lang, steps: book.steps.length, topics })}\n`);
  return 0;
}
