import type { ErrorObject, ValidateFunction } from 'ajv';
import { SchemaSet, type JsonSchema } from './rulebook.js';
export declare class SchemaError extends Error {
    readonly schemaId?: string | undefined;
    constructor(message: string, schemaId?: string | undefined);
}
export declare class Validator {
    private readonly set;
    private readonly compileAll;
    private ajv;
    private readonly compiled;
    /** `compileAll`: compile even the bundled schemas with Ajv (the tests compare both ways). */
    constructor(set: SchemaSet, compileAll?: boolean);
    private instance;
    validator(schemaId: string): ValidateFunction;
    validate(schemaId: string, instance: unknown): ErrorObject[];
}
/** Checks one schema on its own (for a team's extra schema file), returning a readable error or undefined. */
export declare function checkSchema(set: SchemaSet, schema: JsonSchema): string | undefined;
/**
 * A team's schema file, as text: parsed, given `fallbackId` (its file URL) when it has no `$id` so its
 * absolute `$ref`s to ours resolve, and checked against the bundled schemas and the ones accepted before
 * it. The one place the CLI's config and the editor's `mlsd.schemas` setting accept a team schema.
 */
/**
 * Where and why JSON.parse failed, without the parser's quote of the text: a schema path may name any file
 * (a secrets file, /etc/passwd), and the message must not print its content.
 */
export declare function jsonErrorAt(text: string, message: string): string;
/**
 * Whether a regex repeats (`*`, `+`, `{n,}`, `{n,m}` with m > 1) a group that holds `|` or a quantifier,
 * unless the group opens with a character nothing else in it can match (`(-[a-z]+)*`: each repeat starts
 * at a `-`, so there is one way to split the text).
 */
export declare function backtracks(pattern: string): boolean;
export declare function readTeamSchema(text: string, fallbackId: string, before: readonly JsonSchema[]): {
    schema: JsonSchema;
} | {
    problem: string;
};
