/**
 * `plinth schema TYPE`: the JSON Schema of a built-in provisioner's config
 * (its JSON form), for editors and for validating configs without Plinth.
 * Exit codes: 0 printed, 1 unknown type, 2 usage.
 */
import { nameSuggestion } from "../hcl/didyoumean.js";
import { builtinConfigs } from "../provisioners/builtin-configs.js";
import { type SchemaForm, toJSONSchema } from "../spec/json-schema.js";
import type { Streams } from "./main.js";

function knownTypes(): string[] {
  return [...builtinConfigs.keys()].sort();
}

function usage(): string {
  return `Usage: plinth schema [--form plain|hcl-json] TYPE

Prints the JSON Schema (draft 2020-12) of the built-in provisioner TYPE's
configuration in its JSON form: the settings of a provisioner block, as an
object. Durations are Go duration strings ("30s", "1h5m"); the custom format
"go-duration" marks them.

  --form plain     (default) the plain object Plinth's prepare takes, exactly
  --form hcl-json  a provisioner body in HCL's JSON syntax (.pkr.json), where
                   strings may be templates ("\${var.x}") standing for any value

Types: ${knownTypes().join(", ")}
`;
}

export function schemaCommand(args: string[], io: Streams): number {
  const positional: string[] = [];
  let form: SchemaForm = "plain";
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--help" || a === "-h") {
      io.stdout(usage());
      return 0;
    }
    if (a === "--form" || a.startsWith("--form=")) {
      const v = a === "--form" ? args[++i] : a.slice("--form=".length);
      if (v !== "plain" && v !== "hcl-json") {
        io.stderr(`plinth schema: --form must be "plain" or "hcl-json"\n\n${usage()}`);
        return 2;
      }
      form = v;
      continue;
    }
    if (a.startsWith("-") && a !== "-") {
      io.stderr(`plinth schema: unknown option "${a}"\n\n${usage()}`);
      return 2;
    }
    positional.push(a);
  }
  if (positional.length !== 1) {
    io.stderr((positional.length === 0 ? "" : "plinth schema: give one TYPE\n\n") + usage());
    return 2;
  }
  const type = positional[0]!;
  const spec = builtinConfigs.get(type);
  if (spec === undefined) {
    const known = knownTypes();
    const suggestion = nameSuggestion(type, known);
    io.stderr(
      `plinth schema: unknown provisioner type ${JSON.stringify(type)}; known types: ${known.join(", ")}` +
        (suggestion !== "" ? `. Did you mean "${suggestion}"?` : "") +
        "\n",
    );
    return 1;
  }
  io.stdout(JSON.stringify(toJSONSchema(spec, { form }), null, 2) + "\n");
  return 0;
}
