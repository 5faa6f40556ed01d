/**
 * Config resolution for the server in a browser: the core's ConfigResolver (the one the CLI and the desktop
 * use) over the client's file system. A doc's URI is split into its root (`scheme://authority`) and its
 * path; the resolver works on the path (POSIX), and each look or read goes to the client as `mlsd/stat` or
 * `mlsd/readFile` on the root plus the path. The workspace file system resolves no symlinks for us: a team
 * schema path is checked for containment as written. What the browser cannot do is said once.
 */
import type { Connection } from 'vscode-languageserver';
import { ConfigResolver, posixPath, type ConfigFs } from '../core/index.js';
import { l10n } from './l10n.js';
import { defaultDocPlan, docPlanOf } from './plan.js';
import * as P from './protocol.js';
import type { LintRunner } from './runner.js';
import type { DocPlan, ServerHost } from './service.js';

/** `scheme://authority` and the decoded path of a URI. */
function split(uri: string): { root: string; path: string } | undefined {
  const m = /^([a-zA-Z][\w+.-]*:\/\/[^/]*)(\/[^?#]*)?/.exec(uri);
  if (!m) return undefined;
  return { root: m[1]!, path: decodeURIComponent(m[2] ?? '/') };
}

const join = (root: string, path: string) => root + path.split('/').map(encodeURIComponent).join('/');

export class BrowserConfigHost implements ServerHost {
  private resolvers = new Map<string, ConfigResolver>();
  private folders: string[] = [];
  readonly limits = [l10n.t('mlsd-lint in the browser: .gitignore files apply only where the workspace holds the repository\'s .git (not in github.dev or vscode.dev); the config\'s "ignores" apply everywhere.')];

  constructor(
    private readonly connection: Connection,
    readonly runner: LintRunner,
  ) {}

  setFolders(uris: string[]): void {
    this.folders = uris;
  }

  private fs(root: string): ConfigFs {
    return {
      stat: async (path) => {
        const r = await this.connection.sendRequest<P.StatResult>(P.StatRequest, { uri: join(root, path) } satisfies P.StatParams);
        if ('kind' in r) return { kind: r.kind, size: r.size };
        if (r.missing) return undefined;
        throw Object.assign(new Error(r.error ?? 'unreadable'), { code: r.error });
      },
      readFile: async (path) => {
        const r = await this.connection.sendRequest<P.ReadFileResult>(P.ReadFileRequest, { uri: join(root, path) } satisfies P.ReadFileParams);
        if ('text' in r) return r.text;
        if (r.missing) return undefined;
        throw Object.assign(new Error(r.error ?? 'unreadable'), { code: r.error });
      },
      path: posixPath,
      toUrl: (path) => join(root, path),
    };
  }

  private resolverFor(uri: string, trusted: boolean): { resolver: ConfigResolver; root: string; path: string } | undefined {
    const at = split(uri);
    if (!at) return undefined;
    const folder = this.folders.filter((f) => uri.startsWith(f.replace(/\/?$/, '/'))).sort((a, b) => b.length - a.length)[0];
    const cwd = folder ? (split(folder)?.path ?? '/') : posixPath.dirname(at.path);
    const key = `${trusted}\0${at.root}\0${cwd}`;
    let resolver = this.resolvers.get(key);
    if (!resolver) this.resolvers.set(key, (resolver = new ConfigResolver({ cwd, extraSchemas: trusted }, this.fs(at.root))));
    return { resolver, root: at.root, path: at.path };
  }

  async planFor(uri: string, trusted: boolean): Promise<DocPlan> {
    if (uri.startsWith('untitled:')) return defaultDocPlan();
    const r = this.resolverFor(uri, trusted);
    if (!r) return defaultDocPlan();
    return docPlanOf(() => r.resolver.forFile(r.path), posixPath, (p) => join(r.root, p));
  }

  reset(): void {
    this.resolvers = new Map();
  }

  async readFile(uri: string): Promise<string | undefined> {
    const r = await this.connection.sendRequest<P.ReadFileResult>(P.ReadFileRequest, { uri } satisfies P.ReadFileParams).catch(() => undefined);
    return r && 'text' in r ? r.text : undefined;
  }
}
