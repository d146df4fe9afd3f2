/**
 * `templatefile(path, vars)` as Packer 1.14 implements it
 * (hcl2template/function/templatefile.go, FN-05): the file, read the way
 * `file` reads it, is parsed as a bare HCL template and evaluated with only
 * the keys of `vars` as variables and Packer's function table, in which
 * `templatefile` itself is replaced by a stub that refuses to run, so a
 * template cannot include itself forever.
 *
 * It lives in src/hcl because it parses and evaluates HCL; the filesystem
 * access goes through the injected FileSystemHost.
 */
import { parseTemplate } from "../../../grammar/index.js";
import { DynamicPseudoType, StringType, type Type } from "../../cty/types.js";
import { stringVal, type Value } from "../../cty/value.js";
import { makeFileFunc } from "../../functions/filesystem.js";
import { ArgError, Function, FunctionError, type Parameter } from "../../functions/function.js";
import type { FileSystemHost } from "../../functions/host.js";
import type { Expression } from "../ast.js";
import { diagnosticsString, hasErrors } from "../diagnostic.js";
import { evaluate } from "../eval.js";
import { EvalContext } from "../eval-context.js";
import { rangeString } from "../pos.js";
import { goQuote } from "../quote.js";
import { variables } from "../static.js";
import { isValidIdentifier } from "../unicode.js";

const params: readonly Parameter[] = [
  { name: "path", type: StringType },
  { name: "vars", type: DynamicPseudoType },
];

/** What a template inside a template gets instead of `templatefile`: same parameters, always an error. */
const recursionStub = new Function({
  description: "templatefile cannot be called from inside a template rendered by templatefile.",
  params,
  type: () => {
    throw new FunctionError("cannot recursively call templatefile from inside templatefile call");
  },
  impl: () => {
    throw new FunctionError("cannot recursively call templatefile from inside templatefile call");
  },
});

/**
 * Makes `templatefile` for templates in `baseDir`. `getFunctions` is called
 * at each render (not now), so the table may include the function being
 * made; its `templatefile` entry, if any, is replaced by the recursion stub.
 */
export function makeTemplateFileFunc(
  host: FileSystemHost,
  baseDir: string,
  getFunctions: () => ReadonlyMap<string, Function>,
): Function {
  const fileFunc = makeFileFunc(host, baseDir);

  const load = (path: string): Expression => {
    // The same path interpretation and checks as `file` (go-cty-funcs filesystem.File).
    const text = fileFunc.call([stringVal(path)]).asString();
    const r = parseTemplate(text, path);
    if (hasErrors(r.diagnostics)) throw new FunctionError(diagnosticsString(r.diagnostics));
    return r.value;
  };

  const render = (expr: Expression, vars: Value): Value => {
    const t = vars.type;
    if (t.kind !== "map" && t.kind !== "object") throw new ArgError(1, "invalid vars value: must be a map");
    const entries = vars.entries();
    for (const name of entries.keys()) {
      if (!isValidIdentifier(name)) {
        throw new ArgError(
          1,
          `invalid template variable name ${goQuote(name)}: must start with a letter, followed by zero or more letters, digits, and underscores`,
        );
      }
    }
    // Checked before evaluating, so the message says it is about templatefile's vars.
    for (const traversal of variables(expr)) {
      const root = traversal[0]!;
      const name = root.kind === "root" ? root.name : "";
      if (!entries.has(name)) {
        throw new ArgError(
          1,
          `vars map does not contain key ${goQuote(name)}, referenced at ${rangeString(root.range)}`,
        );
      }
    }
    const functions = new Map<string, Function>();
    for (const [name, fn] of getFunctions()) functions.set(name, name === "templatefile" ? recursionStub : fn);
    // Go's AsValueMap gives no map at all for an empty one: then no variables are defined.
    const ctx = new EvalContext({ variables: entries.size > 0 ? entries : undefined, functions });
    const r = evaluate(expr, ctx);
    if (hasErrors(r.diagnostics)) throw new FunctionError(diagnosticsString(r.diagnostics));
    return r.value;
  };

  return new Function({
    description:
      "Renders a file as an HCL template with the given variables; the template may call functions but not templatefile.",
    params,
    type: (args): Type => {
      const [path, vars] = args as [Value, Value];
      if (!path.isKnown() || !vars.isKnown()) return DynamicPseudoType;
      // Rendering is the only way to know the type: a template that is a
      // single interpolation yields that value's own type. Go renders again
      // in the implementation; so do we.
      return render(load(path.asString()), vars).type;
    },
    impl: (args) => render(load(args[0]!.asString()), args[1]!),
  });
}
