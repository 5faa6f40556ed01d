/**
 * mlsd-lint [options] [files|dirs|globs...]
 * Exit codes (ESLint's): 0 no errors, 1 error findings (or too many warnings), 2 usage, I/O or config errors.
 */
import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import { declaresMlsd, DEFAULT_FIX_TYPES, DEFAULT_INCLUDE, FIX_TYPES, fixText, Linter, messageChecks, type DocSettings, type FixType, type Lang, type LintOptions } from '../core/index.js';
import { DEFAULT_CACHE_LOCATION, LintCache } from '../node/cache.js';
import { ConfigError, ConfigResolver, lintOptionsFor } from '../node/config.js';
import { expandTargets, isNegated, MARKDOWN_EXTENSIONS } from '../node/files.js';
import { readFile, writeFile } from 'node:fs/promises';
import { findRepoRoot } from '../core/index.js';
import { nodeFs } from '../node/config.js';
import { visibleLine } from './text.js';
import { decode, DEFAULT_MAX_BYTES, encodeLike, readDoc, readHead } from '../node/read.js';
import { FORMATTERS } from './formatters/index.js';
import { planOutputs, writeOutputs } from './outputs.js';
import { crashMessage, fatal, fromLint, type FileResult } from './result.js';
import { lintAll, type LintJob } from './pool.js';
import { COMMANDS } from './commands/index.js';
import { packageVersion } from '../node/version.js';
import { runLang, say } from './messages.js';
import { initConfig, printConfig } from './config-commands.js';

export const USAGE = `Usage: mlsd-lint [options] [files|dirs|globs...]
       mlsd-lint [options] - --stdin-filename <path>
       mlsd-lint --print-config <file> | --init
       mlsd-lint cases [--format json]
       mlsd-lint new [--case <id>] [--lang <en|ko>] [--title <text>] [--force] <path>

Lints ML system-design docs (Markdown) against the seven-step procedure.
In folders and globs (and with no target: the current folder), the design docs are linted: files
matching the config's "include" globs (default: ${DEFAULT_INCLUDE.join(', ')}) and any
Markdown file whose front matter has an "mlsd:" key. A file named explicitly is always linted.
A target starting with ! leaves out what it matches: 'docs/**' '!docs/drafts/**'.

Options:
  -f, --format <name>      Output format: ${Object.keys(FORMATTERS).join(', ')} (default: stylish);
                           repeat for several reports at once
  -o, --output-file <path> Write the report of the --format before it to a file instead of stdout
                           (--format sarif -o x.sarif --format stylish: SARIF to x.sarif, stylish to stdout)
  -c, --config <path>      Use this config file for every doc (default: the nearest .mlsdrc.json,
                           .mlsdrc.yaml or package.json "mlsd" key, searching upward from each doc)
      --fix                Fix what can be fixed safely, in the files themselves: misspelt step and
                           topic headings get their title; then report what is left
      --fix-type <types>   With --fix, the kinds of fixes to apply (comma-separated): headings
                           (default), sections (insert every missing step and topic from the case
                           template, in step order, with TODO lines); nothing else you wrote changes
      --no-ignore          Also lint files that .gitignore or the config's "ignores" skip
      --only-design-docs   Named files too are linted only when they are design docs (for pre-commit
                           and lint-staged, which pass every changed Markdown file)
      --stdin-filename <path> With the target -, the path the doc read from stdin stands for (its
                           config, overrides and name in reports)
      --print-config <file> Print the settings that apply to this file (JSON) and exit
      --init               Write a commented .mlsdrc.yaml here (never over an existing config)
      --cache              Reuse results for unchanged docs and config (stored in ${DEFAULT_CACHE_LOCATION})
      --cache-location <path> Where the cache file is kept (implies --cache)
      --case <id>          Case to check against when the doc does not say (default: generic)
      --profile <id>       Profile: recommended (default) or interview; wins over front matter
      --lang <en|ko>       Language of messages; wins over front matter
      --quiet              Report errors only
      --max-warnings <n>   Exit 1 when there are more than n warnings
      --max-file-size <mb> Refuse files larger than this (default: ${DEFAULT_MAX_BYTES / 1024 / 1024})
      --color / --no-color Force colour on or off (default: on for a terminal)
      --lsp                Start the language server on stdio instead (for Neovim, Helix, Zed, ...;
                           also the mlsd-lint-ls command)
  -h, --help               Show this help
  -v, --version            Show the version

Commands:
  cases                    List the cases (id, English and Korean title)
  new <path>               Write a ready-to-fill design doc for a case; never replaces an
                           existing file without --force (mlsd-lint new --help)
  To lint a folder named "cases" or "new", write ./cases or ./new.

Exit codes: 0 no errors, 1 errors found, 2 usage, I/O or configuration error.
`;

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  cwd: string;
}

