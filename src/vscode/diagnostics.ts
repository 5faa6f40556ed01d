/**
 * Lints open design docs and publishes the findings as diagnostics: on open, on change (debounced), on
 * save; cleared on close. Keeps the latest result of each doc for the quick fixes and the coverage view.
 * Each file-backed doc is linted with the project's config file, resolved as the CLI does (./projectConfig.ts);
 * the `mlsd.*` settings fill in only what the config does not set.
 */
import * as vscode from 'vscode';
import { BUILTIN_SCHEMAS, declaresMlsd, IncrementalLinter, Linter, readTeamSchema, type Finding, type JsonSchema, type LintResult, type RuleBook } from '../core/index.js';
import { lintOptionsFor, type FilePlan } from '../node/config.js';
import { MAX_SCHEMA_BYTES, readRegularText } from '../node/read.js';
import { realpath } from 'node:fs/promises';
import * as nodePath from 'node:path';
import { ProjectConfig } from './projectConfig.js';
import { readSettings, type MlsdSettings } from './settings.js';

export const SOURCE = 'mlsd-lint';

export interface DocLint {
  uri: vscode.Uri;
  /** The document that was linted (an untitled URI can be reused by a later document). */
  doc: vscode.TextDocument;
  version: number;
  result: LintResult;
  book: RuleBook;
  /** The linter that linted it (the config's own schemas, if any). */
  linter: Linter;
}

/** Fired after a doc was linted (`lint` set) or its diagnostics were cleared (`lint` undefined). */
export interface LintEvent {
  uri: vscode.Uri;
  lint?: DocLint;
}

/** A doc whose front matter has an `mlsd:` key declares itself a design doc, wherever it lives (shared with the CLI). */
export { declaresMlsd };

/**
 * A finding as a diagnostic. A grouped finding's topics are its related information, each at the place
 * its section would be inserted (the light bulb offers a fix per topic).
 */
export function toDiagnostic(f: Finding, doc?: vscode.TextDocument): vscode.Diagnostic {
  const range = new vscode.Range(f.line - 1, f.column - 1, f.endLine - 1, f.endColumn - 1);
  const severity = f.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
  const d = new vscode.Diagnostic(range, f.message, severity);
  d.source = SOURCE;
  d.code = { value: f.ruleId, target: vscode.Uri.parse(f.url) };
  if (doc && f.related?.length) {
    d.relatedInformation = f.related.map((r) => {
      const at = r.fix ? doc.positionAt(r.fix.start) : range.start;
      return new vscode.DiagnosticRelatedInformation(new vscode.Location(doc.uri, at), `${r.title} (${r.topic})`);
    });
  }
  return d;
}

