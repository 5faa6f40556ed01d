/**
 * The project's config files (`.mlsdrc.json`, `.mlsdrc.yaml`/`.yml`, the `mlsd` key of package.json) in the
 * editor, resolved per file by the CLI's own code (src/node/config.ts), so the editor and `mlsd-lint` agree.
 *
 * - A file-backed doc gets the plan of the nearest config above it (case, profile, lang, rules, overrides,
 *   ignores and .gitignore, extra schemas); untitled and virtual docs get the defaults.
 * - Resolved plans are kept until a config (or .gitignore, or an extra schema file) changes on disk, or the
 *   workspace is trusted; then everything is resolved again and `onDidChange` fires.
 * - A broken config never breaks the editor: its problems (the CLI's text) go on the config file as
 *   diagnostics and once into a warning notification, and its docs are linted with the defaults.
 * - In an untrusted workspace a config's `schemas` are not read (as `mlsd.schemas`); that is said once.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CONFIG_NAMES, ConfigError, ConfigResolver, defaultPlan, type FilePlan } from '../node/config.js';

const SOURCE = 'mlsd-lint';

/** What the editor lints a doc with. */
export interface DocPlan {
  /** The resolver's plan (the default plan when there is no usable config). */
  plan: FilePlan;
  /** The config file that applies, if any (also when it is broken). */
  configPath?: string;
  /** The config is broken: these are its problems, and the doc is linted with the defaults. */
  problems?: string[];
  /** Whether the plan's linter carries the config's own extra schemas (else the settings' linter is used). */
  ownSchemas: boolean;
}

/** The files whose change can change a doc's config: the resolver's own config names, and .gitignore. */
const WATCHED_NAMES: readonly string[] = [...CONFIG_NAMES, '.gitignore'];
const WATCHED = WATCHED_NAMES.map((n) => `**/${n}`);

