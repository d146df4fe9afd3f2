/**
 * Chevrotain's grammar validations, which the production parser skips to
 * start faster (grammar/parser.ts): they must pass on the grammar as written.
 */
import { expect, it } from "vitest";
import { HclParser } from "../../grammar/parser.js";

it("the grammar passes Chevrotain's self-analysis validations", () => {
  expect(() => new HclParser({ validate: true })).not.toThrow();
});
