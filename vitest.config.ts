import { defineConfig } from "vitest/config";

export default defineConfig({
  // src/cli/engine.cts, which the commands and their CommonJS loader share, is TypeScript too.
  oxc: { include: /\.(m?ts|cts|[jt]sx)$/ },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
    setupFiles: ["test/support/setup.ts"],
  },
});
