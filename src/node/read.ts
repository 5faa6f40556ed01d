/**
 * Reading files from disk: only regular files, never more than a size limit. A doc, config, ignore file,
 * schema or cache that is a FIFO (reading waits forever), a device such as /dev/zero (reading never ends)
 * or a socket is refused with a reason, without reading it; a file over the limit is refused by its size.
 */
import { constants, open, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { describeFsError, notRegularReason, tooBigReason, type FileKind, type Refusal } from '../core/index.js';

export { describeFsError, MAX_CONFIG_BYTES, MAX_IGNORE_BYTES, MAX_SCHEMA_BYTES, type Refusal } from '../core/index.js';

export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;
export const MAX_CACHE_BYTES = 256 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };
export type BytesResult = { ok: true; bytes: Buffer } | Refusal;

/** What is at a path, in the core's words (src/core/reading.ts words the refusals). */
export function kindOf(st: Stats): FileKind {
  if (st.isFile()) return 'file';
  if (st.isDirectory()) return 'directory';
  if (st.isFIFO()) return 'fifo';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  if (st.isSocket()) return 'socket';
  return 'other';
}

/**
 * The bytes of a regular file of at most `maxBytes` (`what` names the kind of file in the size refusal,
 * e.g. "for a config file"; `sizeHint` says how to get past it). Symlinks are followed, and the target
 * must be a regular file too. The file is checked by path first (a FIFO is never opened), then the opened
 * descriptor is checked again (the path may have changed in between) and read no further than the limit.
 */
export async function readRegular(path: string, maxBytes: number, what = '', sizeHint = ''): Promise<BytesResult> {
  const notRegular = (st: Stats): BytesResult | undefined => {
    const reason = notRegularReason(kindOf(st));
    return reason ? { ok: false, reason } : undefined;
  };
  const tooBig = (size: number): BytesResult => ({ ok: false, reason: tooBigReason(size, maxBytes, what, sizeHint) });
  try {
    const st = await stat(path);
    const bad = notRegular(st);
    if (bad) return bad;
    if (st.size > maxBytes) return tooBig(st.size);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, reason: describeFsError(e), ...(code === 'ENOENT' || code === 'ENOTDIR' ? { missing: true as const } : { unseen: true as const }) };
  }
  let fh;
  try {
    // O_NONBLOCK: opening a FIFO put there since the check returns at once instead of waiting for a writer.
    fh = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  } catch (e) {
    return { ok: false, reason: describeFsError(e) };
  }
  try {
    const st = await fh.stat();
    const bad = notRegular(st);
    if (bad) return bad;
    if (st.size > maxBytes) return tooBig(st.size);
    // Read up to one byte past the limit: a file that grows while it is read is still refused.
    const buf = Buffer.allocUnsafe(Math.min(st.size, maxBytes) + 1);
    let n = 0;
    for (;;) {
      if (n === buf.length) {
        if (n > maxBytes) return tooBig(n);
        break;
      }
      const { bytesRead } = await fh.read(buf, n, buf.length - n, n);
      if (bytesRead === 0) break;
      n += bytesRead;
    }
    if (n > maxBytes) return tooBig(n);
    return { ok: true, bytes: buf.subarray(0, n) };
  } catch (e) {
    return { ok: false, reason: describeFsError(e) };
  } finally {
    await fh.close().catch(() => {});
  }
}

/** The first `n` bytes of a regular file as text; undefined when it is absent or not a regular file. */
export async function readHead(path: string, n: number): Promise<string | undefined> {
  const st = await stat(path).catch(() => undefined);
  if (!st?.isFile()) return undefined;
  const fh = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0)).catch(() => undefined);
  if (!fh) return undefined;
  try {
    if (!(await fh.stat()).isFile()) return undefined;
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead).toString('utf8');
  } catch {
    return undefined;
  } finally {
    await fh.close().catch(() => {});
  }
}

/** A regular file's UTF-8 text (BOM dropped), or why it was not read. */
export async function readRegularText(path: string, maxBytes: number, what = '', sizeHint = ''): Promise<{ ok: true; text: string } | Refusal> {
  const r = await readRegular(path, maxBytes, what, sizeHint);
  if (!r.ok) return r;
  const text = r.bytes.toString('utf8');
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

export async function readDoc(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<ReadResult> {
  const r = await readRegular(path, maxBytes, '', '; split the doc, or raise the limit with --max-file-size');
  if (!r.ok) return { ok: false, reason: /regular file/.test(r.reason) ? `${r.reason}; lint Markdown files only` : r.reason };
  return decode(r.bytes);
}

/** Bytes to text: UTF-8, or UTF-16 when a byte-order mark says so; refuses binary data and invalid text, drops a BOM. */
export function decode(buf: Uint8Array): ReadResult {
  // UTF-16 (as Windows editors save "Unicode") is full of NUL bytes; its BOM tells it from binary data.
  const utf16 = buf[0] === 0xff && buf[1] === 0xfe ? 'utf-16le' : buf[0] === 0xfe && buf[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16) {
    try {
      return { ok: true, text: new TextDecoder(utf16, { fatal: true, ignoreBOM: true }).decode(buf.subarray(2)) };
    } catch {
      return { ok: false, reason: `starts with a ${utf16.toUpperCase()} byte-order mark but is not valid ${utf16.toUpperCase()}; save it as UTF-8 and lint again` };
    }
  }
  if (buf.includes(0)) return { ok: false, reason: 'looks binary (it contains NUL bytes); lint Markdown text files only' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { ok: false, reason: 'is not valid UTF-8; save it as UTF-8 and lint again' };
  }
}

/**
 * `text` as bytes in the encoding `original` was saved in (what `decode` read): its byte-order mark and
 * UTF-16 stay, so a fix changes no byte it does not mean to.
 */
export function encodeLike(original: Uint8Array, text: string): Buffer {
  if (original[0] === 0xff && original[1] === 0xfe) return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  if (original[0] === 0xfe && original[1] === 0xff) return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
  const bom = original[0] === 0xef && original[1] === 0xbb && original[2] === 0xbf;
  return bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]) : Buffer.from(text, 'utf8');
}
