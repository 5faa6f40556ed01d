/**
 * An esbuild plugin for every bundle that holds the parser (bundle/, the VS Code extension's server, the
 * web server): mdast-util-from-markdown's `compile` (events to mdast) makes a new context object for
 * every event it hands to a handler, `{...context, sliceSerialize: events[i][2].sliceSerialize}`. That
 * copy of a nine-field object per event was about a tenth of the CPU of a CLI lint of the bench corpus
 * (the copy and the garbage it leaves: in-process A/B of the bundle, 343 docs, 0.88x with this plugin).
 * The bundles set `sliceSerialize` on the one context instead, before each handler call.
 *
 * The same tree comes out: the handlers (the package's and the GFM and front-matter ones this project
 * registers) read `this` during their own call only and never assign a field of it, so one object whose
 * `sliceSerialize` is the current event's is what each of them saw before. test/unit/compile-context.test.ts
 * holds the bundled parser to the unpatched one on every fixture.
 *
 * The build fails when the package's source no longer has exactly the three copies this replaces (an
 * update changed it: look again at whether the patch still holds, then change the pattern or drop it).
 * tsc's out/ (the tests' and the in-process benches' library) is not bundled and runs the package as it is.
 */
import { sourcePatch } from './source-patch.mjs';

export const compileContext = sourcePatch({
  name: 'mlsd-compile-context',
  script: 'compile-context.mjs',
  file: /[\\/]mdast-util-from-markdown[\\/](?:dev[\\/])?lib[\\/]index\.js$/,
  pattern: /\{\s*\.\.\.context,\s*sliceSerialize: events\[index\]\[2\]\.sliceSerialize\s*\}/g,
  count: 3,
  replacement: '(context.sliceSerialize = events[index][2].sliceSerialize, context)',
  what: 'per-event context copies',
  pkg: 'mdast-util-from-markdown',
});