/**
 * A reader that closes the pipe (`mlsd-lint cases | head -3`) is not an error: what is left to print is
 * dropped, quietly, and the run ends with its own exit code (no EPIPE stack trace).
 */
const closed = { stdout: false, stderr: false };
for (const name of ['stdout', 'stderr'] as const) {
  process[name].on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    closed[name] = true;
  });
}

const defaultIo: Io = {
  stdout: (s) => void (closed.stdout || process.stdout.write(s)),
  // Every line names files and quotes text a doc or config controls: shown, never a terminal sequence.
  stderr: (s) => void (closed.stderr || process.stderr.write(visibleLine(s))),
  isTTY: Boolean(process.stdout.isTTY),
  cwd: process.cwd(),
};

export class UsageError extends Error {}

/** The name of a doc read from stdin without --stdin-filename. */
const STDIN_NAME = '<stdin>';

async function readStdin(maxBytes: number): Promise<ReturnType<typeof decode>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of process.stdin) {
    size += (c as Buffer).length;
    if (size > maxBytes) return { ok: false, reason: `is over the ${(maxBytes / 1024 / 1024).toFixed(1)} MB limit; split the doc, or raise the limit with --max-file-size` };
    chunks.push(c as Buffer);
  }
  return decode(Buffer.concat(chunks));
}

/** The first line of the `summary` format: a Markdown file that starts with it is an earlier report, not a doc. */
const SUMMARY_HEADING = '## mlsd-lint: design doc coverage';

function parse(argv: string[]) {
  if (argv.at(-1) === '--print-config') throw new UsageError('--print-config takes the path of a doc, e.g. mlsd-lint --print-config docs/design.md');
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      tokens: true,
      options: {
        format: { type: 'string', short: 'f', multiple: true },
        'output-file': { type: 'string', short: 'o', multiple: true },
        config: { type: 'string', short: 'c' },
        'no-ignore': { type: 'boolean' },
        'only-design-docs': { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        'print-config': { type: 'string' },
        init: { type: 'boolean' },
        fix: { type: 'boolean' },
        'fix-type': { type: 'string', multiple: true },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        case: { type: 'string' },
        profile: { type: 'string' },
        lang: { type: 'string' },
        quiet: { type: 'boolean' },
        'max-warnings': { type: 'string' },
        'max-file-size': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]);
  }
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  // The test suites' check that every message placeholder has a value (test/support/run-cli.ts sets it).
  if (process.env.MLSD_STRICT_MESSAGES === '1') messageChecks.strict = true;
  try {
    const command = COMMANDS.get(argv[0] ?? '');
    if (command) return await command(argv.slice(1), io);
    return await run(argv, io);
  } catch (e) {
    if (e instanceof ConfigError) {
      for (const line of e.lines) io.stderr(`mlsd-lint: ${line}\n`);
      return 2;
    }
    if (e instanceof UsageError) {
      io.stderr(`mlsd-lint: ${e.message}\nRun 'mlsd-lint --help' for usage.\n`);
      return 2;
    }
    // Anything unexpected: one line, no stack trace (set MLSD_DEBUG=1 for it).
    io.stderr(`mlsd-lint: internal error: ${(e as Error).message}\n`);
    if (process.env.MLSD_DEBUG) io.stderr(`${(e as Error).stack}\n`);
    return 2;
  }
}

