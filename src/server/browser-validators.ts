/**
 * The browser server's stand-in for src/core/generated/validators.ts (scripts/build-extension.mjs swaps it
 * in): no build-time validators, so the bundled schemas are compiled by Ajv when a case is first linted
 * (once per case, in the server's worker, off the editor's thread). That keeps about 100 KB of generated
 * code out of the browser bundle, which has a budget of 1 MB.
 */
export const GENERATED_VALIDATORS: Record<string, (data: unknown) => boolean> = {};
