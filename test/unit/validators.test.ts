/**
 * The bundled schemas are validated by code Ajv generated at build time (scripts/build-validators.mjs),
 * team schemas by Ajv at run time. Both must give the same verdicts and the same errors, since the
 * findings (missing-step, missing-topic, schema-violation) are made from those errors.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BUILTIN_SCHEMAS } from '../../src/core/index.js';
import { GENERATED_VALIDATORS } from '../../src/core/generated/validators.js';
import { SchemaSet, type JsonSchema } from '../../src/core/rulebook.js';
import { Validator } from '../../src/core/validate.js';
import { prng } from '../../bench/corpus.js';

/** The step and topic ids a schema (with the base it extends) lists under `properties`. */
function idsOf(schema: JsonSchema, part: 'steps' | 'topics'): string[] {
  const props = (schema as { properties?: Record<string, { properties?: Record<string, unknown> }> }).properties;
  return Object.keys(props?.[part]?.properties ?? {});
}

/** Instances a lint could produce, and some it never would (bad status, bad line, extra keys, wrong types). */
function instances(schema: JsonSchema, seed: number): unknown[] {
  const r = prng(seed);
  const base = BUILTIN_SCHEMAS[0]!;
  const steps = [...new Set([...idsOf(base, 'steps'), ...idsOf(schema, 'steps')])];
  const topics = [...new Set([...idsOf(base, 'topics'), ...idsOf(schema, 'topics')])];
  const entry = () => {
    const x = r();
    if (x < 0.45) return { status: 'present', line: 1 + Math.floor(r() * 300) };
    if (x < 0.6) return { status: 'empty', line: 1 + Math.floor(r() * 300) };
    if (x < 0.7) return { status: 'waived' };
    if (x < 0.75) return { status: 'bogus' };
    if (x < 0.8) return { status: 'present', line: 0 };
    if (x < 0.85) return { status: 'present', extra: true };
    return undefined; // missing
  };
  const pick = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, entry()]).filter(([, e]) => e !== undefined));
  const out: unknown[] = [
    { steps: {}, topics: {} },
    { steps: Object.fromEntries(steps.map((id) => [id, { status: 'present', line: 1 }])), topics: Object.fromEntries(topics.map((id) => [id, { status: 'present', line: 2 }])) },
    { steps: [], topics: 'none' },
    {},
  ];
  for (let i = 0; i < 40; i++) out.push({ steps: pick(steps), topics: pick(topics) });
  return out;
}

describe('build-time validators', () => {
  it('exist for exactly the bundled schemas', () => {
    assert.deepEqual(Object.keys(GENERATED_VALIDATORS).sort(), BUILTIN_SCHEMAS.map((s) => s.$id!).sort());
  });

  it('give the same verdicts and errors as Ajv compiling the schemas at run time', () => {
    const set = new SchemaSet(BUILTIN_SCHEMAS);
    const built = new Validator(set);
    const compiled = new Validator(set, true);
    let failing = 0;
    BUILTIN_SCHEMAS.forEach((schema, k) => {
      assert.notEqual(built.validator(schema.$id!), compiled.validator(schema.$id!), 'two different functions are compared');
      for (const inst of instances(schema, 1000 + k)) {
        const a = built.validate(schema.$id!, structuredClone(inst));
        const b = compiled.validate(schema.$id!, structuredClone(inst));
        assert.deepEqual(a, b, `${schema.$id}: ${JSON.stringify(inst).slice(0, 200)}`);
        if (a.length > 0) failing++;
      }
    });
    // Most instances break some rule, so the errors themselves were compared, not only empty lists.
    assert.ok(failing > BUILTIN_SCHEMAS.length * 30, `only ${failing} instances had errors`);
  });
});

describe('the front-matter settings validator', () => {
  it('generated at build time, it gives the errors Ajv gives at run time', async () => {
    const { Ajv } = await import('ajv');
    const { validateSettings } = await import('../../src/core/generated/settings-validator.js');
    const read = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: true });
    ajv.addSchema(read('schemas/mlsdrc.schema.json'));
    const runtime = ajv.compile(read('schemas/mlsd-settings.schema.json'));
    const generated = validateSettings as unknown as typeof runtime;
    const samples: unknown[] = [
      { case: 'generic', profile: 'interview', lang: 'ko', waive: { 'eval-fairness-bias': 'n/a' }, rules: { placeholder: 'off' } },
      { case: '', profile: '  ', lang: 'fr', colour: 1, waive: [], rules: { placeholder: 'loud', 'step-order': 'warning' } },
      'generic',
      { rules: 3, waive: { x: null } },
    ];
    for (const s of samples) {
      assert.equal(generated(s), runtime(s), JSON.stringify(s));
      assert.deepEqual(generated.errors ?? null, runtime.errors ?? null, JSON.stringify(s));
    }
  });
});
