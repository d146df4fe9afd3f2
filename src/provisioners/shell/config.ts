/** The `shell` provisioner's config (packer-provisioners.md §4.1). */
import { attr, configSpec, packerCommon, t, type Infer } from "../../spec/index.js";
import { shellCommon } from "../shell-common.js";

export const shellConfig = configSpec({
  ...packerCommon,
  ...shellCommon,
  inline: shellCommon.inline.doc(
    "Shell commands to run, one per line. They are written, in order, into one temporary script that is " +
      "uploaded to the machine and run there. An empty list counts as not set.",
  ),
  script: shellCommon.script.doc(
    "Path to a local script to upload to the machine and run. A relative path is relative to the directory " +
      "the build runs in.",
  ),
  scripts: shellCommon.scripts.doc("Paths to local scripts to upload and run, in order."),
  env_var_format: shellCommon.env_var_format.defaultFrom(
    (c) => (c["use_env_var_file"] === true ? "export %s='%s'\n" : "%s='%s' "),
    "`\"%s='%s' \"` (with a trailing space); `\"export %s='%s'\\n\"` when `use_env_var_file` is true",
  ),
  binary: attr(t.bool)
    .default(false)
    .doc("Upload scripts byte for byte. When false, CRLF and CR line endings are converted to LF first."),
  remote_path: attr(t.string).doc(
    "Where scripts are uploaded on the machine. Defaults to `<remote_folder>/<remote_file>`; every script of " +
      "this provisioner reuses the same path.",
  ),
  execute_command: attr(t.string)
    .defaultFrom(
      (c) =>
        c["use_env_var_file"] === true
          ? "chmod +x {{.Path}}; . {{.EnvVarFile}} && {{.Path}}"
          : "chmod +x {{.Path}}; {{.Vars}} {{.Path}}",
      "`chmod +x {{.Path}}; {{.Vars}} {{.Path}}`; `chmod +x {{.Path}}; . {{.EnvVarFile}} && {{.Path}}` " +
        "when `use_env_var_file` is true",
    )
    .doc(
      "The command that runs each script, as a Go template rendered at provision time with `{{.Path}}` " +
        "(the uploaded script), `{{.Vars}}` (the environment variables) and `{{.EnvVarFile}}`. Put " +
        "`{{.Vars}}` after `sudo` if you use it: sudo resets the environment.",
    ),
  inline_shebang: attr(t.string)
    .default("/bin/sh -e")
    .doc(
      "The interpreter line written at the top of the `inline` script (without `#!`). `-e` stops at the first failing command.",
    ),
  remote_folder: attr(t.string)
    .default("/tmp")
    .doc("The folder scripts are uploaded to. It must exist and allow executing files (not mounted `noexec`)."),
  remote_file: attr(t.string).doc(
    "The file name scripts are uploaded as. Defaults to `script_NNNN.sh` with NNNN random, chosen once per build.",
  ),
  expect_disconnect: attr(t.bool)
    .default(false)
    .doc("Accept the connection dropping while a script runs (for example on a reboot) instead of failing."),
  start_retry_timeout: attr(t.duration)
    .default(5 * 60_000)
    .doc("How long to keep retrying to upload and start a script, for example while the machine reboots."),
  skip_clean: attr(t.bool).default(false).doc("Leave the uploaded scripts and variable file on the machine."),
  use_env_var_file: attr(t.bool)
    .default(false)
    .doc("Write the environment variables to a file that is uploaded and sourced, instead of the command line."),
  pause_after: attr(t.duration).default(0).doc("Wait this long after the last script has run."),
})
  .describe(
    "shell",
    "The `shell` provisioner uploads shell scripts to the machine being built and runs them there, over " +
      "the build's communicator (SSH, for example). Use it to install and configure software.",
  )
  .atLeastOneOf(["inline", "script", "scripts"], "Either a script file or inline script must be specified.")
  .atMostOneOf(["script", "scripts"], "Only one of script or scripts can be specified.")
  .conflictsWith("inline", ["script", "scripts"], "Only a script file or an inline script can be specified, not both.")
  .example({ inline: ["sudo apt-get update", "sudo apt-get install -y nginx"] }, "Run commands inline")
  .example(
    { scripts: ["scripts/base.sh", "scripts/users.sh"], environment_vars: ["APP_ENV=production"], pause_after: "10s" },
    "Upload and run scripts with environment variables",
  );

export type ShellConfig = Infer<typeof shellConfig>;
