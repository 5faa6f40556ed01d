/** Entry point the VS Code extension host loads (extensionTestsPath): runs the mocha suite. */
import * as path from 'node:path';

// mocha >= 11 is ESM-first: take the named export when there is one (Node 20.19+ require(esm)).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const mochaModule = require('mocha');
const Mocha: typeof import('mocha') = mochaModule.Mocha || mochaModule;

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30000 });
  if (process.env.MOCHA_GREP) mocha.grep(process.env.MOCHA_GREP);
  // MLSD_SUITE=untrusted: the Restricted Mode suite (its own workspace and user settings; see package.json).
  mocha.addFile(path.resolve(__dirname, process.env.MLSD_SUITE === 'untrusted' ? 'untrusted.test.cjs' : 'extension.test.cjs'));
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} tests failed.`)) : resolve()));
      // The closing line CI reads, as the unit suite's reporter prints it.
      runner.once('end', () => {
        const s = runner.stats;
        if (s) console.log(`vscode: ${s.passes} passed, ${s.failures} failed, ${s.pending} skipped`);
      });
    } catch (err) {
      reject(err);
    }
  });
}