/** The fix types `--fix` applies (`--fix-type` picks them; default headings), or undefined without --fix. */
function fixTypesOf(fix: boolean | undefined, given: string[] | undefined): FixType[] | undefined {
  const asked = (given ?? []).flatMap((g) => g.split(',')).map((t) => t.trim()).filter(Boolean);
  if (!fix) {
    if (asked.length > 0) throw new UsageError(`--fix-type needs --fix: write mlsd-lint --fix --fix-type ${asked.join(',')}`);
    return undefined;
  }
  for (const t of asked) {
    if (!(FIX_TYPES as readonly string[]).includes(t)) throw new UsageError(`unknown --fix-type "${t}"; use headings, sections or both (headings,sections)`);
  }
  return asked.length > 0 ? [...new Set(asked as FixType[])] : [...DEFAULT_FIX_TYPES];
}

async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals, tokens } = parse(argv);
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (values.version) {
    io.stdout(`${packageVersion()}\n`);
    return 0;
  }
  if (values.lang !== undefined && values.lang !== 'en' && values.lang !== 'ko') throw new UsageError('--lang takes "en" or "ko"');
  if (values.init) {
    if (positionals.length > 0) throw new UsageError(`--init writes .mlsdrc.yaml in the current folder and takes no targets (got ${positionals.join(' ')})`);
    return await initConfig(io, (values.lang as Lang | undefined) ?? 'en');
  }
  if (values['print-config'] !== undefined) {
    if (positionals.length > 0) throw new UsageError(`--print-config takes one doc and no targets (got ${positionals.join(' ')})`);
    return await printConfig(values['print-config'], io, { configFile: values.config, noIgnore: values['no-ignore'], case: values.case, profile: values.profile, lang: values.lang as Lang | undefined });
  }
  let outputs: ReturnType<typeof planOutputs>;
  try {
    outputs = planOutputs(tokens);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError('--max-warnings takes a whole number >= 0');
  }
  let maxBytes = DEFAULT_MAX_BYTES;
  if (values['max-file-size'] !== undefined) {
    const mb = Number(values['max-file-size']);
    if (!(mb > 0)) throw new UsageError('--max-file-size takes a size in MB > 0');
    maxBytes = Math.round(mb * 1024 * 1024);
  }
  const fixTypes = fixTypesOf(values.fix, values['fix-type']);

  const linter = new Linter();
  const overrides: DocSettings = {};
  const defaults: DocSettings = {};
  if (values.profile) {
    if (!linter.profiles().includes(values.profile)) throw new UsageError(`unknown profile "${values.profile}"; use one of: ${linter.profiles().join(', ')}`);
    overrides.profile = values.profile;
  }
  if (values.lang) overrides.lang = values.lang as Lang;
  // --case is checked per file: a config's extra schemas may add the case it names.
  if (values.case) defaults.case = values.case;

  // `-`: one doc from stdin, named by --stdin-filename (ESLint's and Prettier's convention).
  const stdinName = values['stdin-filename'];
  const fromStdin = positionals.includes('-');
  if (fromStdin && positionals.length > 1) throw new UsageError('"-" (stdin) cannot be combined with other targets; lint stdin and files in two runs');
  if (stdinName !== undefined && !fromStdin) throw new UsageError('--stdin-filename names the doc read from stdin; add "-" as the target, e.g. mlsd-lint - --stdin-filename docs/design.md');
  if (stdinName !== undefined && !stdinName.trim()) throw new UsageError('--stdin-filename takes a path, e.g. docs/design.md');
  if (fromStdin && fixTypes) throw new UsageError('--fix writes the fixed doc back to its file; it cannot fix stdin. Run mlsd-lint --fix on the file');
  const stdinText = fromStdin ? await readStdin(maxBytes) : undefined;

  const given = positionals.filter((p) => !isNegated(p));
  if (positionals.length > 0 && given.length === 0) {
    throw new UsageError(`every target is a negated glob (${positionals.map((p) => `"${p}"`).join(', ')}); give the files, folders or globs to lint before it, e.g. 'docs/**' ${positionals[0]}`);
  }
  const targets = positionals.length > 0 ? positionals : ['.'];
  const { files, unmatched, named, unreadable } = fromStdin
    ? { files: [stdinName ?? STDIN_NAME], unmatched: [], named: new Set([stdinName ?? STDIN_NAME]), unreadable: [] }
    : await expandTargets(targets, io.cwd);
  for (const dir of unreadable) io.stderr(`mlsd-lint: ${dir} cannot be read (permission denied); the docs in it are not linted. Fix its permissions, or leave it out of the targets.\n`);
  if (unmatched.length > 0) throw new UsageError(`no Markdown files match ${unmatched.map((u) => `"${u}"`).join(', ')}`);
  // Named files are linted whatever they are; found ones (and named ones with --only-design-docs) if design docs.
  const mustBeDesignDoc = (file: string) => values['only-design-docs'] || !named.has(file);
  let notDesignDocs = 0;

  // A report or the cache never goes over a doc: a file being linted, or a Markdown file that is not an
  // earlier report of ours (`-o design.md` and `--cache-location notes.md` replaced the doc silently).
  const linted = new Set(files.map((f) => resolve(io.cwd, f)));
  const overADoc = async (path: string): Promise<boolean> => {
    const abs = resolve(io.cwd, path);
    if (linted.has(abs)) return true;
    if (!MARKDOWN_EXTENSIONS.some((e) => abs.toLowerCase().endsWith(`.${e}`))) return false;
    // Only a regular file is looked into (an -o that is a named pipe is written to, not read).
    const head = await readHead(abs, 200);
    return head !== undefined && !head.startsWith(SUMMARY_HEADING);
  };
  for (const o of outputs) {
    if (o.file !== undefined && (await overADoc(o.file))) throw new UsageError(`--output-file ${o.file} is a Markdown doc; the report would replace it. Write the report to another file.`);
  }
  const cacheAt = values['cache-location'];
  if (cacheAt !== undefined && (linted.has(resolve(io.cwd, cacheAt)) || MARKDOWN_EXTENSIONS.some((e) => cacheAt.toLowerCase().endsWith(`.${e}`)))) {
    throw new UsageError(`--cache-location ${cacheAt} is a Markdown file; the cache would replace it. Keep the cache in another file, e.g. ${DEFAULT_CACHE_LOCATION}.`);
  }

  const configs = new ConfigResolver({ cwd: io.cwd, configFile: values.config, noIgnore: values['no-ignore'], warn: (l) => io.stderr(`mlsd-lint: ${l}\n`) });
  const cache = values.cache || values['cache-location'] ? await LintCache.open(resolve(io.cwd, values['cache-location'] ?? DEFAULT_CACHE_LOCATION), values['cache-location'] ?? DEFAULT_CACHE_LOCATION) : undefined;
  const linterOf = new Map<string, Linter>();
  const results: FileResult[] = [];
  const pending: Array<{ at: number; file: string; key?: string; fix?: { text: string; options: LintOptions; linter: Linter } }> = [];
  const toWrite: Array<{ file: string; text: string; output: string; lang: Lang }> = [];
  // Config, read and cache look-up run for the next files while earlier ones are linted (their I/O
  // overlaps); results stay in file order. A text is held from its reading until it is linted or sent to
  // a worker, not for the whole run.
  const prepare = async (file: string) => {
    const plan = await configs.forFile(file === STDIN_NAME ? join(io.cwd, file) : file);
    if (plan.ignored) return { file, plan };
    if (values.case && !plan.linter.cases().includes(values.case)) throw new UsageError(`unknown case "${values.case}"; use one of: ${plan.linter.cases().join(', ')}`);
    const read = stdinText !== undefined ? stdinText : await readDoc(file, maxBytes);
    if (!read.ok) return { file, plan, problem: read.reason };
    if (!plan.included && mustBeDesignDoc(file) && !declaresMlsd(read.text)) return { file, plan, notDesignDoc: true as const };
    // Shared with the editor: the config's settings, then --case; front matter, then --profile/--lang, win.
    // The file name is the author's label too: it names the case when neither the doc nor its title does.
    const options: LintOptions = { ...lintOptionsFor(plan, { defaults, overrides }), fileName: file };
    // --fix lints what it writes: no cached result stands in for it.
    const key = cache && !fixTypes ? LintCache.key(read.text, plan.fingerprint, options) : undefined;
    const hit = key && cache ? cache.get(file, key) : undefined;
    return { file, plan, text: read.text, options, key, hit };
  };
  const READ_AHEAD = 64;
  async function* toLint(): AsyncGenerator<LintJob> {
    const ahead: Array<ReturnType<typeof prepare>> = [];
    for (let i = 0; i < files.length; i++) {
      while (ahead.length < READ_AHEAD && i + ahead.length < files.length) {
        const p = prepare(files[i + ahead.length]!);
        p.catch(() => {}); // rethrown below, in file order; not an unhandled rejection meanwhile
        ahead.push(p);
      }
      const p = await ahead.shift()!;
      const { file, plan } = p;
      if (plan.ignored) {
        if (targets.includes(file)) io.stderr(`mlsd-lint: ${file} is ignored ${plan.ignored}; use --no-ignore to lint it\n`);
        continue;
      }
      if ('notDesignDoc' in p) {
        notDesignDocs++;
        continue;
      }
      if ('problem' in p) {
        io.stderr(`mlsd-lint: ${file} ${p.problem}\n`);
        results.push(fatal(file, `File ${p.problem}.`));
        continue;
      }
      linterOf.set(file, plan.linter);
      if (p.hit) results.push(fromLint(file, p.hit, values.quiet));
      else {
        pending.push({ at: results.push(fatal(file, 'not linted')) - 1, file, key: p.key, ...(fixTypes ? { fix: { text: p.text!, options: p.options!, linter: plan.linter } } : {}) });
        yield { text: p.text!, options: p.options!, linter: plan.linter };
      }
    }
  }
  // Lint what the cache did not have, on every core when there are many files (./pool.ts).
  await lintAll(toLint(), files.length, (k, linted) => {
    const p = pending[k]!;
    if ('crashed' in linted) {
      io.stderr(`mlsd-lint: ${p.file} could not be linted (${linted.crashed})\n`);
      results[p.at] = fatal(p.file, crashMessage(linted.crashed));
      return;
    }
    if (p.key) cache!.set(p.file, p.key, linted);
    if (p.fix) {
      // The fixes of the asked types, pass after pass; the report is of the fixed text.
      const fixed = fixText(p.fix.linter, p.fix.text, p.fix.options, fixTypes, 10, linted);
      if (fixed.output !== p.fix.text) toWrite.push({ file: p.file, text: p.fix.text, output: fixed.output, lang: fixed.result.lang });
      linted = fixed.result;
    }
    results[p.at] = fromLint(p.file, linted, values.quiet);
  });
  let unfixed = false;
  for (const w of toWrite) {
    // Never over an edit made meanwhile: the file must still hold the text that was fixed.
    const raw = await readFile(w.file).catch(() => undefined);
    const now = raw && decode(raw);
    if (!raw || !now?.ok || now.text !== w.text) {
      io.stderr(`mlsd-lint: ${say('fixChanged', w.lang, { file: w.file })}\n`);
      unfixed = true;
      continue;
    }
    try {
      await writeFile(w.file, encodeLike(raw, w.output));
    } catch (e) {
      io.stderr(`mlsd-lint: ${say('fixUnwritten', w.lang, { file: w.file, why: (e as NodeJS.ErrnoException).code ?? (e as Error).message })}\n`);
      unfixed = true;
    }
  }
  const cacheProblem = await cache?.save();
  if (cacheProblem) io.stderr(`mlsd-lint: ${cacheProblem}\n`);
  // Folders and globs that hold Markdown but no design doc: say what a design doc is (ESLint's "no files").
  if (results.length === 0 && notDesignDocs > 0 && !values['only-design-docs']) {
    io.stderr(`${say('noDesignDocs', (values.lang as Lang | undefined) ?? 'en', { count: notDesignDocs, targets: targets.join(' '), include: DEFAULT_INCLUDE.join(', ') })}\n`);
    return 2;
  }

  const root = (await findRepoRoot(nodeFs, resolve(io.cwd))) ?? io.cwd;
  const ruleBook = (r: FileResult) => (r.case ? (linterOf.get(r.filePath) ?? linter).ruleBook(r.case) : undefined);
  const color = values['no-color'] ? false : values.color ? true : undefined;
  const lang = runLang(results, values.lang as Lang | undefined);
  const unwritten = await writeOutputs(outputs, results, { cwd: io.cwd, root, ruleBook, lang }, { color, isTTY: io.isTTY, stdout: io.stdout });
  for (const u of unwritten) io.stderr(`mlsd-lint: ${u}\n`);
  if (unwritten.length > 0) return 2;

  if (unfixed || results.some((r) => r.fatalErrorCount > 0)) return 2;
  if (results.some((r) => r.errorCount > 0)) return 1;
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr(`mlsd-lint: ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}
