/**
 * The package's version, read from the package root's package.json (three folders up from
 * out/src/node/, which holds in the source tree and in the published package alike).
 */
import { readFileSync } from 'node:fs';

let version: string | undefined;

export function packageVersion(): string {
  if (version === undefined) {
    try {
      version = String((JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: unknown }).version);
    } catch {
      version = '0.0.0';
    }
  }
  return version;
}
