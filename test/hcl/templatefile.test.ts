// templatefile (FN-05): Packer 1.14 hcl2template/function/templatefile.go.
// Expected values and error texts come from Packer's templatefile_test.go
// (TestTemplateFile, whose testdata files are recreated here in memory) and,
// for template evaluation diagnostics, from the Go oracle (test/tools/hcleval
// in template mode).
import { describe, expect, test } from "vitest";
import { parseExpression } from "../../src/index.js";
import { listOf, StringType } from "../../src/cty/types.js";
import {
  DynamicVal,
  EmptyObjectVal,
  listVal,
  mapVal,
  mapValEmpty,
  nullVal,
  objectVal,
  stringVal,
  True,
  tupleVal,
  unknownVal,
  type Value,
} from "../../src/cty/value.js";
import { makeFileFunc } from "../../src/functions/filesystem.js";
import { ArgError, Function, FunctionError, staticReturnType } from "../../src/functions/function.js";
import { type FileSystemHost, memoryHost } from "../../src/functions/host.js";
import { EvalContext } from "../../src/hcl/eval-context.js";
import { evaluate } from "../../src/hcl/eval.js";
import { makeTemplateFileFunc } from "../../src/hcl/ext/templatefile.js";

// A small stand-in for cty's join, enough for func.tmpl.
const JoinFunc = new Function({
  params: [
    { name: "separator", type: StringType },
    { name: "list", type: listOf(StringType) },
  ],
  type: staticReturnType(StringType),
  impl: (args) =>
    stringVal(
      args[1]!
        .elements()
        .map((e) => e.asString())
        .join(args[0]!.asString()),
    ),
});

// Packer's hcl2template/function/testdata (shared with Terraform's lang/funcs).
const TESTDATA = {
  "testdata/hello.txt": "Hello World",
  "testdata/hello.tmpl": "Hello, ${name}!",
  "testdata/icon.png": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]),
  "testdata/func.tmpl": 'The items are ${join(", ", list)}',
  "testdata/recursive.tmpl": '${templatefile("recursive.tmpl", {})}',
  "testdata/list.tmpl": "%{ for x in list ~}\n- ${x}\n%{ endfor ~}\n",
  "testdata/bare.tmpl": "${val}",
  "testdata/bad.tmpl": "Hello ${",
  "testdata/two.tmpl": "${a.b} and ${a.c}",
  "testdata/unknownfn.tmpl": "${nope(1)}",
  "testdata/cond.tmpl": "%{ if x }yes%{ endif }",
  "testdata/forvars.tmpl": "%{ for k, v in m }${k}=${v};%{ endfor }",
};

function setup(extra: Record<string, string> = {}): { host: FileSystemHost; fn: Function } {
  const host = memoryHost({ cwd: "/packer/hcl2template/function", files: { ...TESTDATA, ...extra } });
  // As in Packer's test: the table holds a placeholder under "templatefile", which the stub replaces.
  const table = new Map<string, Function>([
    ["join", JoinFunc],
    ["templatefile", makeFileFunc(host, ".")],
  ]);
  return { host, fn: makeTemplateFileFunc(host, ".", () => table) };
}

function callError(f: Function, ...args: Value[]): FunctionError {
  try {
    f.call(args);
  } catch (e) {
    if (e instanceof FunctionError) return e;
    throw e;
  }
  throw new Error("call succeeded; want an error");
}

