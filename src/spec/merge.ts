/**
 * Layering: later layers win, field by field (packer-provisioners.md §1.6,
 * §2.2 step 5). Scalars and lists are replaced whole; maps and labelled
 * blocks merge key by key; a single nested block merges field by field;
 * unset fields (and nulls) never overwrite.
 *
 * Deliberate difference from Packer: mapstructure overlays lists element by
 * element (`[a,b,c]` then `[x]` gives `[x,b,c]`), which surprises everyone
 * who writes an override; here the later list replaces the earlier one.
 */
import type { Fields } from "./config.js";
import type { AnyField } from "./fields.js";
import type { ConfigNode, MapNode, Node, Origin } from "./layer-tree.js";

/** Merges two layers of the same config; `b` is the later one. */
export function mergeConfig(fields: Fields, a: ConfigNode, b: ConfigNode): ConfigNode {
  const out = new Map<string, Node>(a.fields);
  for (const [name, nb] of b.fields) {
    const na = out.get(name);
    const f = fields[name];
    out.set(name, na === undefined || f === undefined ? nb : mergeField(f, na, nb));
  }
  return { k: "config", fields: out, origin: laterOrigin(a.origin, b.origin) };
}

function mergeField(f: AnyField, a: Node, b: Node): Node {
  switch (f.kind) {
    case "attr":
      return f.type.kind === "map" && a.k === "map" && b.k === "map" ? mergeEntries(a, b, (_, y) => y) : b;
    case "block":
      return a.k === "config" && b.k === "config" ? mergeConfig(f.config.fields, a, b) : b;
    case "blockList":
      return b;
    case "blockMap":
      if (a.k !== "map" || b.k !== "map") return b;
      return mergeEntries(a, b, (x, y) =>
        x.k === "config" && y.k === "config" ? mergeConfig(f.config.fields, x, y) : y,
      );
  }
}

function mergeEntries(a: MapNode, b: MapNode, both: (x: Node, y: Node) => Node): MapNode {
  const entries = new Map<string, Node>(a.entries);
  for (const [k, y] of b.entries) {
    const x = entries.get(k);
    entries.set(k, x === undefined ? y : both(x, y));
  }
  return { k: "map", entries, origin: laterOrigin(a.origin, b.origin) };
}

/** The later layer's origin, keeping the earlier range when the later layer has none (a plain object). */
function laterOrigin(a: Origin, b: Origin): Origin {
  if (b.range !== undefined || a.range === undefined) return b;
  return { ...b, range: a.range };
}
