/**
 * Content rules: what a schema cannot say well (hollow sections, metrics that name no metric, ...).
 * One rule a file; each exports a `ContentRule` and is listed here.
 */
import type { ContentRule } from '../context.js';

export const CONTENT_RULES: ContentRule[] = [];
