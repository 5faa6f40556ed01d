/**
 * The mlsd-lint language server, host-neutral: the same code runs in its own Node process (./node.ts: the
 * VS Code desktop client, `mlsd-lint --lsp` for Neovim, Helix, Zed, JetBrains) and in a browser web worker
 * (./browser.ts: vscode.dev, github.dev). What differs is given by the host: how a doc's config is resolved
 * (files through `fs`, or through the client) and who runs a lint within its time budget.
 *
 * It lints open design docs (on open, on change debounced, on save), pushes diagnostics with rule links,
 * offers the quick fixes and a fix-all as code actions, and answers the client's custom requests (the
 * coverage of a doc, the cases and templates of the new-doc command, front-matter edits for waivers).
 */
import picomatch from 'picomatch';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  CodeActionParams,
  Connection,
  Diagnostic,
  InitializeParams,
  InitializeResult,
  TextDocuments,
  TextEdit,
} from 'vscode-languageserver';
import {
  BUILTIN_SCHEMAS,
  declaresMlsd,
  DEFAULT_INCLUDE,
  bulkFixes,
  coverageTally,
  DEFAULT_DOCS_BASE,
  DEFAULT_FIX_TYPES,
  genreName,
  groupedFindingOf,
  stepTopicFixes,
  lintOptionsFor,
  Linter,
  mergeFixes,
  quickFixPlan,
  readTeamSchema,
  renderTemplate,
  stepProgress,
  stepsDone,
  topicChoices,
  type DocSettings,
  type Finding,
  type JsonSchema,
  type Lang,
  type LintResult,
  type RuleBook,
  type SectionDef,
  type Severity,
} from '../core/index.js';
import { setFrontMatterValue } from '../core/frontmatter-edit.js';
import { l10n, setLocale } from './l10n.js';
import type { LintRunner } from './runner.js';
import * as P from './protocol.js';

export const SOURCE = 'mlsd-lint';
const ERROR = 1;
const WARNING = 2;
const INFORMATION = 3;

/** What applies to one doc, as the host resolved it (never an exception: a broken config gives its problems). */
export interface DocPlan {
  linter: Linter;
  defaults: DocSettings;
  rules: Record<string, Severity>;
  /**
   * Set when the doc's config sets `include`: whether its globs take the doc (they decide, not the
   * `mlsd.include` setting, as for the CLI).
   */
  included?: boolean;
  /** Why the doc is not linted (ignored by the config's `ignores` or by .gitignore). */
  ignored?: string;
  /** The config file that applies (a path to show and compare), and its URI. */
  configPath?: string;
  configUri?: string;
  /** The config is broken: its problems, one line each, and the doc is linted with the defaults. */
  problems?: string[];
  /** The config lists extra schemas that were not read because the workspace is not trusted. */
  untrustedSchemas?: boolean;
  /** URIs of the config's extra schema files (saving one resolves again). */
  schemaFiles?: string[];
}

export interface ServerHost {
  /** The plan for a doc; `trusted`: whether a config's extra schema files may be read. */
  planFor(uri: string, trusted: boolean): Promise<DocPlan>;
  /** Drops every resolved config (a config, .gitignore or schema file changed). */
  reset(): void;
  /** A file's text, or undefined when it cannot be read. */
  readFile(uri: string): Promise<string | undefined>;
  runner: LintRunner;
  /** Whether a file, with symlinks followed, is still inside the folder (where the host can tell). */
  staysInside?(uri: string, folder: string): Promise<boolean>;
  /** The workspace folders (from initialize). */
  setFolders?(uris: string[]): void;
  /** Said once at start-up when the host cannot do something (e.g. .gitignore in the browser). */
  limits?: string[];
}

export interface ServerSettings {
  enable: boolean;
  run: 'onType' | 'onSave';
  debounceMs: number;
  profile: string;
  include: string[];
  schemas: string[];
  rules: Record<string, Severity>;
  /** How long the lint of one doc may take. */
  lintBudgetMs: number;
}

export { DEFAULT_INCLUDE } from '../core/index.js';
export const DEFAULT_BUDGET_MS = 3000;
const SEVERITIES: readonly string[] = ['error', 'warning', 'warn', 'off'];
/** URI schemes of docs worth linting: files, unsaved docs, remote and virtual (github.dev) workspaces. */
const SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'vscode-test-web', 'memfs', 'vscode-userdata']);

