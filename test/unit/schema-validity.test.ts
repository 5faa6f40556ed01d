/**
 * Every bundled schema is a valid JSON Schema 2020-12 whose annotations fit their meta-schemas. The linter
 * trusts the bundled schemas at run time (it checks only a team's own), so this test is the check.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020Import from 'ajv/dist/2020.js';
import { BUILTIN_SCHEMAS } from '../../src/core/index.js';

const Ajv2020 = Ajv2020Import.default ?? Ajv2020Import;
const read = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as Record<string, unknown>;

describe('bundled schemas', () => {
  const files = ['schemas/mlsd.schema.json', ...readdirSync('schemas/cases').map((f) => join('schemas/cases', f))];

  it('bundles every schema file of schemas/ and schemas/cases/', () => {
    const ids = new Set(BUILTIN_SCHEMAS.map((s) => s.$id));
    for (const f of files) assert.ok(ids.has(read(f).$id as string), `${f} is not bundled`);
  });

  it('each is a valid 2020-12 schema whose x-mlsd annotations fit schemas/x-mlsd.meta.json', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    ajv.addKeyword({ keyword: 'x-mlsd', schemaType: 'object', metaSchema: read('schemas/x-mlsd.meta.json') });
    ajv.addKeyword({ keyword: 'x-mlsd-case', schemaType: 'object', metaSchema: read('schemas/x-mlsd-case.meta.json') });
    for (const f of files) ajv.addSchema(read(f));
    for (const f of files) assert.ok(ajv.getSchema(read(f).$id as string), `${f} compiles`);
  });

  it('a broken annotation is caught by the same check (the test can fail)', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    ajv.addKeyword({ keyword: 'x-mlsd', schemaType: 'object', metaSchema: read('schemas/x-mlsd.meta.json') });
    const bad = { $id: 'https://example.invalid/bad.json', type: 'object', 'x-mlsd': { kind: 'topic', order: 1, title: { en: 'X' }, aliases: {} } };
    assert.throws(() => ajv.compile(bad), /x-mlsd|must have required property/);
  });
});
