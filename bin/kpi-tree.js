#!/usr/bin/env node
'use strict';
const { main } = require('../dist/cli/main.js');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    // main() reports every failure itself; this is only for a failure of the report.
    const debug = process.env.KPI_TREE_DEBUG === '1';
    const line = err && err.message ? String(err.message).split('\n')[0] : String(err);
    process.stderr.write(`kpi-tree: ${debug && err && err.stack ? err.stack : line}\n`);
    process.exitCode = 2;
  },
);