export class ProjectConfig implements vscode.Disposable {
  private resolvers = new Map<string, ConfigResolver>();
  private plans = new Map<string, DocPlan>();
  private pending = new Map<string, Promise<DocPlan | undefined>>();
  private generation = 0;
  /** Extra schema files of the configs loaded so far: saving one resolves again. */
  private schemaFiles = new Set<string>();
  private readonly problems = vscode.languages.createDiagnosticCollection(`${SOURCE}-config`);
  private readonly notified = new Set<string>();
  private untrustedSaid = false;
  private resetTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fired after config files changed: every plan is dropped, open docs should be linted again. */
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.disposables.push(this.problems, this.emitter);
    for (const glob of WATCHED) {
      const w = vscode.workspace.createFileSystemWatcher(glob);
      const changed = (uri: vscode.Uri) => this.changed(uri);
      this.disposables.push(w, w.onDidCreate(changed), w.onDidChange(changed), w.onDidDelete(changed));
    }
    this.disposables.push(
      // The watcher can lag (or not cover a file outside the workspace): a save in the editor counts too.
      vscode.workspace.onDidSaveTextDocument((d) => this.isConfigRelated(d.uri) && this.changed(d.uri)),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.reset('workspace trusted')),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.reset('workspace folders changed')),
    );
  }

  /** The plan for a doc when it is already resolved (always for untitled and virtual docs). */
  cached(doc: vscode.TextDocument): DocPlan | undefined {
    if (doc.uri.scheme !== 'file') return { plan: defaultPlan(), ownSchemas: false };
    return this.plans.get(doc.uri.fsPath);
  }

  /** Resolves a doc's plan (never throws: a broken config gives the default plan and its problems). */
  resolve(doc: vscode.TextDocument): Promise<DocPlan | undefined> {
    const hit = this.cached(doc);
    if (hit) return Promise.resolve(hit);
    const file = doc.uri.fsPath;
    let p = this.pending.get(file);
    if (!p) {
      p = this.load(doc.uri).finally(() => this.pending.get(file) === p && this.pending.delete(file));
      this.pending.set(file, p);
    }
    return p;
  }

  private async load(uri: vscode.Uri): Promise<DocPlan | undefined> {
    const file = uri.fsPath;
    const gen = this.generation;
    const resolver = this.resolverFor(uri);
    let result: DocPlan;
    try {
      const plan = await resolver.forFile(file);
      const cfg = plan.config;
      for (const s of cfg && !cfg.skippedSchemas ? (cfg.rc.schemas ?? []) : []) this.schemaFiles.add(path.resolve(cfg!.dir, s));
      result = { plan, configPath: cfg?.path, ownSchemas: !!cfg && (cfg.rc.schemas?.length ?? 0) > 0 && !cfg.skippedSchemas };
      if (gen === this.generation) {
        if (cfg) this.problems.delete(vscode.Uri.file(cfg.path));
        if (cfg?.skippedSchemas) this.sayUntrusted(cfg.path);
      }
    } catch (e) {
      // As the CLI: a ConfigError's own lines, anything else one line without a stack trace.
      const lines = e instanceof ConfigError ? e.lines : [`internal error: ${(e as Error).message}`];
      const configPath = e instanceof ConfigError ? e.file : undefined;
      result = { plan: defaultPlan(), configPath, problems: lines, ownSchemas: false };
      if (gen === this.generation) this.report(configPath, lines, gen);
    }
    // A config changed while this was resolving: onDidChange follows, and everything is resolved afresh.
    if (gen !== this.generation) return undefined;
    this.plans.set(file, result);
    return result;
  }

  /** A resolver per workspace folder (messages name files relative to it, as the CLI run from there). */
  private resolverFor(uri: vscode.Uri): ConfigResolver {
    const cwd = vscode.workspace.getWorkspaceFolder(uri)?.uri.fsPath ?? path.dirname(uri.fsPath);
    let r = this.resolvers.get(cwd);
    if (!r) {
      r = new ConfigResolver({ cwd, extraSchemas: vscode.workspace.isTrusted });
      this.resolvers.set(cwd, r);
    }
    return r;
  }

  /** One diagnostic per problem on the config file (at its key when found), and one notification per new text. */
  private report(configPath: string | undefined, lines: string[], gen: number): void {
    for (const l of lines) this.log.warn(`config: ${l}`);
    if (configPath) {
      const uri = vscode.Uri.file(configPath);
      void this.diagnosticsFor(uri, lines).then((d) => gen === this.generation && this.problems.set(uri, d));
    }
    const text = lines.map((l) => `mlsd-lint: ${l}`).join(' ');
    if (this.notified.has(text)) return;
    this.notified.add(text);
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} Design docs under it are linted with the default settings until it is fixed.', text));
  }

  private async diagnosticsFor(uri: vscode.Uri, lines: string[]): Promise<vscode.Diagnostic[]> {
    let text = '';
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      // unreadable: the problems go on its first line
    }
    const docLines = text.split(/\r?\n/);
    return lines.map((l) => {
      // "<file>: <key>: <message>": put it on the first line that names the key's last part
      const key = /^[^:]+: ([\w.[\]$-]+): /.exec(l)?.[1]?.replace(/\[\d+\]$/, '').split('.').pop();
      const escaped = key?.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
      const re = escaped ? new RegExp(`(^|[\\s"'{,-])${escaped}["']?\\s*:`) : undefined;
      const at = re ? docLines.findIndex((t) => re.test(t)) : -1;
      const line = Math.max(at, 0);
      const d = new vscode.Diagnostic(new vscode.Range(line, 0, line, docLines[line]?.length ?? 0), l, vscode.DiagnosticSeverity.Error);
      d.source = SOURCE;
      return d;
    });
  }

  private sayUntrusted(configPath: string): void {
    if (this.untrustedSaid) return;
    this.untrustedSaid = true;
    const msg = vscode.l10n.t('This workspace is not trusted: the extra schema files listed under "schemas" in {0} are not read; the rest of the config applies. Trust the workspace to use them.', configPath);
    this.log.info(msg);
    void vscode.window.showInformationMessage(`mlsd-lint: ${msg}`);
  }

  private isConfigRelated(uri: vscode.Uri): boolean {
    if (uri.scheme !== 'file') return false;
    const base = path.basename(uri.fsPath);
    return WATCHED_NAMES.includes(base) || this.schemaFiles.has(uri.fsPath);
  }

  private changed(uri: vscode.Uri): void {
    if (uri.scheme === 'file' && /[\\/]node_modules[\\/]/.test(uri.fsPath)) return;
    this.reset(`${uri.fsPath} changed`);
  }

  /** Drops every resolved plan (after a short pause: one save can fire several events) and says so. */
  private reset(why: string): void {
    this.generation++;
    if (this.resetTimer) clearTimeout(this.resetTimer);
    this.resetTimer = setTimeout(() => {
      this.resetTimer = undefined;
      this.generation++;
      this.log.info(`config: ${why}; resolving configs again`);
      this.resolvers = new Map();
      this.plans = new Map();
      this.pending = new Map();
      this.schemaFiles = new Set();
      this.problems.clear();
      this.notified.clear();
      this.emitter.fire();
    }, 100);
  }

  dispose(): void {
    if (this.resetTimer) clearTimeout(this.resetTimer);
    for (const d of this.disposables) d.dispose();
  }
}
