#!/usr/bin/env node
// Bundles the two commands (dist/src/cli/main.js, dist/src/cli/hcldec.js,
// compiled by tsc first) into dist/cli/main.cjs and dist/cli/hcldec.cjs;
// `npm run build` runs it.
//
// The bundles are CommonJS scripts because Node 20 can keep compiled code
// between runs only for scripts (vm.Script's cachedData), not for ES
// modules; src/cli/start.ts loads them that way. That changes two things
// from the ES build in dist/src:
// - Chevrotain and @noble/hashes ship only as ES modules, so they go inside
//   the bundle. Chevrotain's one-file build (lib/chevrotain.mjs) replaces
//   grammar/chevrotain.js, whose top-level await finds that same file at
//   run time and has no CommonJS form.
// - `import.meta.url` becomes the bundle's own file URL.
// The first line names the build (a hash of the rest), which src/cli/start.cts
// keys the code cache by.
// Every other package stays outside and is required from node_modules when
// first used (src/functions/deferred.ts).
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const require = createRequire(join(root, "package.json"));
const inside = new Set(["chevrotain", "@noble/hashes"]);

/** Chevrotain's one-file ES build; its entry pulls in lodash-es as hundreds of modules. */
function chevrotainFile() {
  const entry = require.resolve("chevrotain");
  const oneFile = join(dirname(entry), "..", "chevrotain.mjs");
  return existsSync(oneFile) ? oneFile : entry;
}

const bundling = {
  name: "plinth-cli",
  setup(b) {
    b.onResolve({ filter: /\/chevrotain\.js$/ }, (args) =>
      args.importer.includes(join("dist", "grammar"))
        ? { path: "chevrotain", namespace: "plinth-chevrotain" }
        : undefined,
    );
    b.onResolve({ filter: /^plinth-bundle-url$/ }, () => ({ path: "url", namespace: "plinth-bundle-url" }));
    b.onLoad({ filter: /.*/, namespace: "plinth-bundle-url" }, () => ({
      contents: 'import { pathToFileURL } from "node:url"; export const __bundleURL = pathToFileURL(__filename).href;',
      resolveDir: root,
    }));
    b.onLoad({ filter: /.*/, namespace: "plinth-chevrotain" }, () => ({
      contents: `import * as api from ${JSON.stringify(chevrotainFile())}; export const chevrotain = api;`,
      resolveDir: root,
    }));
    // Bare package names stay outside unless they have no CommonJS form.
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith("node:")) return { path: args.path, external: true };
      const pkg = args.path.startsWith("@") ? args.path.split("/").slice(0, 2).join("/") : args.path.split("/")[0];
      return inside.has(pkg) ? undefined : { path: args.path, external: true };
    });
  },
};

for (const old of ["main.mjs", "hcldec.mjs"]) rmSync(join(root, "dist", "cli", old), { force: true });

const { outputFiles } = await build({
  entryPoints: [join(root, "dist/src/cli/main.js"), join(root, "dist/src/cli/hcldec.js")],
  outdir: join(root, "dist/cli"),
  outExtension: { ".js": ".cjs" },
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  define: { "import.meta.url": "__bundleURL" },
  inject: ["plinth-bundle-url"],
  plugins: [bundling],
  logLevel: "warning",
  write: false,
});
mkdirSync(join(root, "dist", "cli"), { recursive: true });
for (const out of outputFiles) {
  const build = createHash("sha256").update(out.contents).digest("hex").slice(0, 32);
  writeFileSync(out.path, `// plinth bundle ${build}\n${out.text}`);
}
