/**
 * Config files: discovery upward from each linted file, loading, validation and per-file resolution, for
 * the CLI, the language server on the desktop and the language server in a browser alike. Pure: files are
 * read through a small file-system interface (`ConfigFs`, ./reading.ts) by one set of reading rules
 * (regular files only, size limits, team schemas inside the repository after following symlinks): Node's
 * `fs` for the CLI and the desktop (src/node/config.ts), the client's workspace file system in the browser
 * (src/server/browser-config.ts).
 *
 * The nearest of `.mlsdrc.json`, `.mlsdrc.yaml`, `.mlsdrc.yml` or a package.json with an `mlsd` key
 * applies to a doc (no cascade, as in remark and Spectral). A config is validated against
 * schemas/mlsdrc.schema.json, then its rule ids, cases, profiles and extra schema files are checked;
 * any problem is a ConfigError (exit 2), one line per problem naming the file and the key.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import ignoreImport, { type Ignore } from 'ignore';
import { parse as parseYaml } from 'yaml';
import { validateRc as generatedRc } from './generated/rc-validator.js';
import { BUILTIN_PROFILES, BUILTIN_SCHEMAS } from './builtin.js';
import { DEFAULT_INCLUDE } from './design-doc.js';
import { lintOptionsFor } from './config.js';
import { findRepoRoot, GitIgnore } from './gitignore.js';
import { compileGlob, GlobError } from './glob.js';
import { parseJsonc } from './jsonc.js';
import { Linter, severityTable } from './lint.js';
import { MAX_CONFIG_BYTES, MAX_SCHEMA_BYTES, outsideOf, readRegularText, type ConfigFs, type PathOps } from './reading.js';
import { allRules } from './rules/index.js';
import { closest } from './suggest.js';
import type { DocSettings, Lang, Severity, SeveritySetting } from './types.js';
import { readTeamSchema } from './validate.js';
import type { JsonSchema } from './rulebook.js';
import { trimEnd } from './search.js';

export { lintOptionsFor };
export type { ConfigFs, PathOps };
const ignore = (ignoreImport as unknown as { default?: typeof ignoreImport }).default ?? ignoreImport;

/** Names looked for in each folder, in this order; the first that exists wins. */
export const CONFIG_NAMES = ['.mlsdrc.json', '.mlsdrc.yaml', '.mlsdrc.yml', 'package.json'] as const;

export interface RcSettings {
  case?: string;
  profile?: string;
  lang?: Lang;
  rules?: Record<string, SeveritySetting>;
}

export interface Rc extends RcSettings {
  include?: string[];
  ignores?: string[];
  gitignore?: boolean;
  overrides?: Array<RcSettings & { files: string | string[] }>;
  schemas?: string[];
}

/** A config that cannot be used: every line names the file and the key. */
export class ConfigError extends Error {
  /** `file`: the config file at fault (absolute), when there is one. */
  constructor(
    readonly lines: string[],
    readonly file?: string,
  ) {
    super(lines.join('\n'));
    this.name = 'ConfigError';
  }
}

export interface LoadedConfig {
  path: string;
  dir: string;
  rc: Rc;
  linter: Linter;
  /** Hash of the config's content and of its extra schema files. */
  fingerprint: string;
  ignores?: Ignore;
  overrides: Array<{ matches: (rel: string) => boolean; settings: RcSettings }>;
  /** Whether a path (relative to the config's folder) is a design doc by the config's `include` (or the default's). */
  includes: (rel: string) => boolean;
  /** The config's `schemas` that were not read because `extraSchemas` is false (an untrusted editor workspace). */
  skippedSchemas?: string[];
}

/** A config file that was not read, and what to do about it. */
function configRefusal(reason: string): string {
  if (reason.startsWith('is not a regular file')) return `${reason}; replace it with a config file or delete it.`;
  if (reason.startsWith('cannot be read')) return `${reason}; fix its permissions or delete it.`;
  return `${reason}; a config is a few lines of settings.`;
}

/** What applies to one file. */
export interface FilePlan {
  /** Why the file is skipped, when it is. */
  ignored?: string;
  /**
   * Whether the path matches the `include` globs of its config (or the default ones): a design doc by its
   * path. A doc whose front matter has an `mlsd:` key is one too (declaresMlsd), whatever its path.
   */
  included: boolean;
  /** The `include` globs that applied (the config's, else the default). */
  include: readonly string[];
  config?: LoadedConfig;
  linter: Linter;
  defaults: DocSettings;
  rules: Record<string, Severity>;
  fingerprint: string;
}

