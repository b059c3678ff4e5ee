#!/usr/bin/env node
// The executable, CommonJS (bin/package.json) like the CLI it loads: no ES module loader starts (docs/performance.md).
require('../dist/cli/cli.cjs');
