/**
 * Config resolution on Node (the CLI, the language server on the desktop): the core's resolver
 * (src/core/config-resolver.ts) over `fs`. Reading follows ./read.ts: a file is looked at by path first, then
 * opened without blocking, checked again by its descriptor, and read no further than the limit.
 */
import { createHash } from 'node:crypto';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigResolver as CoreResolver, type ConfigFs, type ResolverOptions } from '../core/index.js';
import { kindOf, readRegularText } from './read.js';

export { CONFIG_NAMES, ConfigError, defaultPlan, lintOptionsFor, type FilePlan, type LoadedConfig, type Rc, type RcSettings, type ResolverOptions } from '../core/index.js';

/** The local disk as the config resolver sees it. */
export const nodeFs: ConfigFs = {
  path,
  async stat(p) {
    try {
      const st = await stat(p);
      return { kind: kindOf(st), size: st.size };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
      throw e;
    }
  },
  async readFile(p, maxBytes) {
    const read = await readRegularText(p, maxBytes);
    if (read.ok) return read.text;
    if (read.missing) return undefined;
    throw { reason: read.reason };
  },
  realpath: (p) => realpath(p).catch(() => undefined),
  toUrl: (p) => pathToFileURL(p).href,
  digest: (text) => createHash('sha256').update(text).digest('hex'),
};

/** The core's resolver over the local disk. */
export class ConfigResolver extends CoreResolver {
  constructor(opts: ResolverOptions) {
    super(opts, nodeFs);
  }
}