/** POSIX paths (URI paths in the browser): '/' separated, absolute when they start with '/'. */
export const posixPath: PathOps = {
  sep: '/',
  isAbsolute: (p) => p.startsWith('/'),
  dirname(p) {
    const i = trimEnd(p, '/').lastIndexOf('/');
    return i < 0 ? '.' : i === 0 ? '/' : p.slice(0, i);
  },
  join: (...parts) => normalize(parts.filter((x) => x !== '').join('/')),
  resolve(...parts) {
    let out = '';
    for (const p of parts) out = p.startsWith('/') ? p : `${out}/${p}`;
    return normalize(out.startsWith('/') ? out : `/${out}`);
  },
  relative(from, to) {
    const a = normalize(from).split('/').filter(Boolean);
    const b = normalize(to).split('/').filter(Boolean);
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
  },
};

function normalize(p: string): string {
  const abs = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!abs) out.push('..');
    } else out.push(part);
  }
  return (abs ? '/' : '') + out.join('/') || (abs ? '/' : '.');
}

export interface ResolverOptions {
  cwd: string;
  /** `--config <path>`: use this file for every doc instead of discovery. */
  configFile?: string;
  /** `--no-ignore`: lint files that .gitignore or a config's `ignores` would skip. */
  noIgnore?: boolean;
  /**
   * Read the extra schema files a config lists (default true). The editor passes false in an untrusted
   * workspace: the files are not read, and a `case` only they could define is left to the lint to report.
   */
  extraSchemas?: boolean;
  /** Hears what is skipped with a warning (an ignore file that is not a regular file, or too large). */
  warn?: (line: string) => void;
}

let defaultLinter: Linter | undefined;
const sharedLinter = (): Linter => (defaultLinter ??= new Linter());

/** Compiled by Ajv at build time (scripts/build-validators.mjs) with allErrors, verbose and strict. */
const validateRc = (): ValidateFunction => generatedRc as unknown as ValidateFunction;

export class ConfigResolver {
  private readonly byDir = new Map<string, Promise<LoadedConfig | undefined>>();
  private readonly loaded = new Map<string, Promise<LoadedConfig>>();
  private readonly git: GitIgnore;
  private readonly path: PathOps;

  constructor(
    private readonly opts: ResolverOptions,
    private readonly fs: ConfigFs,
  ) {
    this.path = fs.path;
    this.git = new GitIgnore(fs, (file, reason) => opts.warn?.(`${this.show(file)} ${reason}; it is not read, so nothing it lists is ignored. Replace it with a text file or delete it.`));
  }

  /** The config that applies to files in `dir` (searching upward), or undefined. */
  configFor(dir: string): Promise<LoadedConfig | undefined> {
    if (this.opts.configFile) return this.load(this.path.resolve(this.opts.cwd, this.opts.configFile), true);
    let hit = this.byDir.get(dir);
    if (!hit) {
      hit = this.discover(dir);
      this.byDir.set(dir, hit);
    }
    return hit;
  }

  private async discover(dir: string): Promise<LoadedConfig | undefined> {
    for (const name of CONFIG_NAMES) {
      const path = this.path.join(dir, name);
      const read = await readRegularText(this.fs, path, MAX_CONFIG_BYTES, 'for a config file');
      if (!read.ok) {
        // A config that exists but cannot be read (or is not a file, or is too large) is an error; a folder
        // we may not look into, or a folder of that name, is not.
        if (read.missing || read.unseen || read.reason.startsWith('is a directory')) continue;
        throw new ConfigError([`${this.show(path)}: ${configRefusal(read.reason)}`], path);
      }
      const text = read.text;
      if (name === 'package.json' && !packageHasKey(text)) continue;
      return this.load(path, false, text);
    }
    const parent = this.path.dirname(dir);
    return parent === dir ? undefined : this.configFor(parent);
  }

  private load(path: string, explicit: boolean, text?: string): Promise<LoadedConfig> {
    let hit = this.loaded.get(path);
    if (!hit) {
      hit = this.read(path, explicit, text);
      this.loaded.set(path, hit);
    }
    return hit;
  }

