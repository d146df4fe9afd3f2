/**
 * The four built-in provisioner configs against Packer's behaviour
 * (packer-provisioners.md §4): defaults, the validation messages a spec can
 * state (word for word where Packer's text is kept), the three-raw prepare
 * core makes (§1.6), and unknown values passing validation (Packer #11197:
 * `packer validate` failed on `environment_vars = [var.x]` with x unknown).
 *
 * Not expressible by a spec, so not here: `Bad script '<path>': …` and
 * `Bad source '<src>': …` (they stat local files), and the WSL path rewrite.
 */
import { describe, expect, test } from "vitest";
import * as cty from "../../src/cty/index.js";
import { EvalContext } from "../../src/hcl/eval-context.js";
import { builtinConfigs } from "../../src/provisioners/builtin-configs.js";
import { breakpointConfig } from "../../src/provisioners/breakpoint/config.js";
import { fileConfig } from "../../src/provisioners/file/config.js";
import { onlyOnSystems, shellLocalConfig } from "../../src/provisioners/shell-local/config.js";
import { shellConfig } from "../../src/provisioners/shell/config.js";
import { packerErrorText, type PrepareResult, type Raw } from "../../src/spec/index.js";
import { errorsText, layerFromText } from "./prepare-io.js";

const unknownCtx = new EvalContext({
  variables: {
    var: cty.objectVal({
      x: cty.unknownVal(cty.StringType),
      l: cty.unknownVal(cty.listOf(cty.StringType)),
      b: cty.unknownVal(cty.BoolType),
    }),
  },
});

function hcl(text: string, ctx?: EvalContext): Raw {
  const l = layerFromText("provisioner.pkr.hcl", text, ctx);
  expect(l.syntaxErrors).toEqual([]);
  return l.raw;
}

/** The error details, one per line (Packer's bullets without the header). */
function errors(r: PrepareResult<unknown>): string[] {
  return r.diagnostics.filter((d) => d.severity === "error").map((d) => d.detail);
}

describe("the registry", () => {
  test("holds the four built-in configs under their type names", () => {
    expect([...builtinConfigs.keys()]).toEqual(["shell", "shell-local", "file", "breakpoint"]);
    for (const [name, spec] of builtinConfigs) expect(spec.name).toBe(name);
  });

  test("every config embeds Packer's common fields, undocumented, and accepts what core sends (§1.6)", () => {
    const builderVars = {
      packer_build_name: "web",
      packer_builder_type: "docker",
      packer_core_version: "1.14.0",
      packer_debug: false,
      packer_force: true,
      packer_on_error: "cleanup",
      packer_sensitive_variables: ["password"],
    };
    const minimal: Record<string, Record<string, unknown>> = {
      shell: { inline: ["true"] },
      "shell-local": { inline: ["true"] },
      file: { source: "a", destination: "/tmp/a" },
      breakpoint: {},
    };
    for (const [name, spec] of builtinConfigs) {
      for (const k of Object.keys(builderVars)) {
        expect(spec.fields[k]?.options).toMatchObject({ group: "PackerConfig", undocumented: true });
      }
      const r = spec.prepare(builderVars, minimal[name], null);
      expect(r.diagnostics, name).toEqual([]);
      expect(r.config, name).toMatchObject(builderVars);
    }
  });
});

