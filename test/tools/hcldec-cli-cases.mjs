// The `hcldec` command-line cases recorded into spec-fixtures/hcldec-cli/ by
// record-hcldec-cli.mjs: spec files and spec-file errors (SPEC-*), flags and
// usage (CLI-01), inputs (CLI-02), --vars (CLI-03), contexts (CLI-04),
// output (CLI-05), --var-refs (CLI-06), diagnostics (CLI-07), merging (MRG-01).
//
// Each case: `files` (written into the case folder), `args` (Go hcldec's argv,
// run in that folder), optional `stdin`, optional `outFile` (a file the run
// writes, recorded too), `unordered` (Go prints the diagnostics in map order:
// compare them as a set). `oracle: "plinth"` marks the documented differences
// from Go 2.14.1 (a crash or a bug there), recorded from Plinth instead.

const OBJ_AB = 'object {\n  attr "a" {\n    type = any\n  }\n  attr "b" {\n    type = any\n  }\n}\n';

/** A case whose spec is `spec` and whose input is `input` (in input.hcl), run with `extra` flags. */
function specCase(name, spec, input = "", extra = ["--diags=json"], more = {}) {
  return {
    name,
    files: { "spec.hcldec": spec, "input.hcl": input },
    args: ["--spec=spec.hcldec", ...extra, "input.hcl"],
    ...more,
  };
}

/** The same spec error twice: as JSON diagnostics and in the text layout. */
function specError(name, spec, input = "") {
  return [specCase(`${name}-json`, spec, input), specCase(`${name}-text`, spec, input, [])];
}

/** Input on stdin, spec with attributes a and b of any type. */
function stdinCase(name, stdin, extra = [], spec = OBJ_AB, more = {}) {
  return { name, files: { "spec.hcldec": spec }, args: ["--spec=spec.hcldec", ...extra], stdin, ...more };
}

const FULL_SPEC = `variables {
  greeting = "hi"
}

function "add" {
  params = [a, b]
  result = a + b
}

function "cat" {
  params         = []
  variadic_param = rest
  result         = jsonencode(rest)
}

object {
  attr "name" {
    type = string
  }
  attr "n" {
    type = number
  }
  attr "missing" {
    type = string
  }
  attr "list" {
    type = list(any)
  }
  attr "m" {
    type = map(string)
  }
  block_list "item" {
    object {
      attr "x" {
        type = string
      }
      attr "y" {
        type = string
      }
    }
  }
  block_map "thing" {
    labels = ["kind", "name"]
    attr {
      name = "v"
      type = number
    }
  }
  block_set "s" {
    attr {
      name = "v"
      type = number
    }
  }
  default "d" {
    attr {
      name = "d"
      type = string
    }
    literal {
      value = "fallback"
    }
  }
  transform "t" {
    attr {
      name = "t"
      type = string
    }
    result = nested == null ? null : upper(nested)
  }
}
`;

const FULL_INPUT = `name = "\${greeting} <there> & co"
n    = add(1, 2.5)
list = [1, null, "a"]
m    = { "é" = "1", "z" = "2", "a" = "3", "éx" = "4", "𝒳" = "5", "ﬀ" = "6" }

item {
  x = cat(1, "two", [3])
}
item {
  y = "why"
}

thing "a" "b" {
  v = 1
}
thing "a" "c" {
  v = 2
}

s {
  v = 1
}
s {
  v = 1
}
s {
  v = 3
}

t = "shout"
`;

const FULL_JSON = `{
  "name": "\${greeting} json",
  "n": "\${add(1, 2)}",
  "item": [{"x": "a"}, {"y": "b"}],
  "thing": {"a": {"b": {"v": 1}, "c": [{"v": 2}]}},
  "s": [{"v": 1}],
  "t": "json"
}
`;

const full = (name, args, files = {}, more = {}) => ({
  name,
  files: { "spec.hcldec": FULL_SPEC, "input.hcl": FULL_INPUT, "input.hcl.json": FULL_JSON, ...files },
  args: ["--spec=spec.hcldec", ...args],
  ...more,
});