export class LintService implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection(SOURCE);
  private readonly latest = new Map<string, DocLint>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly emitter = new vscode.EventEmitter<LintEvent>();
  readonly onDidLint = this.emitter.event;
  /** Re-parses only the top-level sections an edit touched; same result as Linter.lint. */
  private incremental = new IncrementalLinter();
  /** One incremental linter per config that brings its own extra schemas. */
  private readonly configLinters = new WeakMap<Linter, IncrementalLinter>();
  private schemaKey = '[]';
  /** The project's config files, resolved per doc as the CLI does. */
  readonly config: ProjectConfig;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.config = new ProjectConfig(log);
    this.disposables.push(
      this.collection,
      this.emitter,
      this.config,
      this.config.onDidChange(() => this.lintAll()),
      vscode.workspace.onDidOpenTextDocument((d) => this.lintNow(d)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0) return;
        const s = readSettings(e.document.uri);
        if (s.run === 'onType') this.schedule(e.document, s.debounceMs);
      }),
      vscode.workspace.onDidSaveTextDocument((d) => this.lintNow(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.clear(d.uri)),
      // VS Code may keep a document alive for a while after its last tab closed (onDidClose comes late):
      // clear as soon as no tab shows it, and lint again when it is shown again.
      // (After a short grace period: a tab closed and the same file reopened must not lose its diagnostics.)
      vscode.window.tabGroups.onDidChangeTabs((e) => {
        for (const tab of e.closed) {
          const uri = tab.input instanceof vscode.TabInputText ? tab.input.uri : undefined;
          if (uri) setTimeout(() => !this.shownInTab(uri) && this.clear(uri), 200);
        }
      }),
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const ed of editors) if (this.latest.get(ed.document.uri.toString())?.doc !== ed.document) this.lintNow(ed.document);
      }),
      vscode.workspace.onDidChangeConfiguration(async (e) => {
        if (!e.affectsConfiguration('mlsd')) return;
        await this.reloadSchemas();
        this.lintAll();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(async () => {
        await this.reloadSchemas();
        this.lintAll();
      }),
    );
  }

  async start(): Promise<void> {
    await this.reloadSchemas();
    this.lintAll();
  }

  /** The rule book and linter in use (built-in schemas plus the workspace's extra ones). */
  get current(): Linter {
    return this.incremental.linter;
  }

  lintAll(): void {
    for (const d of vscode.workspace.textDocuments) this.lintNow(d);
  }

  private shownInTab(uri: vscode.Uri): boolean {
    const key = uri.toString();
    return (
      vscode.window.visibleTextEditors.some((ed) => ed.document.uri.toString() === key) ||
      vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === key))
    );
  }

  /** A Markdown doc the extension may lint at all (a design doc or not). */
  private mayLint(doc: vscode.TextDocument): boolean {
    return doc.languageId === 'markdown' && (doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled' || doc.uri.scheme === 'vscode-remote');
  }

  /**
   * As the CLI decides it: `mlsd:` front matter, or the `include` globs of the doc's config file; without
   * a config that sets `include`, the `mlsd.include` setting (whose default is the config's default).
   */
  isDesignDoc(doc: vscode.TextDocument, s: MlsdSettings = readSettings(doc.uri), plan: FilePlan | undefined = this.config.cached(doc)?.plan): boolean {
    if (!this.mayLint(doc)) return false;
    if (declaresMlsd(doc.getText())) return true;
    if (plan?.config?.rc.include) return plan.included;
    return s.include.some((pattern) => vscode.languages.match({ language: 'markdown', pattern }, doc) > 0);
  }

  /** The latest result for this exact version of the doc, linting it now if the stored one is stale. */
  resultFor(doc: vscode.TextDocument): DocLint | undefined {
    const cached = this.latest.get(doc.uri.toString());
    if (cached && cached.doc === doc && cached.version === doc.version) return cached;
    return this.lintNow(doc);
  }

  /** The latest lint of the document now open at `uri` (never one of a closed document that had the same URI). */
  lastResult(uri: vscode.Uri): DocLint | undefined {
    const l = this.latest.get(uri.toString());
    return l && !l.doc.isClosed ? l : undefined;
  }

  lintNow(doc: vscode.TextDocument): DocLint | undefined {
    this.cancel(doc.uri);
    const s = readSettings(doc.uri);
    if (!s.enable || !this.mayLint(doc)) {
      this.clear(doc.uri);
      return undefined;
    }
    const planned = this.config.cached(doc);
    if (!planned) {
      // The first lint under a config waits for it to be read (its `include` says whether this is a design
      // doc); a config change meanwhile re-lints everything.
      void this.config.resolve(doc).then((p) => p && !doc.isClosed && this.lintNow(doc));
      return undefined;
    }
    const { plan } = planned;
    if (!this.isDesignDoc(doc, s, plan)) {
      this.clear(doc.uri);
      return undefined;
    }
    if (plan.ignored) {
      this.log.trace(`not linting ${doc.uri.toString(true)}: ignored ${plan.ignored}`);
      this.clear(doc.uri);
      return undefined;
    }
    // The config's own extra schemas, else the rule book of the built-in and `mlsd.schemas` schemas.
    let incremental = this.incremental;
    if (planned.ownSchemas) {
      incremental = this.configLinters.get(plan.linter) ?? new IncrementalLinter({ linter: plan.linter });
      this.configLinters.set(plan.linter, incremental);
    }
    const linter = incremental.linter;
    const t0 = Date.now();
    let result: LintResult;
    try {
      // Settings are per-user fallbacks: the config (then front matter) wins where it says something.
      const profile = s.profile && linter.profiles().includes(s.profile) ? s.profile : undefined;
      result = incremental.lint(doc.getText(), lintOptionsFor(plan, { fallback: { defaults: profile ? { profile } : {}, rules: s.rules } }));
    } catch (e) {
      // A bug in a rule must not take the editor down: say so once in the log, keep the old diagnostics.
      this.log.error(`lint failed for ${doc.uri.toString(true)}: ${(e as Error).stack ?? e}`);
      return undefined;
    }
    const lint: DocLint = { uri: doc.uri, doc, version: doc.version, result, book: linter.ruleBook(result.case)!, linter };
    this.latest.set(doc.uri.toString(), lint);
    this.collection.set(doc.uri, result.findings.map((f) => toDiagnostic(f, doc)));
    this.log.trace(`linted ${doc.uri.toString(true)} v${doc.version} in ${Date.now() - t0} ms (${incremental.stats.parsed} pieces parsed, ${incremental.stats.reused} reused; config: ${planned.configPath ?? 'none'}${planned.problems ? ', broken: defaults used' : ''}): ${result.findings.length} findings`);
    this.emitter.fire({ uri: doc.uri, lint });
    return lint;
  }

  private schedule(doc: vscode.TextDocument, ms: number): void {
    this.cancel(doc.uri);
    const key = doc.uri.toString();
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!doc.isClosed) this.lintNow(doc);
      }, ms),
    );
  }

  private cancel(uri: vscode.Uri): void {
    const key = uri.toString();
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
  }

  clear(uri: vscode.Uri): void {
    this.cancel(uri);
    const had = this.latest.delete(uri.toString()) || this.collection.has(uri);
    this.collection.delete(uri);
    if (had) this.emitter.fire({ uri });
  }

  /**
   * Extra (team) schemas named by `mlsd.schemas`, read from inside the workspace folders only: a path that
   * is absolute or climbs out of its folder is refused, trusted workspace or not. Nothing is executed.
   */
  async reloadSchemas(): Promise<void> {
    const extra: JsonSchema[] = [];
    const problems: string[] = [];
    // Untrusted: no schema file is read at all. Every `mlsd.schemas` path lies inside a workspace folder,
    // and a user-level setting resolved into the untrusted folder had Ajv read and compile its file.
    const trusted = vscode.workspace.isTrusted;
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const rel of readSettings(folder.uri).schemas) {
        if (!trusted) {
          this.sayUntrustedSchemas(rel);
          continue;
        }
        const target = vscode.Uri.joinPath(folder.uri, rel);
        const inside = target.path.startsWith(folder.uri.path.replace(/\/?$/, '/'));
        // Inside by its path, and still inside once symlinks are followed (a link in the folder led out).
        if (/^([a-z]:)?[\\/]/i.test(rel) || !inside || (target.scheme === 'file' && !(await staysInside(target.fsPath, folder.uri.fsPath)))) {
          problems.push(vscode.l10n.t('Schema file "{0}" is outside the workspace folder; only files inside it are read.', rel));
          continue;
        }
        let text: string;
        if (target.scheme === 'file') {
          // A regular file within the size limit (a FIFO or a link to a device is refused, not read).
          const read = await readRegularText(target.fsPath, MAX_SCHEMA_BYTES, 'for a schema file');
          if (!read.ok) {
            problems.push(vscode.l10n.t('Schema file "{0}" could not be read: {1}', rel, read.reason));
            continue;
          }
          text = read.text;
        } else {
          try {
            text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
          } catch (e) {
            problems.push(vscode.l10n.t('Schema file "{0}" could not be read: {1}', rel, (e as Error).message));
            continue;
          }
        }
        // The same acceptance as a config file's `schemas` on the command line.
        const read = readTeamSchema(text, target.toString(), extra);
        if ('problem' in read) problems.push(`${rel} ${read.problem}`);
        else extra.push(read.schema);
      }
    }
    const key = JSON.stringify(extra);
    if (key === this.schemaKey && problems.length === 0) return;
    this.schemaKey = key;
    try {
      this.incremental = new IncrementalLinter({ linter: new Linter([...BUILTIN_SCHEMAS, ...extra]) });
    } catch (e) {
      problems.push(vscode.l10n.t('Extra schemas ignored: {0}', (e as Error).message));
      this.incremental = new IncrementalLinter();
    }
    for (const p of problems) {
      this.log.warn(p);
      void vscode.window.showWarningMessage(`mlsd-lint: ${p}`);
    }
  }

  /** Says once that `mlsd.schemas` is not read in an untrusted workspace. */
  private untrustedSchemasSaid = false;
  private sayUntrustedSchemas(rel: string): void {
    if (this.untrustedSchemasSaid) return;
    this.untrustedSchemasSaid = true;
    const msg = vscode.l10n.t('This workspace is not trusted: the schema files of the "mlsd.schemas" setting (such as "{0}") are not read. Trust the workspace to use them.', rel);
    this.log.info(msg);
    void vscode.window.showInformationMessage(`mlsd-lint: ${msg}`);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const d of this.disposables) d.dispose();
  }
}

/** Whether `file`, with symlinks followed, is still inside `folder` (a missing file is: it is reported as unreadable). */
async function staysInside(file: string, folder: string): Promise<boolean> {
  const [real, root] = await Promise.all([realpath(file).catch(() => undefined), realpath(folder).catch(() => folder)]);
  if (real === undefined) return true;
  const rel = nodePath.relative(root, real);
  return rel === '' || (!rel.startsWith(`..${nodePath.sep}`) && rel !== '..' && !nodePath.isAbsolute(rel));
}
