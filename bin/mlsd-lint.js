#!/usr/bin/env node
// The bundled CLI (scripts/build-cli.mjs), committed: it runs with no install and no build.
import { main } from '../bundle/main.js';

process.exitCode = await main(process.argv.slice(2));