describe("shell (§4.1)", () => {
  test("defaults", () => {
    const r = shellConfig.prepare({ inline: ["echo hi"] });
    expect(r.diagnostics).toEqual([]);
    expect(r.config).toMatchObject({
      valid_exit_codes: [0],
      inline_shebang: "/bin/sh -e",
      remote_folder: "/tmp",
      env_var_format: "%s='%s' ",
      execute_command: "chmod +x {{.Path}}; {{.Vars}} {{.Path}}",
      binary: false,
      expect_disconnect: false,
      start_retry_timeout: 300_000,
      skip_clean: false,
      use_env_var_file: false,
      pause_after: 0,
      // Chosen by the executor once per build (`script_NNNN.sh`), so not by a pure prepare.
      remote_file: null,
      remote_path: null,
      scripts: null,
      environment_vars: null,
      env: null,
    });
  });

  test("use_env_var_file switches the defaults of env_var_format and execute_command", () => {
    const r = shellConfig.prepare(hcl('inline = ["echo hi"]\nuse_env_var_file = true\n'));
    expect(r.config).toMatchObject({
      env_var_format: "export %s='%s'\n",
      execute_command: "chmod +x {{.Path}}; . {{.EnvVarFile}} && {{.Path}}",
    });
    // A value the user sets wins over the derived default.
    const own = shellConfig.prepare({ inline: ["x"], use_env_var_file: true, execute_command: "sudo -E sh {{.Path}}" });
    expect(own.config?.execute_command).toBe("sudo -E sh {{.Path}}");
    expect(own.config?.env_var_format).toBe("export %s='%s'\n");
  });

  test("durations are Go durations in milliseconds", () => {
    const r = shellConfig.prepare(hcl('script = "a.sh"\nstart_retry_timeout = "1m30s"\npause_after = "250ms"\n'));
    expect(r.config).toMatchObject({ start_retry_timeout: 90_000, pause_after: 250 });
  });

  test("Packer's three script messages", () => {
    expect(errors(shellConfig.prepare({}))).toEqual(["Either a script file or inline script must be specified."]);
    expect(errors(shellConfig.prepare({ script: "a.sh", scripts: ["b.sh"] }))).toEqual([
      "Only one of script or scripts can be specified.",
    ]);
    expect(errors(shellConfig.prepare({ inline: ["x"], scripts: ["b.sh"] }))).toEqual([
      "Only a script file or an inline script can be specified, not both.",
    ]);
    expect(packerErrorText(shellConfig.prepare({ inline: ["x"], script: "a.sh", scripts: ["b.sh"] }).diagnostics)).toBe(
      "2 error(s) occurred:\n\n" +
        "* Only one of script or scripts can be specified.\n" +
        "* Only a script file or an inline script can be specified, not both.",
    );
  });

  test("empty values count as not set, as Packer's checks see them", () => {
    expect(errors(shellConfig.prepare({ script: "", scripts: [] }))).toEqual([
      "Either a script file or inline script must be specified.",
    ]);
    expect(errors(shellConfig.prepare({ script: "a.sh", scripts: [] }))).toEqual([]);
  });

  test("the environment variable format", () => {
    const r = shellConfig.prepare(hcl('inline = ["env"]\nenvironment_vars = ["A=1", "B=x=y", "C="]\n'));
    expect(r.diagnostics).toEqual([]);
    const bad = shellConfig.prepare(hcl('inline = ["env"]\nenvironment_vars = ["A=1", "NOVALUE", "=x"]\n'));
    expect(errors(bad)).toEqual(["Environment variable not in format 'key=value': NOVALUE"]);
    const l = layerFromText("p.pkr.hcl", 'inline = ["env"]\nenvironment_vars = ["=x"]\n');
    expect(errorsText(shellConfig.prepare(l.raw), { "p.pkr.hcl": l }, false)).toBe(
      'Error: Invalid value for "environment_vars"\n\n' +
        "  on p.pkr.hcl line 2:\n" +
        '   2: environment_vars = ["=x"]\n' +
        "                         ^^^^^^\n\n" +
        "Environment variable not in format 'key=value': =x\n\n",
    );
  });

  test("an unknown value is not validated (Packer #11197)", () => {
    const r = shellConfig.prepare(hcl("environment_vars = [var.x]\ninline = var.l\n", unknownCtx));
    expect(r.diagnostics).toEqual([]);
    expect(r.unknownPaths).toEqual(["inline", "environment_vars[0]"]);
    expect(r.config).toMatchObject({ inline: [], environment_vars: ["<unknown>"] });
    // Known entries beside an unknown one in other fields are still checked.
    const mixed = shellConfig.prepare(
      hcl('environment_vars = ["A=${var.x}"]\nscript = var.x\nscripts = ["b"]\n', unknownCtx),
    );
    expect(errors(mixed)).toEqual(["Only one of script or scripts can be specified."]);
  });

  test("Packer prepares twice: the same raws give the same config", () => {
    const raws: Raw[] = [{ packer_build_name: "web" }, hcl('inline = ["a"]\nenv = { A = "1" }\n'), { env: { B: "2" } }];
    const first = shellConfig.prepare(...raws);
    expect(shellConfig.prepare(...raws)).toEqual(first);
    expect(first.config?.env).toEqual({ A: "1", B: "2" });
  });
});