export function readServerSettings(raw: unknown): ServerSettings {
  const c = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const rules: Record<string, Severity> = {};
  for (const [id, sev] of Object.entries((c.rules && typeof c.rules === 'object' ? c.rules : {}) as Record<string, unknown>)) {
    if (typeof sev === 'string' && SEVERITIES.includes(sev)) rules[id] = sev === 'warn' ? 'warning' : (sev as Severity);
  }
  const num = (v: unknown, def: number, lo: number, hi: number) => (typeof v === 'number' && Number.isFinite(v) && v >= lo ? Math.min(v, hi) : def);
  const strings = (v: unknown, def: string[]) => (Array.isArray(v) ? v.filter((g): g is string => typeof g === 'string' && g.trim() !== '') : def);
  return {
    enable: c.enable !== false,
    run: c.run === 'onSave' ? 'onSave' : 'onType',
    debounceMs: num(c.debounceMs, 300, 0, 10_000),
    profile: typeof c.profile === 'string' ? c.profile.trim() : '',
    include: strings(c.include, [...DEFAULT_INCLUDE]),
    schemas: strings(c.schemas, []),
    rules,
    lintBudgetMs: num(c.lintBudgetMs, DEFAULT_BUDGET_MS, 50, 600_000),
  };
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)^(?:---|\.\.\.)[ \t]*$/m;

/** A doc whose front matter has an `mlsd:` key declares itself a design doc, wherever it lives (as for the CLI). */
export { declaresMlsd };

/** The path part of a URI, decoded, without a leading slash (what the `include` globs are matched against). */
function uriPath(uri: string): string {
  try {
    const u = new URL(uri);
    return decodeURIComponent(u.pathname).replace(/^\/([a-zA-Z]:)/, '$1').replace(/^\//, '');
  } catch {
    return uri;
  }
}

const schemeOf = (uri: string) => /^([a-zA-Z][\w+.-]*):/.exec(uri)?.[1]?.toLowerCase() ?? '';

const slimBooks = new WeakMap<RuleBook, P.SlimBook>();

/** A slim rule book for the client (titles, hints, order), without the recognition vocabulary; made once per book. */
function slimBook(book: RuleBook): P.SlimBook {
  const hit = slimBooks.get(book);
  if (hit) return hit;
  const made = slimBookOf(book);
  slimBooks.set(book, made);
  return made;
}

function slimBookOf(book: RuleBook): P.SlimBook {
  const slim = (d: SectionDef): P.SlimSection => ({ id: d.id, kind: d.kind, order: d.order, key: d.key, step: d.step, title: d.title, hint: d.hint, required: d.required });
  return { caseInfo: { id: book.caseInfo.id, title: book.caseInfo.title, schemaId: book.caseInfo.schemaId }, steps: book.steps.map(slim), topics: book.topics.map(slim), omitted: [...book.omitted] };
}

/** The lines (1-based) and sizes behind a slow lint, where they stand out. */
export function slowReason(text: string, lang: Lang): string {
  let longest = 0;
  let longestAt = 0;
  let deepest = 0;
  let deepestAt = 0;
  let line = 1;
  for (let i = 0, start = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      if (i - start > longest) {
        longest = i - start;
        longestAt = line;
      }
      let j = start;
      while (j < i && (text[j] === ' ' || text[j] === '\t' || text[j] === '>')) j++;
      if (j - start > deepest && j < i) {
        deepest = j - start;
        deepestAt = line;
      }
      start = i + 1;
      line++;
    }
  }
  if (longest >= 4000) return l10n.in(lang, 'line {0} is {1} characters long', longestAt, longest);
  if (deepest >= 80) return l10n.in(lang, 'line {0} is indented or nested {1} levels deep', deepestAt, deepest);
  const lines = text.endsWith('\n') ? line - 2 : line - 1; // a last line end does not start a line
  return l10n.in(lang, 'the doc is {0} KB with {1} lines', Math.round(text.length / 1024), lines);
}

