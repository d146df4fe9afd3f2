/**
 * go-cty-yaml's `yamlencode` and `yamldecode`, and go-cty-yaml's `Marshal`,
 * which turns a cty value into the events libyaml's emitter writes. The
 * emitter and the decoder each live in their own module; this one is the
 * thin cty layer between them and Packer's function table.
 */
import { convert, ConversionError } from "../cty/convert.js";
import * as num from "../cty/number.js";
import { DynamicPseudoType, StringType, type Type } from "../cty/types.js";
import { stringVal, type Value } from "../cty/value.js";
import { Function, FunctionError, staticReturnType } from "./function.js";
import { parseYAML, yamlFail } from "./yaml-decode.js";
import { Emitter, type YEvent } from "./yaml-emit.js";

function yamlEvents(v: Value, out: YEvent[]): void {
  if (v.isNull()) {
    out.push({ kind: "scalar", value: "null", style: "plain" });
    return;
  }
  if (!v.isKnown()) throw new FunctionError("cannot serialize unknown value as YAML");
  const t = v.type;
  switch (t.kind) {
    case "string": {
      const s = v.asString();
      out.push({ kind: "scalar", value: s, style: s.includes("\n") ? "literal" : "double" });
      return;
    }
    case "number": {
      const n = v.asNumber();
      let s = num.numberText(n, v.prec);
      if (num.isInfinite(n)) s = num.sign(n) > 0 ? "+.Inf" : "-.Inf";
      out.push({ kind: "scalar", value: s, style: "plain" });
      return;
    }
    case "bool":
      out.push({ kind: "scalar", value: v.asBool() ? "true" : "false", style: "plain" });
      return;
    case "list":
    case "set":
    case "tuple":
      out.push({ kind: "seq-start" });
      for (const e of v.elements()) yamlEvents(e, out);
      out.push({ kind: "seq-end" });
      return;
    case "map":
    case "object":
      out.push({ kind: "map-start" });
      for (const [k, e] of v.entries()) {
        out.push({ kind: "scalar", value: k, style: k.includes("\n") ? "literal" : "double" });
        yamlEvents(e, out);
      }
      out.push({ kind: "map-end" });
      return;
    default:
      throw new FunctionError(`can't marshal ${t.friendlyName()} as YAML`);
  }
}

/** go-cty-yaml `Marshal` with the Standard converter (block style). */
export function yamlMarshal(v: Value): string {
  const events: YEvent[] = [];
  yamlEvents(v, events);
  events.push({ kind: "doc-end" });
  return new Emitter(events).run();
}

/** go-cty-yaml `yamlencode`. */
export const YAMLEncodeFunc = new Function({
  description: "Returns a string containing a YAML representation of the given value.",
  params: [{ name: "value", type: DynamicPseudoType, allowNull: true, allowDynamicType: true }],
  type: staticReturnType(StringType),
  impl: (args) => stringVal(yamlMarshal(args[0]!)),
});

/** go-cty-yaml `yamldecode`: the type is implied by the document (YAML 1.1 typing of plain scalars). */
export const YAMLDecodeFunc = new Function({
  description: "Parses the given string as YAML and returns a value corresponding to what the YAML document describes.",
  params: [{ name: "src", type: StringType }],
  type: (args) => {
    const src = args[0]!;
    if (!src.isKnown()) return DynamicPseudoType;
    try {
      return parseYAML(src.asString(), true) as Type;
    } catch (e) {
      yamlFail(e);
    }
  },
  impl: (args, retType) => {
    try {
      const v = parseYAML(args[0]!.asString(), false) as Value;
      return convert(v, retType);
    } catch (e) {
      if (e instanceof ConversionError) throw new FunctionError(e.message);
      yamlFail(e);
    }
  },
});
