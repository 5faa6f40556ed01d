/**
 * An in-memory file system for the core's config resolver (src/core/config-resolver.ts), as the browser
 * server's (files through the client) is: POSIX paths, no disk. Entries may be folders, regular files, or
 * other kinds (a named pipe, a device) whose reading would hang, so a test can check they are never read.
 */
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { posixPath, type ConfigFs, type FileStat } from '../../src/core/index.js';

export type MemEntry = string | { kind: FileStat['kind'] } | { link: string };

export interface MemFs extends ConfigFs {
  /** Every path read with readFile, in order. */
  readonly reads: string[];
}

/** `files`: absolute POSIX path -> text, `{ kind }` or `{ link: target }`; folders are implied by the paths. */
export function memFs(files: Record<string, MemEntry>): MemFs {
  const entries = new Map<string, MemEntry>(Object.entries(files));
  for (const p of Object.keys(files)) {
    for (let d = posixPath.dirname(p); d !== '/' && !entries.has(d); d = posixPath.dirname(d)) entries.set(d, { kind: 'directory' });
  }
  const follow = (p: string, depth = 0): string => {
    // a link anywhere on the path, as the OS follows them
    const parts = p.split('/').filter(Boolean);
    let at = '';
    for (let i = 0; i < parts.length; i++) {
      at = `${at}/${parts[i]}`;
      const e = entries.get(at);
      if (e && typeof e === 'object' && 'link' in e && depth < 40) return follow(posixPath.resolve(posixPath.dirname(at), e.link, ...parts.slice(i + 1)), depth + 1);
    }
    return at || '/';
  };
  const reads: string[] = [];
  return {
    reads,
    path: posixPath,
    toUrl: (p) => pathToFileURL(p).href,
    digest: (t) => createHash('sha256').update(t).digest('hex'),
    async stat(p) {
      const e = entries.get(follow(p));
      if (e === undefined) return undefined;
      if (typeof e === 'string') return { kind: 'file', size: Buffer.byteLength(e) };
      return { kind: 'kind' in e ? e.kind : 'other', size: 0 };
    },
    async readFile(p) {
      reads.push(p);
      const e = entries.get(follow(p));
      if (typeof e === 'string') return e;
      if (e === undefined) return undefined;
      throw new Error(`${p} is not a regular file and must never be read`);
    },
    async realpath(p) {
      const r = follow(p);
      return entries.has(r) ? r : undefined;
    },
  };
}