describe("FN-05 templatefile: Packer's TestTemplateFile", () => {
  const { fn } = setup();
  const ok: [string, Value, Value][] = [
    ["testdata/hello.txt", EmptyObjectVal, stringVal("Hello World")],
    ["testdata/hello.tmpl", mapVal({ name: stringVal("Jodie") }), stringVal("Hello, Jodie!")],
    ["testdata/hello.tmpl", objectVal({ name: stringVal("Jimbo") }), stringVal("Hello, Jimbo!")],
    [
      "testdata/func.tmpl",
      objectVal({ list: listVal([stringVal("a"), stringVal("b"), stringVal("c")]) }),
      stringVal("The items are a, b, c"),
    ],
    [
      "testdata/list.tmpl",
      objectVal({ list: listVal([stringVal("a"), stringVal("b"), stringVal("c")]) }),
      stringVal("- a\n- b\n- c\n"),
    ],
    // A template that is a single interpolation yields that value with its own type.
    ["testdata/bare.tmpl", objectVal({ val: True }), True],
  ];
  test.each(ok)("templatefile(%j, …)", (path, vars, want) => {
    const got = fn.call([stringVal(path), vars]);
    expect(got.rawEquals(want)).toBe(true);
  });

  const errors: [string, Value, string, number | undefined][] = [
    [
      "testdata/icon.png",
      EmptyObjectVal,
      "contents of testdata/icon.png are not valid UTF-8; use the filebase64 function to obtain the Base64 encoded contents or the other file functions (e.g. filemd5, filesha256) to obtain file hashing results instead",
      undefined,
    ],
    ["testdata/missing", EmptyObjectVal, "no file exists at testdata/missing", undefined],
    [
      "testdata/hello.tmpl",
      mapVal({ "name!": stringVal("Jodie") }),
      'invalid template variable name "name!": must start with a letter, followed by zero or more letters, digits, and underscores',
      1,
    ],
    [
      "testdata/hello.tmpl",
      EmptyObjectVal,
      'vars map does not contain key "name", referenced at testdata/hello.tmpl:1,10-14',
      1,
    ],
    [
      "testdata/recursive.tmpl",
      mapValEmpty(StringType),
      'testdata/recursive.tmpl:1,3-16: Error in function call; Call to function "templatefile" failed: cannot recursively call templatefile from inside templatefile call.',
      undefined,
    ],
    [
      "testdata/list.tmpl",
      objectVal({ list: True }),
      "testdata/list.tmpl:1,13-17: Iteration over non-iterable value; A value of type bool cannot be used as the collection in a 'for' expression.",
      undefined,
    ],
  ];
  test.each(errors)("templatefile(%j, …) fails: %s", (path, vars, message, argIndex) => {
    const e = callError(fn, stringVal(path), vars);
    expect(e.message).toBe(message);
    if (argIndex === undefined) expect(e).not.toBeInstanceOf(ArgError);
    else expect((e as ArgError).index).toBe(argIndex);
  });
});

describe("FN-05 templatefile: vars, unknowns and marks", () => {
  const { fn } = setup();
  test("vars must be a map or an object", () => {
    for (const v of [stringVal("x"), tupleVal([stringVal("x")]), listVal([stringVal("x")])]) {
      const e = callError(fn, stringVal("testdata/hello.txt"), v);
      expect(e).toBeInstanceOf(ArgError);
      expect([(e as ArgError).index, e.message]).toEqual([1, "invalid vars value: must be a map"]);
    }
  });
  test("null vars are refused by the call itself", () => {
    const e = callError(fn, stringVal("testdata/hello.txt"), nullVal(listOf(StringType)));
    expect(e.message).toBe("argument must not be null");
  });
  test("an unknown path or vars gives an unknown result of unknown type", () => {
    const a = fn.call([unknownVal(StringType), EmptyObjectVal]);
    expect([a.isKnown(), a.type.kind]).toEqual([false, "dynamic"]);
    const b = fn.call([stringVal("testdata/hello.tmpl"), DynamicVal]);
    expect(b.isKnown()).toBe(false);
  });
  test("unknown values inside known vars flow through the template", () => {
    const r = fn.call([stringVal("testdata/hello.tmpl"), objectVal({ name: unknownVal(StringType) })]);
    expect([r.isKnown(), r.type.kind]).toEqual([false, "string"]);
    const c = fn.call([stringVal("testdata/cond.tmpl"), objectVal({ x: unknownVal(True.type) })]);
    expect([c.isKnown(), c.type.kind]).toEqual([false, "string"]);
  });
  test("marked vars mark the result", () => {
    const r = fn.call([stringVal("testdata/hello.tmpl"), objectVal({ name: stringVal("s3cr3t").mark("sensitive") })]);
    expect(r.hasMark("sensitive")).toBe(true);
    expect(r.unmark()[0].asString()).toBe("Hello, s3cr3t!");
  });
  test("for-expression names are not taken for vars references", () => {
    const r = fn.call([
      stringVal("testdata/forvars.tmpl"),
      objectVal({ m: mapVal({ a: stringVal("1"), b: stringVal("2") }) }),
    ]);
    expect(r.asString()).toBe("a=1;b=2;");
  });
  test("extra vars are allowed", () => {
    const r = fn.call([stringVal("testdata/hello.tmpl"), objectVal({ name: stringVal("x"), unused: True })]);
    expect(r.asString()).toBe("Hello, x!");
  });
});