  private async read(path: string, explicit: boolean, text?: string): Promise<LoadedConfig> {
    const shown = this.show(path);
    if (text === undefined) {
      const read = await readRegularText(this.fs, path, MAX_CONFIG_BYTES, 'for a config file');
      if (!read.ok) throw new ConfigError([`${shown}: ${read.missing ? 'does not exist' : configRefusal(read.reason)}${explicit ? '; check the path given to --config' : ''}`], path);
      text = read.text;
    }
    const isPackage = path.endsWith(`${this.path.sep}package.json`) || path.endsWith('/package.json') || path === 'package.json';
    let raw = parseRcText(text, path, shown);
    // An empty YAML file is an empty config, not an error.
    if (raw == null && !isPackage && /\.ya?ml$/i.test(path)) raw = {};
    const data = isPackage ? (raw as Record<string, unknown> | null)?.mlsd : raw;
    const prefix = isPackage ? 'mlsd' : '';
    const problems: string[] = [];

    if (!validateRc()(data)) {
      for (const e of readableErrors(validateRc().errors ?? [])) problems.push(`${shown}: ${keyPath(prefix, e.path)}${e.message}`);
      throw new ConfigError(problems, path);
    }
    const rc = data as Rc;
    const dir = this.path.dirname(path);

    // Rule ids are defined in code, so they are checked here rather than in the schema.
    const ruleIds = allRules().map((r) => r.id);
    const checkRules = (rules: Record<string, SeveritySetting> | undefined, at: string) => {
      for (const id of Object.keys(rules ?? {})) {
        if (ruleIds.includes(id)) continue;
        const near = closest(id, ruleIds);
        problems.push(`${shown}: ${keyPath(prefix, `${at}/${id}`)}unknown rule id "${id}"${near ? `; did you mean "${near}"?` : ''} Known rules: ${ruleIds.join(', ')}.`);
      }
    };
    checkRules(rc.rules, '/rules');
    rc.overrides?.forEach((o, i) => checkRules(o.rules, `/overrides/${i}/rules`));

    // Extra schemas: each must be JSON and a valid JSON Schema that fits with ours.
    const extras: JsonSchema[] = [];
    const extraTexts: string[] = [];
    let repo: string | undefined;
    const skipped = this.opts.extraSchemas === false && (rc.schemas?.length ?? 0) > 0 ? rc.schemas! : undefined;
    for (const [i, file] of (skipped ? [] : (rc.schemas ?? [])).entries()) {
      const at = `${shown}: ${keyPath(prefix, `/schemas/${i}`)}`;
      const abs = this.path.resolve(dir, file);
      // Inside the config's repository (its folder outside git), after following symlinks: a config can
      // come with a pull request, and must not make the linter read (and quote) files elsewhere.
      const outside = await outsideOf(this.fs, abs, (repo ??= (await findRepoRoot(this.fs, dir)) ?? dir));
      if (outside) {
        problems.push(`${at}"${file}" is outside the repository (${this.show(repo)}${outside === 'link' ? ', through a symlink' : ''}); a schema file must be inside it.`);
        continue;
      }
      const got = await readRegularText(this.fs, abs, MAX_SCHEMA_BYTES, 'for a schema file');
      if (!got.ok) {
        problems.push(`${at}"${file}" ${got.missing ? "does not exist; paths are relative to the config file's folder" : `${got.reason}; list JSON Schema files only`}.`);
        continue;
      }
      const schemaText = got.text;
      const read = readTeamSchema(schemaText, this.fs.toUrl(abs), extras);
      if ('problem' in read) {
        problems.push(`${at}"${file}" ${read.problem}`);
        continue;
      }
      const s = read.schema;
      extras.push(s);
      extraTexts.push(schemaText);
    }
    if (problems.length > 0) throw new ConfigError(problems, path);

    const linter = extras.length > 0 ? new Linter([...BUILTIN_SCHEMAS, ...extras], BUILTIN_PROFILES) : sharedLinter();
    const checkSettings = (s: RcSettings, at: string) => {
      if (s.case !== undefined && !skipped && !linter.cases().includes(s.case)) {
        const near = closest(s.case, linter.cases());
        problems.push(`${shown}: ${keyPath(prefix, `${at}/case`)}unknown case "${s.case}"${near ? `; did you mean "${near}"?` : ''} Known cases: ${linter.cases().join(', ')}.`);
      }
      if (s.profile !== undefined && !linter.profiles().includes(s.profile)) {
        const near = closest(s.profile, linter.profiles());
        problems.push(`${shown}: ${keyPath(prefix, `${at}/profile`)}unknown profile "${s.profile}"${near ? `; did you mean "${near}"?` : ''} Known profiles: ${linter.profiles().join(', ')}.`);
      }
    };
    checkSettings(rc, '');
    rc.overrides?.forEach((o, i) => checkSettings(o, `/overrides/${i}`));
    // Globs are compiled here, so one the matcher does not take is reported with its key.
    const overrides = (rc.overrides ?? []).map((o, i) => {
      const { files, ...settings } = o;
      try {
        return { matches: globMatcher(files), settings };
      } catch (e) {
        if (!(e instanceof GlobError)) throw e;
        problems.push(`${shown}: ${keyPath(prefix, `/overrides/${i}/files`)}${e.message}.`);
        return { matches: () => false, settings };
      }
    });
    let includes: (rel: string) => boolean = () => false;
    try {
      includes = globMatcher(rc.include ?? [...DEFAULT_INCLUDE]);
    } catch (e) {
      if (!(e instanceof GlobError)) throw e;
      problems.push(`${shown}: ${keyPath(prefix, '/include')}${e.message}.`);
    }
    if (problems.length > 0) throw new ConfigError(problems, path);

    const digest = this.fs.digest ?? ((t: string) => t);
    const fingerprint = digest(`${JSON.stringify({ path, rc })}${extraTexts.join('\0')}`);
    return {
      path,
      dir,
      rc,
      linter,
      fingerprint,
      ignores: rc.ignores?.length ? ignore().add(rc.ignores) : undefined,
      includes,
      overrides,
      ...(skipped ? { skippedSchemas: skipped } : {}),
    };
  }

