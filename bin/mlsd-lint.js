#!/usr/bin/env node
// The bundled CLI (scripts/build-cli.mjs): one file loads much faster than the ~150 modules behind it.
import { main } from '../out/src/bundle/main.js';

process.exitCode = await main(process.argv.slice(2));
