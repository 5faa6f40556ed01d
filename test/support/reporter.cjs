// Mocha's spec reporter plus one closing line that CI reads: "mocha: N passed, N failed, N skipped".
const Mocha = require('mocha');
const Base = Mocha.reporters.Base;
const Spec = Mocha.reporters.Spec;

class SpecWithSummary extends Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once('end', () => {
      const s = this.stats;
      Base.consoleLog(`mocha: ${s.passes} passed, ${s.failures} failed, ${s.pending} skipped`);
    });
  }
}

module.exports = SpecWithSummary;
