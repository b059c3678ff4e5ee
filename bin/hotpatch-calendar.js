#!/usr/bin/env node
// The executable: a shim so the built CLI can share chunks with the library (one copy of the catalog).
import '../dist/cli.js';