export const cases = [
  // ------------------------------------------------------------ flags and usage (CLI-01)
  { name: "flags-no-arguments", files: {}, args: [] },
  { name: "flags-help", files: {}, args: ["--help"] },
  { name: "flags-help-short", files: {}, args: ["-h"] },
  { name: "flags-unknown-long", files: {}, args: ["--bogus"] },
  { name: "flags-unknown-short", files: {}, args: ["-x"] },
  { name: "flags-spec-needs-argument", files: {}, args: ["--spec"] },
  { name: "flags-spec-short-needs-argument", files: {}, args: ["-s"] },
  { name: "flags-bad-syntax", files: {}, args: ["---x"] },
  { name: "flags-bad-bool", files: {}, args: ["--with-type=maybe"] },
  { name: "flags-bad-bool-short", files: {}, args: ["-v=maybe"] },
  { name: "flags-version", files: {}, args: ["--version"] },
  { name: "flags-version-short", files: {}, args: ["-v"] },
  { name: "flags-diags-text-rejected", files: {}, args: ["--diags=text"] },
  { name: "flags-double-dash", files: { "spec.hcldec": OBJ_AB }, args: ["--", "--spec=spec.hcldec"] },
  stdinCase("flags-diags-empty-is-text", "a = 1\n", ["--diags="]),
  stdinCase("flags-version-false", "a = 1\n", ["--version=false"]),
  {
    name: "flags-interspersed",
    files: { "spec.hcldec": OBJ_AB, "input.hcl": "a = 1\n" },
    args: ["input.hcl", "--spec", "spec.hcldec", "--with-type"],
  },
  {
    name: "flags-short-forms",
    files: { "spec.hcldec": OBJ_AB, "input.hcl": "a = 1\n" },
    args: ["-sspec.hcldec", "-V={}", "input.hcl"],
  },
  { name: "flags-vars-needs-argument", files: { "spec.hcldec": OBJ_AB }, args: ["-s", "spec.hcldec", "-V"] },

  // ------------------------------------------------------------ the spec file (SPEC-*)
  { name: "spec-required", files: { "input.hcl": "a = 1\n" }, args: ["input.hcl"] },
  { name: "spec-file-missing-json", files: {}, args: ["--spec=nonexist.hcldec", "--diags=json"] },
  { name: "spec-file-missing-text", files: {}, args: ["--spec=nonexist.hcldec"] },
  ...specError("spec-syntax-error", 'object {\n  attr "a" {\n'),
  ...specError("spec-empty", ""),
  ...specError("spec-two-roots", "object {}\nobject {}\n"),
  ...specError("spec-root-label", 'object "x" {}\n'),
  ...specError("spec-unknown-block-type", "atr {}\n"),
  ...specError("spec-root-attribute", "a = 1\n"),
  ...specError("spec-object-child-without-key", "object {\n  attr {}\n}\n"),
  ...specError("spec-attr-name-missing", "array {\n  attr {}\n}\n"),
  ...specError("spec-attr-misspelt-argument", 'array {\n  attr {\n    nme = "a"\n  }\n}\n'),
  ...specError("spec-attr-nested-block", 'attr {\n  name = "a"\n  attr {}\n}\n'),
  ...specError("spec-attr-quoted-type", 'attr {\n  name = "a"\n  type = "string"\n}\n'),
  ...specError("spec-attr-unknown-type", 'attr {\n  name = "a"\n  type = strin\n}\n'),
  ...specError("spec-attr-type-bad-argument", 'attr {\n  name = "a"\n  type = list(1)\n}\n'),
  ...specError("spec-attr-type-tuple-not-list", 'attr {\n  name = "a"\n  type = tuple(string)\n}\n'),
  ...specError("spec-attr-type-object-bad", 'attr {\n  name = "a"\n  type = object({a = 1})\n}\n'),
  ...specError("spec-attr-type-function", 'attr {\n  name = "a"\n  type = upper("x")\n}\n'),
  ...specError("spec-attr-name-not-string", "attr {\n  name = [1]\n}\n"),
  ...specError("spec-attr-required-not-bool", 'attr {\n  name     = "a"\n  required = "yes"\n}\n'),
  ...specError("spec-attr-name-variable", "attr {\n  name = var.x\n}\n"),
  ...specError("spec-block-no-nested", 'block {\n  block_type = "b"\n}\n'),
  ...specError(
    "spec-block-two-nested",
    'block {\n  block_type = "b"\n  attr {\n    name = "x"\n  }\n  attr {\n    name = "y"\n  }\n}\n',
  ),
  ...specError("spec-block-list-no-type", 'array {\n  block_list {\n    attr {\n      name = "x"\n    }\n  }\n}\n'),
  ...specError(
    "spec-block-set-no-type",
    'array {\n  block_set {\n    max_items = 2\n    attr {\n      name = "x"\n    }\n  }\n}\n',
  ),
  ...specError(
    "spec-block-list-fraction",
    'block_list {\n  block_type = "x"\n  min_items  = 1.5\n  attr {\n    name = "x"\n  }\n}\n',
  ),
  ...specError(
    "spec-block-list-unknown-argument",
    'block_set {\n  block_type = "b"\n  bogus = 1\n  literal {\n    value = 1\n  }\n}\n',
  ),
  ...specError(
    "spec-block-list-argument-named-like-block",
    'block_set {\n  block_type = "b"\n  block_list = 1\n  literal {\n    value = 1\n  }\n}\n',
  ),
  ...specError(
    "spec-block-map-no-labels",
    'block_map {\n  block_type = "x"\n  attr {\n    name = "x"\n    type = string\n  }\n}\n',
  ),
  ...specError(
    "spec-block-map-empty-labels",
    'block_map {\n  block_type = "x"\n  labels = []\n  attr {\n    name = "x"\n    type = string\n  }\n}\n',
  ),
  ...specError(
    "spec-block-map-any",
    'block_map {\n  block_type = "x"\n  labels = ["a"]\n  attr {\n    name = "x"\n  }\n}\n',
  ),
  ...specError(
    "spec-block-map-labels-string",
    'block_map {\n  block_type = "x"\n  labels = "a"\n  attr {\n    name = "x"\n    type = string\n  }\n}\n',
  ),
  ...specError(
    "spec-block-map-null-label",
    'block_map {\n  block_type = "x"\n  labels = ["a", null]\n  attr {\n    name = "x"\n    type = string\n  }\n}\n',
  ),
  ...specError("spec-literal-no-value", "literal {}\n"),
  ...specError("spec-literal-variable", "literal {\n  value = nope\n}\n"),
  ...specError("spec-literal-function-error", 'literal {\n  value = length("abc")\n}\n'),
  ...specError("spec-literal-unknown-function", 'literal {\n  value = uper("abc")\n}\n'),
  ...specError("spec-default-empty", "default {}\n"),
  ...specError(
    "spec-default-bad-child",
    'default {\n  attr {\n    name = "x"\n  }\n  literal {\n    value = 1\n  }\n  literal {\n    value = nope\n  }\n}\n',
  ),
  ...specError("spec-transform-empty", "transform {}\n"),
  ...specError(
    "spec-transform-two-nested",
    "transform {\n  literal {\n    value = 1\n  }\n  literal {\n    value = 2\n  }\n}\n",
  ),
  ...specError("spec-variables-nested-block", "variables {\n  x {}\n}\nobject {}\n"),
  ...specError("spec-variables-reference", "variables {\n  x = nope\n}\nobject {}\n"),
  ...specError("spec-function-no-name", "function {\n  params = []\n  result = 1\n}\nobject {}\n"),
  ...specError("spec-function-no-params", 'function "f" {\n  result = 1\n}\nobject {}\n'),
  ...specError("spec-function-params-not-list", 'function "f" {\n  params = "x"\n  result = 1\n}\nobject {}\n'),
  ...specError("spec-function-param-not-name", 'function "f" {\n  params = [1]\n  result = 1\n}\nobject {}\n'),
  ...specError(
    "spec-function-variadic-not-name",
    'function "f" {\n  params         = [a]\n  variadic_param = "x"\n  result         = 1\n}\nobject {}\n',
  ),
  specCase("spec-object-empty", "object {}\n", ""),
  specCase(
    "spec-object-duplicate-key",
    'object {\n  attr "a" {\n    type = number\n  }\n  attr "a" {\n    type = string\n  }\n}\n',
    "a = 1\n",
    ["--with-type"],
  ),
  specCase("spec-block-empty-type", 'block {\n  block_type = ""\n  literal {\n    value = 1\n  }\n}\n', "", [
    "--with-type",
  ]),
  specCase(
    "spec-types",
    'attr {\n  name = "a"\n  type = object({a = string, b = tuple([number, bool]), c = map(set(any))})\n}\n',
    'a = { a = 1, b = ["2", "true"], c = { x = [1, "1"] } }\n',
    ["--with-type"],
  ),
  specCase(
    "spec-functions",
    `array {
  literal {
    value = [abs(-1), coalesce(null, 2), concat([1], [2]), hasindex([1], 0), int(-2.7), jsondecode("[1]")]
  }
  literal {
    value = [jsonencode({a = 1}), length([1, 2]), lower("AB"), max(1, 3), min(1, 3), reverse("abc")]
  }
  literal {
    value = [strlen("héllo"), substr("hello", 1, 3), upper("ab")]
  }
}
`,
    "",
    ["--with-type"],
  ),
  specCase(
    "spec-transform-functions",
    'transform {\n  attr {\n    name = "a"\n    type = string\n  }\n  result = nested == null ? "none" : reverse(nested)\n}\n',
    'a = "abc"\n',
  ),
  specCase(
    "spec-default-chain",
    'default {\n  attr {\n    name = "a"\n  }\n  attr {\n    name = "b"\n  }\n  literal {\n    value = "c"\n  }\n}\n',
    'b = "from b"\n',
  ),
  specCase(
    "spec-default-single",
    'object {\n  default "d" {\n    attr {\n      name = "d"\n    }\n  }\n}\n',
    "d = 1\n",
    ["--with-type"],
    {
      oracle: "plinth",
      note: "Go 2.14.1 crashes (index out of range) on a default block with one nested spec; Plinth warns 'Useless default block' and uses the spec alone",
    },
  ),
  specCase(
    "spec-default-single-warning-shown",
    'object {\n  default "d" {\n    attr {\n      name = "d"\n    }\n  }\n  attr "e" {\n    required = true\n  }\n}\n',
    "d = 1\n",
    ["--diags=json"],
    {
      oracle: "plinth",
      note: "Go 2.14.1 crashes on a default block with one nested spec; the warning is printed along with the errors",
    },
  ),
  specCase(
    "spec-block-attrs",
    'object {\n  block_attrs "tags" {\n    element_type = string\n    required     = true\n  }\n}\n',
    'tags {\n  a = "x"\n  b = 2\n}\n',
    ["--with-type"],
    { oracle: "plinth", note: "Go 2.14.1 leaves block_attrs out of the spec schema (Unsupported block type)" },
  ),
  specCase(
    "spec-block-attrs-missing",
    'object {\n  block_attrs "tags" {\n    required = true\n  }\n}\n',
    "",
    ["--diags=json"],
    {
      oracle: "plinth",
      note: "Go 2.14.1 leaves block_attrs out of the spec schema (Unsupported block type)",
    },
  ),
  specCase(
    "spec-block-label-list",
    `object {
  block_list "svc" {
    object {
      block_label "name" {}
      block_label "kind" {
        index = 1
      }
      attr "port" {
        type = number
      }
    }
  }
}
`,
    'svc "b" "x" {\n  port = 1\n}\nsvc "a" "y" {}\n',
    ["--with-type"],
    { oracle: "plinth", note: "block_label is a Plinth extension (Go has no way to read labels into a list)" },
  ),
  specCase("spec-block-label-outside-block", 'object {\n  block_label "x" {}\n}\n', "", ["--diags=json"], {
    oracle: "plinth",
    note: "block_label is a Plinth extension",
  }),
  specCase(
    "spec-validate",
    `object {
  validate "port" {
    attr {
      name = "port"
      type = number
    }
    condition     = nested == null ? true : nested > 0
    error_message = "The port must be positive."
  }
}
`,
    "port = -1\n",
    ["--diags=json"],
    { oracle: "plinth", note: "validate is a Plinth extension" },
  ),
  specCase(
    "spec-tuple-object-blocks",
    `object {
  block_tuple "t" {
    attr {
      name = "v"
    }
  }
  block_object "o" {
    labels = ["k"]
    attr {
      name = "v"
    }
  }
}
`,
    't {\n  v = 1\n}\nt {\n  v = "s"\n}\no "a" {\n  v = 1\n}\no "b" {\n  v = "x"\n}\n',
    ["--with-type"],
    { oracle: "plinth", note: "block_tuple and block_object are Plinth extensions" },
  ),

  // ------------------------------------------------------------ decoding and output (CLI-02, CLI-05)
  full("decode-full", ["input.hcl"]),
  full("decode-full-keep-nulls", ["--keep-nulls", "input.hcl"]),
  full("decode-full-with-type", ["--with-type", "input.hcl"]),
  full("decode-full-with-type-keep-nulls", ["--with-type", "--keep-nulls", "input.hcl"]),
  full("decode-json-input", ["--with-type", "input.hcl.json"]),
  full("decode-json-suffix", ["--with-type", "input.json"], { "input.json": FULL_JSON }),
  full("decode-merged-native-json", ["input.hcl", "more.hcl.json"], {
    "more.hcl.json": '{"name": "again", "item": {"y": "json"}, "thing": {"b": {"c": {"v": 3}}}}\n',
  }),
  // Go reports duplicates in map order: these compare the diagnostics as a set.
  full(
    "decode-merged-native-json-json-diags",
    ["--diags=json", "input.hcl", "input.hcl.json"],
    {},
    { unordered: true },
  ),
  full("decode-same-file-twice", ["--diags=json", "input.hcl", "input.hcl"], {}, { unordered: true }),
  full("decode-spec-as-input", ["spec.hcldec"]),
  full("decode-missing-input", ["nonexist.hcl"]),
  full("decode-missing-json-input", ["--diags=json", "nonexist.json"]),
  full("decode-directory-input", ["--diags=json", "dir.json"], { "dir.json/.keep": "" }),
  full("decode-out-file", ["--out=out.json", "input.hcl"], {}, { outFile: "out.json" }),
  full("decode-out-file-short", ["-o", "out.json", "--with-type", "input.hcl.json"], {}, { outFile: "out.json" }),
  stdinCase("var-refs-out-file", "a = x[0]\n", ["--var-refs", "--out=refs.json"], OBJ_AB, { outFile: "refs.json" }),
  full("decode-out-unwritable", ["--out=/nonexistent-dir/out.json", "input.hcl"]),
  stdinCase("stdin-basic", "a = 1\nb = [true]\n"),
  stdinCase("stdin-parse-error", "a = \n", ["--diags=json"]),
  // Only "a" is near enough to suggest: Go offers candidates in map order.
  stdinCase("stdin-unsupported", "aaa = 1\n"),
  stdinCase("stdin-duplicate", "a = 1\na = 2\n"),
  stdinCase("output-escaping", 'a = "<>&\\u2028\\u0008\\u000c\\u007f\\u0001"\n'),
  stdinCase("output-escaping-keep-nulls", 'a = "<>&\\u2028\\u0008\\u000c\\u007f\\u0001"\n', ["--keep-nulls"]),
  stdinCase("output-null-kept", "a = null\n", ["--keep-nulls"]),
  stdinCase("output-null-stripped", "a = null\n"),
  stdinCase("output-nested-nulls", "a = [null, { x = null, y = 1 }]\nb = { p = null }\n"),
  stdinCase("output-key-order", 'a = { "é" = 1, "e" = 2, "\\U0001F600" = 3, "\\uffff" = 4, "Z" = 5 }\n'),
  stdinCase("output-numbers", "a = 0.1 + 0.2\nb = [1e400, 12345678901234567890.5, -0]\n", ["--with-type"]),
  stdinCase("output-infinity", "a = 1 / 0\n"),
  stdinCase("output-collections", 'a = { for k in ["x", "y"] : k => k }\nb = [for i in [1, 2] : i * 2]\n', [
    "--with-type",
  ]),
  stdinCase("output-literal-null-root", "", ["--with-type"], "literal {\n  value = null\n}\n"),

  // ------------------------------------------------------------ contexts and variables (CLI-03, CLI-04)
  stdinCase("context-nil-variable", "a = x\n"),
  stdinCase("context-nil-function", "a = f(1)\n"),
  stdinCase("context-unknown-variable", "a = x\n", ["-V", '{"y": 1}']),
  stdinCase("context-vars-literal", 'a = "${x[0]}"\nb = x\n', ["-V", '{"x": [1, "two"]}', "--with-type"]),
  stdinCase("context-vars-override-order", "a = x\nb = y\n", ["-V", '{"x": 1, "y": 1}', "-V", '{"x": 2}']),
  stdinCase("context-vars-invalid-json", "a = 1\n", ["-V", '{"x": ']),
  stdinCase("context-vars-json-reference", "a = x\n", ["-V", '{"x": "${y}"}']),
  {
    name: "context-vars-files",
    files: {
      "spec.hcldec": 'variables {\n  s = "spec"\n  t = "spec"\n  u = "spec"\n}\n' + OBJ_AB,
      "vars.hcl": 't = "hcl"\nu = "hcl"\n',
      "vars.json": '{"u": "json"}\n',
      "input.hcl": "a = [s, t, u]\n",
    },
    args: ["--spec=spec.hcldec", "-V", "vars.hcl", "--vars=vars.json", "input.hcl"],
  },
  {
    name: "context-vars-file-reference",
    files: { "spec.hcldec": OBJ_AB, "vars.hcl": "x = nope\n", "input.hcl": "a = x\n" },
    args: ["--spec=spec.hcldec", "-V", "vars.hcl", "input.hcl"],
  },
  {
    name: "context-vars-file-missing",
    files: { "spec.hcldec": OBJ_AB, "input.hcl": "a = 1\n" },
    args: ["--spec=spec.hcldec", "-V", "nofile.hcl", "-V", "nofile.json", "--diags=json", "input.hcl"],
  },
  {
    name: "context-vars-file-blocks",
    files: { "spec.hcldec": OBJ_AB, "vars.hcl": "x = 1\nb {}\n", "input.hcl": "a = x\n" },
    args: ["--spec=spec.hcldec", "-V", "vars.hcl", "input.hcl"],
  },
  {
    name: "context-json-template",
    files: {
      "spec.hcldec": 'variables {\n  v = "var"\n}\n' + OBJ_AB,
      "input.hcl.json": '{"a": "${v}!", "b": "%{ if true }x%{ endif }"}',
    },
    args: ["--spec=spec.hcldec", "input.hcl.json"],
  },
  {
    name: "context-json-literal-without-context",
    files: { "spec.hcldec": OBJ_AB, "input.hcl.json": '{"a": "${v}!"}' },
    args: ["--spec=spec.hcldec", "input.hcl.json"],
  },
  stdinCase(
    "function-calls",
    'a = [add(1, 2), cat(), cat(1, "x")]\n',
    ["--with-type"],
    'function "add" {\n  params = [a, b]\n  result = a + b\n}\nfunction "cat" {\n  params         = []\n  variadic_param = rest\n  result         = jsonencode(rest)\n}\n' +
      OBJ_AB,
  ),
  stdinCase(
    "function-wrong-arguments",
    "a = add(1)\nb = add(1, null)\n",
    ["--diags=json"],
    'function "add" {\n  params = [a, b]\n  result = a + b\n}\n' + OBJ_AB,
    { unordered: true },
  ),
  stdinCase(
    "function-result-error",
    'a = add(1, "x")\n',
    [],
    'function "add" {\n  params = [a, b]\n  result = a + b\n}\n' + OBJ_AB,
  ),
  stdinCase(
    "function-not-callable-from-spec",
    "",
    ["--diags=json"],
    'function "one" {\n  params = []\n  result = 1\n}\nliteral {\n  value = one()\n}\n',
  ),

  // ------------------------------------------------------------ --var-refs (CLI-06)
  stdinCase("var-refs-none", "a = 1\n", ["--var-refs"]),
  // Go lists an object spec's references in map order: these compare the entries as a set.
  stdinCase("var-refs-steps", 'a = x.y[0]["k"]\nb = z[1.5]\n', ["--var-refs"], OBJ_AB, { unordered: true }),
  stdinCase(
    "var-refs-values",
    'a = x.y[0]["k"]\nb = [x.y, w]\n',
    ["--var-refs", "-V", '{"x": {"y": [{"k": "v"}]}}'],
    OBJ_AB,
    {
      unordered: true,
    },
  ),
  stdinCase("var-refs-ignores-errors", "a = x\nc = 1\n", ["--var-refs", "--diags=json"]),
  full("var-refs-json", ["--var-refs", "-V", '{"greeting": "yo"}', "input.hcl.json"], {}, { unordered: true }),

  // ------------------------------------------------------------ diagnostics (CLI-07, MRG-01)
  stdinCase(
    "diags-text-wrap",
    'a = "this is a rather long string that goes past the width of the terminal for sure, so it wraps" + 1\n',
  ),
  stdinCase("diags-text-with-values", "a = x + 1\n", ["-V", '{"x": "one"}']),
  {
    name: "diags-text-in-block",
    files: {
      "spec.hcldec": 'block_list {\n  block_type = "b"\n  attr {\n    name = "a"\n    type = number\n  }\n}\n',
      "input.hcl": 'b "lbl" {\n  a = "x"\n}\n',
    },
    args: ["--spec=spec.hcldec", "input.hcl"],
  },
  {
    name: "diags-text-json-context",
    files: {
      "spec.hcldec": 'object {\n  block_list "b" {\n    attr {\n      name = "a"\n      type = number\n    }\n  }\n}\n',
      "input.hcl.json": '{\n  "b": [\n    {"a": "x"}\n  ]\n}\n',
    },
    args: ["--spec=spec.hcldec", "input.hcl.json"],
  },
  {
    name: "merge-missing-required",
    files: {
      "spec.hcldec": 'object {\n  attr "a" {\n    required = true\n  }\n  attr "b" {}\n}\n',
      "one.hcl": "b = 1\n",
      "two.hcl": "",
    },
    args: ["--spec=spec.hcldec", "--diags=json", "one.hcl", "two.hcl"],
  },
  {
    name: "merge-missing-required-text",
    files: {
      "spec.hcldec": 'object {\n  attr "a" {\n    required = true\n  }\n  attr "b" {}\n}\n',
      "one.hcl": "b = 1\n",
      "two.hcl": "",
    },
    args: ["--spec=spec.hcldec", "one.hcl", "two.hcl"],
  },
  {
    name: "merge-blocks-in-order",
    files: {
      "spec.hcldec": 'block_list {\n  block_type = "b"\n  attr {\n    name = "v"\n  }\n}\n',
      "one.hcl": "b {\n  v = 1\n}\n",
      "two.hcl.json": '{"b": [{"v": 2}, {"v": 3}]}',
      "three.hcl": "b {\n  v = 4\n}\n",
    },
    args: ["--spec=spec.hcldec", "one.hcl", "two.hcl.json", "three.hcl"],
  },
  {
    name: "parse-errors-all-inputs",
    files: { "spec.hcldec": OBJ_AB, "one.hcl": "a = \n", "two.hcl.json": "{,}" },
    args: ["--spec=spec.hcldec", "--diags=json", "one.hcl", "two.hcl.json"],
  },
];
