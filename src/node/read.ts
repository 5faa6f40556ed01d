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

/** Bytes to text: refuses binary data and invalid UTF-8, drops a BOM. */
export function decode(buf: Uint8Array): ReadResult {
  if (buf.includes(0)) return { ok: false, reason: 'looks binary (it contains NUL bytes); lint Markdown text files only' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { ok: false, reason: 'is not valid UTF-8; save it as UTF-8 and lint again' };
  }
}

export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  return `cannot be read (${(e as Error).message})`;
}
