import type { JsonSchema } from './rulebook.js';
export declare const CASE_SCHEMAS: JsonSchema[];
