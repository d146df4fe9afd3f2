// Lint: typescript-eslint's recommended rules on our sources and tests.
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", ".oracle/", "coverage/", "grammar/diagram/"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-non-null-assertion": "off",
      "no-constant-condition": ["error", { checkLoops: false }],
    },
  },
  {
    // The entry scripts are CommonJS (bin/package.json): Node starts them sooner than ES modules.
    files: ["bin/**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", process: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // These load on first use (src/functions/deferred.ts); a value import would put
    // their load time back into every start.
    files: ["src/**/*.ts", "grammar/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: ["yaml", "re2js", "bcryptjs", "iconv-lite", "ajv", "ajv/dist/2020.js"].map((name) => ({
            name,
            message: "Load it through DeferredModule (src/functions/deferred.ts).",
            allowTypeImports: true,
          })),
        },
      ],
    },
  },
);