/** The doc's own language for what is said about it: its front matter's `lang`, else Korean when Hangul outweighs Latin letters. */
function docLang(text: string): Lang {
  const fm = FRONT_MATTER.exec(text.slice(0, 64 * 1024));
  const said = fm && fm.index === 0 ? /^[ \t]+lang[ \t]*:[ \t]*["']?(en|ko)\b/m.exec(fm[1]!)?.[1] : undefined;
  if (said) return said as Lang;
  const sample = text.slice(0, 20_000);
  const hangul = sample.match(/[\uac00-\ud7a3]/g)?.length ?? 0;
  const latin = sample.match(/[a-zA-Z]/g)?.length ?? 0;
  return hangul * 3 > latin ? 'ko' : 'en';
}

interface DocLint {
  uri: string;
  version: number;
  result: LintResult;
  book: RuleBook;
  /** The linter that linted it (the config's own schemas, if any): the hollow-step fixes lint with it. */
  linter: Linter;
  plan: DocPlan;
}

export class MlsdServer {
  private settingsCache = new Map<string, Promise<ServerSettings>>();
  private readonly latest = new Map<string, DocLint>();
  /** Docs whose latest lint was over the budget (in a host that cannot stop a lint: linted on save only). */
  private readonly slow = new Map<string, number>();
  private readonly timers = new Map<string, { cancel(): void }>();
  /** The rule book last sent with each doc's `mlsd/didLint` (the next one says `sameBook` instead of sending it again). */
  private readonly sentBooks = new Map<string, P.SlimBook>();
  /** Compiled `mlsd.include` globs, per settings object. */
  private readonly includeMatchers = new WeakMap<ServerSettings, (path: string) => boolean>();
  private readonly info = new Map<string, P.DocInfo>();
  private trusted = true;
  private configurationSupport = false;
  private clientCommands = false;
  private initSettings: unknown;
  private folders: string[] = [];
  /** Settings-level extra schemas (`mlsd.schemas`): the linter they make, by folder. */
  private settingsLinters = new Map<string, Promise<Linter>>();
  private readonly builtin = new Linter();
  private configDiagnostics = new Set<string>();
  private readonly said = new Set<string>();
  private resetTimer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly host: ServerHost,
  ) {
    connection.onInitialize((p) => this.initialize(p));
    connection.onInitialized(() => {
      for (const l of host.limits ?? []) this.sayOnce(l, 'info');
    });
    documents.onDidOpen((e) => void this.lintNow(e.document));
    documents.onDidChangeContent((e) => void this.changed(e.document));
    documents.onDidSave((e) => {
      if (this.isConfigRelated(e.document.uri)) this.reset(`${e.document.uri} saved`);
      else void this.lintNow(e.document, true);
    });
    documents.onDidClose((e) => this.clear(e.document.uri));
    connection.onDidChangeConfiguration((p) => {
      this.initSettings = (p.settings as { mlsd?: unknown } | undefined)?.mlsd ?? this.initSettings;
      this.settingsCache.clear();
      this.settingsLinters.clear();
      this.lintAll();
    });
    connection.onDidChangeWatchedFiles((p) => {
      const relevant = p.changes.filter((c) => !/\/node_modules\//.test(c.uri));
      if (relevant.length > 0) this.reset(`${relevant[0]!.uri} changed`);
    });
    connection.onCodeAction((p) => this.codeActions(p));
    connection.onExecuteCommand(async (p) => {
      if (p.command !== P.CMD_ADD_WAIVER) return null;
      const [uri, topic, reason] = (p.arguments ?? []) as [string, string, string | undefined];
      const edit = this.frontMatterEdit({ uri, keys: ['mlsd', 'waive', topic], value: reason?.trim() || 'TODO: why this topic does not apply' });
      if ('problem' in edit) {
        void connection.window.showWarningMessage(edit.problem);
        return false;
      }
      return (await connection.workspace.applyEdit({ changes: { [uri]: [edit.edit] } })).applied;
    });
    connection.onRequest(P.DocInfoRequest, (p: P.DocInfoParams) => this.docInfo(p.uri, p.relint));
    connection.onRequest(P.CasesRequest, (p: { uri?: string } | undefined) => this.cases(p?.uri));
    connection.onRequest(P.TemplateRequest, (p: P.TemplateParams) => this.template(p));
    connection.onRequest(P.TopicChoicesRequest, (p: P.TopicChoicesParams) => this.topicChoices(p));
    connection.onRequest(P.FrontMatterEditRequest, (p: P.FrontMatterEditParams) => this.frontMatterEdit(p));
    connection.onNotification(P.TrustNotification, (p: P.TrustParams) => {
      if (p.trusted === this.trusted) return;
      this.trusted = p.trusted;
      this.reset('workspace trust changed');
    });
    connection.onShutdown(() => host.runner.dispose());
  }

  private initialize(p: InitializeParams): InitializeResult {
    setLocale(p.locale);
    const opts = (p.initializationOptions ?? {}) as P.InitOptions;
    this.trusted = opts.trusted !== false;
    this.clientCommands = opts.clientCommands === true;
    this.initSettings = opts.settings;
    this.configurationSupport = !!p.capabilities.workspace?.configuration;
    this.folders = (p.workspaceFolders ?? []).map((f) => f.uri);
    if (this.folders.length === 0 && p.rootUri) this.folders = [p.rootUri];
    this.host.setFolders?.(this.folders);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: 2, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: ['quickfix', P.FIX_ALL_KIND] },
        // The VS Code client runs the waiver command itself (it asks for the reason); other editors ask the server.
        ...(this.clientCommands ? {} : { executeCommandProvider: { commands: [P.CMD_ADD_WAIVER] } }),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'mlsd-lint' },
    };
  }

  // ---- settings ------------------------------------------------------------------------------

  private settingsFor(uri: string): Promise<ServerSettings> {
    let s = this.settingsCache.get(uri);
    if (!s) {
      s = this.configurationSupport
        ? this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'mlsd' }).then(readServerSettings, () => readServerSettings(this.initSettings))
        : Promise.resolve(readServerSettings(this.initSettings));
      this.settingsCache.set(uri, s);
    }
    return s;
  }

  private folderOf(uri: string): string | undefined {
    return this.folders.filter((f) => uri.startsWith(f.replace(/\/?$/, '/'))).sort((a, b) => b.length - a.length)[0];
  }

  /** The linter with the folder's `mlsd.schemas` (team schemas from the settings), else the built-in one. */
  private settingsLinter(uri: string, s: ServerSettings): Promise<Linter> {
    const folder = this.folderOf(uri);
    if (!folder || s.schemas.length === 0) return Promise.resolve(this.builtin);
    let l = this.settingsLinters.get(folder);
    if (!l) {
      l = this.loadSettingsSchemas(folder, s.schemas);
      this.settingsLinters.set(folder, l);
    }
    return l;
  }

  private async loadSettingsSchemas(folder: string, rels: string[]): Promise<Linter> {
    const extra: JsonSchema[] = [];
    const problems: string[] = [];
    const base = folder.replace(/\/?$/, '/');
    for (const rel of rels) {
      // Untrusted: no schema file is read at all (a user-level setting can resolve into the untrusted folder).
      if (!this.trusted) {
        this.sayOnce(`mlsd-lint: ${l10n.t('This workspace is not trusted: the schema files of the "mlsd.schemas" setting (such as "{0}") are not read. Trust the workspace to use them.', rel)}`, 'info');
        break;
      }
      const target = new URL(rel, base).href;
      // Inside by its path, and still inside once symlinks are followed (a link in the folder led out).
      if (/^([a-z]:)?[\\/]/i.test(rel) || !target.startsWith(base) || (this.host.staysInside && !(await this.host.staysInside(target, folder)))) {
        problems.push(l10n.t('Schema file "{0}" is outside the workspace folder; only files inside it are read.', rel));
        continue;
      }
      const text = await this.host.readFile(target);
      if (text === undefined) {
        problems.push(l10n.t('Schema file "{0}" could not be read: {1}', rel, 'not found'));
        continue;
      }
      const read = readTeamSchema(text, target, extra);
      if ('problem' in read) problems.push(`${rel} ${read.problem}`);
      else extra.push(read.schema);
    }
    let linter = this.builtin;
    if (extra.length > 0) {
      try {
        linter = new Linter([...BUILTIN_SCHEMAS, ...extra]);
      } catch (e) {
        problems.push(l10n.t('Extra schemas ignored: {0}', (e as Error).message));
      }
    }
    for (const p of problems) this.sayOnce(`mlsd-lint: ${p}`, 'warning');
    return linter;
  }

  // ---- linting -------------------------------------------------------------------------------

  /** A Markdown doc the server may lint at all (a design doc or not). */
  private mayLint(doc: TextDocument): boolean {
    return (doc.languageId === 'markdown' || /\.(md|markdown)$/i.test(doc.uri)) && SCHEMES.has(schemeOf(doc.uri));
  }

  /**
   * As the CLI decides it: `mlsd:` front matter, or the `include` globs of the doc's config file; without a
   * config that sets `include`, the `mlsd.include` setting (whose default is the config's default).
   */
  isDesignDoc(doc: TextDocument, s: ServerSettings, plan?: Pick<DocPlan, 'included'>): boolean {
    if (!this.mayLint(doc)) return false;
    if (declaresMlsd(doc.getText())) return true;
    if (plan?.included !== undefined) return plan.included;
    let matches = this.includeMatchers.get(s);
    if (!matches) this.includeMatchers.set(s, (matches = s.include.length > 0 ? picomatch(s.include, { dot: true }) : () => false));
    return matches(uriPath(doc.uri));
  }

  private async changed(doc: TextDocument): Promise<void> {
    const s = await this.settingsFor(doc.uri);
    if (s.run !== 'onType') return;
    if (this.slow.has(doc.uri)) return; // over the budget last time, in a host that cannot stop a lint: on save
    this.cancel(doc.uri);
    const run = () => {
      this.timers.delete(doc.uri);
      void this.lintNow(doc);
    };
    // No debounce: at once, after the messages already read (setTimeout(0) waits a whole millisecond).
    if (s.debounceMs === 0) {
      const t = setImmediate(run);
      this.timers.set(doc.uri, { cancel: () => clearImmediate(t) });
    } else {
      const t = setTimeout(run, s.debounceMs);
      this.timers.set(doc.uri, { cancel: () => clearTimeout(t) });
    }
  }

  lintAll(): void {
    for (const d of this.documents.all()) void this.lintNow(d);
  }

  /** Lints the doc's current version now (unless a newer one is already being linted); undefined when not linted. */
  async lintNow(doc: TextDocument, saved = false): Promise<DocLint | undefined> {
    this.cancel(doc.uri);
    if (saved) this.slow.delete(doc.uri);
    const gen = this.generation;
    const s = await this.settingsFor(doc.uri);
    if (!s.enable || !this.mayLint(doc)) {
      this.clear(doc.uri);
      return undefined;
    }
    // The config comes first: its `include` says whether this is a design doc.
    const plan = await this.host.planFor(doc.uri, this.trusted);
    if (!this.isDesignDoc(doc, s, plan)) {
      this.clear(doc.uri);
      return undefined;
    }
    if (plan.problems) void this.reportConfig(plan);
    else if (plan.configUri) this.clearConfigDiagnostics(plan.configUri);
    if (plan.untrustedSchemas && plan.configPath) {
      this.sayOnce(`mlsd-lint: ${l10n.t('This workspace is not trusted: the extra schema files listed under "schemas" in {0} are not read; the rest of the config applies. Trust the workspace to use them.', plan.configPath)}`, 'info');
    }
    if (plan.ignored) {
      this.clear(doc.uri);
      this.setInfo(doc.uri, { uri: doc.uri, version: doc.version, configPath: plan.configPath, ignored: plan.ignored, problems: plan.problems });
      return undefined;
    }
    const linter = plan.linter.set.schemas.size === BUILTIN_SCHEMAS.length ? await this.settingsLinter(doc.uri, s) : plan.linter;
    const profile = s.profile && linter.profiles().includes(s.profile) ? s.profile : undefined;
    // The file name names the case when neither the doc nor its title does (as on the command line).
    const options = { ...lintOptionsFor(plan, { fallback: { defaults: profile ? { profile } : {}, rules: s.rules } }), fileName: uriFileName(doc.uri) };
    const version = doc.version;
    const text = doc.getText();
    const outcome = await this.host.runner.lint({ key: doc.uri, text, options, linter, budgetMs: s.lintBudgetMs });
    // A newer version, a closed doc or a config change meanwhile: that lint's result is the one to show.
    const now = this.documents.get(doc.uri);
    if (!now || now.version !== version || gen !== this.generation) return this.latest.get(doc.uri);
    if ('crashed' in outcome) {
      this.connection.console.error(`mlsd-lint: lint failed for ${doc.uri}: ${outcome.crashed}`);
      return undefined;
    }
    const lang = outcome.result?.lang ?? docLang(text);
    const diagnostics: Diagnostic[] = [];
    if ('tooSlow' in outcome) {
      const budget = Math.round(s.lintBudgetMs);
      const why = slowReason(text, lang);
      const stopped = outcome.result === undefined;
      if (!stopped) this.slow.set(doc.uri, outcome.ms);
      diagnostics.push({
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: stopped ? WARNING : INFORMATION,
        source: SOURCE,
        code: 'too-slow',
        codeDescription: { href: `${DEFAULT_DOCS_BASE}../lint-budget.md` },
        message: stopped
          ? l10n.in(lang, 'This doc is too slow to lint: it was stopped after the budget of {0} ms ({1}). Other docs and the editor are not affected; it is tried again after the next edit, or raise mlsd.lintBudgetMs.', budget, why)
          : l10n.in(lang, 'This doc is too slow to lint as you type: it took {0} ms, over the budget of {1} ms ({2}). It is linted when saved; or raise mlsd.lintBudgetMs.', Math.round(outcome.ms), budget, why),
      });
    }
    if (!outcome.result) {
      this.latest.delete(doc.uri);
      this.setInfo(doc.uri, { uri: doc.uri, version, configPath: plan.configPath, problems: plan.problems, tooSlow: true });
      void this.connection.sendDiagnostics({ uri: doc.uri, version, diagnostics });
      return undefined;
    }
    const result = outcome.result;
    const lint: DocLint = { uri: doc.uri, version, result, book: linter.ruleBook(result.case) ?? this.builtin.ruleBook(result.case)!, linter, plan };
    this.latest.set(doc.uri, lint);
    diagnostics.push(...result.findings.map((f) => toDiagnostic(f, doc)));
    // The doc's info first: a client that sees the diagnostics has the coverage that goes with them.
    this.setInfo(doc.uri, this.infoOf(lint));
    void this.connection.sendDiagnostics({ uri: doc.uri, version, diagnostics });
    return lint;
  }

  private infoOf(lint: DocLint): P.DocInfo {
    const { findings: _f, ...result } = lint.result;
    return {
      uri: lint.uri,
      version: lint.version,
      result,
      ...(result.genre ? { genreName: { en: genreName(result.genre, 'en'), ko: genreName(result.genre, 'ko') } } : {}),
      book: slimBook(lint.book),
      ...progressOf(lint),
      configPath: lint.plan.configPath,
      problems: lint.plan.problems,
    };
  }

  private setInfo(uri: string, info: P.DocInfo | undefined): void {
    if (info) this.info.set(uri, info);
    else this.info.delete(uri);
    // The rule book (some 20 KB of titles and hints) only when it is not the one sent last for this doc: on
    // each keystroke it was three quarters of what went to the client.
    let sent = info;
    if (info?.book) {
      if (this.sentBooks.get(uri) === info.book) {
        const { book: _book, ...rest } = info;
        sent = { ...rest, sameBook: true };
      } else this.sentBooks.set(uri, info.book);
    } else this.sentBooks.delete(uri);
    void this.connection.sendNotification(P.DidLintNotification, { uri, info: sent } satisfies P.DidLintParams);
  }

  private cancel(uri: string): void {
    this.timers.get(uri)?.cancel();
    this.timers.delete(uri);
  }

  clear(uri: string): void {
    this.cancel(uri);
    const had = this.latest.delete(uri) || this.info.has(uri);
    this.slow.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    if (had) this.setInfo(uri, undefined);
  }

  /** The latest lint of the doc's current version, linting it now when the stored one is stale. */
  private async resultFor(uri: string): Promise<DocLint | undefined> {
    const doc = this.documents.get(uri);
    if (!doc) return undefined;
    const hit = this.latest.get(uri);
    if (hit && hit.version === doc.version) return hit;
    return this.lintNow(doc);
  }

  // ---- config --------------------------------------------------------------------------------

  private isConfigRelated(uri: string): boolean {
    if (/\/(\.mlsdrc\.(json|ya?ml)|package\.json|\.gitignore)$/.test(uri)) return true;
    for (const l of this.latest.values()) if (l.plan.schemaFiles?.includes(uri)) return true;
    return false;
  }

  /** Drops every resolved config (after a short pause: one save can fire several events) and lints again. */
  reset(why: string): void {
    this.generation++;
    if (this.resetTimer) clearTimeout(this.resetTimer);
    this.resetTimer = setTimeout(() => {
      this.resetTimer = undefined;
      this.generation++;
      this.connection.console.info(`mlsd-lint: ${why}; resolving configs again`);
      this.host.reset();
      this.settingsLinters.clear();
      for (const uri of this.configDiagnostics) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
      this.configDiagnostics.clear();
      this.said.clear();
      this.lintAll();
    }, 100);
  }

  private clearConfigDiagnostics(uri: string): void {
    if (!this.configDiagnostics.delete(uri)) return;
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** A broken config: one diagnostic per problem on the config file (at its key when found), one message per text. */
  private async reportConfig(plan: DocPlan): Promise<void> {
    const lines = plan.problems!;
    const text = lines.map((l) => `mlsd-lint: ${l}`).join(' ');
    this.sayOnce(l10n.t('{0} Design docs under it are linted with the default settings until it is fixed.', text), 'warning');
    if (!plan.configUri || this.configDiagnostics.has(plan.configUri)) return;
    this.configDiagnostics.add(plan.configUri);
    const docLines = ((await this.host.readFile(plan.configUri)) ?? '').split(/\r?\n/);
    const diagnostics = lines.map((l): Diagnostic => {
      // "<file>: <key>: <message>": on the first line that names the key's last part
      const key = /^[^:]+: ([\w.[\]$-]+): /.exec(l)?.[1]?.replace(/\[\d+\]$/, '').split('.').pop();
      const escaped = key?.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
      const re = escaped ? new RegExp(`(^|[\\s"'{,-])${escaped}["']?\\s*:`) : undefined;
      const line = Math.max(re ? docLines.findIndex((t) => re.test(t)) : -1, 0);
      return { range: { start: { line, character: 0 }, end: { line, character: docLines[line]?.length ?? 0 } }, severity: ERROR, source: SOURCE, message: l };
    });
    void this.connection.sendDiagnostics({ uri: plan.configUri, diagnostics });
  }

  private sayOnce(text: string, level: 'info' | 'warning'): void {
    if (this.said.has(text)) return;
    this.said.add(text);
    // A notification, not a request: nothing waits for the user to close it.
    void this.connection.sendNotification('window/showMessage', { type: level === 'warning' ? WARNING : INFORMATION, message: text });
  }

  // ---- code actions --------------------------------------------------------------------------

  private async codeActions(p: CodeActionParams): Promise<CodeAction[]> {
    const lint = await this.resultFor(p.textDocument.uri);
    const doc = this.documents.get(p.textDocument.uri);
    if (!lint || !doc) return [];
    const uri = doc.uri;
    const only = p.context.only;
    const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const edit = (fix: { start: number; end: number; text: string }): TextEdit => ({ range: { start: doc.positionAt(fix.start), end: doc.positionAt(fix.end) }, newText: fix.text });
    const actions: CodeAction[] = [];

    if (wants('quickfix')) {
      // The light-bulb entries as the core plans them (src/core/actions.ts), for the findings under the cursor.
      const ours = p.context.diagnostics.filter((d) => d.source === SOURCE);
      const matched = ours.length > 0
        ? ours.map((d) => ({ d, f: lint.result.findings.find((f) => f.ruleId === d.code && f.line - 1 === d.range.start.line && f.column - 1 === d.range.start.character && f.message === d.message) }))
        : lint.result.findings.filter((f) => f.line - 1 <= p.range.end.line && f.endLine - 1 >= p.range.start.line).map((f) => ({ d: toDiagnostic(f, doc), f }));
      const byFinding = new Map<Finding, Diagnostic>();
      for (const { d, f } of matched) if (f) byFinding.set(f, d);
      const text = doc.getText();
      // Every missing topic of a step, whatever the profile reports: "insert all missing sections of this step".
      // (One analysis for both: a hollow step's fixes are those of the steps the coverage has empty.)
      const stepFixes = stepTopicFixes(lint.linter, text, lint.result, lint.book);
      const emptyStep = (topic: string | undefined) => {
        const step = topic ? lint.book.byId.get(topic)?.step : undefined;
        return step !== undefined && lint.result.coverage.steps[step]?.status === 'empty';
      };
      const hollow = { fixes: stepFixes.filter((f) => emptyStep(f.topic)), coverage: lint.result.coverage, stepFixes };
      const lang = lint.result.lang;
      for (const a of quickFixPlan(text, [...byFinding.keys()], lint.result.findings, lint.book, lang, hollow)) {
        const d = byFinding.get(a.finding)!;
        if (a.kind === 'edit') {
          actions.push({ title: a.title, kind: 'quickfix', diagnostics: [d], isPreferred: a.preferred, edit: { changes: { [uri]: a.edits.map(edit) } } });
        } else if (a.kind === 'pick') {
          if (this.clientCommands) {
            actions.push({ title: a.title, kind: 'quickfix', diagnostics: [d], command: { title: a.title, command: P.CMD_INSERT_SECTION, arguments: [uri, a.group] } });
          } else {
            // An editor without the client's picker gets one entry per topic.
            for (const c of a.choices) actions.push({ title: c.title, kind: 'quickfix', diagnostics: [d], edit: { changes: { [uri]: c.edits.map(edit) } } });
          }
        } else if (a.kind === 'waive') {
          const one = a.topics.length === 1 ? a.topics[0]! : undefined;
          const title = one
            ? l10n.t('Waive "{0}" for this doc (give a reason)…', lint.book.byId.get(one)?.title[lang] ?? one)
            : l10n.t('Waive a step or topic for this doc (give a reason)…');
          const diagnostics = one ? [d] : [...byFinding].filter(([f]) => f.topic && a.topics.includes(f.topic)).map(([, x]) => x);
          actions.push({ title, kind: 'quickfix', diagnostics, command: { title, command: P.CMD_ADD_WAIVER, arguments: [uri, one ?? a.topics] } });
        } else {
          const fm = setFrontMatterValue(text, ['mlsd', 'rules', a.ruleId], 'off');
          if (!fm) continue;
          actions.push({ title: l10n.t('Disable {0} for this file', a.ruleId), kind: 'quickfix', diagnostics: ours.filter((x) => x.code === a.ruleId), edit: { changes: { [uri]: [edit(fm)] } } });
        }
      }
    }
    if (wants(P.FIX_ALL_KIND) && (only !== undefined || p.context.diagnostics.length === 0)) {
      // The safe fixes (`mlsd-lint --fix`'s default types), merged by the core as the CLI merges them.
      const all = mergeFixes(doc.getText(), bulkFixes(lint.result.findings, DEFAULT_FIX_TYPES, lint.book)).edits;
      if (all.length > 0) actions.push({ title: l10n.t('Fix all safe mlsd-lint problems'), kind: P.FIX_ALL_KIND, edit: { changes: { [uri]: all.map(edit) } } });
    }
    return actions;
  }

  // ---- custom requests -----------------------------------------------------------------------

  private async docInfo(uri: string, relint = false): Promise<P.DocInfo | null> {
    const doc = this.documents.get(uri);
    if (!doc) return null;
    const hit = this.latest.get(uri);
    if (hit && hit.version === doc.version && !relint) return this.infoOf(hit);
    const lint = await this.lintNow(doc);
    return lint ? this.infoOf(lint) : (this.info.get(uri) ?? null);
  }

  private async linterFor(uri?: string): Promise<Linter> {
    if (!uri) return this.builtin;
    return this.settingsLinter(uri, await this.settingsFor(uri));
  }

  private async cases(uri?: string): Promise<P.CaseItem[]> {
    const linter = await this.linterFor(uri ?? this.folders[0]);
    return linter.cases().map((id) => ({ id, title: linter.ruleBook(id)!.caseInfo.title }));
  }

  private async template(p: P.TemplateParams): Promise<P.TemplateResult> {
    const linter = await this.linterFor(p.uri ?? this.folders[0]);
    const book = linter.ruleBook(p.case);
    if (!book) return { problem: l10n.t('Unknown case "{0}". Known: {1}', p.case, linter.cases().join(', ')) };
    return { text: renderTemplate(book, p.lang, { title: p.title }) };
  }

  private async topicChoices(p: P.TopicChoicesParams): Promise<P.TopicChoiceItem[]> {
    const lint = await this.resultFor(p.uri);
    const doc = this.documents.get(p.uri);
    const grouped = lint && groupedFindingOf(lint.result.findings, p.group);
    if (!lint || !doc || !grouped) return [];
    return topicChoices(grouped, lint.result.lang).map((c) => ({
      topic: c.topic,
      title: c.title,
      edits: c.edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.text })),
    }));
  }

  private frontMatterEdit(p: P.FrontMatterEditParams): P.FrontMatterEditResult {
    const doc = this.documents.get(p.uri);
    const fix = doc && setFrontMatterValue(doc.getText(), p.keys, p.value);
    if (!doc || !fix) return { problem: l10n.t('The front matter of this doc does not parse; fix it first, then waive.') };
    return { edit: { range: { start: doc.positionAt(fix.start), end: doc.positionAt(fix.end) }, newText: fix.text } };
  }
}

