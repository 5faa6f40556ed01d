/**
 * Writes the rule tables derived from the registry: the README's (between its rules markers) and
 * docs/rules/README.md. Run after a build: `npm run docs:rules`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allRules } from '../out/src/core/index.js';
import { docsIndex, readmeTable, withReadmeTable } from '../out/src/node/rule-docs.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readmePath = join(root, 'README.md');
const readme = withReadmeTable(readFileSync(readmePath, 'utf8'), readmeTable(allRules()));
if (!readme) throw new Error('rule-docs: README.md has no rules markers');
writeFileSync(readmePath, readme);
writeFileSync(join(root, 'docs/rules/README.md'), docsIndex(allRules()));
console.log(`rule-docs: ${allRules().length} rules -> README.md, docs/rules/README.md`);
