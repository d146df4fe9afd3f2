/**
 * Where in a JSON document a byte lies, for the text renderer's "in …" note
 * (hcl `json/navigation.go`): the path of property names and array indices
 * through the objects and arrays that contain it, such as `a.b[0]`.
 */
import type { JsonNode } from "./ast.js";

function contains(n: JsonNode, byte: number): boolean {
  const s = n.span;
  return byte >= s.startByte && byte < s.endByte;
}

export function jsonContextString(root: JsonNode, byte: number): string {
  let out = "";
  let n: JsonNode = root;
  for (;;) {
    let next: JsonNode | undefined;
    if (n.kind === "object") {
      for (const p of n.properties) {
        const v = p.value;
        if ((v.kind === "object" || v.kind === "array") && contains(v, byte)) {
          out += "." + p.name;
          next = v;
          break;
        }
      }
    } else if (n.kind === "array") {
      for (let i = 0; i < n.values.length; i++) {
        const v = n.values[i]!;
        if ((v.kind === "object" || v.kind === "array") && contains(v, byte)) {
          out += `[${i}]`;
          next = v;
          break;
        }
      }
    }
    if (next === undefined) break;
    n = next;
  }
  return out.startsWith(".") ? out.slice(1) : out;
}
