/** The `shell-local` provisioner's config (packer-provisioners.md §4.2), with the defaults of a non-Windows host. */
import { attr, configSpec, packerCommon, t, type Infer } from "../../spec/index.js";
import { shellCommon } from "../shell-common.js";

export const onlyOnSystems = ["darwin", "freebsd", "linux", "openbsd", "solaris", "windows"] as const;

export const shellLocalConfig = configSpec({
  ...packerCommon,
  ...shellCommon,
  env_var_format: shellCommon.env_var_format
    .default("%s='%s' ")
    .doc(
      "A printf-style format that turns each variable into shell syntax; it receives the key, then the value. " +
        'On Windows the default is `"set %s=%s && "`.',
    ),
  command: attr(t.string).deprecated("inline").doc("A single command to run. Becomes `inline = [command]`."),
  execute_command: attr(t.list(t.string))
    .default(["/bin/sh", "-c", "{{.Vars}} {{.Script}}"])
    .doc(
      "The program and arguments that run each script; each element is a Go template with `{{.Vars}}`, " +
        '`{{.Script}}` and `{{.Command}}`. On Windows the default is `["cmd", "/V", "/C", "{{.Vars}}", "call", "{{.Script}}"]`.',
    ),
  inline_shebang: attr(t.string)
    .default("/bin/sh -e")
    .doc("The interpreter line written at the top of the inline script (without `#!`). Windows has none."),
  tempfile_extension: attr(t.string).doc(
    "The extension of the temporary file inline commands are written to (a leading dot is dropped). On Windows the default is `cmd`.",
  ),
  only_on: attr(t.list(t.enum(...onlyOnSystems))).doc(
    "Run only when the host's operating system is in this list; elsewhere the provisioner is skipped.",
  ),
  use_linux_pathing: attr(t.bool)
    .default(false)
    .doc("On Windows with the Linux subsystem, rewrite script paths like `C:/a/b` to `/mnt/c/a/b`."),
})
  .describe(
    "shell-local",
    "The `shell-local` provisioner runs commands on the machine running the build (not the machine being " +
      "built), for example to call an API or to prepare files before a `file` upload.",
  )
  .atLeastOneOf(
    ["command", "inline", "script", "scripts"],
    "Command, Inline, Script and Scripts options cannot all be empty.",
  )
  .atMostOneOf(
    ["command", "inline", "script", "scripts"],
    "You may only specify one of the following options: Command, Inline, Script or Scripts. Please consolidate these options in your config.",
  )
  .conflictsWith(
    "use_linux_pathing",
    ["command", "inline"],
    "Packer is unable to use the Command and Inline features with the Windows Linux Subsystem. Please use the Script or Scripts options instead.",
  )
  .example({ inline: ["echo building $PACKER_BUILD_NAME"] }, "Run a command on the build host")
  .example(
    { script: "scripts/notify.sh", only_on: ["linux", "darwin"], env: { CHANNEL: "builds" } },
    "Run a script on Linux and macOS hosts only",
  );

export type ShellLocalConfig = Infer<typeof shellLocalConfig>;