  /** Config, ignores and settings for one file (a path relative to cwd, or absolute). */
  async forFile(file: string): Promise<FilePlan> {
    const { resolve, dirname, relative, sep, isAbsolute } = this.path;
    const abs = resolve(this.opts.cwd, file);
    const config = await this.configFor(dirname(abs));
    const rel = config ? relative(config.dir, abs).split(sep).join('/') : undefined;
    const inside = rel !== undefined && rel !== '' && !rel.startsWith('../') && !isAbsolute(rel);
    // `include` globs are relative to the config's folder; without a config (or outside its folder), to cwd.
    // (A path outside cwd is matched whole: `**/design/**/*.md` still finds /tmp/x/design/a.md.)
    const fromCwd = relative(this.opts.cwd, abs).split(sep).join('/');
    const matchPath = fromCwd.startsWith('../') || isAbsolute(fromCwd) ? abs.split(sep).join('/').replace(/^([A-Za-z]:)?\//, '') : fromCwd;
    const included = inside ? config!.includes(rel) : (config?.includes ?? defaultIncludes)(matchPath);
    const include = config?.rc.include ?? DEFAULT_INCLUDE;
    const plan: FilePlan = { config, linter: config?.linter ?? sharedLinter(), included, include, defaults: {}, rules: {}, fingerprint: config?.fingerprint ?? '' };
    if (!this.opts.noIgnore) {
      if (config?.ignores && inside && config.ignores.ignores(rel)) {
        plan.ignored = `by "ignores" in ${this.show(config.path)}`;
        return plan;
      }
      if (config?.rc.gitignore !== false) {
        const by = await this.git.ignoredBy(abs);
        if (by) {
          plan.ignored = `by ${this.show(by)}`;
          return plan;
        }
      }
    }
    if (!config) return plan;
    const apply = (s: RcSettings) => {
      if (s.case !== undefined) plan.defaults.case = s.case;
      if (s.profile !== undefined) plan.defaults.profile = s.profile;
      if (s.lang !== undefined) plan.defaults.lang = s.lang;
      Object.assign(plan.rules, severityTable(s.rules ?? {}));
    };
    apply(config.rc);
    if (inside) for (const o of config.overrides) if (o.matches(rel)) apply(o.settings);
    return plan;
  }

  private show(path: string): string {
    const rel = this.path.relative(this.opts.cwd, path);
    return rel && !rel.startsWith('..') && !this.path.isAbsolute(rel) ? rel : path;
  }
}

/** What applies to a file when no config does (or the one that would cannot be used). */
export function defaultPlan(): FilePlan {
  return { linter: sharedLinter(), included: false, include: DEFAULT_INCLUDE, defaults: {}, rules: {}, fingerprint: '' };
}

const defaultIncludes = (rel: string): boolean => (defaultIncludeMatcher ??= globMatcher([...DEFAULT_INCLUDE]))(rel);
let defaultIncludeMatcher: ((rel: string) => boolean) | undefined;

/** Globs relative to the config's folder; one without a `/` matches the file name in any folder. */
function globMatcher(files: string | string[]): (rel: string) => boolean {
  const list = Array.isArray(files) ? files : [files];
  // Matched in linear time (src/core/glob.ts): picomatch's backtracking regex took minutes on `*a*a…*z`.
  const full = list.filter((g) => g.includes('/')).map((g) => compileGlob(g.replace(/^\.\//, '')));
  const base = list.filter((g) => !g.includes('/')).map((g) => compileGlob(g));
  return (rel) => {
    const name = rel.slice(rel.lastIndexOf('/') + 1);
    return full.some((m) => m(rel)) || base.some((m) => m(name));
  };
}

function packageHasKey(text: string): boolean {
  try {
    const pkg = JSON.parse(text) as unknown;
    return pkg !== null && typeof pkg === 'object' && 'mlsd' in pkg;
  } catch {
    // A package.json that does not parse cannot say whether it configures us; npm reports it.
    return false;
  }
}

function parseRcText(text: string, path: string, shown: string): unknown {
  const yaml = /\.ya?ml$/i.test(path);
  try {
    // package.json is plain JSON (npm reads it); .mlsdrc.json may hold comments, as ESLint's JSON configs may.
    return yaml ? parseYaml(text, { prettyErrors: true }) : /(^|[\\/])package\.json$/.test(path) ? JSON.parse(text) : parseJsonc(text);
  } catch (e) {
    const msg = (e as Error).message.split('\n')[0];
    throw new ConfigError([`${shown}: is not valid ${yaml ? 'YAML' : 'JSON'} (${msg}); fix the syntax or delete the file.`], path);
  }
}

/** `/overrides/0/rules/x` → `overrides[0].rules.x: ` (prefixed with `mlsd.` inside package.json). */
function keyPath(prefix: string, pointer: string): string {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let out = prefix;
  for (const p of parts) out += /^\d+$/.test(p) ? `[${p}]` : out ? `.${p}` : p;
  return out ? `${out}: ` : '';
}

const TYPE_NAMES: Record<string, string> = { string: 'a string', array: 'a list', object: 'a mapping of keys to values', boolean: 'true or false' };

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'a mapping' : `${typeof v} ${JSON.stringify(v)}`;
}

/** Ajv errors to "what is allowed" sentences, one per problem; a oneOf's branch errors fold into it. */
function readableErrors(errors: ErrorObject[]): Array<{ path: string; message: string }> {
  const oneOfs = errors.filter((e) => e.keyword === 'oneOf').map((e) => e.schemaPath + '/');
  const out: Array<{ path: string; message: string }> = [];
  for (const e of errors) {
    if (oneOfs.some((p) => e.schemaPath.startsWith(p))) continue;
    const desc = e.instancePath ? (e.parentSchema as { description?: string } | undefined)?.description : undefined;
    switch (e.keyword) {
      case 'additionalProperties': {
        const key = (e.params as { additionalProperty: string }).additionalProperty;
        const allowed = Object.keys((e.parentSchema as { properties?: object }).properties ?? {}).filter((k) => k !== '$schema');
        const near = closest(key, allowed);
        out.push({ path: `${e.instancePath}/${key}`, message: `unknown key${near ? `; did you mean "${near}"?` : ''} Allowed keys: ${allowed.join(', ')}.` });
        break;
      }
      case 'enum': {
        const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ');
        out.push({ path: e.instancePath, message: `must be one of ${allowed}, not ${JSON.stringify(e.data)}.` });
        break;
      }
      case 'type': {
        const want = (e.params as { type: string }).type;
        out.push({ path: e.instancePath, message: `must be ${TYPE_NAMES[want] ?? want}, not ${typeOf(e.data)}.${desc ? ` (${desc})` : ''}` });
        break;
      }
      case 'required':
        out.push({ path: e.instancePath, message: `needs "${(e.params as { missingProperty: string }).missingProperty}".` });
        break;
      case 'minLength':
        out.push({ path: e.instancePath, message: 'must not be empty.' });
        break;
      case 'minItems':
        out.push({ path: e.instancePath, message: 'must list at least one entry.' });
        break;
      case 'oneOf':
        out.push({ path: e.instancePath, message: `must be a glob or a non-empty list of globs, not ${typeOf(e.data)}.` });
        break;
      default:
        out.push({ path: e.instancePath, message: `${e.message ?? e.keyword}.` });
    }
  }
  return out;
}

