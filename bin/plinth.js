#!/usr/bin/env node
// The plinth command. `npm run build` compiles it into dist/ and bundles it
// into one module (dist/cli/main.mjs), which starts faster than the ~150
// modules it is made of.
const { main } = await import("../dist/cli/main.mjs");
process.exitCode = await main(process.argv.slice(2));
