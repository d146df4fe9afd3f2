#!/usr/bin/env node
// The plinth command; the implementation is compiled into dist/ by `npm run build`.
const { main } = await import("../dist/src/cli/main.js");
process.exitCode = await main(process.argv.slice(2));