describe("shell-local (§4.2)", () => {
  test("defaults of a non-Windows host", () => {
    const r = shellLocalConfig.prepare({ inline: ["echo hi"] });
    expect(r.diagnostics).toEqual([]);
    expect(r.config).toMatchObject({
      execute_command: ["/bin/sh", "-c", "{{.Vars}} {{.Script}}"],
      inline_shebang: "/bin/sh -e",
      env_var_format: "%s='%s' ",
      valid_exit_codes: [0],
      use_linux_pathing: false,
      tempfile_extension: null,
      only_on: null,
    });
  });

  test("execute_command is an argv list, unlike shell's string", () => {
    expect(errors(shellLocalConfig.prepare({ inline: ["x"], execute_command: "sh -c x" }))).toEqual([
      '"execute_command" must be a list of string, not a string ("sh -c x").',
    ]);
  });

  test("Packer's messages for command, inline, script and scripts", () => {
    expect(errors(shellLocalConfig.prepare({}))).toEqual([
      "Command, Inline, Script and Scripts options cannot all be empty.",
    ]);
    const only =
      "You may only specify one of the following options: Command, Inline, Script or Scripts. Please consolidate these options in your config.";
    expect(errors(shellLocalConfig.prepare({ inline: ["a"], script: "b.sh" }))).toEqual([only]);
    expect(errors(shellLocalConfig.prepare({ command: "a", scripts: ["b.sh"] }))).toEqual([only]);
  });

  test("command is deprecated in favour of inline", () => {
    const r = shellLocalConfig.prepare(hcl('command = "echo hi"\n'));
    expect(r.config?.command).toBe("echo hi");
    expect(r.diagnostics.map((d) => [d.severity, d.summary, d.detail])).toEqual([
      ["warning", "Deprecated argument", 'The argument "command" is deprecated; use "inline" instead.'],
    ]);
  });

  test("use_linux_pathing rejects command and inline with Packer's message", () => {
    const msg =
      "Packer is unable to use the Command and Inline features with the Windows Linux Subsystem. Please use the Script or Scripts options instead.";
    expect(errors(shellLocalConfig.prepare({ inline: ["a"], use_linux_pathing: true }))).toEqual([msg]);
    expect(errors(shellLocalConfig.prepare({ script: "a.sh", use_linux_pathing: true }))).toEqual([]);
  });

  test("only_on takes Packer's operating system names", () => {
    expect(onlyOnSystems).toEqual(["darwin", "freebsd", "linux", "openbsd", "solaris", "windows"]);
    const ok = shellLocalConfig.prepare({ inline: ["a"], only_on: [...onlyOnSystems] });
    expect(ok.diagnostics).toEqual([]);
    const l = layerFromText("p.pkr.hcl", 'inline = ["a"]\nonly_on = ["linux", "macos"]\n');
    expect(errorsText(shellLocalConfig.prepare(l.raw), { "p.pkr.hcl": l }, true)).toBe(
      'Error: Invalid value for "only_on[1]"\n\n' +
        "  on p.pkr.hcl line 2:\n" +
        '   2: only_on = ["linux", "macos"]\n' +
        "                          ^^^^^^^\n\n" +
        '"macos" is not allowed here: the value must be "darwin", "freebsd", "linux", "openbsd", "solaris" or "windows".\n\n' +
        "--- packerErrorText\n" +
        "1 error(s) occurred:\n\n" +
        '* "macos" is not allowed here: the value must be "darwin", "freebsd", "linux", "openbsd", "solaris" or "windows".\n',
    );
  });

  test("the environment variable format, and unknown values", () => {
    expect(errors(shellLocalConfig.prepare({ inline: ["a"], environment_vars: ["X"] }))).toEqual([
      "Environment variable not in format 'key=value': X",
    ]);
    const r = shellLocalConfig.prepare(
      hcl("environment_vars = [var.x]\nonly_on = [var.x]\nscript = var.x\n", unknownCtx),
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.unknownPaths).toEqual(["script", "environment_vars[0]", "only_on[0]"]);
  });
});

