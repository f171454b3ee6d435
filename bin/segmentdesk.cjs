#!/usr/bin/env node
'use strict';
// The CLI is bundled with the app by `npm run build` (run by npm install's prepare step).
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const entry = join(__dirname, '..', 'out', 'main', 'cli.js');
if (!existsSync(entry)) {
  process.stderr.write('error: E_USAGE: SegmentDesk is not built yet. Run "npm run build" in its folder first.\n');
  process.exit(2);
}
require(entry);
