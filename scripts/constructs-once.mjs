/**
 * An esbuild plugin for every bundle that holds the parser (bundle/, the VS Code extension's servers, the
 * web server), beside compile-context.mjs: micromark's `parse(options)` merges the default constructs
 * with the extensions' (`combineExtensions`) on every call, into a new table of a few hundred hooks. The
 * processors of src/core/chunks.ts hand it the same extension array every time (unified's frozen data),
 * and the chunked parse calls it for every piece: about ten times per doc in a CLI run, once per edit in
 * the editor. That merge was ~25 µs of a ~60 µs parse of a one-line piece, about 1.5 % of the CPU of a
 * CLI lint of the bench corpus, and 3 % of what it allocated.
 *
 * The bundles merge once per extension array (kept in a WeakMap, made again if the array's length
 * changed). Nothing writes to the merged table: micromark and the extensions only read
 * `parser.constructs`, so one table serves every parse that was handed the same array.
 * test/unit/compile-context.test.ts holds the bundled parser to the unpatched one on every fixture.
 *
 * The build fails when micromark's source no longer has exactly the one merge this replaces.
 * tsc's out/ (the tests' and the in-process benches' library) is not bundled and runs the package as it is.
 */
import { sourcePatch } from './source-patch.mjs';

const HELPER = `
/** The merged constructs of an extension array, made once per array (scripts/constructs-once.mjs). */
const mlsdMerged = new WeakMap();
function mlsdConstructsOf(extensions) {
  if (!Array.isArray(extensions)) return combineExtensions([defaultConstructs, ...(extensions || [])]);
  let kept = mlsdMerged.get(extensions);
  if (!kept || kept.length !== extensions.length) {
    kept = { length: extensions.length, constructs: combineExtensions([defaultConstructs, ...extensions]) };
    mlsdMerged.set(extensions, kept);
  }
  return kept.constructs;
}
`;

export const constructsOnce = sourcePatch({
  name: 'mlsd-constructs-once',
  script: 'constructs-once.mjs',
  file: /[\\/]micromark[\\/](?:dev[\\/])?lib[\\/]parse\.js$/,
  pattern: /combineExtensions\(\[defaultConstructs, \.\.\.\(settings\.extensions \|\| \[\]\)\]\)/g,
  count: 1,
  replacement: 'mlsdConstructsOf(settings.extensions)',
  append: HELPER,
  what: 'merge of the extensions',
  pkg: 'micromark',
});
