/**
 * @cdktf/hcl2json: HashiCorp's Go HCL parser (v2.23) compiled to
 * WebAssembly — a second referee that needs no Go toolchain.
 */
import { parse } from "@cdktf/hcl2json";

export interface RefereeVerdict {
  accepted: boolean;
  /** Line of the first error, when rejected. */
  line?: number;
  message?: string;
}

export async function hcl2jsonVerdict(text: string, filename = "input.hcl"): Promise<RefereeVerdict> {
  try {
    await parse(filename, text);
    return { accepted: true };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // hcl2json parses, then converts the tree to JSON; some valid bodies (mixed
    // labelled and unlabelled blocks of one type, say) have no JSON form. The
    // parse itself succeeded there.
    if (message.startsWith("convert to HCL")) return { accepted: true };
    const escaped = filename.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const m = new RegExp(`${escaped}:(\\d+),`).exec(message);
    return { accepted: false, line: m !== null ? Number(m[1]) : undefined, message };
  }
}
