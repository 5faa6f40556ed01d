/**
 * How a pathological shape's lint time grows with its size (issue 17): each shape of bench/hostile.ts at
 * each size is linted in a fresh process, and the CPU time of `lint()` (all threads of the process, so the
 * collector's too) and the peak RSS are printed. CPU time, not wall time: on a shared machine wall time
 * measures the neighbours.
 *
 *   node out/bench/linearity.js [shape,shape,...] [bytes,bytes,...]
 *   (default: the container-heavy shapes at 256 KB, 512 KB and 1 MB)
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Linter } from '../src/core/index.js';
import { HOSTILE_SHAPES } from './hostile.js';

const CONTAINER_HEAVY = ['nested-list-dash', 'nested-list-items', 'ordered-99-deep', 'quote-paragraphs', 'item-paragraphs', 'short-paragraphs', 'blank-lines', 'paragraph-lines', 'blank-lines-in-html'];

if (process.env.MLSD_LINEARITY_CHILD) {
  const [name, bytes] = process.env.MLSD_LINEARITY_CHILD.split(':');
  const shape = HOSTILE_SHAPES.find((s) => s.name === name)!;
  const linter = new Linter();
  linter.lint('# Design\n\n## Evaluation\n\nTODO\n'); // compile the schemas first
  const text = shape.make(Number(bytes));
  const c0 = process.cpuUsage();
  linter.lint(text);
  const c = process.cpuUsage(c0);
  process.stdout.write(JSON.stringify({ cpuMs: (c.user + c.system) / 1000, rssMb: process.resourceUsage().maxRSS / 1024 }));
} else {
  const names = process.argv[2] ? process.argv[2].split(',') : CONTAINER_HEAVY;
  const sizes = (process.argv[3] ?? '262144,524288,1048576').split(',').map(Number);
  for (const name of names) {
    if (!HOSTILE_SHAPES.some((s) => s.name === name)) throw new Error(`no shape ${name} in bench/hostile.ts`);
    const cells: string[] = [];
    for (const n of sizes) {
      const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url)], { env: { ...process.env, MLSD_LINEARITY_CHILD: `${name}:${n}` }, encoding: 'utf8' });
      const m = r.status === 0 ? (JSON.parse(r.stdout) as { cpuMs: number; rssMb: number }) : undefined;
      cells.push(m ? `${(m.cpuMs / 1000).toFixed(1)} s, ${Math.round(m.rssMb)} MB` : `failed (${r.status ?? r.signal})`);
    }
    console.log(`| ${name} | ${cells.join(' | ')} |`);
  }
}
