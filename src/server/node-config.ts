/**
 * Config resolution for the server on Node: the CLI's ConfigResolver (src/node/config.ts), one per
 * workspace folder (messages name files relative to it, as the CLI run from there), files through `fs`.
 * Docs that are not files (unsaved, virtual) get the defaults.
 */
import { realpath } from 'node:fs/promises';
import path, { dirname, isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ConfigResolver } from '../node/config.js';
import { MAX_SCHEMA_BYTES, readRegularText } from '../node/read.js';
import { defaultDocPlan, docPlanOf } from './plan.js';
import type { LintRunner } from './runner.js';
import type { DocPlan, ServerHost } from './service.js';

export class NodeConfigHost implements ServerHost {
  private resolvers = new Map<string, ConfigResolver>();
  private folders: string[] = [];

  constructor(readonly runner: LintRunner) {}

  setFolders(uris: string[]): void {
    this.folders = uris.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
  }

  private resolverFor(file: string, trusted: boolean): ConfigResolver {
    const cwd = this.folders.filter((f) => file.startsWith(f.replace(/\/?$/, '/'))).sort((a, b) => b.length - a.length)[0] ?? (this.folders.length === 0 ? process.cwd() : dirname(file));
    const key = `${trusted}\0${cwd}`;
    let r = this.resolvers.get(key);
    if (!r) this.resolvers.set(key, (r = new ConfigResolver({ cwd, extraSchemas: trusted })));
    return r;
  }

  async planFor(uri: string, trusted: boolean): Promise<DocPlan> {
    if (!uri.startsWith('file:')) return defaultDocPlan();
    const file = fileURLToPath(uri);
    return docPlanOf(() => this.resolverFor(file, trusted).forFile(file), path, (p) => pathToFileURL(p).href);
  }

  reset(): void {
    this.resolvers = new Map();
  }

  async staysInside(uri: string, folder: string): Promise<boolean> {
    if (!uri.startsWith('file:') || !folder.startsWith('file:')) return true;
    const [real, root] = await Promise.all([realpath(fileURLToPath(uri)).catch(() => undefined), realpath(fileURLToPath(folder)).catch(() => fileURLToPath(folder))]);
    if (real === undefined) return true; // missing: reported as unreadable
    const rel = relative(root, real);
    return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
  }

  /** A regular file within the schema size limit (a FIFO or a link to a device is refused, not read). */
  async readFile(uri: string): Promise<string | undefined> {
    const read = await readRegularText(uri.startsWith('file:') ? fileURLToPath(uri) : uri, MAX_SCHEMA_BYTES, 'for a schema file');
    return read.ok ? read.text : undefined;
  }
}
