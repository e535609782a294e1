#!/usr/bin/env node
// The bakup CLI: the same bundle the action runs (dist/index.js), driven by argv.
import { runCli } from '../dist/index.js';

runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