describe("FN-05 templatefile: template diagnostics become the error text (Go's Diagnostics.Error)", () => {
  const { fn } = setup();
  test("a syntax error (Go oracle: Missing expression at 1,9-9)", () => {
    expect(callError(fn, stringVal("testdata/bad.tmpl"), EmptyObjectVal).message).toBe(
      "testdata/bad.tmpl:1,9-9: Missing expression; Expected the start of an expression, but found the end of the file.",
    );
  });
  test("several errors: the first, then a count (Go oracle: two Unsupported attribute errors)", () => {
    expect(callError(fn, stringVal("testdata/two.tmpl"), objectVal({ a: EmptyObjectVal })).message).toBe(
      'testdata/two.tmpl:1,4-6: Unsupported attribute; This object does not have an attribute named "b"., and 1 other diagnostic(s)',
    );
  });
  test("functions come from the table; unknown ones are HCL's usual error (Go oracle)", () => {
    expect(callError(fn, stringVal("testdata/unknownfn.tmpl"), EmptyObjectVal).message).toBe(
      'testdata/unknownfn.tmpl:1,3-7: Call to unknown function; There is no function named "nope".',
    );
  });
  test("without a templatefile entry in the table there is no stub: the recursive call is an unknown function, as in Go", () => {
    const host = memoryHost({ cwd: "/p", files: TESTDATA });
    const f = makeTemplateFileFunc(host, ".", () => new Map([["join", JoinFunc]]));
    expect(callError(f, stringVal("testdata/recursive.tmpl"), EmptyObjectVal).message).toBe(
      'testdata/recursive.tmpl:1,3-15: Call to unknown function; There is no function named "templatefile".',
    );
  });
  test("the recursion stub keeps templatefile's parameters: arity is checked first", () => {
    const { fn: f } = setup({ "testdata/arity.tmpl": '${templatefile("x")}' });
    expect(callError(f, stringVal("testdata/arity.tmpl"), EmptyObjectVal).message).toBe(
      'testdata/arity.tmpl:1,19-20: Not enough function arguments; Function "templatefile" expects 2 argument(s). Missing value for "vars".',
    );
  });
});

describe("FN-05 templatefile through the evaluator", () => {
  const host = memoryHost({ cwd: "/", files: { "/tpl/hello.tmpl": "Hello, ${name}!" } });
  const functions = new Map<string, Function>();
  functions.set(
    "templatefile",
    makeTemplateFileFunc(host, "/tpl", () => functions),
  );
  const ctx = new EvalContext({ functions });
  const run = (src: string): { value: Value; diags: [string, string][] } => {
    const r = evaluate(parseExpression(src, "main.pkr.hcl").value, ctx);
    return { value: r.value, diags: r.diagnostics.map((d) => [d.summary, d.detail]) };
  };
  test("relative paths resolve against the template directory; the table may contain templatefile itself", () => {
    const r = run('templatefile("hello.tmpl", { name = "Ana" })');
    expect(r.diags).toEqual([]);
    expect(r.value.asString()).toBe("Hello, Ana!");
  });
  test("an ArgError about vars is reported at the vars argument", () => {
    expect(run('templatefile("hello.tmpl", {})').diags).toEqual([
      [
        "Invalid function argument",
        'Invalid value for "vars" parameter: vars map does not contain key "name", referenced at hello.tmpl:1,10-14.',
      ],
    ]);
  });
  test("a missing file is a failed call", () => {
    expect(run('templatefile("nope.tmpl", {})').diags).toEqual([
      ["Error in function call", 'Call to function "templatefile" failed: no file exists at /tpl/nope.tmpl.'],
    ]);
  });
});
