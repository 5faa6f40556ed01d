/**
 * The bundles' parser (scripts/compile-context.mjs: one context object for every event of
 * mdast-util-from-markdown's events-to-mdast step; scripts/constructs-once.mjs: micromark's constructs
 * merged once per extension array, not on every parse) must build the trees the package as published
 * builds: same nodes, same positions, on every fixture, generated design docs and random Markdown. The
 * plugins must also refuse a package source they do not know, and every bundle that parses must use them.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import fc from 'fast-check';
import { parseWhole } from '../../src/core/chunks.js';
import { listFixtures } from '../support/fixtures.js';
import { markdownDoc } from '../support/markdown-arb.js';
import { SEED } from '../support/properties.js';
import { realisticDoc } from '../../bench/corpus.js';

interface Plugin {
  name: string;
  setup(build: unknown): void;
}
const pluginUrl = pathToFileURL(join(process.cwd(), 'scripts', 'compile-context.mjs')).href;
const constructsUrl = pathToFileURL(join(process.cwd(), 'scripts', 'constructs-once.mjs')).href;
const RUNS = Number(process.env.MLSD_PROPERTY_RUNS ?? 300);

describe('bundled parser (scripts/compile-context.mjs, scripts/constructs-once.mjs)', function () {
  this.timeout(120_000);
  let dir: string;
  let patched: typeof parseWhole;

  before(async () => {
    const { compileContext } = (await import(pluginUrl)) as { compileContext: Plugin };
    const { constructsOnce } = (await import(constructsUrl)) as { constructsOnce: Plugin };
    dir = mkdtempSync(join(tmpdir(), 'mlsd-compile-context-'));
    const out = join(dir, 'chunks.mjs');
    const result = await build({
      entryPoints: [join(process.cwd(), 'out', 'src', 'core', 'chunks.js')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile: out,
      logLevel: 'silent',
      write: true,
      metafile: true,
      plugins: [compileContext as never, constructsOnce as never],
    });
    const bundled = readFileSync(out, 'utf8');
    assert.match(bundled, /\(context\.sliceSerialize = /, 'the plugin patched the bundled compile step');
    assert.doesNotMatch(bundled, /\.\.\.context,\s*sliceSerialize/, 'no per-event copy is left');
    assert.match(bundled, /mlsdConstructsOf\(settings\.extensions\)/, 'the plugin patched micromark\'s parse');
    assert.doesNotMatch(bundled, /combineExtensions\(\[defaultConstructs, \.\.\.\(settings\.extensions/, 'no per-parse merge is left');
    assert.ok(Object.keys(result.metafile!.inputs).some((f) => f.includes('mdast-util-from-markdown')));
    patched = ((await import(pathToFileURL(out).href)) as { parseWhole: typeof parseWhole }).parseWhole;
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const same = (text: string, what: string): void => {
    assert.deepEqual(JSON.parse(JSON.stringify(patched(text))), JSON.parse(JSON.stringify(parseWhole(text))), `tree differs for ${what}`);
  };

  it('builds the same tree for every fixture', () => {
    const files = listFixtures();
    assert.ok(files.length > 100);
    for (const f of files) same(readFileSync(f, 'utf8'), f);
  });

  it('builds the same tree for generated design docs and random Markdown', () => {
    for (let i = 0; i < 40; i++) same(realisticDoc(i), `realisticDoc(${i})`);
    fc.assert(
      fc.property(markdownDoc, (text) => same(text, JSON.stringify(text))),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('the shipped bundle merges the constructs once per extension array (bundle/, built by npm run build)', () => {
    const parser = readdirSync('bundle')
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join('bundle', f), 'utf8'))
      .find((src) => src.includes('function createTokenizer('));
    assert.ok(parser, 'a bundle/ file holds micromark');
    assert.ok(/mlsdConstructsOf\(settings\.extensions\)/.test(parser), 'bundle/ merges the constructs once: built with scripts/constructs-once.mjs');
    assert.ok(!/combineExtensions\(\[defaultConstructs, \.\.\.\(settings\.extensions/.test(parser), 'bundle/ has no per-parse merge left');
  });

  // Each bundle-time patch fails the build when its package no longer has the code it replaces.
  const patches = [
    { url: () => pluginUrl, exported: 'compileContext', dir: ['mdast-util-from-markdown', 'lib', 'index.js'], code: 'export function fromMarkdown() { return { ...context, sliceSerialize: 1 } }\n', error: /expected 3 per-event context copies .* found 0; mdast-util-from-markdown changed/ },
    { url: () => constructsUrl, exported: 'constructsOnce', dir: ['micromark', 'lib', 'parse.js'], code: 'export function parse(options) { return combineExtensions(options.extensions) }\n', error: /expected 1 merge of the extensions .* found 0; micromark changed/ },
  ];
  for (const p of patches) {
    it(`fails the build when ${p.dir[0]} no longer has the code ${p.exported} replaces`, async () => {
      const plugin = ((await import(p.url())) as Record<string, Plugin>)[p.exported]!;
      const { mkdirSync } = await import('node:fs');
      const fake = join(dir, 'node_modules', ...p.dir.slice(0, -1));
      mkdirSync(fake, { recursive: true });
      const file = join(fake, p.dir[p.dir.length - 1]!);
      writeFileSync(file, p.code);
      await assert.rejects(build({ entryPoints: [file], bundle: true, write: false, logLevel: 'silent', plugins: [plugin as never] }), p.error);
    });
  }
});
