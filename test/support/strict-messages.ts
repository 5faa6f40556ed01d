/**
 * Mocha root hook (loaded by .mocharc.json): in tests, a message placeholder with no value is an error,
 * not text left as `{name}`.
 */
import { messageChecks } from '../../src/core/index.js';

messageChecks.strict = true;