describe("file (§4.3)", () => {
  test("defaults", () => {
    const r = fileConfig.prepare({ source: "a", destination: "/tmp/a" });
    expect(r.config).toMatchObject({ direction: "upload", generated: false, sources: null, content: null });
  });

  test("direction is upload or download", () => {
    expect(fileConfig.prepare({ source: "a", destination: "b", direction: "download" }).config?.direction).toBe(
      "download",
    );
    expect(errors(fileConfig.prepare({ source: "a", destination: "b", direction: "sideways" }))).toEqual([
      '"sideways" is not allowed here: the value must be "upload" or "download".',
    ]);
  });

  test("content conflicts with source and sources, in Packer's words", () => {
    expect(errors(fileConfig.prepare({ content: "x", source: "a", destination: "b" }))).toEqual([
      "source(s) conflicts with content.",
    ]);
    expect(errors(fileConfig.prepare({ content: "x", sources: ["a"], destination: "b" }))).toEqual([
      "source(s) conflicts with content.",
    ]);
    // source and sources go together (source is appended to sources).
    expect(errors(fileConfig.prepare({ source: "a", sources: ["b"], destination: "c" }))).toEqual([]);
  });

  test("destination is required (Packer: `Destination must be specified.`)", () => {
    const l = layerFromText("p.pkr.hcl", 'source = "a"\n');
    expect(errorsText(fileConfig.prepare(l.raw), { "p.pkr.hcl": l }, false)).toBe(
      "Error: Missing required argument\n\n" +
        "  on p.pkr.hcl line 1:\n" +
        '   1: source = "a"\n' +
        "      ^\n\n" +
        'The argument "destination" is required, but no definition was found.\n\n',
    );
  });

  test("Packer's quirk is kept: neither source(s) nor content is not an error", () => {
    expect(fileConfig.prepare({ destination: "/tmp/" }).diagnostics).toEqual([]);
  });

  test("unknown values are not validated", () => {
    const r = fileConfig.prepare(hcl("source = var.x\ndestination = var.x\ndirection = var.x\n", unknownCtx));
    expect(r.diagnostics).toEqual([]);
    expect(r.unknownPaths).toEqual(["source", "destination", "direction"]);
  });
});

describe("breakpoint (§4.4)", () => {
  test("defaults", () => {
    const r = breakpointConfig.prepare();
    expect(r.diagnostics).toEqual([]);
    expect(r.config).toMatchObject({ disable: false, note: "" });
  });

  test("settings and a wrong type", () => {
    expect(breakpointConfig.prepare(hcl('disable = "true"\nnote = 42\n')).config).toMatchObject({
      disable: true,
      note: "42",
    });
    expect(errors(breakpointConfig.prepare({ disable: "yes" }))).toEqual([
      '"disable" must be a bool, not a string ("yes").',
    ]);
  });
});