/**
 * A finding as a diagnostic. A grouped finding's topics are its related information, each at the place its
 * section would be inserted (the light bulb offers a fix per topic), or where it is (a blank section).
 */
export function toDiagnostic(f: Finding, doc?: TextDocument): Diagnostic {
  const range = { start: { line: f.line - 1, character: f.column - 1 }, end: { line: f.endLine - 1, character: f.endColumn - 1 } };
  const d: Diagnostic = { range, severity: f.severity === 'error' ? ERROR : WARNING, source: SOURCE, code: f.ruleId, codeDescription: { href: f.url }, message: f.message };
  if (doc && f.related?.length) {
    d.relatedInformation = f.related.map((r) => {
      const at = r.fix ? doc.positionAt(r.fix.start) : r.line !== undefined ? { line: r.line - 1, character: (r.column ?? 1) - 1 } : range.start;
      return { location: { uri: doc.uri, range: { start: at, end: at } }, message: `${r.title} (${r.topic})` };
    });
  }
  return d;
}

/** Steps done (there, or waived, with every required topic covered), required topics covered, and each step's counts. */
function progressOf(lint: { result: LintResult; book: RuleBook }): Pick<P.DocInfo, 'tally' | 'progress'> {
  const progress = stepProgress(lint.result.coverage, lint.book);
  return { tally: { steps: stepsDone(progress), topics: coverageTally(lint.result.coverage, lint.book).topics }, progress };
}

/**
 * The file name and its folder from a document URI, decoded: `file:///w/notes/video_recommendation/design.md`
 * is `video_recommendation/design.md` (the core reads a case from the name, else from the nearest folder);
 * `untitled:Untitled-1` is `Untitled-1`.
 */
export function uriFileName(uri: string): string {
  const path = uri.replace(/[?#].*$/, '').replace(/^[a-z][a-z0-9+.-]*:/i, '');
  const tail = path.split('/').filter(Boolean).slice(-2).join('/');
  try {
    return decodeURIComponent(tail);
  } catch {
    return tail;
  }
}
