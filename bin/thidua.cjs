#!/usr/bin/env node
// The command line is bundled by `npm run build:cli` (run on install by `prepare`).
require('../dist/cli.cjs');
