// The text renderer beyond what the Go-recorded fixtures cover (DIAG-10):
// colour, wrapping, unknown sources, value lines, warnings, JSON shape.
import { describe, expect, test } from "vitest";
import { parseHCL } from "../../src/index.js";
import type { Diagnostic } from "../../src/hcl/diagnostic.js";
import { nativeRenderSource } from "../../src/hcl/navigation.js";
import { renderDiagnosticsJSON, renderDiagnosticsText, wrapString } from "../../src/hcl/render.js";

const src = 'build "x" {\n  name = "demo"\n  count = 1\n}\n';
const { file } = parseHCL(src, "t.hcl");
const files = new Map([["t.hcl", nativeRenderSource(file.source, file.body)]]);
const nameAttr = file.body.blocks[0]!.body.attributes[0]!;

function diag(extra: Partial<Diagnostic> = {}): Diagnostic {
  return {
    severity: "error",
    summary: "Unsupported argument",
    detail: 'An argument named "name" is not expected here. Did you mean "names"?',
    subject: nameAttr.nameRange,
    ...extra,
  };
}

describe("DIAG-10 text renderer", () => {
  test("layout: summary, location with block context, numbered line, detail", () => {
    expect(renderDiagnosticsText([diag()], files)).toBe(
      "Error: Unsupported argument\n\n" +
        '  on t.hcl line 2, in build "x":\n' +
        '   2:   name = "demo"\n\n' +
        'An argument named "name" is not expected here. Did you mean "names"?\n\n',
    );
  });

  test("colour marks the severity word and underlines exactly the subject", () => {
    expect(renderDiagnosticsText([diag()], files, { color: true })).toBe(
      "\x1b[31mError\x1b[0m: Unsupported argument\n\n" +
        '  on t.hcl line 2, in build "x":\n' +
        '   2:   \x1b[1;4mname\x1b[0m = "demo"\n\n' +
        'An argument named "name" is not expected here. Did you mean "names"?\n\n',
    );
  });

  test("warnings are yellow", () => {
    const out = renderDiagnosticsText([diag({ severity: "warning", summary: "Deprecated" })], files, { color: true });
    expect(out.startsWith("\x1b[33mWarning\x1b[0m: Deprecated\n\n")).toBe(true);
  });

  test("a context range widens the snippet to several lines, only the subject is underlined", () => {
    const out = renderDiagnosticsText([diag({ context: file.body.blocks[0]!.range })], files, { color: true });
    expect(out).toBe(
      "\x1b[31mError\x1b[0m: Unsupported argument\n\n" +
        '  on t.hcl line 2, in build "x":\n' +
        '   1: build "x" {\n' +
        '   2:   \x1b[1;4mname\x1b[0m = "demo"\n' +
        "   3:   count = 1\n" +
        "   4: }\n\n" +
        'An argument named "name" is not expected here. Did you mean "names"?\n\n',
    );
  });

  test("a file the renderer does not have is named without a snippet", () => {
    const d = diag({ subject: { ...nameAttr.nameRange, filename: "other.hcl" } });
    expect(renderDiagnosticsText([d], files)).toBe(
      "Error: Unsupported argument\n\n" +
        "  on other.hcl line 2:\n  (source code not available)\n\n" +
        'An argument named "name" is not expected here. Did you mean "names"?\n\n',
    );
  });

  test("without a subject only summary and detail are printed", () => {
    expect(renderDiagnosticsText([{ severity: "error", summary: "Oops", detail: "It broke." }], files)).toBe(
      "Error: Oops\n\nIt broke.\n\n",
    );
  });

  test("value lines come sorted, one per referenced variable", () => {
    const d = diag({
      values: [
        { traversal: "var.b", statement: ' as "x"' },
        { traversal: "var.a", statement: " set to null" },
      ],
    });
    expect(renderDiagnosticsText([d], files)).toContain('with var.a set to null,\n     var.b as "x".\n\n');
  });

  test("details wrap at the width, breaking only at spaces", () => {
    const out = renderDiagnosticsText([diag({ detail: "word ".repeat(30).trim() })], files, { width: 40 });
    const detailLines = out.trimEnd().split("\n").slice(-4);
    for (const l of detailLines) expect(l.length).toBeLessThanOrEqual(40);
  });
});

describe("go-wordwrap semantics", () => {
  test("long words overflow rather than break", () => {
    expect(wrapString("short averyveryverylongword end", 10)).toBe("short\naveryveryverylongword\nend");
  });
  test("existing newlines are kept", () => {
    expect(wrapString("a b\n\nc d", 3)).toBe("a b\n\nc d");
  });
});

describe("CLI-07 JSON shape", () => {
  test("pretty-printed with two spaces, detail and subject omitted when absent", () => {
    const out = renderDiagnosticsJSON([{ severity: "error", summary: "A <b>", detail: "" }]);
    expect(out).toBe(
      '{\n  "diagnostics": [\n    {\n      "severity": "error",\n      "summary": "A \\u003cb\\u003e"\n    }\n  ]\n}\n',
    );
  });
});
