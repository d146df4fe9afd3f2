#!/usr/bin/env node
// Bundles the two commands (dist/src/cli/main.js, dist/src/cli/hcldec.js,
// compiled by tsc first) into dist/cli/main.cjs and dist/cli/hcldec.cjs;
// `npm run build` runs it.
//
// The bundles are CommonJS scripts because Node 20 can keep compiled code
// between runs only for scripts (vm.Script's cachedData), not for ES
// modules; src/cli/start.cts loads them that way. That changes two things
// from the ES build in dist/src:
// - Chevrotain and @noble/hashes ship only as ES modules, so they go inside
//   the bundle. Chevrotain's one-file build (lib/chevrotain.mjs) replaces
//   grammar/chevrotain.js, whose top-level await finds that same file at
//   run time and has no CommonJS form.
// - `import.meta.url` becomes the bundle's own file URL.
// The first line names the build (a hash of the code), which src/cli/start.cts
// keys the code cache by. The code follows inside the function Node wraps a
// CommonJS module in, and in ASCII only (see MODULE_WRAPPER and asciiOnly):
// the file is what start.cts compiles, not a module to require.
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

/**
 * The bundle's code inside the function Node wraps a CommonJS module in, so
 * the loader compiles the file's text as it is: joining wrapper and code at
 * run time made a second copy of the whole text.
 */
const MODULE_WRAPPER = "(function (exports, require, module, __filename, __dirname) {";

/**
 * The code with each UTF-16 unit past ASCII written as a `\uXXXX` escape,
 * which means the same in comments, strings, templates and regular
 * expressions. esbuild escapes such characters everywhere but in the
 * comments it keeps, and a single one made V8 hold the whole source (which
 * it keeps for functions compiled later) at two bytes a character.
 */
function asciiOnly(code) {
  return code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

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
  const code = asciiOnly(out.text);
  const build = createHash("sha256").update(code).digest("hex").slice(0, 32);
  writeFileSync(out.path, `// plinth bundle ${build}\n${MODULE_WRAPPER}${code}\n})`);
}
