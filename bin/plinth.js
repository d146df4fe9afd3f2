#!/usr/bin/env node
// The plinth command. `npm run build` compiles it into dist/ and bundles it
// into one script (dist/cli/main.cjs), which starts faster than the ~150
// modules it is made of; src/cli/start.cts runs that script. The scripts in
// bin/ are CommonJS (bin/package.json), which Node starts sooner than an ES module.
const { runPlinth } = require("../dist/src/cli/start.cjs");
runPlinth(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
