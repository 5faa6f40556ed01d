/** Reading a doc from disk, with clear refusals for what is not a Markdown text file. */
import { readFile, stat } from 'node:fs/promises';

export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

export async function readDoc(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<ReadResult> {
  let size: number;
  try {
    const st = await stat(path);
    if (st.isDirectory()) return { ok: false, reason: 'is a directory, not a file' };
    size = st.size;
  } catch (e) {
    return { ok: false, reason: describeFsError(e) };
  }
  if (size > maxBytes) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return { ok: false, reason: `is ${mb(size)}, over the ${mb(maxBytes)} limit; split the doc, or raise the limit with --max-file-size` };
  }
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (e) {
    return { ok: false, reason: describeFsError(e) };
  }
  return decode(buf);
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

export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  return `cannot be read (${(e as Error).message})`;
}
