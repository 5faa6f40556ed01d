/**
 * The rules for reading the files a linter reads besides docs (configs, ignore files, team schemas), over a
 * small file-system interface: Node's `fs` (src/node/config.ts) or the editor's workspace file system (the
 * browser server asks the client). Only regular files are read (a named pipe waits forever, a device such
 * as /dev/zero never ends), never more than a size limit, and the reasons a file is refused are worded
 * here, once, for every file system.
 */

/** What is at a path, symlinks followed. */
export type FileKind = 'file' | 'directory' | 'fifo' | 'device' | 'socket' | 'other';

export interface FileStat {
  kind: FileKind;
  /** Bytes (0 when unknown). */
  size: number;
}

/** Path operations of the file system's paths (node:path on Node, `posixPath` for URI paths). */
export interface PathOps {
  dirname(p: string): string;
  join(...parts: string[]): string;
  relative(from: string, to: string): string;
  resolve(...parts: string[]): string;
  isAbsolute(p: string): boolean;
  sep: string;
}

/** An error of the file system: a `code` (ENOENT, EACCES, ...) or the refusal's words (`reason`). */
export interface FsError {
  code?: string;
  reason?: string;
  message?: string;
}

/** What config discovery, ignore files and team schemas need of a file system. */
export interface ConfigFs {
  path: PathOps;
  /** What is at `path` (symlinks followed); undefined when nothing is. Throws an FsError when it cannot be looked at. */
  stat(path: string): Promise<FileStat | undefined>;
  /**
   * The UTF-8 text of a regular file, reading at most `maxBytes + 1` bytes (so a file that grew past the
   * limit since `stat` is seen to be over it); undefined when it no longer exists. Throws an FsError when it
   * cannot be read or is no longer a regular file. Called only after `stat` said a regular file within the limit.
   */
  readFile(path: string, maxBytes: number): Promise<string | undefined>;
  /** The path with symlinks resolved, undefined when it does not exist; without it, paths are taken as written. */
  realpath?(path: string): Promise<string | undefined>;
  /** A file's URL: the base of a team schema's `$ref`s. */
  toUrl(path: string): string;
  /** A short digest of a text (the config's cache fingerprint); default: the text itself. */
  digest?(text: string): string;
}

/** Limits for the files a linter reads besides docs: no real one comes near them. */
export const MAX_CONFIG_BYTES = 1024 * 1024;
export const MAX_IGNORE_BYTES = 1024 * 1024;
export const MAX_SCHEMA_BYTES = 4 * 1024 * 1024;

/**
 * `missing`: the file does not exist (callers that look for optional files skip it silently);
 * `unseen`: it could not even be looked at (a folder on its path may not be searched).
 */
export type Refusal = { ok: false; reason: string; missing?: true; unseen?: true };
export type TextResult = { ok: true; text: string } | Refusal;

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

const KIND_WORDS: Record<Exclude<FileKind, 'file' | 'directory'>, string> = { fifo: 'a named pipe', device: 'a device', socket: 'a socket', other: 'not a file' };

/** Why a file of this kind is not read, or undefined for a regular file. */
export function notRegularReason(kind: FileKind): string | undefined {
  if (kind === 'file') return undefined;
  if (kind === 'directory') return 'is a directory, not a file';
  return `is not a regular file (${KIND_WORDS[kind]})`;
}

/** Why a file of `size` bytes is not read (`what`: "for a config file"; `hint`: how to get past it). */
export function tooBigReason(size: number, maxBytes: number, what = '', hint = ''): string {
  return `is ${size > maxBytes ? mb(size) : `over ${mb(maxBytes)}`}, over the ${mb(maxBytes)} limit${what ? ` ${what}` : ''}${hint}`;
}

/** An error of the file system in a reason's words. */
export function describeFsError(e: unknown): string {
  const err = (e ?? {}) as FsError;
  if (err.reason) return err.reason;
  if (err.code === 'ENOENT') return 'does not exist';
  if (err.code === 'EACCES' || err.code === 'EPERM' || err.code === 'NoPermissions') return 'cannot be read (permission denied)';
  return `cannot be read (${err.message ?? err.code ?? 'unknown error'})`;
}

const utf8Length = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
};

/**
 * A regular file's text (BOM dropped) of at most `maxBytes`, or why it was not read. It is looked at first
 * (a named pipe or a device is never opened), then read no further than the limit.
 */
export async function readRegularText(fs: ConfigFs, path: string, maxBytes: number, what = ''): Promise<TextResult> {
  let st: FileStat | undefined;
  try {
    st = await fs.stat(path);
  } catch (e) {
    const code = (e as FsError | undefined)?.code;
    return code === 'ENOTDIR' ? { ok: false, reason: 'does not exist', missing: true } : { ok: false, reason: describeFsError(e), unseen: true };
  }
  if (!st) return { ok: false, reason: 'does not exist', missing: true };
  const bad = notRegularReason(st.kind);
  if (bad) return { ok: false, reason: bad };
  if (st.size > maxBytes) return { ok: false, reason: tooBigReason(st.size, maxBytes, what) };
  let text: string | undefined;
  try {
    text = await fs.readFile(path, maxBytes);
  } catch (e) {
    return { ok: false, reason: describeFsError(e) };
  }
  if (text === undefined) return { ok: false, reason: 'does not exist', missing: true };
  const size = utf8Length(text);
  if (size > maxBytes) return { ok: false, reason: tooBigReason(size, maxBytes, what) };
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** Whether something is at `path` (a folder or a file, e.g. `.git`). */
export async function exists(fs: ConfigFs, path: string): Promise<boolean> {
  return fs.stat(path).then(
    (s) => s !== undefined,
    () => false,
  );
}

/**
 * Whether `abs` lies outside `root`: by its path (`'path'`), or only once symlinks are followed (`'link'`).
 * A path that does not exist is not outside (it is reported as missing).
 */
export async function outsideOf(fs: ConfigFs, abs: string, root: string): Promise<'path' | 'link' | undefined> {
  const { relative, isAbsolute, sep } = fs.path;
  const within = (p: string, r: string) => {
    const rel = relative(r, p);
    return rel === '' || (!rel.startsWith(`..${sep}`) && !rel.startsWith('../') && rel !== '..' && !isAbsolute(rel));
  };
  if (!within(abs, root)) return 'path';
  if (!fs.realpath) return undefined;
  const [realAbs, realRoot] = await Promise.all([fs.realpath(abs).catch(() => undefined), fs.realpath(root).catch(() => root)]);
  if (realAbs !== undefined && !within(realAbs, realRoot ?? root)) return 'link';
  return undefined;
}
