/**
 * The hcldec ObjectSpec of a declaration, as Packer's generated `HCL2Spec()`
 * (packer-provisioners.md §3.3): attributes by type, nested configs as
 * blocks. Like Packer's, every attribute is optional at this level and block
 * counts are not limited: another layer (an override, a plain map) may still
 * supply the value, so `prepare` checks presence after merging.
 */
import type { ObjectSpec, Spec } from "../hcldec/spec.js";
import type { Fields } from "./config.js";

export function deriveObjectSpec(fields: Fields): ObjectSpec {
  const attributes: Record<string, Spec> = {};
  for (const [name, f] of Object.entries(fields)) {
    switch (f.kind) {
      case "attr":
        attributes[name] = { kind: "attr", name, type: f.type.hclType };
        break;
      case "block":
        attributes[name] = { kind: "block", typeName: name, nested: f.config.objectSpec() };
        break;
      case "blockList":
        attributes[name] = { kind: "block_list", typeName: name, nested: f.config.objectSpec() };
        break;
      case "blockMap":
        attributes[name] = {
          kind: "block_map",
          typeName: name,
          labelNames: [f.options.labelName],
          nested: f.config.objectSpec(),
        };
        break;
    }
  }
  return { kind: "object", attributes };
}
