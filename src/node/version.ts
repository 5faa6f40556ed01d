/**
 * The package's version: the core's VERSION, which test/unit/registry.test.ts holds to package.json's (the
 * CLI runs from a bundle, where no path to package.json holds in the source tree and the package alike).
 */
import { VERSION } from '../core/version.js';

export function packageVersion(): string {
  return VERSION;
}
