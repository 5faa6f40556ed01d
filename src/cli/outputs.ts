/**
 * Several reports in one run: each `--format` may be followed by its own `--output-file`
 * (`--format sarif --output-file x.sarif --format stylish` → SARIF to the file, stylish to stdout).
 * An `--output-file` given before any `--format` pairs with the next one, or with the default
 * stylish output when no `--format` follows (ESLint's `-o report.txt`).
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { once } from 'node:events';
import { dirname, resolve } from 'node:path';
import { FORMATTERS, type FormatContext } from './formatters/index.js';
import type { FileResult } from './result.js';

export interface OutputSpec {
  format: string;
  file?: string;
}

interface OptionToken {
  kind: string;
  name?: string;
  value?: string;
}

/** Pairs formats with output files in the order they were given. Throws a usage message on misuse. */
export function planOutputs(tokens: readonly OptionToken[]): OutputSpec[] {
  const outs: OutputSpec[] = [];
  let pending: string | undefined;
  let last: OutputSpec | undefined;
  for (const t of tokens) {
    if (t.kind !== 'option' || t.value === undefined) continue;
    if (t.name === 'format') {
      last = { format: t.value };
      if (pending !== undefined) {
        last.file = pending;
        pending = undefined;
      }
      outs.push(last);
    } else if (t.name === 'output-file') {
      if (last && last.file === undefined && pending === undefined) last.file = t.value;
      else if (pending === undefined) pending = t.value;
      else throw new Error(`--output-file "${pending}" and "${t.value}" both wait for a --format; give each output file its own --format`);
    }
  }
  if (pending !== undefined) {
    if (outs.length > 0) throw new Error(`--output-file "${pending}" has no --format after it to write; put it right after the --format it is for`);
    outs.push({ format: 'stylish', file: pending });
  }
  if (outs.length === 0) outs.push({ format: 'stylish' });
  for (const o of outs) {
    if (!FORMATTERS[o.format]) throw new Error(`unknown format "${o.format}"; use one of: ${Object.keys(FORMATTERS).join(', ')}`);
  }
  const files = outs.filter((o) => o.file !== undefined).map((o) => resolve(o.file!));
  const dup = files.find((f, i) => files.indexOf(f) !== i);
  if (dup) throw new Error(`two formats write to the same file "${dup}"; give each its own --output-file`);
  return outs;
}

export interface WriteOptions {
  /** `--color` (true), `--no-color` (false), or neither. */
  color?: boolean;
  isTTY: boolean;
  stdout: (s: string) => void;
}

/** Formats the results once per output and writes them; returns the output files that could not be written. */
export async function writeOutputs(outs: readonly OutputSpec[], results: readonly FileResult[], ctx: Omit<FormatContext, 'color'>, opts: WriteOptions): Promise<string[]> {
  const failed: string[] = [];
  for (const o of outs) {
    const color = opts.color ?? (opts.isTTY && o.file === undefined);
    const report = FORMATTERS[o.format]!(results, { ...ctx, color });
    const pieces = typeof report === 'string' ? [report] : report;
    if (o.file === undefined) {
      for (const piece of pieces) opts.stdout(piece);
      continue;
    }
    try {
      const path = resolve(ctx.cwd, o.file);
      await mkdir(dirname(path), { recursive: true });
      await writePieces(path, pieces);
    } catch (e) {
      failed.push(`cannot write ${o.file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  }
  return failed;
}

/** Writes a report piece by piece, waiting for the file to take each batch (no one string of it all). */
async function writePieces(path: string, pieces: Iterable<string>): Promise<void> {
  const out = createWriteStream(path);
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => {});
  try {
    for (const piece of pieces) {
      if (!out.write(piece)) await Promise.race([once(out, 'drain'), failed]);
    }
    out.end();
    await Promise.race([once(out, 'finish'), failed]);
  } finally {
    out.destroy();
  }
}
