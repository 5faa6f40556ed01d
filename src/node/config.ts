/**
 * Config files on Node: the pure resolver (src/core/config-resolver.ts) over `fs`, node:path, .gitignore
 * (./gitignore.ts) and a sha256 fingerprint. The CLI and the language server on Node use this; the
 * language server in the browser gives the same resolver the editor's file system instead.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigResolver as CoreResolver, type ConfigFs, type ResolverOptions } from '../core/config-resolver.js';
import { GitIgnore } from './gitignore.js';

export { CONFIG_NAMES, ConfigError, defaultPlan, type FilePlan, type LoadedConfig, type Rc, type RcSettings, type ResolverOptions } from '../core/config-resolver.js';
export { lintOptionsFor } from '../core/config.js';

/** `fs` as the resolver's file system: a missing file (or a folder) is undefined, an unreadable one throws. */
export function nodeConfigFs(): ConfigFs {
  const git = new GitIgnore();
  return {
    async readFile(p) {
      try {
        return await readFile(p, 'utf8');
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined;
        // A config that exists but cannot be read is an error; a folder we may not look into is not.
        if (!(await stat(p).then((st) => st.isFile(), () => false))) return undefined;
        throw e;
      }
    },
    path,
    toUrl: (p) => pathToFileURL(p).href,
    gitIgnoredBy: (abs) => git.ignoredBy(abs),
    digest: (text) => createHash('sha256').update(text).digest('hex'),
  };
}

export class ConfigResolver extends CoreResolver {
  constructor(opts: ResolverOptions) {
    super(opts, nodeConfigFs());
  }
}
