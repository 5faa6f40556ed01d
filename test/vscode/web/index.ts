/**
 * Entry point of the web suite (extensionTestsPath of the web run): runs in the web worker extension host,
 * where there is no Node, so it uses mocha's browser build (it sets the global `mocha`).
 */

interface Runner {
  on(e: 'pass', f: (t: { fullTitle(): string; duration?: number }) => void): void;
  on(e: 'fail', f: (t: { fullTitle(): string }, err: Error) => void): void;
}
declare const mocha: {
  setup(o: { ui: string; reporter?: unknown; timeout?: number; color?: boolean }): void;
  grep(re: string): void;
  run(done: (failures: number) => void): { once(e: 'end', f: () => void): void; stats?: { passes: number; failures: number; pending: number } };
};

/** Each test's result on the console (the driver relays it); mocha's default browser reporter needs a DOM. */
function ConsoleReporter(runner: Runner): void {
  runner.on('pass', (t) => console.log(`  ✔ ${t.fullTitle()} (${t.duration ?? 0}ms)`));
  runner.on('fail', (t, err) => console.log(`  ✘ ${t.fullTitle()}\n      ${err.message}`));
}

export function run(): Promise<void> {
  // Loaded here, not at the top: mocha's UMD wrapper replaces the `module.exports` of the file it is
  // loaded from, and VS Code must find this `run` there first.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('mocha/mocha.js');
  return new Promise((resolve, reject) => {
    mocha.setup({ ui: 'tdd', reporter: ConsoleReporter, timeout: 30000, color: false });
    // the suite registers itself with the global mocha once set up
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('./web.test.js');
    try {
      const runner = mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} tests failed.`)) : resolve()));
      runner.once('end', () => {
        const s = runner.stats;
        if (s) console.log(`vscode web: ${s.passes} passed, ${s.failures} failed, ${s.pending} skipped`);
      });
    } catch (err) {
      reject(err);
    }
  });
}
