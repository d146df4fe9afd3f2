/**
 * The fields every shell-like provisioner shares (the SDK's squashed
 * `shell.Provisioner`, packer-provisioners.md §4), declared once and embedded
 * into `shell` and `shell-local`.
 */
import { attr, defineGroup, t } from "../spec/index.js";

/** `KEY=value`, with a non-empty key (Packer's check at prepare). */
export function envVarProblem(entries: readonly string[]): string | undefined {
  const bad = entries.find((e) => !/^[^=]+=/.test(e));
  return bad === undefined ? undefined : `Environment variable not in format 'key=value': ${bad}`;
}

export const envVarFormatSchema = { items: { pattern: "^[^=]+=" } } as const;

export const shellCommon = defineGroup("shell.Provisioner", {
  inline: attr(t.list(t.string)).doc(
    "Shell commands to run, one per line. They are written, in order, into one temporary script, which is " +
      "then run. An empty list counts as not set.",
  ),
  script: attr(t.string).doc(
    "Path to a local script to run. A relative path is relative to the directory the build runs in.",
  ),
  scripts: attr(t.list(t.string)).doc("Paths to local scripts to run, in order."),
  valid_exit_codes: attr(t.list(t.int))
    .default([0])
    .doc("Exit codes that count as success. Any other exit status fails the build."),
  environment_vars: attr(t.list(t.string))
    .check(envVarProblem, envVarFormatSchema)
    .doc(
      "Environment variables for the scripts, each as `KEY=value`. Values are single-quoted for the shell; " +
        "a `'` in a value is escaped as `'\"'\"'`.",
    ),
  env: attr(t.map(t.string)).doc(
    "Environment variables as a map. Where a key is also in `environment_vars`, this value wins.",
  ),
  env_var_format: attr(t.string).doc(
    "A printf-style format that turns each variable into shell syntax; it receives the key, then the value.",
  ),
});
