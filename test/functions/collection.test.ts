// Collection functions of Packer 1.14 (FN-03; argument conversion FN-13,
// unknowns and marks FN-14). Expected values were recorded from Go with the
// hcleval oracle (go-cty stdlib; test/tools/hcleval) unless a table says
// otherwise: `alltrue`, `anytrue`, `index` and `length` are Packer's own
// (hcl2template/function) and `coalesce` is go-cty-funcs', so their cases come
// from those sources and their Go tests.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BoolType,
  compareKeys,
  EmptyObjectType,
  EmptyTupleType,
  listOf,
  NumberType,
  StringType,
} from "../../src/cty/types.js";
import {
  DynamicVal,
  EmptyObjectVal,
  EmptyTupleVal,
  False,
  listVal,
  listValEmpty,
  mapVal,
  mapValEmpty,
  nullVal,
  numberIntVal,
  objectVal,
  setVal,
  setValEmpty,
  stringVal,
  True,
  tupleVal,
  unknownVal,
  type Value,
} from "../../src/cty/value.js";
import {
  AllTrueFunc,
  AnyTrueFunc,
  ChunklistFunc,
  CoalesceFunc,
  collectionFunctions,
  ConcatFunc,
  ContainsFunc,
  DistinctFunc,
  ElementFunc,
  FlattenFunc,
  IndexFunc,
  KeysFunc,
  LengthFunc,
  RangeFunc,
  ReverseListFunc,
  SliceFunc,
  SortFunc,
  ValuesFunc,
  ZipmapFunc,
} from "../../src/functions/collection.js";
import type { Function } from "../../src/functions/function.js";
import { numberFunctions } from "../../src/functions/number.js";
import { setFunctions } from "../../src/functions/sets.js";
import { FUNCTION_TEST_VARS, functionRunner } from "../support/function-cases.js";

type Case = readonly [expr: string, want: string];
type VarsCase = readonly [expr: string, vars: string, want: string];

const FUNCTIONS = new Map<string, Function>(
  Object.entries({ ...numberFunctions, ...collectionFunctions, ...setFunctions }),
);

const run = functionRunner(FUNCTIONS);
const VARS = FUNCTION_TEST_VARS;

/** go-cty answers (hcleval oracle) for calls on the shared VARS. */
const SHARED_CASES: readonly Case[] = [
  [
    'chunklist(["a","b","c","d","e"], 2)',
    '["list",["list","string"]][["list","string"]["a", "b"], ["list","string"]["c", "d"], ["list","string"]["e"]]',
  ],
  ['chunklist(["a","b","c"], 0)', '["list",["list","string"]][["list","string"]["a", "b", "c"]]'],
  [
    'chunklist(["a","b","c"], 1)',
    '["list",["list","string"]][["list","string"]["a"], ["list","string"]["b"], ["list","string"]["c"]]',
  ],
  ['chunklist(["a","b","c"], 3)', '["list",["list","string"]][["list","string"]["a", "b", "c"]]'],
  ['chunklist(["a","b","c"], 10)', '["list",["list","string"]][["list","string"]["a", "b", "c"]]'],
  [
    'chunklist(["a","b","c"], -1)',
    '?"dynamic" !! Error in function call: Call to function "chunklist" failed: the size argument must be positive. @1',
  ],
  [
    'chunklist(["a","b","c"], 1.5)',
    '?"dynamic" !! Error in function call: Call to function "chunklist" failed: invalid size: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @1',
  ],
  ["chunklist([], 2)", '["list",["list","dynamic"]][]'],
  ["chunklist(el, 2)", '["list",["list","string"]][]'],
  [
    "chunklist(el, -1)",
    '?"dynamic" !! Error in function call: Call to function "chunklist" failed: the size argument must be positive. @1',
  ],
  ["chunklist(el, 0)", '["list",["list","string"]][]'],
  ["chunklist(edyn, 2)", '["list",["list","dynamic"]][]'],
  ["chunklist(sl, 2)", '["list",["list","string"]][["list","string"]["a", "b"]]^sensitive'],
  ["chunklist(slin, 1)", '["list",["list","string"]][["list","string"]["a"], ["list","string"]["b"^sensitive]]'],
  ["chunklist(slin, sn)", '["list",["list","string"]][["list","string"]["a", "b"^sensitive]]^sensitive'],
  ["chunklist(ul, 2)", '?["list",["list","string"]]'],
  ['chunklist(["a"], un)', '?["list",["list","string"]]'],
  ["chunklist(lwu, 1)", '["list",["list","string"]][["list","string"]["a"], ["list","string"][?"string"]]'],
  [
    "chunklist(nl, 1)",
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: argument must not be null. @11',
  ],
  [
    'chunklist(["a"], nn)',
    '?"dynamic" !! Invalid function argument: Invalid value for "size" parameter: argument must not be null. @18',
  ],
  ["chunklist(ud, 1)", '?["list",["list","dynamic"]]'],
  [
    'chunklist(["a", 1, true], 2)',
    '["list",["list","string"]][["list","string"]["a", "1"], ["list","string"]["true"]]',
  ],
  ["chunklist(set1, 1)", '["list",["list","string"]][["list","string"]["a"], ["list","string"]["b"]]'],
  [
    "chunklist({a=1}, 1)",
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: list of any single type required. @11',
  ],
  [
    'chunklist("abc", 1)',
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: list of any single type required. @12',
  ],
  [
    "chunklist([[1],[2,3]], 1)",
    '["list",["list",["list","number"]]][["list",["list","number"]][["list","number"]["1"]], ["list",["list","number"]][["list","number"]["2", "3"]]]',
  ],
  ["chunklist(lnum, 2)", '["list",["list","number"]][["list","number"]["3", "1"], ["list","number"]["2"]]'],
  ['coalescelist(["a"], ["b"])', '["tuple",["string"]]["a"]'],
  ['coalescelist([], ["b"])', '["tuple",["string"]]["b"]'],
  ['coalescelist(el, ["b"])', '["tuple",["string"]]["b"]'],
  [
    "coalescelist(el, el)",
    '?"dynamic" !! Error in function call: Call to function "coalescelist" failed: no non-null arguments. @1',
  ],
  [
    "coalescelist()",
    '?"dynamic" !! Error in function call: Call to function "coalescelist" failed: at least one argument is required. @1',
  ],
  ['coalescelist(nl, ["x"])', '["tuple",["string"]]["x"]'],
  [
    'coalescelist(null, ["x"])',
    '?"dynamic" !! Error in function call: Call to function "coalescelist" failed: coalescelist arguments must be lists or tuples. @1',
  ],
  ['coalescelist(ul, ["x"])', '?"dynamic"'],
  ['coalescelist(["x"], ul)', '["tuple",["string"]]["x"]'],
  ["coalescelist(el, ul)", '?"dynamic"'],
  ['coalescelist(ud, ["x"])', '?"dynamic"'],
  ['coalescelist(["a"], [1])', '["tuple",["string"]]["a"]'],
  ['coalescelist(["a", 1], [1])', '["tuple",["string","number"]]["a", "1"]'],
  [
    'coalescelist("a", ["b"])',
    '?"dynamic" !! Error in function call: Call to function "coalescelist" failed: coalescelist arguments must be lists or tuples. @1',
  ],
  [
    'coalescelist(set1, ["b"])',
    '?"dynamic" !! Error in function call: Call to function "coalescelist" failed: coalescelist arguments must be lists or tuples. @1',
  ],
  ['coalescelist(sl, ["b"])', '["tuple",["string","string"]]["a", "b"]^sensitive'],
  ["coalescelist(el, sl)", '["tuple",["string","string"]]["a", "b"]^sensitive'],
  ["coalescelist(slin)", '["list","string"]["a", "b"]^sensitive'],
  [
    "coalescelist(nl)",
    '?"dynamic" !! Error in function call: Call to function "coalescelist" failed: no non-null arguments. @1',
  ],
  ["coalescelist(lwu)", '["list","string"]["a", ?"string"]'],
  [
    "coalescelist([], [])",
    '?"dynamic" !! Error in function call: Call to function "coalescelist" failed: no non-null arguments. @1',
  ],
  ['compact(["a", "", "b", ""])', '["list","string"]["a", "b"]'],
  ["compact([])", '["list","string"][]'],
  ["compact(el)", '["list","string"][]'],
  ["compact(lnull)", '["list","string"]["a"]'],
  ['compact(["", ""])', '["list","string"][]'],
  ["compact(lwu)", '?["list","string"]'],
  ["compact(ul)", '?["list","string"]'],
  ["compact(slin)", '["list","string"]["a", "b"]^sensitive'],
  ["compact(sl)", '["list","string"]["a", "b"]^sensitive'],
  ['compact(["a", 1, true])', '["list","string"]["a", "1", "true"]'],
  ["compact(set1)", '["list","string"]["a", "b"]'],
  [
    "compact(nl)",
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: argument must not be null. @9',
  ],
  [
    'compact([["a"]])',
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: element 0: string required. @9',
  ],
  ["compact(ud)", '?["list","string"]'],
  ['concat(["a"], ["b"])', '["tuple",["string","string"]]["a", "b"]'],
  ['concat(["a"], [1])', '["tuple",["string","number"]]["a", "1"]'],
  ["concat(el, el)", '["list","string"][]'],
  ['concat(el, ["b"])', '["tuple",["string"]]["b"]'],
  ['concat(["a"], [true, 1])', '["tuple",["string","bool","number"]]["a", true, "1"]'],
  ["concat([], [])", '["tuple",[]][]'],
  [
    "concat()",
    '?"dynamic" !! Error in function call: Call to function "concat" failed: at least one argument is required. @1',
  ],
  [
    'concat(["a"], "b")',
    '?"dynamic" !! Invalid function argument: Invalid value for "seqs" parameter: all arguments must be lists or tuples; got string. @16',
  ],
  [
    'concat("a", ["b"])',
    '?"dynamic" !! Invalid function argument: Invalid value for "seqs" parameter: all arguments must be lists or tuples; got string. @9',
  ],
  [
    'concat(set1, ["b"])',
    '?"dynamic" !! Invalid function argument: Invalid value for "seqs" parameter: all arguments must be lists or tuples; got set of string. @8',
  ],
  [
    'concat(["a"], set1)',
    '?"dynamic" !! Invalid function argument: Invalid value for "seqs" parameter: all arguments must be lists or tuples; got set of string. @15',
  ],
  ['concat(ul, ["b"])', '?"dynamic"'],
  ['concat(["b"], ul)', '?"dynamic"'],
  ["concat(ul, ul)", '?["list","string"]'],
  ['concat(ut, ["x"])', '?["tuple",["string","number","string"]]'],
  ['concat(sl, ["c"])', '["tuple",["string","string","string"]]["a", "b", "c"]^sensitive'],
  ['concat(stl, ["c"])', '["tuple",["string","string","string"]]["a", "b", "c"]^sensitive'],
  ['concat(slin, ["c"])', '["tuple",["string","string","string"]]["a", "b"^sensitive, "c"]'],
  ["concat(stl, stl)", '["list","string"]["a", "b", "a", "b"]^sensitive'],
  [
    'concat(nl, ["a"])',
    '?"dynamic" !! Invalid function argument: Invalid value for "seqs" parameter: argument must not be null. @8',
  ],
  ['concat(ud, ["a"])', '?"dynamic"'],
  [
    'concat(typed("list(number)", [1]), typed("list(string)", ["a"]))',
    '?"dynamic" !! Call to unknown function: There is no function named "typed". @8 | Call to unknown function: There is no function named "typed". @36',
  ],
  [
    'concat(typed("list(bool)", [true]), typed("list(number)", [1]))',
    '?"dynamic" !! Call to unknown function: There is no function named "typed". @8 | Call to unknown function: There is no function named "typed". @37',
  ],
  [
    'concat(typed("list(list(string))", [["a"]]), typed("list(list(number))", [[1]]))',
    '?"dynamic" !! Call to unknown function: There is no function named "typed". @8 | Call to unknown function: There is no function named "typed". @46',
  ],
  [
    'concat(typed("list(string)", ["x"]), typed("list(number)", [1]))',
    '?"dynamic" !! Call to unknown function: There is no function named "typed". @8 | Call to unknown function: There is no function named "typed". @38',
  ],
  ['concat(lwu, ["z"])', '["tuple",["string","string","string"]]["a", ?"string", "z"]'],
  ['concat(tin, ["z"])', '["tuple",["string","string","number","string"]]["a", "b"^sensitive, "3", "z"]'],
  ['contains(["a","b"], "a")', "true"],
  ['contains(["a","b"], "c")', "false"],
  ['contains([], "c")', "false"],
  ['contains(el, "c")', "false"],
  ['contains(es, "c")', "false"],
  ['contains(set1, "a")', "true"],
  ['contains(set1, "z")', "false"],
  ["contains(lnum, 1)", "true"],
  ['contains(lnum, "1")', "false"],
  ['contains(["1"], 1)', "false"],
  ['contains([1, "a"], 1)', "true"],
  ['contains(lwu, "a")', "true"],
  ['contains(lwu, "z")', '?"bool"'],
  ['contains(setwu, "z")', '?"bool"'],
  ['contains(ul, "a")', '?"bool"'],
  ['contains(["a"], us)', '?"bool"'],
  ['contains(["a"], ud)', '?"dynamic"'],
  [
    'contains(nl, "a")',
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: argument must not be null. @10',
  ],
  [
    'contains(["a"], ns)',
    '?"dynamic" !! Invalid function argument: Invalid value for "value" parameter: argument must not be null. @17',
  ],
  [
    "contains(lnull, ns)",
    '?"dynamic" !! Invalid function argument: Invalid value for "value" parameter: argument must not be null. @17',
  ],
  [
    "contains(lnull, null)",
    '?"dynamic" !! Invalid function argument: Invalid value for "value" parameter: argument must not be null. @17',
  ],
  [
    'contains("abc", "a")',
    '?"dynamic" !! Error in function call: Call to function "contains" failed: argument must be list, tuple, or set. @1',
  ],
  [
    'contains(mstr, "1")',
    '?"dynamic" !! Error in function call: Call to function "contains" failed: argument must be list, tuple, or set. @1',
  ],
  [
    'contains(obj, "x")',
    '?"dynamic" !! Error in function call: Call to function "contains" failed: argument must be list, tuple, or set. @1',
  ],
  ['contains(sl, "a")', "true^sensitive"],
  ['contains(slin, "b")', "true^sensitive"],
  ['contains(["a"], ss)', "false^sensitive"],
  ['contains(ud, "a")', '?"dynamic"'],
  ['contains([["a"]], ["a"])', "true"],
  ["contains([{a=1}], {a=1})", "true"],
  ['distinct(["a","b","a","c","b"])', '["list","string"]["a", "b", "c"]'],
  ["distinct([])", '["list","dynamic"][]'],
  ["distinct(el)", '["list","string"][]'],
  ["distinct(lnull)", '["list","string"]["a", null("string")]'],
  ['distinct(["a", null, null])', '["list","string"]["a", null("string")]'],
  ["distinct(lwu)", '?["list","string"]'],
  ["distinct(ul)", '?["list","string"]'],
  ['distinct([1, "1", 2])', '["list","string"]["1", "2"]'],
  ["distinct([1, 1.0, 2])", '["list","number"]["1", "2"]'],
  ["distinct(slin)", '["list","string"]["a", "b"]^sensitive'],
  [
    'distinct(["b", sensitive("b")])',
    '?"dynamic" !! Call to unknown function: There is no function named "sensitive". @16',
  ],
  ["distinct(sl)", '["list","string"]["a", "b"]^sensitive'],
  ["distinct(set1)", '["list","string"]["a", "b"]'],
  [
    "distinct(nl)",
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: argument must not be null. @10',
  ],
  [
    'distinct("a")',
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: list of any single type required. @11',
  ],
  ["distinct([[1],[1],[2]])", '["list",["tuple",["number"]]][["tuple",["number"]]["1"], ["tuple",["number"]]["2"]]'],
  ["distinct([{a=1},{a=1}])", '["list",["object",{"a":"number"}]][["object",{"a":"number"}]{a: "1"}]'],
  ["distinct(edyn)", '["list","dynamic"][]'],
  ['element(["a","b","c"], 1)', '"b"'],
  ['element(["a","b","c"], 4)', '"b"'],
  [
    'element(["a","b","c"], -1)',
    '?"dynamic" !! Error in function call: Call to function "element" failed: cannot use element function with a negative index. @1',
  ],
  [
    'element(["a","b","c"], 1.5)',
    '?"dynamic" !! Error in function call: Call to function "element" failed: invalid index: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @1',
  ],
  ['element(["a","b","c"], 9223372036854775807)', '"b"'],
  [
    'element(["a","b","c"], 9223372036854775808)',
    '?"dynamic" !! Error in function call: Call to function "element" failed: invalid index: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @1',
  ],
  [
    "element([], 0)",
    '?"dynamic" !! Error in function call: Call to function "element" failed: cannot use element function with an empty list. @1',
  ],
  [
    "element(el, 0)",
    '?"dynamic" !! Error in function call: Call to function "element" failed: cannot use element function with an empty list. @1',
  ],
  [
    "element(el, -1)",
    '?"dynamic" !! Error in function call: Call to function "element" failed: cannot use element function with a negative index. @1',
  ],
  ["element(el, un)", '?"string"'],
  ['element(["a", 1, true], 1)', '"1"'],
  ['element(["a", 1, true], 4)', '"1"'],
  ['element(["a", 1, true], un)', '?"dynamic"'],
  [
    'element(["a", 1, true], 1.5)',
    '?"dynamic" !! Error in function call: Call to function "element" failed: invalid index: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @1',
  ],
  [
    'element(["a", 1, true], -1)',
    '?"dynamic" !! Error in function call: Call to function "element" failed: cannot use element function with a negative index. @1',
  ],
  ["element(tin, 1)", '"b"^sensitive'],
  ["element(tin, 0)", '"a"'],
  ["element(slin, 1)", '"b"^sensitive'],
  ["element(sl, 0)", '"a"^sensitive'],
  ["element(stl, 0)", '"a"^sensitive'],
  ["element(ul, 0)", '?"string"'],
  ["element(ut, 0)", '?"string"'],
  ["element(ut, un)", '?"dynamic"'],
  ["element(ud, 0)", '?"dynamic"'],
  [
    "element(nl, 0)",
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: argument must not be null. @9',
  ],
  [
    'element(["a"], nn)',
    '?"dynamic" !! Invalid function argument: Invalid value for "index" parameter: argument must not be null. @16',
  ],
  [
    "element(set1, 0)",
    '?"dynamic" !! Error in function call: Call to function "element" failed: cannot read elements from set of string. @1',
  ],
  [
    "element(mstr, 0)",
    '?"dynamic" !! Error in function call: Call to function "element" failed: cannot read elements from map of string. @1',
  ],
  [
    'element("abc", 0)',
    '?"dynamic" !! Error in function call: Call to function "element" failed: cannot read elements from string. @1',
  ],
  [
    'element("abc", -1)',
    '?"dynamic" !! Error in function call: Call to function "element" failed: cannot use element function with a negative index. @1',
  ],
  ['element(["a"], sn)', '"a"^sensitive'],
  ["element(lwu, 1)", '?"string"'],
  ["element(twu, 1)", '?"number"'],
  ['element(lnum, "1")', '"1"'],
  ['flatten([["a","b"], [], ["c"]])', '["tuple",["string","string","string"]]["a", "b", "c"]'],
  ['flatten([["a", ["b"]], "c"])', '["tuple",["string","string","string"]]["a", "b", "c"]'],
  ["flatten([])", '["tuple",[]][]'],
  ["flatten(el)", '["tuple",[]][]'],
  ["flatten(ll)", '["tuple",["string","string","string"]]["a", "b", "c"]'],
  ["flatten(set1)", '["tuple",["string","string"]]["a", "b"]'],
  ['flatten([set1, ["z"]])', '["tuple",["string","string","string"]]["a", "b", "z"]'],
  ['flatten([[1], ["a"]])', '["tuple",["number","string"]]["1", "a"]'],
  ['flatten([ul, ["a"]])', '?"dynamic"'],
  ['flatten([["a"], [us]])', '["tuple",["string","string"]]["a", ?"string"]'],
  ["flatten(lwu)", '["tuple",["string","string"]]["a", ?"string"]'],
  ['flatten([lwu, ["q"]])', '["tuple",["string","string","string"]]["a", ?"string", "q"]'],
  ['flatten([setwu, ["q"]])', '?"dynamic"'],
  ['flatten([setwu1, ["q"]])', '["tuple",["string","string"]][?"string", "q"]'],
  ['flatten([ud, ["q"]])', '?"dynamic"'],
  ['flatten([nl, ["q"]])', '["tuple",[["list","string"],"string"]][null(["list","string"]), "q"]'],
  ['flatten([null, ["q"]])', '["tuple",["dynamic","string"]][null("dynamic"), "q"]'],
  ["flatten([ut])", '?"dynamic"'],
  ["flatten(ul)", '?"dynamic"'],
  ["flatten(ud)", '?"dynamic"'],
  [
    'flatten("abc")',
    '?"dynamic" !! Error in function call: Call to function "flatten" failed: can only flatten lists, sets and tuples. @1',
  ],
  ["flatten(us)", '?"dynamic"'],
  [
    "flatten(mstr)",
    '?"dynamic" !! Error in function call: Call to function "flatten" failed: can only flatten lists, sets and tuples. @1',
  ],
  [
    "flatten(obj)",
    '?"dynamic" !! Error in function call: Call to function "flatten" failed: can only flatten lists, sets and tuples. @1',
  ],
  [
    "flatten(nl)",
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: argument must not be null. @9',
  ],
  ["flatten(sl)", '["tuple",["string","string"]]["a", "b"]^sensitive'],
  ["flatten(stl)", '["tuple",["string","string"]]["a", "b"]^sensitive'],
  ['flatten([sl, ["z"]])', '["tuple",["string","string","string"]]["a", "b", "z"]^sensitive'],
  [
    'flatten([slin, [sensitive(["y"])]])',
    '?"dynamic" !! Call to unknown function: There is no function named "sensitive". @17',
  ],
  ["flatten(sensitive([]))", '?"dynamic" !! Call to unknown function: There is no function named "sensitive". @9'],
  [
    'flatten([sensitive(unknown("list(string)")), ["z"]])',
    '?"dynamic" !! Call to unknown function: There is no function named "sensitive". @10',
  ],
  ["flatten([sd])", '["tuple",["dynamic"]][?"dynamic"^sensitive]'],
  ["flatten([[sd]])", '["tuple",["dynamic"]][?"dynamic"^sensitive]'],
  ['flatten([[[[["deep"]]]]])', '["tuple",["string"]]["deep"]'],
  [
    "flatten([{a=1}, [{b=2}]])",
    '["tuple",[["object",{"a":"number"}],["object",{"b":"number"}]]][["object",{"a":"number"}]{a: "1"}, ["object",{"b":"number"}]{b: "2"}]',
  ],
  ["flatten(tin)", '["tuple",["string","string","number"]]["a", "b"^sensitive, "3"]'],
  ["keys(mstr)", '["list","string"]["a", "b"]'],
  ["keys(obj)", '["tuple",["string","string"]]["a", "b"]'],
  ["keys({})", '["tuple",[]][]'],
  ["keys(em)", '["list","string"][]'],
  ["keys(um)", '?["list","string"]'],
  ["keys(uo)", '["tuple",["string","string"]]["a", "b"]'],
  ["keys(ud)", '?"dynamic"'],
  [
    "keys(nm)",
    '?"dynamic" !! Invalid function argument: Invalid value for "inputMap" parameter: argument must not be null. @6',
  ],
  [
    "keys(no)",
    '?"dynamic" !! Invalid function argument: Invalid value for "inputMap" parameter: argument must not be null. @6',
  ],
  ["keys(sm)", '["list","string"]["a"]^sensitive'],
  ["keys(so)", '["tuple",["string","string"]]["a", "b"]^sensitive'],
  ["keys(msin)", '["list","string"]["a", "b"]'],
  ["keys(mwu)", '["list","string"]["a", "b"]'],
  ["keys(owu)", '["tuple",["string","string"]]["a", "b"]'],
  [
    'keys(["a"])',
    '?"dynamic" !! Invalid function argument: Invalid value for "inputMap" parameter: must have map or object type. @6',
  ],
  [
    'keys("a")',
    '?"dynamic" !! Invalid function argument: Invalid value for "inputMap" parameter: must have map or object type. @7',
  ],
  [
    "keys(sus)",
    '?"dynamic" !! Invalid function argument: Invalid value for "inputMap" parameter: must have map or object type. @6',
  ],
  ["keys(sd)", '?"dynamic"^sensitive'],
  [
    'keys(sensitive(unknown("map(string)")))',
    '?"dynamic" !! Call to unknown function: There is no function named "sensitive". @6',
  ],
  [
    'keys(sensitive(unknown("object({z=string})")))',
    '?"dynamic" !! Call to unknown function: There is no function named "sensitive". @6',
  ],
  ['keys({"b"=1, "a"=2, "é"=3, "Z"=4})', '["tuple",["string","string","string","string"]]["Z", "a", "b", "é"]'],
  [
    'keys(typed("map(number)", {"😀"=1, "a"=2, "\\uE000"=3}))',
    '?"dynamic" !! Call to unknown function: There is no function named "typed". @6',
  ],
  ['lookup(mstr, "a", "d")', '"1"'],
  ['lookup(mstr, "z", "d")', '"d"'],
  ['lookup(mstr, "z", 1)', '"1"'],
  ['lookup(mstr, "z", true)', '"true"'],
  [
    'lookup(mstr, "z", [1])',
    '?"dynamic" !! Invalid function argument: Invalid value for "default" parameter: the default value must have the same type as the map elements. @19',
  ],
  [
    'lookup(mstr, "z", null)',
    '?"dynamic" !! Invalid function argument: Invalid value for "default" parameter: argument must not be null. @19',
  ],
  [
    'lookup(mstr, "z", ns)',
    '?"dynamic" !! Invalid function argument: Invalid value for "default" parameter: argument must not be null. @19',
  ],
  ['lookup(mstr, "z", us)', '?"string"'],
  ['lookup(mstr, us, "d")', '?"string"'],
  ['lookup(um, "a", "d")', '?"string"'],
  ['lookup(mwu, "a", "d")', '?"string"'],
  ['lookup(mwu, "z", "d")', '?"string"'],
  ['lookup(obj, "a", "d")', '"x"'],
  ['lookup(obj, "b", "d")', '"2"'],
  ['lookup(obj, "z", "d")', '"d"'],
  ['lookup(obj, "z", 5)', '"5"'],
  ['lookup(obj, us, "d")', '?"dynamic"'],
  ['lookup(owu, "a", "d")', '?"string"'],
  ['lookup(uo, "a", "d")', '?"string"'],
  ['lookup(ud, "a", "d")', '?"dynamic"'],
  [
    'lookup(nm, "a", "d")',
    '?"dynamic" !! Invalid function argument: Invalid value for "inputMap" parameter: argument must not be null. @8',
  ],
  [
    'lookup(no, "a", "d")',
    '?"dynamic" !! Invalid function argument: Invalid value for "inputMap" parameter: argument must not be null. @8',
  ],
  [
    'lookup(mstr, ns, "d")',
    '?"dynamic" !! Invalid function argument: Invalid value for "key" parameter: argument must not be null. @14',
  ],
  ['lookup(sm, "a", "d")', '"x"^sensitive'],
  ['lookup(sm, "z", "d")', '"d"^sensitive'],
  ['lookup(mstr, ss, "d")', '"d"^sensitive'],
  ['lookup(mstr, "z", ss)', '"s"^sensitive'],
  ['lookup(msin, "b", "d")', '"2"^sensitive'],
  ['lookup(msin, "a", "d")', '"1"'],
  ['lookup(so, "a", "d")', '"x"^sensitive'],
  [
    'lookup(["a"], 0, "d")',
    '?"dynamic" !! Invalid function argument: Invalid value for "inputMap" parameter: lookup() requires a map as the first argument. @8',
  ],
  [
    'lookup("abc", "a", "d")',
    '?"dynamic" !! Invalid function argument: Invalid value for "inputMap" parameter: lookup() requires a map as the first argument. @9',
  ],
  [
    'lookup(mstr, "a")',
    '?"dynamic" !! Not enough function arguments: Function "lookup" expects 3 argument(s). Missing value for "default". @17',
  ],
  ['lookup(em, "a", "d")', '"d"'],
  ['lookup({}, "a", "d")', '"d"'],
  ['lookup({}, "a", ud)', '?"dynamic"'],
  ['lookup(mstr, "a", ud)', '?"dynamic"'],
  [
    'lookup(typed("map(list(string))", {a=["x"]}), "z", [])',
    '?"dynamic" !! Call to unknown function: There is no function named "typed". @8',
  ],
  [
    'lookup(typed("map(list(string))", {a=["x"]}), "z", ["q", 1])',
    '?"dynamic" !! Call to unknown function: There is no function named "typed". @8',
  ],
  [
    'lookup(typed("map(number)", {a=1}), "z", "abc")',
    '?"dynamic" !! Call to unknown function: There is no function named "typed". @8',
  ],
  [
    'lookup(typed("map(number)", {a=1}), "z", "12")',
    '?"dynamic" !! Call to unknown function: There is no function named "typed". @8',
  ],
  ["merge({a=1}, {b=2})", '["object",{"a":"number","b":"number"}]{a: "1", b: "2"}'],
  ['merge({a=1}, {a="x"})', '["object",{"a":"string"}]{a: "x"}'],
  ['merge(mstr, {c="3"})', '["object",{"a":"string","b":"string","c":"string"}]{a: "1", b: "2", c: "3"}'],
  ["merge(mstr, mstr)", '["map","string"]{a: "1", b: "2"}'],
  ["merge(mstr, em)", '["map","string"]{a: "1", b: "2"}'],
  ["merge(em, em)", '["map","string"]{}'],
  ["merge()", '["object",{}]{}'],
  ["merge(null)", '["object",{}]{}'],
  ["merge(null, null)", '["object",{}]{}'],
  ["merge(nm, mstr)", '["map","string"]{a: "1", b: "2"}'],
  ["merge(mstr, nm)", '["map","string"]{a: "1", b: "2"}'],
  ["merge(no, {z=1})", '["object",{"z":"number"}]{z: "1"}'],
  ["merge(um, mstr)", '?["map","string"]'],
  ["merge(um, {a=1})", '?"dynamic"'],
  ["merge(uo, {c=1})", '?["object",{"a":"string","b":"number","c":"number"}]'],
  ["merge(ud, {a=1})", '?"dynamic"'],
  ["merge(obj, ud)", '?"dynamic"'],
  ["merge(mstr, um)", '?["map","string"]'],
  ["merge(mwu, mstr)", '["map","string"]{a: "1", b: "2"}'],
  [
    'merge("a", {})',
    '?"dynamic" !! Error in function call: Call to function "merge" failed: arguments must be maps or objects, got "string". @1',
  ],
  [
    'merge({}, ["a"])',
    '?"dynamic" !! Error in function call: Call to function "merge" failed: arguments must be maps or objects, got "tuple". @1',
  ],
  [
    "merge({}, 1)",
    '?"dynamic" !! Error in function call: Call to function "merge" failed: arguments must be maps or objects, got "number". @1',
  ],
  ['merge(sm, {b="y"})', '["object",{"a":"string","b":"string"}]{a: "x", b: "y"}^sensitive'],
  ["merge(sm, sm)", '["map","string"]{a: "x"}^sensitive'],
  ['merge(msin, {c="q"})', '["object",{"a":"string","b":"string","c":"string"}]{a: "1", b: "2"^sensitive, c: "q"}'],
  ["merge(so, {c=1})", '["object",{"a":"string","b":"number","c":"number"}]{a: "x", b: "1", c: "1"}^sensitive'],
  [
    'merge(sensitive(null_of("map(string)")))',
    '?"dynamic" !! Call to unknown function: There is no function named "sensitive". @7',
  ],
  [
    'merge(sensitive(null_of("map(string)")), {a=1})',
    '?"dynamic" !! Call to unknown function: There is no function named "sensitive". @7',
  ],
  [
    'merge(sensitive(unknown("map(string)")), {a=1})',
    '?"dynamic" !! Call to unknown function: There is no function named "sensitive". @7',
  ],
  [
    'merge(sensitive(unknown("map(string)")), mstr)',
    '?"dynamic" !! Call to unknown function: There is no function named "sensitive". @7',
  ],
  ["merge({a={x=1}}, {a={y=2}})", '["object",{"a":["object",{"y":"number"}]}]{a: ["object",{"y":"number"}]{y: "2"}}'],
  [
    'merge(typed("map(number)", {a=1}), typed("map(string)", {b="x"}))',
    '?"dynamic" !! Call to unknown function: There is no function named "typed". @7 | Call to unknown function: There is no function named "typed". @36',
  ],
  ["range(us)", '?["list","number"]'],
  ["range(un)", '?["list","number"]'],
  ["range(sn)", '["list","number"]["0", "1"]^sensitive'],
  ["range(1, sn)", '["list","number"]["1"]^sensitive'],
  [
    "range(nn)",
    '?"dynamic" !! Invalid function argument: Invalid value for "params" parameter: argument must not be null. @7',
  ],
  ["range(1.5)", '["list","number"]["0", "1"]'],
  ["range(0.5, 3)", '["list","number"]["0.5", "1.5", "2.5"]'],
  ["range(-1.5)", '["list","number"]["0", "-1"]'],
  ["range(3, 0, -0.5)", '["list","number"]["3", "2.5", "2", "1.5", "1", "0.5"]'],
  [
    "range(0, 1024)",
    '["list","number"]["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47", "48", "49", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60", "61", "62", "63", "64", "65", "66", "67", "68", "69", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79", "80", "81", "82", "83", "84", "85", "86", "87", "88", "89", "90", "91", "92", "93", "94", "95", "96", "97", "98", "99", "100", "101", "102", "103", "104", "105", "106", "107", "108", "109", "110", "111", "112", "113", "114", "115", "116", "117", "118", "119", "120", "121", "122", "123", "124", "125", "126", "127", "128", "129", "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "140", "141", "142", "143", "144", "145", "146", "147", "148", "149", "150", "151", "152", "153", "154", "155", "156", "157", "158", "159", "160", "161", "162", "163", "164", "165", "166", "167", "168", "169", "170", "171", "172", "173", "174", "175", "176", "177", "178", "179", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "190", "191", "192", "193", "194", "195", "196", "197", "198", "199", "200", "201", "202", "203", "204", "205", "206", "207", "208", "209", "210", "211", "212", "213", "214", "215", "216", "217", "218", "219", "220", "221", "222", "223", "224", "225", "226", "227", "228", "229", "230", "231", "232", "233", "234", "235", "236", "237", "238", "239", "240", "241", "242", "243", "244", "245", "246", "247", "248", "249", "250", "251", "252", "253", "254", "255", "256", "257", "258", "259", "260", "261", "262", "263", "264", "265", "266", "267", "268", "269", "270", "271", "272", "273", "274", "275", "276", "277", "278", "279", "280", "281", "282", "283", "284", "285", "286", "287", "288", "289", "290", "291", "292", "293", "294", "295", "296", "297", "298", "299", "300", "301", "302", "303", "304", "305", "306", "307", "308", "309", "310", "311", "312", "313", "314", "315", "316", "317", "318", "319", "320", "321", "322", "323", "324", "325", "326", "327", "328", "329", "330", "331", "332", "333", "334", "335", "336", "337", "338", "339", "340", "341", "342", "343", "344", "345", "346", "347", "348", "349", "350", "351", "352", "353", "354", "355", "356", "357", "358", "359", "360", "361", "362", "363", "364", "365", "366", "367", "368", "369", "370", "371", "372", "373", "374", "375", "376", "377", "378", "379", "380", "381", "382", "383", "384", "385", "386", "387", "388", "389", "390", "391", "392", "393", "394", "395", "396", "397", "398", "399", "400", "401", "402", "403", "404", "405", "406", "407", "408", "409", "410", "411", "412", "413", "414", "415", "416", "417", "418", "419", "420", "421", "422", "423", "424", "425", "426", "427", "428", "429", "430", "431", "432", "433", "434", "435", "436", "437", "438", "439", "440", "441", "442", "443", "444", "445", "446", "447", "448", "449", "450", "451", "452", "453", "454", "455", "456", "457", "458", "459", "460", "461", "462", "463", "464", "465", "466", "467", "468", "469", "470", "471", "472", "473", "474", "475", "476", "477", "478", "479", "480", "481", "482", "483", "484", "485", "486", "487", "488", "489", "490", "491", "492", "493", "494", "495", "496", "497", "498", "499", "500", "501", "502", "503", "504", "505", "506", "507", "508", "509", "510", "511", "512", "513", "514", "515", "516", "517", "518", "519", "520", "521", "522", "523", "524", "525", "526", "527", "528", "529", "530", "531", "532", "533", "534", "535", "536", "537", "538", "539", "540", "541", "542", "543", "544", "545", "546", "547", "548", "549", "550", "551", "552", "553", "554", "555", "556", "557", "558", "559", "560", "561", "562", "563", "564", "565", "566", "567", "568", "569", "570", "571", "572", "573", "574", "575", "576", "577", "578", "579", "580", "581", "582", "583", "584", "585", "586", "587", "588", "589", "590", "591", "592", "593", "594", "595", "596", "597", "598", "599", "600", "601", "602", "603", "604", "605", "606", "607", "608", "609", "610", "611", "612", "613", "614", "615", "616", "617", "618", "619", "620", "621", "622", "623", "624", "625", "626", "627", "628", "629", "630", "631", "632", "633", "634", "635", "636", "637", "638", "639", "640", "641", "642", "643", "644", "645", "646", "647", "648", "649", "650", "651", "652", "653", "654", "655", "656", "657", "658", "659", "660", "661", "662", "663", "664", "665", "666", "667", "668", "669", "670", "671", "672", "673", "674", "675", "676", "677", "678", "679", "680", "681", "682", "683", "684", "685", "686", "687", "688", "689", "690", "691", "692", "693", "694", "695", "696", "697", "698", "699", "700", "701", "702", "703", "704", "705", "706", "707", "708", "709", "710", "711", "712", "713", "714", "715", "716", "717", "718", "719", "720", "721", "722", "723", "724", "725", "726", "727", "728", "729", "730", "731", "732", "733", "734", "735", "736", "737", "738", "739", "740", "741", "742", "743", "744", "745", "746", "747", "748", "749", "750", "751", "752", "753", "754", "755", "756", "757", "758", "759", "760", "761", "762", "763", "764", "765", "766", "767", "768", "769", "770", "771", "772", "773", "774", "775", "776", "777", "778", "779", "780", "781", "782", "783", "784", "785", "786", "787", "788", "789", "790", "791", "792", "793", "794", "795", "796", "797", "798", "799", "800", "801", "802", "803", "804", "805", "806", "807", "808", "809", "810", "811", "812", "813", "814", "815", "816", "817", "818", "819", "820", "821", "822", "823", "824", "825", "826", "827", "828", "829", "830", "831", "832", "833", "834", "835", "836", "837", "838", "839", "840", "841", "842", "843", "844", "845", "846", "847", "848", "849", "850", "851", "852", "853", "854", "855", "856", "857", "858", "859", "860", "861", "862", "863", "864", "865", "866", "867", "868", "869", "870", "871", "872", "873", "874", "875", "876", "877", "878", "879", "880", "881", "882", "883", "884", "885", "886", "887", "888", "889", "890", "891", "892", "893", "894", "895", "896", "897", "898", "899", "900", "901", "902", "903", "904", "905", "906", "907", "908", "909", "910", "911", "912", "913", "914", "915", "916", "917", "918", "919", "920", "921", "922", "923", "924", "925", "926", "927", "928", "929", "930", "931", "932", "933", "934", "935", "936", "937", "938", "939", "940", "941", "942", "943", "944", "945", "946", "947", "948", "949", "950", "951", "952", "953", "954", "955", "956", "957", "958", "959", "960", "961", "962", "963", "964", "965", "966", "967", "968", "969", "970", "971", "972", "973", "974", "975", "976", "977", "978", "979", "980", "981", "982", "983", "984", "985", "986", "987", "988", "989", "990", "991", "992", "993", "994", "995", "996", "997", "998", "999", "1000", "1001", "1002", "1003", "1004", "1005", "1006", "1007", "1008", "1009", "1010", "1011", "1012", "1013", "1014", "1015", "1016", "1017", "1018", "1019", "1020", "1021", "1022", "1023"]',
  ],
  [
    "range(0, 1025)",
    '?"dynamic" !! Error in function call: Call to function "range" failed: more than 1024 values were generated; either decrease the difference between start and end or use a smaller step. @1',
  ],
  ["range(1e300, 1e300 + 1)", '["list","number"][]'],
  [
    "range(-1/0)",
    '?"dynamic" !! Error in function call: Call to function "range" failed: more than 1024 values were generated; either decrease the difference between start and end or use a smaller step. @1',
  ],
  [
    "range(2, 1, 0)",
    '?"dynamic" !! Invalid function argument: Invalid value for "params" parameter: end must be greater than start when step is positive. @10',
  ],
  [
    "range(1, 2, 0)",
    '?"dynamic" !! Error in function call: Call to function "range" failed: more than 1024 values were generated; either decrease the difference between start and end or use a smaller step. @1',
  ],
  ["range(0, 0, -1)", '["list","number"][]'],
  ["range(0, 0, 1)", '["list","number"][]'],
  ["range(0, 10, 3)", '["list","number"]["0", "3", "6", "9"]'],
  ["range(10, 0, -3)", '["list","number"]["10", "7", "4", "1"]'],
  ['range("3")', '["list","number"]["0", "1", "2"]'],
  ["range(ud)", '?["list","number"]'],
  ['reverse(["a","b","c"])', '["tuple",["string","string","string"]]["c", "b", "a"]'],
  ["reverse([])", '["tuple",[]][]'],
  ["reverse(el)", '["list","string"][]'],
  ['reverse(["a", 1, true])', '["tuple",["bool","number","string"]][true, "1", "a"]'],
  ["reverse(set1)", '["list","string"]["b", "a"]'],
  ["reverse(snum)", '["list","number"]["3", "2", "1"]'],
  ["reverse(es)", '["list","string"][]'],
  ["reverse(setwu)", '["list","string"][?"string", "a"]'],
  ["reverse(ul)", '?["list","string"]'],
  ["reverse(ut)", '?["tuple",["number","string"]]'],
  ["reverse(uset)", '?["list","string"]'],
  ["reverse(ud)", '?"dynamic"'],
  [
    "reverse(nl)",
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: argument must not be null. @9',
  ],
  ["reverse(sl)", '["tuple",["string","string"]]["b", "a"]^sensitive'],
  ["reverse(stl)", '["list","string"]["b", "a"]^sensitive'],
  ["reverse(slin)", '["list","string"]["b"^sensitive, "a"]'],
  ["reverse(tin)", '["tuple",["number","string","string"]]["3", "b"^sensitive, "a"]'],
  [
    "reverse(mstr)",
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: can only reverse list or tuple values, not map of string. @9',
  ],
  [
    'reverse("abc")',
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: can only reverse list or tuple values, not string. @10',
  ],
  ["reverse(lwu)", '["list","string"][?"string", "a"]'],
  ['slice(["a","b","c","d"], 1, 3)', '["tuple",["string","string"]]["b", "c"]'],
  ['slice(["a","b","c","d"], 0, 0)', '["tuple",[]][]'],
  ['slice(["a","b","c","d"], 4, 4)', '["tuple",[]][]'],
  [
    'slice(["a","b","c","d"], 0, 5)',
    '?"dynamic" !! Invalid function argument: Invalid value for "end_index" parameter: end index must not be greater than the length of the list. @29',
  ],
  [
    'slice(["a","b","c","d"], 5, 5)',
    '?"dynamic" !! Invalid function argument: Invalid value for "start_index" parameter: start index must not be greater than the length of the list. @26',
  ],
  [
    'slice(["a","b","c","d"], -1, 2)',
    '?"dynamic" !! Invalid function argument: Invalid value for "start_index" parameter: start index must not be less than zero. @26',
  ],
  [
    'slice(["a","b","c","d"], 1, -2)',
    '?"dynamic" !! Invalid function argument: Invalid value for "end_index" parameter: end index must not be less than zero. @29',
  ],
  [
    'slice(["a","b","c","d"], 3, 1)',
    '?"dynamic" !! Invalid function argument: Invalid value for "start_index" parameter: start index must not be greater than end index. @26',
  ],
  [
    'slice(["a","b","c","d"], 1.5, 2)',
    '?"dynamic" !! Invalid function argument: Invalid value for "start_index" parameter: invalid start index: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @26',
  ],
  [
    'slice(["a","b","c","d"], 1, 2.5)',
    '?"dynamic" !! Invalid function argument: Invalid value for "end_index" parameter: invalid end index: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @29',
  ],
  ['slice(["a","b","c","d"], un, 2)', '?"dynamic"'],
  ['slice(["a","b","c","d"], 1, un)', '?"dynamic"'],
  [
    'slice(["a","b","c","d"], un, 9)',
    '?"dynamic" !! Invalid function argument: Invalid value for "end_index" parameter: end index must not be greater than the length of the list. @30',
  ],
  [
    'slice(["a","b","c","d"], 9, un)',
    '?"dynamic" !! Invalid function argument: Invalid value for "start_index" parameter: start index must not be greater than the length of the list. @26',
  ],
  [
    'slice(["a","b","c","d"], -1, un)',
    '?"dynamic" !! Invalid function argument: Invalid value for "start_index" parameter: start index must not be less than zero. @26',
  ],
  ["slice(lnum, 1, 3)", '["list","number"]["1", "2"]'],
  ["slice(el, 0, 0)", '["list","string"][]'],
  [
    "slice(el, 0, 1)",
    '?"dynamic" !! Invalid function argument: Invalid value for "end_index" parameter: end index must not be greater than the length of the list. @14',
  ],
  ["slice(ul, 0, 1)", '?["list","string"]'],
  [
    "slice(ul, 5, 1)",
    '?"dynamic" !! Invalid function argument: Invalid value for "start_index" parameter: start index must not be greater than end index. @11',
  ],
  ["slice(ul, 5, 9)", '?["list","string"]'],
  ["slice(ut, 0, 1)", '?["tuple",["string"]]'],
  [
    "slice(ut, 0, 3)",
    '?"dynamic" !! Invalid function argument: Invalid value for "end_index" parameter: end index must not be greater than the length of the list. @14',
  ],
  ["slice(ut, un, 1)", '?"dynamic"'],
  [
    "slice(set1, 0, 1)",
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: cannot slice a set, because its elements do not have indices; explicitly convert to a list if the ordering of the result is not important. @7',
  ],
  [
    "slice(mstr, 0, 1)",
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: must be a list or tuple value. @7',
  ],
  [
    'slice("abc", 0, 1)',
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: must be a list or tuple value. @8',
  ],
  ["slice(ud, 0, 1)", '?"dynamic"'],
  [
    "slice(nl, 0, 1)",
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: argument must not be null. @7',
  ],
  ["slice(sl, 0, 1)", '["tuple",["string"]]["a"]^sensitive'],
  ["slice(stl, 0, 1)", '["list","string"]["a"]^sensitive'],
  ["slice(slin, 1, 2)", '["list","string"]["b"^sensitive]'],
  ["slice(tin, 1, 3)", '["tuple",["string","number"]]["b"^sensitive, "3"]'],
  ["slice(tin, 0, 0)", '["tuple",[]][]'],
  [
    'slice(["a"], sn, 1)',
    '?"dynamic" !! Invalid function argument: Invalid value for "start_index" parameter: start index must not be greater than the length of the list. @14',
  ],
  [
    'slice(["a","b"], nn, 1)',
    '?"dynamic" !! Invalid function argument: Invalid value for "start_index" parameter: argument must not be null. @18',
  ],
  ["slice(lwu, 0, 2)", '["list","string"]["a", ?"string"]'],
  [
    'slice(["a","b"], 1, 9223372036854775808)',
    '?"dynamic" !! Invalid function argument: Invalid value for "end_index" parameter: invalid end index: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @21',
  ],
  [
    'sort(["b", "a", "c", "B", "é", "e", "😀", "\\uE000"])',
    '["list","string"]["B", "a", "b", "c", "e", "é", "", "😀"]',
  ],
  ["sort([])", '["list","string"][]'],
  ["sort(el)", '["list","string"][]'],
  ['sort(["b", 1, true])', '["list","string"]["1", "b", "true"]'],
  [
    "sort(lnull)",
    '?"dynamic" !! Error in function call: Call to function "sort" failed: given list element 1 is null; a null string cannot be sorted. @1',
  ],
  [
    'sort([null, "a"])',
    '?"dynamic" !! Error in function call: Call to function "sort" failed: given list element 0 is null; a null string cannot be sorted. @1',
  ],
  ["sort(lwu)", '?["list","string"]'],
  ["sort(ul)", '?["list","string"]'],
  ["sort(slin)", '["list","string"]["a", "b"]^sensitive'],
  ["sort(sl)", '["list","string"]["a", "b"]^sensitive'],
  ["sort(set1)", '["list","string"]["a", "b"]'],
  ["sort(snum)", '["list","string"]["1", "2", "3"]'],
  ["sort(lnum)", '["list","string"]["1", "2", "3"]'],
  ['sort(["10", "9", "100"])', '["list","string"]["10", "100", "9"]'],
  [
    "sort(nl)",
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: argument must not be null. @6',
  ],
  ["sort(ud)", '?["list","string"]'],
  [
    'sort([["a"]])',
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: element 0: string required. @6',
  ],
  ["values(mstr)", '["list","string"]["1", "2"]'],
  ["values(obj)", '["tuple",["string","number"]]["x", "2"]'],
  ["values({})", '["tuple",[]][]'],
  ["values(em)", '["list","string"][]'],
  ["values(um)", '?["list","string"]'],
  ["values(uo)", '?["tuple",["string","number"]]'],
  ["values(ud)", '?"dynamic"'],
  [
    "values(nm)",
    '?"dynamic" !! Invalid function argument: Invalid value for "mapping" parameter: argument must not be null. @8',
  ],
  ["values(msin)", '["list","string"]["1", "2"^sensitive]'],
  ["values(sm)", '["list","string"]["x"]^sensitive'],
  ["values(so)", '["tuple",["string","number"]]["x", "1"]^sensitive'],
  ["values(owu)", '["tuple",["string","number"]]["x", ?"number"]'],
  ["values(mwu)", '["list","string"]["1", ?"string"]'],
  [
    'values(["a"])',
    '?"dynamic" !! Error in function call: Call to function "values" failed: values() requires a map as the first argument. @1',
  ],
  [
    'values("a")',
    '?"dynamic" !! Error in function call: Call to function "values" failed: values() requires a map as the first argument. @1',
  ],
  ['values({z=1, a="x", m=true})', '["tuple",["string","bool","number"]]["x", true, "1"]'],
  ['zipmap(["a","b"], [1, 2])', '["object",{"a":"number","b":"number"}]{a: "1", b: "2"}'],
  ['zipmap(["a","b"], ["x", 2])', '["object",{"a":"string","b":"number"}]{a: "x", b: "2"}'],
  [
    'zipmap(["a","b"], lnum)',
    '?"dynamic" !! Error in function call: Call to function "zipmap" failed: number of keys (2) does not match number of values (3). @1',
  ],
  ['zipmap(["a","b","c"], lnum)', '["map","number"]{a: "3", b: "1", c: "2"}'],
  ["zipmap([], [])", '["object",{}]{}'],
  ["zipmap(el, el)", '["map","string"]{}'],
  ["zipmap(el, [])", '["object",{}]{}'],
  ["zipmap([], el)", '["map","string"]{}'],
  ['zipmap(["a","a"], [1, 2])', '["object",{"a":"number"}]{a: "2"}'],
  ['zipmap(["a","a"], ["x", 2])', '["object",{"a":"number"}]{a: "2"}'],
  [
    'zipmap(["a"], [1, 2])',
    '?"dynamic" !! Error in function call: Call to function "zipmap" failed: number of keys (1) does not match number of values (2). @1',
  ],
  [
    'zipmap(["a","b"], ["x"])',
    '?"dynamic" !! Error in function call: Call to function "zipmap" failed: number of keys (2) does not match number of values (1). @1',
  ],
  [
    'zipmap(lnull, ["x", "y"])',
    '?"dynamic" !! Error in function call: Call to function "zipmap" failed: keys list has null value at index 1. @1',
  ],
  [
    'zipmap(lnull, ["x", 1])',
    '?"dynamic" !! Error in function call: Call to function "zipmap" failed: keys list has null value at index 1. @1',
  ],
  ['zipmap(lwu, ["x", "y"])', '?"dynamic"'],
  ['zipmap(lwu, ["x", 1])', '?"dynamic"'],
  ['zipmap(ul, ["x"])', '?"dynamic"'],
  ['zipmap(ul, ["x", 1])', '?"dynamic"'],
  ['zipmap(["a"], ul)', '?["map","string"]'],
  [
    'zipmap(["a"], ut)',
    '?"dynamic" !! Error in function call: Call to function "zipmap" failed: number of keys (1) does not match number of values (2). @1',
  ],
  ['zipmap(["a"], ud)', '?"dynamic"'],
  [
    'zipmap(["a"], "x")',
    '?"dynamic" !! Error in function call: Call to function "zipmap" failed: values argument must be a list or tuple value. @1',
  ],
  [
    'zipmap(["a"], set1)',
    '?"dynamic" !! Error in function call: Call to function "zipmap" failed: values argument must be a list or tuple value. @1',
  ],
  [
    'zipmap(["a"], mstr)',
    '?"dynamic" !! Error in function call: Call to function "zipmap" failed: values argument must be a list or tuple value. @1',
  ],
  ['zipmap(sl, ["x", "y"])', '["object",{"a":"string","b":"string"}]{a: "x", b: "y"}^sensitive'],
  ['zipmap(stl, ["x", "y"])', '["object",{"a":"string","b":"string"}]{a: "x", b: "y"}^sensitive'],
  ['zipmap(stl, ["x", 1])', '["object",{"a":"string","b":"number"}]{a: "x", b: "1"}^sensitive'],
  ['zipmap(slin, ["x", "y"])', '["object",{"a":"string","b":"string"}]{a: "x", b: "y"}^sensitive'],
  ['zipmap(slin, ["x", 1])', '["object",{"a":"string","b":"number"}]{a: "x", b: "1"}^sensitive'],
  [
    'zipmap(["a"], sensitive(["x"]))',
    '?"dynamic" !! Call to unknown function: There is no function named "sensitive". @15',
  ],
  [
    'zipmap(["a", "b"], tin)',
    '?"dynamic" !! Error in function call: Call to function "zipmap" failed: number of keys (2) does not match number of values (3). @1',
  ],
  [
    'zipmap(["a", "b", "c"], tin)',
    '["object",{"a":"string","b":"string","c":"number"}]{a: "a", b: "b"^sensitive, c: "3"}',
  ],
  [
    'zipmap(nl, ["x"])',
    '?"dynamic" !! Invalid function argument: Invalid value for "keys" parameter: argument must not be null. @8',
  ],
  ['zipmap([1, 2], ["x", "y"])', '["object",{"1":"string","2":"string"}]{1: "x", 2: "y"}'],
  ['zipmap([true], ["x"])', '["object",{"true":"string"}]{true: "x"}'],
  ['zipmap(set1, ["x", "y"])', '["object",{"a":"string","b":"string"}]{a: "x", b: "y"}'],
];
/** go-cty answers (hcleval oracle) for range, element, slice and chunklist edge cases. */
const PLAIN_CASES: readonly Case[] = [
  [
    "range(0, 5, 0)",
    '?"dynamic" !! Error in function call: Call to function "range" failed: more than 1024 values were generated; either decrease the difference between start and end or use a smaller step. @1',
  ],
  ["range(5, 5, 0)", '["list","number"][]'],
  [
    "range()",
    '?"dynamic" !! Error in function call: Call to function "range" failed: must have one, two, or three arguments. @1',
  ],
  [
    "range(1,2,3,4)",
    '?"dynamic" !! Error in function call: Call to function "range" failed: must have one, two, or three arguments. @1',
  ],
  [
    "range(0, 1, 0.1)",
    '["list","number"]["0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.70000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000006", "0.8000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001", "0.9000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001"]',
  ],
  ["range(3)", '["list","number"]["0", "1", "2"]'],
  ["range(-3)", '["list","number"]["0", "-1", "-2"]'],
  ["range(1, 4)", '["list","number"]["1", "2", "3"]'],
  ["range(4, 1)", '["list","number"]["4", "3", "2"]'],
  [
    "range(0, 10, -1)",
    '?"dynamic" !! Invalid function argument: Invalid value for "params" parameter: end must be less than start when step is negative. @10',
  ],
  [
    "range(10, 0, 1)",
    '?"dynamic" !! Invalid function argument: Invalid value for "params" parameter: end must be greater than start when step is positive. @11',
  ],
  [
    "range(0, 2000)",
    '?"dynamic" !! Error in function call: Call to function "range" failed: more than 1024 values were generated; either decrease the difference between start and end or use a smaller step. @1',
  ],
  [
    "range(0, 1/0)",
    '?"dynamic" !! Error in function call: Call to function "range" failed: more than 1024 values were generated; either decrease the difference between start and end or use a smaller step. @1',
  ],
  [
    'slice(["a","b","c"], pow(3.383, 2.682), 907904859832035954828529030466)',
    '?"dynamic" !! Invalid function argument: Invalid value for "start_index" parameter: invalid start index: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @22',
  ],
  [
    'chunklist(["a","b","c"], pow(1.234, -0.354))',
    '?"dynamic" !! Error in function call: Call to function "chunklist" failed: invalid size: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @1',
  ],
  [
    'slice(["a","b","c"], (pow(7.485, -0.163) - 585994), 319215)',
    '?"dynamic" !! Invalid function argument: Invalid value for "start_index" parameter: invalid start index: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @23',
  ],
  [
    'element(["a","b","c"], (1.97019e36 - 1.40059e12))',
    '?"dynamic" !! Error in function call: Call to function "element" failed: invalid index: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @1',
  ],
  [
    'element(["a","b","c"], (21/89))',
    '?"dynamic" !! Error in function call: Call to function "element" failed: invalid index: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @1',
  ],
  [
    'element(["a","b","c"], 290.89990304696539170)',
    '?"dynamic" !! Error in function call: Call to function "element" failed: invalid index: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @1',
  ],
  [
    'chunklist(["a","b","c"], -786106)',
    '?"dynamic" !! Error in function call: Call to function "chunklist" failed: the size argument must be positive. @1',
  ],
  [
    'chunklist(["a","b","c"], pow(1.128, -0.291))',
    '?"dynamic" !! Error in function call: Call to function "chunklist" failed: invalid size: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @1',
  ],
  [
    'slice(["a","b","c"], 258463, 794.391701132825)',
    '?"dynamic" !! Invalid function argument: Invalid value for "start_index" parameter: start index must not be greater than the length of the list. @22',
  ],
  ['element(["a","b","c"], 228436)', '"b"'],
  [
    'slice(["a","b","c"], (514.017 / -168.6988958614164175742), -781.930328)',
    '?"dynamic" !! Invalid function argument: Invalid value for "start_index" parameter: invalid start index: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @23',
  ],
  [
    'chunklist(["a","b","c"], -94.05988)',
    '?"dynamic" !! Error in function call: Call to function "chunklist" failed: invalid size: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @1',
  ],
  [
    'element(["a","b","c"], pow(9.832, -2.950))',
    '?"dynamic" !! Error in function call: Call to function "element" failed: invalid index: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @1',
  ],
  [
    'chunklist(["a","b","c"], (85/46))',
    '?"dynamic" !! Error in function call: Call to function "chunklist" failed: invalid size: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @1',
  ],
  [
    'chunklist(["a","b","c"], ((22/37) * -286895))',
    '?"dynamic" !! Error in function call: Call to function "chunklist" failed: invalid size: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @1',
  ],
  [
    'element(["a","b","c"], -937363)',
    '?"dynamic" !! Error in function call: Call to function "element" failed: cannot use element function with a negative index. @1',
  ],
  [
    'chunklist(["a","b","c"], (45/10))',
    '?"dynamic" !! Error in function call: Call to function "chunklist" failed: invalid size: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @1',
  ],
  [
    'element(["a","b","c"], -1/0)',
    '?"dynamic" !! Error in function call: Call to function "element" failed: cannot use element function with a negative index. @1',
  ],
  [
    'chunklist(["a","b","c"], 8.02857e38)',
    '?"dynamic" !! Error in function call: Call to function "chunklist" failed: invalid size: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @1',
  ],
  [
    'element(["a","b","c"], -911310)',
    '?"dynamic" !! Error in function call: Call to function "element" failed: cannot use element function with a negative index. @1',
  ],
  [
    'element(["a","b","c"], -956073)',
    '?"dynamic" !! Error in function call: Call to function "element" failed: cannot use element function with a negative index. @1',
  ],
  [
    'chunklist(["a","b","c"], pow(6.840, -1.688))',
    '?"dynamic" !! Error in function call: Call to function "chunklist" failed: invalid size: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @1',
  ],
  [
    'chunklist(["a","b","c"], 2.69831e38)',
    '?"dynamic" !! Error in function call: Call to function "chunklist" failed: invalid size: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @1',
  ],
  [
    'chunklist(["a","b","c"], -649340)',
    '?"dynamic" !! Error in function call: Call to function "chunklist" failed: the size argument must be positive. @1',
  ],
  [
    'chunklist(["a","b","c"], 1/0)',
    '?"dynamic" !! Error in function call: Call to function "chunklist" failed: invalid size: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @1',
  ],
  [
    'chunklist(["a","b","c"], -605337)',
    '?"dynamic" !! Error in function call: Call to function "chunklist" failed: the size argument must be positive. @1',
  ],
  [
    'slice(["a","b","c"], 996431633891568675615945719634, -867.7344975330294)',
    '?"dynamic" !! Invalid function argument: Invalid value for "start_index" parameter: invalid start index: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @22',
  ],
  [
    'slice(["a","b","c"], 342.7802370, 0)',
    '?"dynamic" !! Invalid function argument: Invalid value for "start_index" parameter: invalid start index: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @22',
  ],
  [
    'chunklist(["a","b","c"], 640.700371284947)',
    '?"dynamic" !! Error in function call: Call to function "chunklist" failed: invalid size: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @1',
  ],
  ['chunklist(["a","b","c"], 960451)', '["list",["list","string"]][["list","string"]["a", "b", "c"]]'],
  [
    'element(["a","b","c"], ((61/90) / -9223372036854775808))',
    '?"dynamic" !! Error in function call: Call to function "element" failed: cannot use element function with a negative index. @1',
  ],
  [
    'chunklist(["a","b","c"], pow(4.055, -1.299))',
    '?"dynamic" !! Error in function call: Call to function "chunklist" failed: invalid size: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @1',
  ],
  [
    'chunklist(["a","b","c"], -366264)',
    '?"dynamic" !! Error in function call: Call to function "chunklist" failed: the size argument must be positive. @1',
  ],
  [
    'element(["a","b","c"], (1.68905e-19 + (58/95)))',
    '?"dynamic" !! Error in function call: Call to function "element" failed: invalid index: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @1',
  ],
  [
    'element(["a","b","c"], 273.5831796744378152653)',
    '?"dynamic" !! Error in function call: Call to function "element" failed: invalid index: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @1',
  ],
  ['slice(["a","b","c"], -0, 0)', '["tuple",[]][]'],
  [
    'element(["a","b","c"], pow(9.606, -0.544))',
    '?"dynamic" !! Error in function call: Call to function "element" failed: invalid index: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @1',
  ],
  ['chunklist(["a","b","c"], 9007199254740993)', '["list",["list","string"]][["list","string"]["a", "b", "c"]]'],
  ['chunklist(["a","b","c"], (864307 + -796543))', '["list",["list","string"]][["list","string"]["a", "b", "c"]]'],
  [
    'element(["a","b","c"], 270224981995513168487877830398)',
    '?"dynamic" !! Error in function call: Call to function "element" failed: invalid index: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @1',
  ],
  [
    'chunklist(["a","b","c"], -896493046118944700654301364291)',
    '?"dynamic" !! Error in function call: Call to function "chunklist" failed: invalid size: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @1',
  ],
  [
    'element(["a","b","c"], 5.99453e-20)',
    '?"dynamic" !! Error in function call: Call to function "element" failed: invalid index: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @1',
  ],
  [
    'chunklist(["a","b","c"], (29/98))',
    '?"dynamic" !! Error in function call: Call to function "chunklist" failed: invalid size: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @1',
  ],
  [
    'slice(["a","b","c"], -0.5, (12/60))',
    '?"dynamic" !! Invalid function argument: Invalid value for "start_index" parameter: invalid start index: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @22',
  ],
  [
    'slice(["a","b","c"], -921.9812, 0)',
    '?"dynamic" !! Invalid function argument: Invalid value for "start_index" parameter: invalid start index: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @22',
  ],
  [
    'chunklist(["a","b","c"], (678.3949969297 / (66/5)))',
    '?"dynamic" !! Error in function call: Call to function "chunklist" failed: invalid size: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @1',
  ],
  [
    'element(["a","b","c"], -702.4366674795064682257)',
    '?"dynamic" !! Error in function call: Call to function "element" failed: cannot use element function with a negative index. @1',
  ],
  [
    'chunklist(["a","b","c"], -666987)',
    '?"dynamic" !! Error in function call: Call to function "chunklist" failed: the size argument must be positive. @1',
  ],
  [
    'element(["a","b","c"], (8.96538e40 / -607421))',
    '?"dynamic" !! Error in function call: Call to function "element" failed: cannot use element function with a negative index. @1',
  ],
  [
    'chunklist(["a","b","c"], -233563)',
    '?"dynamic" !! Error in function call: Call to function "chunklist" failed: the size argument must be positive. @1',
  ],
  [
    'slice(["a","b","c"], -486698881051248210328594186476, -478779433535777203608100187108)',
    '?"dynamic" !! Invalid function argument: Invalid value for "start_index" parameter: invalid start index: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @22',
  ],
  [
    'element(["a","b","c"], (41/79))',
    '?"dynamic" !! Error in function call: Call to function "element" failed: invalid index: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @1',
  ],
  ['element(["a","b","c"], 414312)', '"a"'],
  [
    'chunklist(["a","b","c"], pow(9.474, -0.692))',
    '?"dynamic" !! Error in function call: Call to function "chunklist" failed: invalid size: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @1',
  ],
  [
    'element(["a","b","c"], -65.254056497)',
    '?"dynamic" !! Error in function call: Call to function "element" failed: cannot use element function with a negative index. @1',
  ],
  [
    'slice(["a","b","c"], pow(0.761, -1.720), -362875)',
    '?"dynamic" !! Invalid function argument: Invalid value for "start_index" parameter: invalid start index: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @22',
  ],
  ['chunklist(["a","b","c"], 869197)', '["list",["list","string"]][["list","string"]["a", "b", "c"]]'],
  [
    'slice(["a","b","c"], 143076, -187.52509437497110411641)',
    '?"dynamic" !! Invalid function argument: Invalid value for "start_index" parameter: start index must not be greater than the length of the list. @22',
  ],
  [
    'element(["a","b","c"], 936.72078494916)',
    '?"dynamic" !! Error in function call: Call to function "element" failed: invalid index: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @1',
  ],
  [
    'chunklist(["a","b","c"], -855975)',
    '?"dynamic" !! Error in function call: Call to function "chunklist" failed: the size argument must be positive. @1',
  ],
];
/** go-cty answers (hcleval oracle) for randomly generated arguments (typed, null, unknown and marked values). */
const FUZZ_CASES: readonly VarsCase[] = [
  [
    "chunklist(v0, v1)",
    'v0 = unknown("set(number)")\nv1 = "é"',
    '?"dynamic" !! Invalid function argument: Invalid value for "size" parameter: a number is required. @15',
  ],
  [
    "chunklist(v0, v1)",
    'v0 = 2\nv1 = "a"',
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: list of any single type required. @11 | Invalid function argument: Invalid value for "size" parameter: a number is required. @15',
  ],
  [
    "chunklist(v0, v1)",
    'v0 = sensitive(typed("set(number)", []))\nv1 = -3',
    '?"dynamic" !! Error in function call: Call to function "chunklist" failed: the size argument must be positive. @1',
  ],
  [
    "chunklist(v0, v1)",
    'v0 = typed("list(number)", [1e20])\nv1 = typed("map(set(number))", {d=sensitive(typed("set(number)", []))})',
    '?"dynamic" !! Invalid function argument: Invalid value for "size" parameter: number required. @15',
  ],
  [
    "chunklist(v0, v1)",
    'v0 = typed("set(number)", [2, 1e20])\nv1 = 0',
    '["list",["list","number"]][["list","number"]["2", "100000000000000000000"]]',
  ],
  [
    "chunklist(v0, v1)",
    'v0 = null_of("list(list(string))")\nv1 = typed("set(list(string))", [typed("list(string)", ["Z", null_of("string"), "Z"]), typed("list(string)", ["true"]), typed("list(string)", ["a"])])',
    '?"dynamic" !! Invalid function argument: Invalid value for "size" parameter: number required. @15',
  ],
  ["chunklist(v0, v1)", 'v0 = []\nv1 = "7"', '["list",["list","dynamic"]][]'],
  [
    "chunklist(v0, v1)",
    'v0 = [null_of("string"), "7"]\nv1 = 1',
    '["list",["list","string"]][["list","string"][null("string")], ["list","string"]["7"]]',
  ],
  ["chunklist(v0, v1)", "v0 = []\nv1 = 1", '["list",["list","dynamic"]][]'],
  ["chunklist(v0, v1)", 'v0 = typed("set(string)", [])\nv1 = "7"', '["list",["list","string"]][]'],
  [
    "chunklist(v0, v1)",
    'v0 = typed("list(number)", [1e20, sensitive("7")])\nv1 = {d=[1e20, "true", "é"], c=typed("list(string)", ["é"])}',
    '?"dynamic" !! Invalid function argument: Invalid value for "size" parameter: number required. @15',
  ],
  [
    "chunklist(v0, v1)",
    'v0 = typed("set(number)", [1])\nv1 = null_of("number")',
    '?"dynamic" !! Invalid function argument: Invalid value for "size" parameter: argument must not be null. @15',
  ],
  [
    "chunklist(v0, v1)",
    'v0 = 0\nv1 = sensitive("Z")',
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: list of any single type required. @11 | Invalid function argument: Invalid value for "size" parameter: a number is required. @15',
  ],
  ["chunklist(v0, v1)", 'v0 = unknown("any")\nv1 = "7"', '?["list",["list","dynamic"]]'],
  [
    "chunklist(v0, v1)",
    'v0 = typed("list(number)", [2, 1, sensitive(null_of("number"))])\nv1 = -3',
    '?"dynamic" !! Error in function call: Call to function "chunklist" failed: the size argument must be positive. @1',
  ],
  [
    "chunklist(v0, v1)",
    'v0 = typed("set(string)", ["b"])\nv1 = 1',
    '["list",["list","string"]][["list","string"]["b"]]',
  ],
  [
    "chunklist(v0, v1)",
    'v0 = typed("list(number)", [])\nv1 = "a"',
    '?"dynamic" !! Invalid function argument: Invalid value for "size" parameter: a number is required. @15',
  ],
  [
    "chunklist(v0, v1)",
    'v0 = ["", "7"]\nv1 = null_of("number")',
    '?"dynamic" !! Invalid function argument: Invalid value for "size" parameter: argument must not be null. @15',
  ],
  [
    "chunklist(v0, v1)",
    'v0 = typed("list(string)", [unknown("string"), "1", "1"])\nv1 = ""',
    '?"dynamic" !! Invalid function argument: Invalid value for "size" parameter: a number is required. @15',
  ],
  ["chunklist(v0, v1)", 'v0 = typed("set(string)", ["b", "b"])\nv1 = unknown("string")', '?["list",["list","string"]]'],
  [
    "coalescelist(v0, v1)",
    'v0 = typed("list(bool)", [true, true, true])\nv1 = typed("list(bool)", [])',
    '["list","bool"][true, true, true]',
  ],
  [
    "coalescelist(v0, v1)",
    'v0 = []\nv1 = typed("list(bool)", [])',
    '?"dynamic" !! Error in function call: Call to function "coalescelist" failed: no non-null arguments. @1',
  ],
  ["coalescelist(v0, v1)", 'v0 = unknown("any")\nv1 = typed("set(string)", ["", null_of("string")])', '?"dynamic"'],
  ["coalescelist(v0, v1)", 'v0 = typed("list(string)", [])\nv1 = unknown("any")', '?"dynamic"'],
  [
    "coalescelist(v0, v1)",
    'v0 = {d=typed("map(string)", {a=unknown("string"), b="b", d="true"})}\nv1 = typed("list(string)", [null_of("string"), "é", null_of("string")])',
    '?"dynamic" !! Error in function call: Call to function "coalescelist" failed: coalescelist arguments must be lists or tuples. @1',
  ],
  [
    "coalescelist(v0, v1)",
    'v0 = typed("map(map(number))", {b=typed("map(number)", {d=2}), d=null_of("map(number)"), a=typed("map(number)", {c=2.5, d=2})})\nv1 = [2.5, 0]',
    '?"dynamic" !! Error in function call: Call to function "coalescelist" failed: coalescelist arguments must be lists or tuples. @1',
  ],
  [
    "coalescelist(v0, v1)",
    'v0 = [unknown("string"), -3]\nv1 = typed("list(list(string))", [])',
    '["tuple",["string","number"]][?"string", "-3"]',
  ],
  [
    "coalescelist(v0, v1)",
    'v0 = typed("list(string)", [sensitive(unknown("string")), ""])\nv1 = typed("list(string)", [])',
    '["list","string"][?"string", ""]^sensitive',
  ],
  [
    "coalescelist(v0, v1)",
    'v0 = null_of("tuple([string,string])")\nv1 = ["a", sensitive(1)]',
    '["tuple",["string","number"]]["a", "1"]^sensitive',
  ],
  ["coalescelist(v0, v1)", 'v0 = null_of("list(bool)")\nv1 = ["Z", "Z"]', '["tuple",["string","string"]]["Z", "Z"]'],
  [
    "coalescelist(v0, v1)",
    'v0 = typed("set(number)", [])\nv1 = []',
    '?"dynamic" !! Error in function call: Call to function "coalescelist" failed: coalescelist arguments must be lists or tuples. @1',
  ],
  ["coalescelist(v0, v1)", 'v0 = []\nv1 = typed("list(string)", [""])', '["list","string"][""]'],
  [
    "coalescelist(v0, v1)",
    'v0 = [null_of("string"), "1"]\nv1 = typed("list(list(string))", [])',
    '["tuple",["string","string"]][null("string"), "1"]',
  ],
  [
    "coalescelist(v0, v1)",
    'v0 = typed("list(list(string))", [])\nv1 = []',
    '?"dynamic" !! Error in function call: Call to function "coalescelist" failed: no non-null arguments. @1',
  ],
  [
    "coalescelist(v0, v1)",
    'v0 = sensitive(typed("set(string)", []))\nv1 = typed("list(number)", [])',
    '?"dynamic" !! Error in function call: Call to function "coalescelist" failed: coalescelist arguments must be lists or tuples. @1',
  ],
  [
    "coalescelist(v0, v1)",
    'v0 = {d=true}\nv1 = typed("list(string)", [unknown("string"), "a", unknown("string")])',
    '?"dynamic" !! Error in function call: Call to function "coalescelist" failed: coalescelist arguments must be lists or tuples. @1',
  ],
  [
    "coalescelist(v0, v1)",
    'v0 = ["Z", unknown("number")]\nv1 = sensitive(unknown("tuple([])"))',
    '["tuple",["string","number"]]["Z", ?"number"]^sensitive',
  ],
  ["coalescelist(v0, v1)", 'v0 = unknown("any")\nv1 = typed("set(number)", [])', '?"dynamic"'],
  [
    "coalescelist(v0, v1)",
    'v0 = 0\nv1 = typed("set(number)", [])',
    '?"dynamic" !! Error in function call: Call to function "coalescelist" failed: coalescelist arguments must be lists or tuples. @1',
  ],
  [
    "coalescelist(v0, v1)",
    'v0 = typed("list(string)", ["a", "é", "é"])\nv1 = sensitive({})',
    '?"dynamic" !! Error in function call: Call to function "coalescelist" failed: coalescelist arguments must be lists or tuples. @1',
  ],
  ["compact(v0)", 'v0 = typed("set(number)", ["7"])', '["list","string"]["7"]'],
  ["compact(v0)", 'v0 = typed("list(string)", ["Z", sensitive("")])', '["list","string"]["Z"]^sensitive'],
  [
    "compact(v0)",
    'v0 = sensitive(sensitive(null_of("list(number)")))',
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: argument must not be null. @9',
  ],
  ["compact(v0)", 'v0 = typed("set(number)", [-3])', '["list","string"]["-3"]'],
  [
    "compact(v0)",
    "v0 = true",
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: list of string required. @9',
  ],
  ["compact(v0)", 'v0 = ["b", ""]', '["list","string"]["b"]'],
  ["compact(v0)", "v0 = sensitive([])", '["list","string"][]^sensitive'],
  ["compact(v0)", 'v0 = typed("list(bool)", [false])', '["list","string"]["false"]'],
  ["compact(v0)", 'v0 = ["é", 1e20]', '["list","string"]["é", "100000000000000000000"]'],
  ["compact(v0)", 'v0 = sensitive(["", "1"])', '["list","string"]["1"]^sensitive'],
  ["compact(v0)", 'v0 = typed("set(string)", [])', '["list","string"][]'],
  ["compact(v0)", 'v0 = typed("set(number)", [])', '["list","string"][]'],
  ["compact(v0)", 'v0 = typed("list(number)", [2.5, "7"])', '["list","string"]["2.5", "7"]'],
  [
    "compact(v0)",
    "v0 = 1e20",
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: list of string required. @9',
  ],
  ["compact(v0)", 'v0 = typed("set(string)", ["1"])', '["list","string"]["1"]'],
  ["compact(v0)", 'v0 = ["1", "b"]', '["list","string"]["1", "b"]'],
  [
    "compact(v0)",
    "v0 = 2.5",
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: list of string required. @9',
  ],
  [
    "compact(v0)",
    'v0 = null_of("set(string)")',
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: argument must not be null. @9',
  ],
  ["compact(v0)", 'v0 = typed("set(number)", [-3, null_of("number"), null_of("number")])', '["list","string"]["-3"]'],
  ["compact(v0)", 'v0 = unknown("list(bool)")', '?["list","string"]'],
  [
    "concat(v0, v1)",
    'v0 = ["", null_of("string")]\nv1 = typed("set(string)", [])',
    '?"dynamic" !! Invalid function argument: Invalid value for "seqs" parameter: all arguments must be lists or tuples; got set of string. @12',
  ],
  [
    "concat(v0, v1, v2)",
    'v0 = typed("set(number)", [null_of("number"), 1e20])\nv1 = typed("list(bool)", [])\nv2 = typed("set(number)", [-3])',
    '?"dynamic" !! Invalid function argument: Invalid value for "seqs" parameter: all arguments must be lists or tuples; got set of number. @8',
  ],
  [
    "concat(v0, v1)",
    'v0 = []\nv1 = typed("set(set(number))", [typed("set(number)", []), unknown("set(number)"), typed("set(number)", [1, 2.5, 2])])',
    '?"dynamic" !! Invalid function argument: Invalid value for "seqs" parameter: all arguments must be lists or tuples; got set of set of number. @12',
  ],
  [
    "concat(v0, v1, v2)",
    'v0 = sensitive(typed("list(list(string))", [typed("list(string)", ["true", "Z"]), typed("list(string)", ["Z"]), unknown("list(string)")]))\nv1 = typed("list(bool)", [false, false, null_of("bool")])\nv2 = "Z"',
    '?"dynamic" !! Invalid function argument: Invalid value for "seqs" parameter: all arguments must be lists or tuples; got string. @16',
  ],
  [
    "concat(v0, v1)",
    'v0 = typed("list(list(string))", [typed("list(string)", [null_of("string"), "", "Z"]), typed("list(string)", ["1", "1"])])\nv1 = [unknown("string"), unknown("string")]',
    '["tuple",[["list","string"],["list","string"],"string","string"]][["list","string"][null("string"), "", "Z"], ["list","string"]["1", "1"], ?"string", ?"string"]',
  ],
  [
    "concat(v0, v1, v2)",
    'v0 = unknown("tuple([])")\nv1 = typed("list(string)", ["b", "true", "true"])\nv2 = [unknown("string"), "true"]',
    '?["tuple",["string","string","string","string","string"]]',
  ],
  ["concat(v0, v1, v2)", 'v0 = ["b", -3]\nv1 = unknown("list(string)")\nv2 = ["", "é"]', '?"dynamic"'],
  [
    "concat(v0, v1)",
    'v0 = typed("map(string)", {})\nv1 = typed("list(number)", [])',
    '?"dynamic" !! Invalid function argument: Invalid value for "seqs" parameter: all arguments must be lists or tuples; got map of string. @8',
  ],
  [
    "concat(v0, v1, v2)",
    'v0 = typed("list(string)", ["é"])\nv1 = ["Z", "1"]\nv2 = null_of("tuple([string,string])")',
    '?"dynamic" !! Invalid function argument: Invalid value for "seqs" parameter: argument must not be null. @16',
  ],
  [
    "concat(v0, v1)",
    'v0 = typed("list(list(string))", [typed("list(string)", ["Z", "é", "1"]), typed("list(string)", ["b"])])\nv1 = sensitive(typed("list(number)", []))',
    '["tuple",[["list","string"],["list","string"]]][["list","string"]["Z", "é", "1"], ["list","string"]["b"]]^sensitive',
  ],
  [
    "concat(v0, v1)",
    'v0 = typed("set(number)", [-3, 1e20, 1e20])\nv1 = sensitive(typed("set(number)", [1]))',
    '?"dynamic" !! Invalid function argument: Invalid value for "seqs" parameter: all arguments must be lists or tuples; got set of number. @8',
  ],
  [
    "concat(v0, v1, v2)",
    'v0 = typed("set(number)", [-3])\nv1 = unknown("any")\nv2 = typed("list(string)", [])',
    '?"dynamic"',
  ],
  [
    "concat(v0, v1, v2)",
    'v0 = null\nv1 = sensitive(sensitive(typed("set(string)", ["", sensitive("é")])))\nv2 = ["", "é"]',
    '?"dynamic" !! Invalid function argument: Invalid value for "seqs" parameter: argument must not be null. @8',
  ],
  [
    "concat(v0, v1)",
    'v0 = sensitive("true")\nv1 = typed("set(number)", [2, 2.5, 1])',
    '?"dynamic" !! Invalid function argument: Invalid value for "seqs" parameter: all arguments must be lists or tuples; got string. @8',
  ],
  [
    "concat(v0, v1, v2)",
    'v0 = 0\nv1 = ["b", null_of("number")]\nv2 = typed("list(bool)", [])',
    '?"dynamic" !! Invalid function argument: Invalid value for "seqs" parameter: all arguments must be lists or tuples; got number. @8',
  ],
  [
    "concat(v0, v1, v2)",
    'v0 = typed("list(number)", [2])\nv1 = sensitive(["1", 2])\nv2 = typed("list(number)", [0])',
    '["tuple",["number","string","number","number"]]["2", "1", "2", "0"]^sensitive',
  ],
  [
    "concat(v0, v1)",
    "v0 = []\nv1 = 2.5",
    '?"dynamic" !! Invalid function argument: Invalid value for "seqs" parameter: all arguments must be lists or tuples; got number. @12',
  ],
  [
    "concat(v0, v1)",
    'v0 = null_of("list(bool)")\nv1 = sensitive(["1", unknown("string")])',
    '?"dynamic" !! Invalid function argument: Invalid value for "seqs" parameter: argument must not be null. @8',
  ],
  [
    "concat(v0, v1, v2)",
    'v0 = -3\nv1 = typed("list(list(string))", [])\nv2 = typed("list(list(string))", [null_of("list(string)"), typed("list(string)", ["é", "b", "true"])])',
    '?"dynamic" !! Invalid function argument: Invalid value for "seqs" parameter: all arguments must be lists or tuples; got number. @8',
  ],
  [
    "concat(v0, v1)",
    'v0 = typed("map(list(number))", {c=typed("list(number)", [1e20]), a=unknown("list(number)")})\nv1 = typed("set(string)", [])',
    '?"dynamic" !! Invalid function argument: Invalid value for "seqs" parameter: all arguments must be lists or tuples; got map of list of number. @8',
  ],
  ["contains(v0, v1)", "v0 = []\nv1 = sensitive({})", "false^sensitive"],
  ["contains(v0, v1)", "v0 = []\nv1 = false", "false"],
  [
    "contains(v0, v1)",
    'v0 = typed("set(string)", [unknown("string"), "true"])\nv1 = unknown("list(object({c=string,d=string}))")',
    '?"bool"',
  ],
  [
    "contains(v0, v1)",
    'v0 = "é"\nv1 = sensitive("true")',
    '?"dynamic" !! Error in function call: Call to function "contains" failed: argument must be list, tuple, or set. @1',
  ],
  [
    "contains(v0, v1)",
    'v0 = sensitive(typed("set(string)", [sensitive("true"), unknown("string")]))\nv1 = {b={d="é", a="Z", c="true"}}',
    "false^sensitive",
  ],
  ["contains(v0, v1)", 'v0 = typed("set(number)", [1e20])\nv1 = sensitive(sensitive("Z"))', "false^sensitive"],
  [
    "contains(v0, v1)",
    'v0 = [sensitive("Z"), unknown("string")]\nv1 = typed("list(map(string))", [typed("map(string)", {}), typed("map(string)", {})])',
    "false^sensitive",
  ],
  ["contains(v0, v1)", 'v0 = unknown("tuple([string,number])")\nv1 = ""', '?"bool"'],
  [
    "contains(v0, v1)",
    'v0 = typed("set(number)", [0])\nv1 = typed("set(set(string))", [typed("set(string)", ["true", "b", "1"])])',
    "false",
  ],
  [
    "contains(v0, v1)",
    'v0 = typed("list(list(string))", [sensitive(sensitive(typed("list(string)", ["a"]))), sensitive(typed("list(string)", ["a"]))])\nv1 = null',
    '?"dynamic" !! Invalid function argument: Invalid value for "value" parameter: argument must not be null. @14',
  ],
  [
    "contains(v0, v1)",
    'v0 = typed("map(list(number))", {d=typed("list(number)", [])})\nv1 = "a"',
    '?"dynamic" !! Error in function call: Call to function "contains" failed: argument must be list, tuple, or set. @1',
  ],
  ["contains(v0, v1)", 'v0 = [unknown("string"), "a"]\nv1 = "a"', "true"],
  [
    "contains(v0, v1)",
    'v0 = null_of("list(string)")\nv1 = sensitive(typed("list(object({c=string,a=string,d=bool}))", []))',
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: argument must not be null. @10',
  ],
  [
    "contains(v0, v1)",
    'v0 = false\nv1 = "é"',
    '?"dynamic" !! Error in function call: Call to function "contains" failed: argument must be list, tuple, or set. @1',
  ],
  ["contains(v0, v1)", 'v0 = [unknown("string"), 2.5]\nv1 = -3', "false"],
  [
    "contains(v0, v1)",
    'v0 = typed("list(string)", ["true"])\nv1 = typed("set(map(bool))", [typed("map(bool)", {}), typed("map(bool)", {d=true, a=sensitive(true), c=false})])',
    "false^sensitive",
  ],
  [
    "contains(v0, v1)",
    'v0 = typed("list(number)", [null_of("number"), 1, unknown("number")])\nv1 = null_of("string")',
    '?"dynamic" !! Invalid function argument: Invalid value for "value" parameter: argument must not be null. @14',
  ],
  [
    "contains(v0, v1)",
    'v0 = typed("set(string)", ["b"])\nv1 = [typed("map(string)", {b=sensitive(null_of("string")), c=sensitive("b")}), typed("list(bool)", [false, true, true])]',
    "false^sensitive",
  ],
  ["contains(v0, v1)", 'v0 = typed("set(number)", [1, unknown("number"), 0])\nv1 = false', "false"],
  [
    "contains(v0, v1)",
    'v0 = null_of("set(string)")\nv1 = typed("list(string)", [sensitive("b"), ""])',
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: argument must not be null. @10',
  ],
  [
    "distinct(v0)",
    "v0 = null",
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: argument must not be null. @10',
  ],
  ["distinct(v0)", 'v0 = typed("set(string)", [sensitive(""), "", "true"])', '["list","string"]["", "true"]^sensitive'],
  ["distinct(v0)", 'v0 = typed("set(number)", [1, sensitive(2)])', '["list","number"]["1", "2"]^sensitive'],
  ["distinct(v0)", 'v0 = typed("list(number)", [unknown("number"), 1])', '?["list","number"]'],
  ["distinct(v0)", 'v0 = typed("set(number)", [-3])', '["list","number"]["-3"]'],
  ["distinct(v0)", 'v0 = ["true", "é"]', '["list","string"]["true", "é"]'],
  ["distinct(v0)", 'v0 = typed("set(string)", [sensitive("true"), "é"])', '["list","string"]["true", "é"]^sensitive'],
  ["distinct(v0)", 'v0 = [unknown("string"), "true"]', '?["list","string"]'],
  ["distinct(v0)", 'v0 = ["", sensitive(unknown("string"))]', '?["list","string"]^sensitive'],
  ["distinct(v0)", 'v0 = typed("set(string)", ["a"])', '["list","string"]["a"]'],
  ["distinct(v0)", 'v0 = ["b", sensitive(sensitive(2.5))]', '["list","string"]["b", "2.5"]^sensitive'],
  ["distinct(v0)", 'v0 = ["1", 2]', '["list","string"]["1", "2"]'],
  ["distinct(v0)", 'v0 = ["", "b"]', '["list","string"]["", "b"]'],
  ["distinct(v0)", 'v0 = typed("list(string)", [""])', '["list","string"][""]'],
  ["distinct(v0)", 'v0 = sensitive(typed("list(string)", ["é"]))', '["list","string"]["é"]^sensitive'],
  ["distinct(v0)", 'v0 = typed("set(string)", [null_of("string")])', '["list","string"][null("string")]'],
  ["distinct(v0)", 'v0 = unknown("tuple([string,string])")', '?["list","string"]'],
  ["distinct(v0)", 'v0 = typed("list(bool)", [true, true, false])', '["list","bool"][true, false]'],
  ["distinct(v0)", 'v0 = [sensitive("é"), -3]', '["list","string"]["é", "-3"]^sensitive'],
  ["distinct(v0)", 'v0 = typed("list(number)", [0, 2.5])', '["list","number"]["0", "2.5"]'],
  ["element(v0, v1)", 'v0 = typed("list(number)", [2])\nv1 = "7"', '"2"'],
  [
    "element(v0, v1)",
    'v0 = typed("set(string)", [sensitive("a"), "true", ""])\nv1 = "7"',
    '?"dynamic" !! Error in function call: Call to function "element" failed: cannot read elements from set of string. @1',
  ],
  [
    "element(v0, v1)",
    'v0 = typed("list(bool)", [true, true])\nv1 = 1e20',
    '?"dynamic" !! Error in function call: Call to function "element" failed: invalid index: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @1',
  ],
  [
    "element(v0, v1)",
    'v0 = "1"\nv1 = -3',
    '?"dynamic" !! Error in function call: Call to function "element" failed: cannot use element function with a negative index. @1',
  ],
  [
    "element(v0, v1)",
    'v0 = typed("list(number)", [])\nv1 = null',
    '?"dynamic" !! Invalid function argument: Invalid value for "index" parameter: argument must not be null. @13',
  ],
  ["element(v0, v1)", 'v0 = [1e20, "true"]\nv1 = 1', '"true"'],
  [
    "element(v0, v1)",
    'v0 = typed("set(string)", [])\nv1 = sensitive(typed("map(number)", {a=1e20, b=2.5, d=-3}))',
    '?"dynamic" !! Invalid function argument: Invalid value for "index" parameter: number required. @13',
  ],
  [
    "element(v0, v1)",
    'v0 = typed("list(number)", [unknown("number")])\nv1 = "é"',
    '?"dynamic" !! Invalid function argument: Invalid value for "index" parameter: a number is required. @13',
  ],
  [
    "element(v0, v1)",
    'v0 = typed("list(list(string))", [])\nv1 = sensitive("a")',
    '?"dynamic" !! Invalid function argument: Invalid value for "index" parameter: a number is required. @13',
  ],
  [
    "element(v0, v1)",
    "v0 = true\nv1 = -3",
    '?"dynamic" !! Error in function call: Call to function "element" failed: cannot use element function with a negative index. @1',
  ],
  ["element(v0, v1)", 'v0 = unknown("list(set(number))")\nv1 = 0', '?["set","number"]'],
  [
    "element(v0, v1)",
    'v0 = [typed("map(number)", {c=-3}), 2.5, typed("map(number)", {c=2.5, d="7", b=sensitive("7")})]\nv1 = 1',
    '"2.5"',
  ],
  [
    "element(v0, v1)",
    'v0 = typed("list(string)", ["b", sensitive(""), "1"])\nv1 = -3',
    '?"dynamic" !! Error in function call: Call to function "element" failed: cannot use element function with a negative index. @1',
  ],
  ["element(v0, v1)", 'v0 = [unknown("string"), 2.5]\nv1 = "7"', '"2.5"'],
  ["element(v0, v1)", 'v0 = typed("list(string)", ["a", "1", ""])\nv1 = 2', '""'],
  ["element(v0, v1)", 'v0 = ["é", 2.5]\nv1 = unknown("number")', '?"dynamic"'],
  [
    "element(v0, v1)",
    'v0 = typed("list(number)", [unknown("number"), 2])\nv1 = "true"',
    '?"dynamic" !! Invalid function argument: Invalid value for "index" parameter: a number is required. @13',
  ],
  [
    "element(v0, v1)",
    'v0 = unknown("string")\nv1 = 2.5',
    '?"dynamic" !! Error in function call: Call to function "element" failed: cannot read elements from string. @1',
  ],
  [
    "element(v0, v1)",
    'v0 = typed("list(string)", ["b", "true", "a"])\nv1 = 2.5',
    '?"dynamic" !! Error in function call: Call to function "element" failed: invalid index: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @1',
  ],
  ["element(v0, v1)", 'v0 = ["é", 2.5]\nv1 = "7"', '"2.5"'],
  ["flatten(v0)", 'v0 = [sensitive("Z"), 2]', '["tuple",["string","number"]]["Z"^sensitive, "2"]'],
  [
    "flatten(v0)",
    'v0 = sensitive(typed("map(string)", {c=sensitive(sensitive(sensitive(""))), d="true"}))',
    '?"dynamic" !! Error in function call: Call to function "flatten" failed: can only flatten lists, sets and tuples. @1',
  ],
  ["flatten(v0)", 'v0 = sensitive(typed("list(string)", ["b"]))', '["tuple",["string"]]["b"]^sensitive'],
  ["flatten(v0)", 'v0 = typed("set(number)", [0, 0])', '["tuple",["number"]]["0"]'],
  [
    "flatten(v0)",
    'v0 = null_of("list(string)")',
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: argument must not be null. @9',
  ],
  ["flatten(v0)", 'v0 = [unknown("string"), 2]', '["tuple",["string","number"]][?"string", "2"]'],
  [
    "flatten(v0)",
    'v0 = typed("set(string)", ["Z", "b", "é"])',
    '["tuple",["string","string","string"]]["Z", "b", "é"]',
  ],
  [
    "flatten(v0)",
    'v0 = typed("set(bool)", [false, null_of("bool")])',
    '["tuple",["bool","bool"]][false, null("bool")]',
  ],
  ["flatten(v0)", 'v0 = [sensitive("é"), "1"]', '["tuple",["string","string"]]["é"^sensitive, "1"]'],
  [
    "flatten(v0)",
    'v0 = typed("list(list(string))", [typed("list(string)", [""]), typed("list(string)", ["true", "é", "1"]), typed("list(string)", ["a", unknown("string")])])',
    '["tuple",["string","string","string","string","string","string"]]["", "true", "é", "1", "a", ?"string"]',
  ],
  ["flatten(v0)", 'v0 = ["true", "a"]', '["tuple",["string","string"]]["true", "a"]'],
  [
    "flatten(v0)",
    'v0 = typed("set(number)", [1e20, "7", 0])',
    '["tuple",["number","number","number"]]["0", "7", "100000000000000000000"]',
  ],
  ["flatten(v0)", 'v0 = ["é", "a"]', '["tuple",["string","string"]]["é", "a"]'],
  [
    "flatten(v0)",
    'v0 = sensitive(typed("list(list(string))", [typed("list(string)", ["b", "true", "é"])]))',
    '["tuple",["string","string","string"]]["b", "true", "é"]^sensitive',
  ],
  ["flatten(v0)", 'v0 = ["é", "7"]', '["tuple",["string","string"]]["é", "7"]'],
  ["flatten(v0)", 'v0 = ["b", "Z"]', '["tuple",["string","string"]]["b", "Z"]'],
  [
    "flatten(v0)",
    'v0 = ["Z", sensitive(unknown("number"))]',
    '["tuple",["string","number"]]["Z", ?"number"^sensitive]',
  ],
  [
    "flatten(v0)",
    'v0 = typed("list(number)", [sensitive("7"), 2.5, 0])',
    '["tuple",["number","number","number"]]["7"^sensitive, "2.5", "0"]',
  ],
  [
    "flatten(v0)",
    'v0 = typed("list(object({a=bool,d=string,c=number}))", [sensitive({a=unknown("bool"), d="1", c=1}), sensitive({a=false, d="Z", c=null_of("number")}), {a=unknown("bool"), d=sensitive("a"), c=0}])',
    '["tuple",[["object",{"a":"bool","c":"number","d":"string"}],["object",{"a":"bool","c":"number","d":"string"}],["object",{"a":"bool","c":"number","d":"string"}]]][["object",{"a":"bool","c":"number","d":"string"}]{a: ?"bool", c: "1", d: "1"}^sensitive, ["object",{"a":"bool","c":"number","d":"string"}]{a: false, c: null("number"), d: "Z"}^sensitive, ["object",{"a":"bool","c":"number","d":"string"}]{a: ?"bool", c: "0", d: "a"^sensitive}]',
  ],
  [
    "flatten(v0)",
    'v0 = typed("list(bool)", [false, true, true])',
    '["tuple",["bool","bool","bool"]][false, true, true]',
  ],
  ["keys(v0)", 'v0 = typed("map(number)", {d=sensitive(2)})', '["list","string"]["d"]'],
  ["keys(v0)", 'v0 = typed("map(number)", {a=1, d=sensitive("7"), c="7"})', '["list","string"]["a", "c", "d"]'],
  ["keys(v0)", 'v0 = typed("map(string)", {c=""})', '["list","string"]["c"]'],
  ["keys(v0)", 'v0 = typed("map(number)", {b=1e20})', '["list","string"]["b"]'],
  ["keys(v0)", 'v0 = typed("map(number)", {c=1, d=2, a=-3})', '["list","string"]["a", "c", "d"]'],
  ["keys(v0)", 'v0 = typed("map(number)", {d=1})', '["list","string"]["d"]'],
  ["keys(v0)", 'v0 = {a="Z", b=-3}', '["tuple",["string","string"]]["a", "b"]'],
  [
    "keys(v0)",
    'v0 = typed("map(list(string))", {c=null_of("list(string)"), a=typed("list(string)", [sensitive(sensitive("")), null_of("string"), "b"])})',
    '["list","string"]["a", "c"]',
  ],
  [
    "keys(v0)",
    'v0 = typed("set(string)", ["a", "true", "Z"])',
    '?"dynamic" !! Invalid function argument: Invalid value for "inputMap" parameter: must have map or object type. @6',
  ],
  ["keys(v0)", 'v0 = typed("map(string)", {d="", a="", c="é"})', '["list","string"]["a", "c", "d"]'],
  ["keys(v0)", 'v0 = {a=null_of("string"), b=0}', '["tuple",["string","string"]]["a", "b"]'],
  [
    "keys(v0)",
    'v0 = typed("map(list(string))", {b=typed("list(string)", ["é", "a"]), d=typed("list(string)", ["true", "1", "a"]), a=sensitive(typed("list(string)", []))})',
    '["list","string"]["a", "b", "d"]',
  ],
  ["keys(v0)", 'v0 = typed("map(list(string))", {a=unknown("list(string)")})', '["list","string"]["a"]'],
  ["keys(v0)", 'v0 = typed("map(string)", {b="b", d="Z"})', '["list","string"]["b", "d"]'],
  ["keys(v0)", 'v0 = {a="a", b=unknown("number")}', '["tuple",["string","string"]]["a", "b"]'],
  ["keys(v0)", 'v0 = {a=unknown("string"), b=1}', '["tuple",["string","string"]]["a", "b"]'],
  [
    "keys(v0)",
    'v0 = typed("set(list(number))", [])',
    '?"dynamic" !! Invalid function argument: Invalid value for "inputMap" parameter: must have map or object type. @6',
  ],
  ["keys(v0)", 'v0 = typed("map(string)", {d="a"})', '["list","string"]["d"]'],
  ["keys(v0)", 'v0 = typed("map(string)", {b="Z"})', '["list","string"]["b"]'],
  ["keys(v0)", 'v0 = {a="1", b=sensitive(1)}', '["tuple",["string","string"]]["a", "b"]'],
  ["lookup(v0, v1, v2)", 'v0 = unknown("any")\nv1 = "a"\nv2 = "Z"', '?"dynamic"'],
  [
    "lookup(v0, v1, v2)",
    'v0 = {}\nv1 = null\nv2 = sensitive("é")',
    '?"dynamic" !! Invalid function argument: Invalid value for "key" parameter: argument must not be null. @12',
  ],
  [
    "lookup(v0, v1, v2)",
    'v0 = typed("map(string)", {a="a", d=sensitive(null_of("string")), b=sensitive("Z")})\nv1 = "é"\nv2 = "1"',
    '"1"',
  ],
  ["lookup(v0, v1, v2)", 'v0 = {a="1", b=1}\nv1 = ""\nv2 = "1"', '"1"'],
  ["lookup(v0, v1, v2)", 'v0 = typed("map(string)", {b="true", d="Z"})\nv1 = "b"\nv2 = ""', '"true"'],
  [
    "lookup(v0, v1, v2)",
    'v0 = typed("set(set(string))", [typed("set(string)", ["Z", "a", "true"]), typed("set(string)", [])])\nv1 = "a"\nv2 = null_of("string")',
    '?"dynamic" !! Invalid function argument: Invalid value for "default" parameter: argument must not be null. @16',
  ],
  [
    "lookup(v0, v1, v2)",
    'v0 = {}\nv1 = ""\nv2 = typed("list(number)", [0, 1, 2.5])',
    '["list","number"]["0", "1", "2.5"]',
  ],
  ["lookup(v0, v1, v2)", 'v0 = {a="Z", b=1e20}\nv1 = "b"\nv2 = 2', '"100000000000000000000"'],
  [
    "lookup(v0, v1, v2)",
    'v0 = sensitive(typed("map(number)", {a=sensitive("7"), b=2.5, c=2.5}))\nv1 = "a"\nv2 = 0',
    '"7"^sensitive',
  ],
  ["lookup(v0, v1, v2)", 'v0 = {a="1", b=-3}\nv1 = "Z"\nv2 = "a"', '"a"'],
  [
    "lookup(v0, v1, v2)",
    'v0 = sensitive(typed("map(list(string))", {b=typed("list(string)", [sensitive("é"), "true"]), a=typed("list(string)", [unknown("string"), unknown("string"), "a"])}))\nv1 = "Z"\nv2 = null',
    '?"dynamic" !! Invalid function argument: Invalid value for "default" parameter: argument must not be null. @16',
  ],
  [
    "lookup(v0, v1, v2)",
    'v0 = unknown("map(list(string))")\nv1 = "1"\nv2 = "a"',
    '?"dynamic" !! Invalid function argument: Invalid value for "default" parameter: the default value must have the same type as the map elements. @16',
  ],
  ["lookup(v0, v1, v2)", 'v0 = unknown("any")\nv1 = "1"\nv2 = ""', '?"dynamic"'],
  ["lookup(v0, v1, v2)", 'v0 = {}\nv1 = "b"\nv2 = 1e20', '"100000000000000000000"'],
  [
    "lookup(v0, v1, v2)",
    'v0 = typed("map(number)", {})\nv1 = "true"\nv2 = typed("map(list(string))", {})',
    '?"dynamic" !! Invalid function argument: Invalid value for "default" parameter: the default value must have the same type as the map elements. @16',
  ],
  [
    "lookup(v0, v1, v2)",
    'v0 = sensitive(typed("map(string)", {d="true"}))\nv1 = "true"\nv2 = null_of("string")',
    '?"dynamic" !! Invalid function argument: Invalid value for "default" parameter: argument must not be null. @16',
  ],
  [
    "lookup(v0, v1, v2)",
    'v0 = unknown("map(string)")\nv1 = "true"\nv2 = null_of("object({a=set(number)})")',
    '?"dynamic" !! Invalid function argument: Invalid value for "default" parameter: argument must not be null. @16',
  ],
  [
    "lookup(v0, v1, v2)",
    'v0 = sensitive(typed("map(string)", {d=sensitive(sensitive("true")), c="true"}))\nv1 = "b"\nv2 = "true"',
    '"true"^sensitive',
  ],
  [
    "lookup(v0, v1, v2)",
    'v0 = "é"\nv1 = "b"\nv2 = 0',
    '?"dynamic" !! Invalid function argument: Invalid value for "inputMap" parameter: lookup() requires a map as the first argument. @8',
  ],
  ["lookup(v0, v1, v2)", 'v0 = {a=sensitive(sensitive("a")), b=1e20}\nv1 = "a"\nv2 = "1"', '"a"^sensitive'],
  [
    "merge(v0, v1)",
    'v0 = {a="1", b=2}\nv1 = typed("map(number)", {c=0})',
    '["object",{"a":"string","b":"number","c":"number"}]{a: "1", b: "2", c: "0"}',
  ],
  [
    "merge(v0, v1)",
    'v0 = typed("list(bool)", [false])\nv1 = typed("map(number)", {c=1, d=2, a=-3})',
    '?"dynamic" !! Error in function call: Call to function "merge" failed: arguments must be maps or objects, got "list of bool". @1',
  ],
  [
    "merge(v0, v1)",
    'v0 = typed("map(string)", {b="é", d="true", a="é"})\nv1 = typed("list(map(number))", [null_of("map(number)")])',
    '?"dynamic" !! Error in function call: Call to function "merge" failed: arguments must be maps or objects, got "list of map of number". @1',
  ],
  [
    "merge(v0, v1, v2)",
    'v0 = typed("map(list(string))", {d=typed("list(string)", []), c=null_of("list(string)")})\nv1 = {a=unknown("string"), b=1e20}\nv2 = unknown("map(number)")',
    '?"dynamic"',
  ],
  [
    "merge(v0, v1, v2)",
    'v0 = typed("map(list(string))", {b=typed("list(string)", []), c=typed("list(string)", [])})\nv1 = typed("map(number)", {b="7"})\nv2 = null_of("list(tuple([number]))")',
    '?"dynamic" !! Error in function call: Call to function "merge" failed: arguments must be maps or objects, got "list of tuple". @1',
  ],
  [
    "merge(v0, v1)",
    'v0 = {}\nv1 = typed("map(number)", {d=2, a=2.5})',
    '["object",{"a":"number","d":"number"}]{a: "2.5", d: "2"}',
  ],
  [
    "merge(v0, v1, v2)",
    'v0 = typed("map(string)", {})\nv1 = null\nv2 = {a="Z", b=1e20}',
    '["object",{"a":"string","b":"number"}]{a: "Z", b: "100000000000000000000"}',
  ],
  ["merge(v0, v1)", "v0 = null\nv1 = {}", '["object",{}]{}'],
  [
    "merge(v0, v1)",
    'v0 = typed("map(number)", {c=1e20, b=null_of("number"), a=unknown("number")})\nv1 = typed("map(number)", {a=1e20, b=2, c=1e20})',
    '["map","number"]{a: "100000000000000000000", b: "2", c: "100000000000000000000"}',
  ],
  [
    "merge(v0, v1)",
    'v0 = {}\nv1 = typed("map(number)", {d=unknown("number")})',
    '["object",{"d":"number"}]{d: ?"number"}',
  ],
  [
    "merge(v0, v1)",
    'v0 = typed("map(string)", {})\nv1 = {a=unknown("string"), b=2}',
    '["object",{"a":"string","b":"number"}]{a: ?"string", b: "2"}',
  ],
  [
    "merge(v0, v1, v2)",
    'v0 = 0\nv1 = {}\nv2 = typed("map(string)", {c="é"})',
    '?"dynamic" !! Error in function call: Call to function "merge" failed: arguments must be maps or objects, got "number". @1',
  ],
  [
    "merge(v0, v1, v2)",
    'v0 = sensitive(typed("map(list(string))", {d=typed("list(string)", [])}))\nv1 = typed("map(string)", {c="a"})\nv2 = typed("map(bool)", {d=true, a=false, c=true})',
    '["object",{"a":"bool","c":"bool","d":"bool"}]{a: false, c: true, d: true}^sensitive',
  ],
  [
    "merge(v0, v1)",
    'v0 = typed("map(list(string))", {})\nv1 = {a="", b=-3}',
    '["object",{"a":"string","b":"number"}]{a: "", b: "-3"}',
  ],
  [
    "merge(v0, v1)",
    'v0 = typed("map(string)", {b="b"})\nv1 = sensitive(typed("map(number)", {b=sensitive(2)}))',
    '["object",{"b":"number"}]{b: "2"^sensitive}^sensitive',
  ],
  [
    "merge(v0, v1, v2)",
    'v0 = typed("map(number)", {})\nv1 = typed("map(list(string))", {b=typed("list(string)", [])})\nv2 = unknown("bool")',
    '?"dynamic" !! Error in function call: Call to function "merge" failed: arguments must be maps or objects, got "bool". @1',
  ],
  [
    "merge(v0, v1, v2)",
    'v0 = {a="true", b=0}\nv1 = unknown("object({})")\nv2 = {a="Z", b="7"}',
    '?["object",{"a":"string","b":"string"}]',
  ],
  [
    "merge(v0, v1, v2)",
    'v0 = {}\nv1 = typed("map(number)", {})\nv2 = "true"',
    '?"dynamic" !! Error in function call: Call to function "merge" failed: arguments must be maps or objects, got "string". @1',
  ],
  [
    "merge(v0, v1)",
    'v0 = {}\nv1 = typed("map(string)", {b="é", d=sensitive("1"), a="1"})',
    '["object",{"a":"string","b":"string","d":"string"}]{a: "1", b: "é", d: "1"^sensitive}',
  ],
  ["merge(v0, v1)", 'v0 = sensitive(typed("map(string)", {}))\nv1 = {}', '["object",{}]{}^sensitive'],
  [
    "range(v0, v1)",
    'v0 = 1e20\nv1 = null_of("string")',
    '?"dynamic" !! Invalid function argument: Invalid value for "params" parameter: argument must not be null. @11',
  ],
  [
    "range(v0, v1)",
    'v0 = -3\nv1 = "b"',
    '?"dynamic" !! Invalid function argument: Invalid value for "params" parameter: a number is required. @11',
  ],
  [
    "range(v0, v1)",
    'v0 = null_of("number")\nv1 = 2',
    '?"dynamic" !! Invalid function argument: Invalid value for "params" parameter: argument must not be null. @7',
  ],
  [
    "range(v0, v1)",
    'v0 = {b=typed("set(number)", [0, sensitive(unknown("number")), 1]), c={a="", c=1, d=-3}}\nv1 = 1e20',
    '?"dynamic" !! Invalid function argument: Invalid value for "params" parameter: number required. @7',
  ],
  [
    "range(v0, v1)",
    'v0 = "Z"\nv1 = "7"',
    '?"dynamic" !! Invalid function argument: Invalid value for "params" parameter: a number is required. @7',
  ],
  [
    "range(v0, v1)",
    'v0 = "b"\nv1 = unknown("string")',
    '?"dynamic" !! Invalid function argument: Invalid value for "params" parameter: a number is required. @7',
  ],
  [
    "range(v0, v1)",
    'v0 = null\nv1 = {a=sensitive({c=true, d="1"}), d=typed("set(bool)", [true, unknown("bool")]), c=typed("list(number)", [])}',
    '?"dynamic" !! Invalid function argument: Invalid value for "params" parameter: number required. @11',
  ],
  [
    "range(v0, v1)",
    'v0 = 0\nv1 = sensitive("é")',
    '?"dynamic" !! Invalid function argument: Invalid value for "params" parameter: a number is required. @11',
  ],
  [
    "range(v0, v1)",
    'v0 = "a"\nv1 = "b"',
    '?"dynamic" !! Invalid function argument: Invalid value for "params" parameter: a number is required. @7 | Invalid function argument: Invalid value for "params" parameter: a number is required. @11',
  ],
  [
    "range(v0, v1)",
    'v0 = "a"\nv1 = ""',
    '?"dynamic" !! Invalid function argument: Invalid value for "params" parameter: a number is required. @7 | Invalid function argument: Invalid value for "params" parameter: a number is required. @11',
  ],
  [
    "range(v0, v1)",
    "v0 = null\nv1 = 0",
    '?"dynamic" !! Invalid function argument: Invalid value for "params" parameter: argument must not be null. @7',
  ],
  [
    "range(v0, v1)",
    'v0 = 0\nv1 = typed("set(set(number))", [typed("set(number)", []), null_of("set(number)"), typed("set(number)", [])])',
    '?"dynamic" !! Invalid function argument: Invalid value for "params" parameter: number required. @11',
  ],
  ["range(v0, v1)", 'v0 = unknown("any")\nv1 = unknown("string")', '?["list","number"]'],
  [
    "range(v0, v1)",
    'v0 = sensitive(typed("list(set(string))", [typed("set(string)", ["é", sensitive("b")]), typed("set(string)", [sensitive(null_of("string")), "a"])]))\nv1 = 0',
    '?"dynamic" !! Invalid function argument: Invalid value for "params" parameter: number required. @7',
  ],
  ["range(v0, v1)", 'v0 = "7"\nv1 = unknown("any")', '?["list","number"]'],
  [
    "range(v0, v1)",
    'v0 = typed("list(set(bool))", [typed("set(bool)", [true]), typed("set(bool)", [null_of("bool")]), typed("set(bool)", [sensitive(false), unknown("bool"), true])])\nv1 = [typed("set(number)", [])]',
    '?"dynamic" !! Invalid function argument: Invalid value for "params" parameter: number required. @7 | Invalid function argument: Invalid value for "params" parameter: number required. @11',
  ],
  [
    "range(v0, v1)",
    'v0 = null_of("number")\nv1 = 0',
    '?"dynamic" !! Invalid function argument: Invalid value for "params" parameter: argument must not be null. @7',
  ],
  [
    "range(v0, v1)",
    'v0 = ""\nv1 = 0',
    '?"dynamic" !! Invalid function argument: Invalid value for "params" parameter: a number is required. @7',
  ],
  ["range(v0, v1)", "v0 = 1\nv1 = -3", '["list","number"]["1", "0", "-1", "-2"]'],
  ["range(v0, v1)", 'v0 = unknown("number")\nv1 = -3', '?["list","number"]'],
  ["reverse(v0)", 'v0 = typed("set(string)", ["", "b"])', '["list","string"]["b", ""]'],
  ["reverse(v0)", 'v0 = typed("list(string)", ["true", "1"])', '["list","string"]["1", "true"]'],
  [
    "reverse(v0)",
    'v0 = null_of("list(number)")',
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: argument must not be null. @9',
  ],
  ["reverse(v0)", 'v0 = typed("list(bool)", [false])', '["list","bool"][false]'],
  ["reverse(v0)", 'v0 = typed("set(number)", ["7", -3, 2.5])', '["list","number"]["7", "2.5", "-3"]'],
  ["reverse(v0)", 'v0 = typed("list(string)", [])', '["list","string"][]'],
  ["reverse(v0)", 'v0 = sensitive(["", []])', '["tuple",[["tuple",[]],"string"]][["tuple",[]][], ""]^sensitive'],
  ["reverse(v0)", 'v0 = typed("list(bool)", [true])', '["list","bool"][true]'],
  ["reverse(v0)", 'v0 = typed("set(number)", ["7", 2, 1e20])', '["list","number"]["100000000000000000000", "7", "2"]'],
  ["reverse(v0)", 'v0 = typed("set(number)", [2])', '["list","number"]["2"]'],
  [
    "reverse(v0)",
    'v0 = typed("list(list(string))", [typed("list(string)", [unknown("string"), "b", null_of("string")]), typed("list(string)", ["a"])])',
    '["list",["list","string"]][["list","string"]["a"], ["list","string"][?"string", "b", null("string")]]',
  ],
  [
    "reverse(v0)",
    'v0 = {d="Z"}',
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: can only reverse list or tuple values, not object. @9',
  ],
  ["reverse(v0)", 'v0 = ["b", "Z"]', '["tuple",["string","string"]]["Z", "b"]'],
  [
    "reverse(v0)",
    'v0 = unknown("map(string)")',
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: can only reverse list or tuple values, not map of string. @9',
  ],
  ["reverse(v0)", 'v0 = typed("set(set(string))", [])', '["list",["set","string"]][]'],
  ["reverse(v0)", 'v0 = typed("list(bool)", [unknown("bool"), true])', '["list","bool"][true, ?"bool"]'],
  [
    "reverse(v0)",
    'v0 = [sensitive("é"), unknown("string")]',
    '["tuple",["string","string"]][?"string", "é"^sensitive]',
  ],
  ["reverse(v0)", 'v0 = typed("list(bool)", [true, true])', '["list","bool"][true, true]'],
  ["reverse(v0)", 'v0 = unknown("list(list(string))")', '?["list",["list","string"]]'],
  [
    "reverse(v0)",
    'v0 = typed("list(bool)", [sensitive(false), true, false])',
    '["list","bool"][false, true, false^sensitive]',
  ],
  ["slice(v0, v1, v2)", 'v0 = typed("list(bool)", [unknown("bool")])\nv1 = 0\nv2 = unknown("any")', '?["list","bool"]'],
  [
    "slice(v0, v1, v2)",
    'v0 = typed("list(number)", [1, 2.5])\nv1 = sensitive(2)\nv2 = "7"',
    '?"dynamic" !! Invalid function argument: Invalid value for "end_index" parameter: end index must not be greater than the length of the list. @15',
  ],
  [
    "slice(v0, v1, v2)",
    'v0 = typed("set(number)", [])\nv1 = unknown("number")\nv2 = "7"',
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: cannot slice a set, because its elements do not have indices; explicitly convert to a list if the ordering of the result is not important. @7',
  ],
  [
    "slice(v0, v1, v2)",
    'v0 = ["1", sensitive(unknown("number"))]\nv1 = typed("list(string)", ["a"])\nv2 = sensitive("Z")',
    '?"dynamic" !! Invalid function argument: Invalid value for "start_index" parameter: number required. @11 | Invalid function argument: Invalid value for "end_index" parameter: a number is required. @15',
  ],
  [
    "slice(v0, v1, v2)",
    'v0 = sensitive(typed("set(string)", [sensitive(unknown("string")), "b"]))\nv1 = 1e20\nv2 = 1e20',
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: cannot slice a set, because its elements do not have indices; explicitly convert to a list if the ordering of the result is not important. @7',
  ],
  [
    "slice(v0, v1, v2)",
    'v0 = typed("set(number)", [1e20])\nv1 = "Z"\nv2 = 2',
    '?"dynamic" !! Invalid function argument: Invalid value for "start_index" parameter: a number is required. @11',
  ],
  [
    "slice(v0, v1, v2)",
    'v0 = typed("list(bool)", [])\nv1 = 1e20\nv2 = 1',
    '?"dynamic" !! Invalid function argument: Invalid value for "start_index" parameter: invalid start index: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @11',
  ],
  [
    "slice(v0, v1, v2)",
    'v0 = typed("set(string)", ["true", "true"])\nv1 = null\nv2 = 1',
    '?"dynamic" !! Invalid function argument: Invalid value for "start_index" parameter: argument must not be null. @11',
  ],
  [
    "slice(v0, v1, v2)",
    'v0 = []\nv1 = null_of("number")\nv2 = -3',
    '?"dynamic" !! Invalid function argument: Invalid value for "start_index" parameter: argument must not be null. @11',
  ],
  [
    "slice(v0, v1, v2)",
    'v0 = [sensitive(""), 1]\nv1 = "Z"\nv2 = "7"',
    '?"dynamic" !! Invalid function argument: Invalid value for "start_index" parameter: a number is required. @11',
  ],
  ["slice(v0, v1, v2)", 'v0 = typed("list(bool)", [false])\nv1 = "1"\nv2 = 1', '["list","bool"][]'],
  [
    "slice(v0, v1, v2)",
    'v0 = unknown("tuple([])")\nv1 = 1e20\nv2 = "true"',
    '?"dynamic" !! Invalid function argument: Invalid value for "end_index" parameter: a number is required. @15',
  ],
  [
    "slice(v0, v1, v2)",
    'v0 = [sensitive("Z"), unknown("number")]\nv1 = 0\nv2 = "a"',
    '?"dynamic" !! Invalid function argument: Invalid value for "end_index" parameter: a number is required. @15',
  ],
  [
    "slice(v0, v1, v2)",
    'v0 = typed("list(number)", [unknown("number"), 0])\nv1 = sensitive(2)\nv2 = 0',
    '?"dynamic" !! Invalid function argument: Invalid value for "start_index" parameter: start index must not be greater than end index. @11',
  ],
  [
    "slice(v0, v1, v2)",
    'v0 = typed("list(number)", [-3])\nv1 = 1e20\nv2 = 0',
    '?"dynamic" !! Invalid function argument: Invalid value for "start_index" parameter: invalid start index: value must be a whole number, between -9223372036854775808 and 9223372036854775807. @11',
  ],
  [
    "slice(v0, v1, v2)",
    'v0 = [sensitive("a"), ""]\nv1 = "7"\nv2 = 0',
    '?"dynamic" !! Invalid function argument: Invalid value for "start_index" parameter: start index must not be greater than the length of the list. @11',
  ],
  [
    "slice(v0, v1, v2)",
    'v0 = typed("set(number)", [0, sensitive(1e20), 2.5])\nv1 = 1\nv2 = -3',
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: cannot slice a set, because its elements do not have indices; explicitly convert to a list if the ordering of the result is not important. @7',
  ],
  [
    "slice(v0, v1, v2)",
    'v0 = typed("set(string)", [])\nv1 = 2.5\nv2 = 1e20',
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: cannot slice a set, because its elements do not have indices; explicitly convert to a list if the ordering of the result is not important. @7',
  ],
  [
    "slice(v0, v1, v2)",
    'v0 = null\nv1 = sensitive(2)\nv2 = "7"',
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: argument must not be null. @7',
  ],
  [
    "slice(v0, v1, v2)",
    'v0 = typed("list(string)", ["é", "é"])\nv1 = "7"\nv2 = unknown("number")',
    '?"dynamic" !! Invalid function argument: Invalid value for "start_index" parameter: start index must not be greater than the length of the list. @11',
  ],
  ["sort(v0)", 'v0 = unknown("set(string)")', '?["list","string"]'],
  [
    "sort(v0)",
    'v0 = {d={b=1e20, c="é", a=1e20}, c=typed("map(number)", {c=2.5, d=1e20, a=-3}), b=typed("list(string)", ["é", "a"])}',
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: list of string required. @6',
  ],
  ["sort(v0)", 'v0 = typed("list(string)", ["1"])', '["list","string"]["1"]'],
  [
    "sort(v0)",
    'v0 = typed("list(list(string))", [typed("list(string)", ["é"]), typed("list(string)", ["true", ""])])',
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: incorrect list element type: string required. @6',
  ],
  [
    "sort(v0)",
    'v0 = sensitive(typed("set(object({a=string,d=string}))", [{a="a", d="é"}]))',
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: incorrect list element type: string required. @6',
  ],
  ["sort(v0)", 'v0 = typed("set(number)", [2, -3, -3])', '["list","string"]["-3", "2"]'],
  [
    "sort(v0)",
    'v0 = unknown("object({b=map(bool)})")',
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: list of string required. @6',
  ],
  [
    "sort(v0)",
    'v0 = typed("list(list(string))", [typed("list(string)", [""])])',
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: incorrect list element type: string required. @6',
  ],
  [
    "sort(v0)",
    'v0 = typed("list(list(string))", [typed("list(string)", ["b", unknown("string")]), typed("list(string)", [unknown("string"), "a"])])',
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: incorrect list element type: string required. @6',
  ],
  [
    "sort(v0)",
    'v0 = typed("set(number)", [null_of("number"), 1, -3])',
    '?"dynamic" !! Error in function call: Call to function "sort" failed: given list element 2 is null; a null string cannot be sorted. @1',
  ],
  [
    "sort(v0)",
    'v0 = sensitive(typed("set(number)", [1e20, 1e20]))',
    '["list","string"]["100000000000000000000"]^sensitive',
  ],
  ["sort(v0)", 'v0 = typed("list(number)", ["7", 1e20, 2])', '["list","string"]["100000000000000000000", "2", "7"]'],
  ["sort(v0)", 'v0 = ["a", sensitive(1)]', '["list","string"]["1", "a"]^sensitive'],
  ["sort(v0)", 'v0 = typed("list(string)", ["", "a"])', '["list","string"]["", "a"]'],
  ["sort(v0)", 'v0 = ["b", sensitive("Z")]', '["list","string"]["Z", "b"]^sensitive'],
  [
    "sort(v0)",
    "v0 = 2",
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: list of string required. @6',
  ],
  ["sort(v0)", 'v0 = typed("list(bool)", [false, true])', '["list","string"]["false", "true"]'],
  ["sort(v0)", 'v0 = sensitive(sensitive(["Z", "true"]))', '["list","string"]["Z", "true"]^sensitive'],
  ["sort(v0)", 'v0 = ["a", 2]', '["list","string"]["2", "a"]'],
  ["sort(v0)", 'v0 = typed("set(number)", [1e20])', '["list","string"]["100000000000000000000"]'],
  [
    "values(v0)",
    'v0 = typed("map(list(string))", {a=sensitive(sensitive(typed("list(string)", ["a"]))), b=typed("list(string)", []), c=typed("list(string)", ["é", "b", sensitive("b")])})',
    '["list",["list","string"]][["list","string"]["a"]^sensitive, ["list","string"][], ["list","string"]["é", "b", "b"^sensitive]]',
  ],
  [
    "values(v0)",
    'v0 = typed("map(list(string))", {c=sensitive(null_of("list(string)")), a=typed("list(string)", [])})',
    '["list",["list","string"]][["list","string"][], null(["list","string"])^sensitive]',
  ],
  ["values(v0)", 'v0 = sensitive(typed("map(list(string))", {}))', '["list",["list","string"]][]^sensitive'],
  [
    "values(v0)",
    'v0 = sensitive(typed("map(list(string))", {c=typed("list(string)", ["Z", sensitive(sensitive(sensitive(sensitive("é")))), "Z"])}))',
    '["list",["list","string"]][["list","string"]["Z", "é"^sensitive, "Z"]]^sensitive',
  ],
  ["values(v0)", 'v0 = typed("map(number)", {b=-3})', '["list","number"]["-3"]'],
  [
    "values(v0)",
    'v0 = typed("map(string)", {c="a", a="Z", d=null_of("string")})',
    '["list","string"]["Z", "a", null("string")]',
  ],
  ["values(v0)", 'v0 = typed("map(number)", {d=2, b=2, c=2})', '["list","number"]["2", "2", "2"]'],
  [
    "values(v0)",
    'v0 = typed("map(list(string))", {a=typed("list(string)", []), b=typed("list(string)", [])})',
    '["list",["list","string"]][["list","string"][], ["list","string"][]]',
  ],
  [
    "values(v0)",
    'v0 = {c=typed("set(bool)", []), a=false}',
    '["tuple",["bool",["set","bool"]]][false, ["set","bool"][]]',
  ],
  [
    "values(v0)",
    'v0 = typed("map(list(string))", {b=typed("list(string)", [])})',
    '["list",["list","string"]][["list","string"][]]',
  ],
  [
    "values(v0)",
    'v0 = sensitive(typed("map(string)", {b=null_of("string"), d="é"}))',
    '["list","string"][null("string"), "é"]^sensitive',
  ],
  ["values(v0)", 'v0 = {a=unknown("string"), b=2}', '["tuple",["string","number"]][?"string", "2"]'],
  ["values(v0)", 'v0 = sensitive({a="é", b=2})', '["tuple",["string","number"]]["é", "2"]^sensitive'],
  ["values(v0)", 'v0 = {a="b", b="7"}', '["tuple",["string","string"]]["b", "7"]'],
  [
    "values(v0)",
    'v0 = typed("map(list(string))", {c=typed("list(string)", [])})',
    '["list",["list","string"]][["list","string"][]]',
  ],
  [
    "values(v0)",
    'v0 = typed("map(list(string))", {d=typed("list(string)", [unknown("string")]), a=typed("list(string)", ["", "Z", ""]), c=typed("list(string)", ["Z", null_of("string")])})',
    '["list",["list","string"]][["list","string"]["", "Z", ""], ["list","string"]["Z", null("string")], ["list","string"][?"string"]]',
  ],
  ["values(v0)", 'v0 = {a="1", b=2}', '["tuple",["string","number"]]["1", "2"]'],
  [
    "values(v0)",
    'v0 = typed("map(number)", {d=1e20, c=2.5, b=unknown("number")})',
    '["list","number"][?"number", "2.5", "100000000000000000000"]',
  ],
  [
    "values(v0)",
    'v0 = typed("map(list(string))", {b=typed("list(string)", ["a", "b"]), a=typed("list(string)", ["b", "a"]), d=typed("list(string)", ["true", sensitive("Z")])})',
    '["list",["list","string"]][["list","string"]["b", "a"], ["list","string"]["a", "b"], ["list","string"]["true", "Z"^sensitive]]',
  ],
  [
    "values(v0)",
    'v0 = typed("map(number)", {a=sensitive(unknown("number"))})',
    '["list","number"][?"number"^sensitive]',
  ],
  [
    "zipmap(v0, v1)",
    'v0 = typed("list(string)", ["Z", "Z"])\nv1 = typed("list(list(string))", [unknown("list(string)"), typed("list(string)", []), typed("list(string)", [])])',
    '?"dynamic" !! Error in function call: Call to function "zipmap" failed: number of keys (2) does not match number of values (3). @1',
  ],
  [
    "zipmap(v0, v1)",
    'v0 = ["true", "true"]\nv1 = ["a", 1e20]',
    '["object",{"true":"number"}]{true: "100000000000000000000"}',
  ],
  [
    "zipmap(v0, v1)",
    'v0 = typed("list(string)", [])\nv1 = typed("set(number)", [1, 2.5])',
    '?"dynamic" !! Error in function call: Call to function "zipmap" failed: values argument must be a list or tuple value. @1',
  ],
  [
    "zipmap(v0, v1)",
    'v0 = sensitive(typed("list(list(string))", [typed("list(string)", ["Z", "é", "b"])]))\nv1 = typed("set(number)", [2.5])',
    '?"dynamic" !! Invalid function argument: Invalid value for "keys" parameter: incorrect list element type: string required. @8',
  ],
  [
    "zipmap(v0, v1)",
    'v0 = []\nv1 = typed("set(number)", [0, 1e20])',
    '?"dynamic" !! Error in function call: Call to function "zipmap" failed: values argument must be a list or tuple value. @1',
  ],
  [
    "zipmap(v0, v1)",
    'v0 = typed("set(number)", [2])\nv1 = []',
    '?"dynamic" !! Error in function call: Call to function "zipmap" failed: number of keys (1) does not match number of values (0). @1',
  ],
  [
    "zipmap(v0, v1)",
    'v0 = ""\nv1 = typed("set(string)", ["true", "true", "a"])',
    '?"dynamic" !! Invalid function argument: Invalid value for "keys" parameter: list of string required. @8',
  ],
  [
    "zipmap(v0, v1)",
    'v0 = typed("list(string)", ["é", "b", "Z"])\nv1 = typed("list(bool)", [])',
    '?"dynamic" !! Error in function call: Call to function "zipmap" failed: number of keys (3) does not match number of values (0). @1',
  ],
  [
    "zipmap(v0, v1)",
    'v0 = typed("list(string)", ["true", "é", "true"])\nv1 = ["", ""]',
    '?"dynamic" !! Error in function call: Call to function "zipmap" failed: number of keys (3) does not match number of values (2). @1',
  ],
  [
    "zipmap(v0, v1)",
    'v0 = typed("list(string)", ["a"])\nv1 = typed("list(bool)", [])',
    '?"dynamic" !! Error in function call: Call to function "zipmap" failed: number of keys (1) does not match number of values (0). @1',
  ],
  [
    "zipmap(v0, v1)",
    'v0 = typed("list(string)", [])\nv1 = sensitive(typed("list(tuple([]))", []))',
    '["map",["tuple",[]]]{}^sensitive',
  ],
  [
    "zipmap(v0, v1)",
    'v0 = unknown("list(string)")\nv1 = typed("list(bool)", [false, unknown("bool"), null_of("bool")])',
    '?["map","bool"]',
  ],
  ["zipmap(v0, v1)", 'v0 = typed("list(string)", ["b", "Z"])\nv1 = unknown("list(bool)")', '?["map","bool"]'],
  [
    "zipmap(v0, v1)",
    'v0 = typed("list(string)", ["Z", "true", ""])\nv1 = sensitive(sensitive(false))',
    '?"dynamic" !! Error in function call: Call to function "zipmap" failed: values argument must be a list or tuple value. @1',
  ],
  [
    "zipmap(v0, v1)",
    'v0 = [typed("map(bool)", {d=true, a=false, c=null_of("bool")}), null_of("object({a=string,b=string})"), false]\nv1 = typed("list(bool)", [true])',
    '?"dynamic" !! Invalid function argument: Invalid value for "keys" parameter: element 0: string required. @8',
  ],
  [
    "zipmap(v0, v1)",
    'v0 = sensitive(typed("list(string)", ["b", "é", unknown("string")]))\nv1 = null_of("tuple([string,number])")',
    '?"dynamic" !! Invalid function argument: Invalid value for "values" parameter: argument must not be null. @12',
  ],
  [
    "zipmap(v0, v1)",
    'v0 = null_of("set(list(bool))")\nv1 = []',
    '?"dynamic" !! Invalid function argument: Invalid value for "keys" parameter: incorrect list element type: string required. @8',
  ],
  [
    "zipmap(v0, v1)",
    'v0 = typed("list(string)", ["Z"])\nv1 = typed("list(list(string))", [typed("list(string)", [])])',
    '["map",["list","string"]]{Z: ["list","string"][]}',
  ],
  [
    "zipmap(v0, v1)",
    'v0 = typed("list(string)", ["true", "", "é"])\nv1 = ["é", "é"]',
    '?"dynamic" !! Error in function call: Call to function "zipmap" failed: number of keys (3) does not match number of values (2). @1',
  ],
  [
    "zipmap(v0, v1)",
    'v0 = typed("list(number)", [-3])\nv1 = typed("list(list(string))", [typed("list(string)", ["", "é"]), typed("list(string)", [])])',
    '?"dynamic" !! Error in function call: Call to function "zipmap" failed: number of keys (1) does not match number of values (2). @1',
  ],
];

/** Packer's `length` (hcl2template/function/length.go, length_test.go): graphemes of strings (cty strlen), element counts otherwise; unknown collections and strings give unknown numbers. */
const LENGTH_CASES: readonly Case[] = [
  ['length("hello")', '"5"'],
  ['length("")', '"0"'],
  ['length("Живой Журнал")', '"12"'],
  ['length("noël")', '"4"'],
  ['length("wé́́é́́é́́!")', '"5"'],
  ['length("baﬄe")', '"4"'],
  ['length("😸😾")', '"2"'],
  ['length("👩‍👩‍👧‍👦🇺🇸")', '"2"'],
  ["length(us)", '?"number"'],
  ["length(ss)", '"1"^sensitive'],
  [
    "length(ns)",
    '?"dynamic" !! Invalid function argument: Invalid value for "value" parameter: argument must not be null. @8',
  ],
  [
    "length(null)",
    '?"dynamic" !! Invalid function argument: Invalid value for "value" parameter: argument must not be null. @8',
  ],
  ["length(ud)", '?"number"'],
  ["length(sd)", '?"number"^sensitive'],
  ["length(ul)", '?"number"'],
  ["length(ut)", '"2"'],
  ["length(uo)", '"2"'],
  ["length(uset)", '?"number"'],
  ["length(um)", '?"number"'],
  ["length(lwu)", '"2"'],
  ["length(setwu)", '?"number"'],
  ["length(setwu1)", '"1"'],
  ["length(slin)", '"2"^sensitive'],
  ["length(sl)", '"2"^sensitive'],
  ["length(tin)", '"3"^sensitive'],
  ["length(obj)", '"2"'],
  ["length(mstr)", '"2"'],
  ["length(set1)", '"2"'],
  ["length(el)", '"0"'],
  ["length([])", '"0"'],
  ["length({})", '"0"'],
  [
    "length(1)",
    '?"dynamic" !! Error in function call: Call to function "length" failed: argument must be a string, a collection type, or a structural type. @1',
  ],
  [
    "length(true)",
    '?"dynamic" !! Error in function call: Call to function "length" failed: argument must be a string, a collection type, or a structural type. @1',
  ],
  [
    "length(sn)",
    '?"dynamic" !! Error in function call: Call to function "length" failed: argument must be a string, a collection type, or a structural type. @1',
  ],
  [
    "length(nl)",
    '?"dynamic" !! Invalid function argument: Invalid value for "value" parameter: argument must not be null. @8',
  ],
  ["length(msin)", '"2"^sensitive'],
  ["length(mwu)", '"2"'],
  ["length(owu)", '"2"'],
  ["length(ss)", '"1"^sensitive'],
  ['length("\\u0065\\u0301")', '"1"'],
  ['length("a\\r\\nb")', '"3"'],
  ['length("🏳️‍🌈")', '"1"'],
  ["length(setwu1)", '"1"'],
  ["length(edyn)", '"0"'],
  ["length(esetdyn)", '"0"'],
];
/** Packer's `index` (hcl2template/function/index.go, index_test.go), not go-cty's `index`: the first position of a value in a list or tuple. */
const INDEX_CASES: readonly Case[] = [
  ['index(["a","b","c"], "b")', '"1"'],
  [
    'index(["a","b","c"], "z")',
    '?"dynamic" !! Error in function call: Call to function "index" failed: item not found. @1',
  ],
  ['index(["a","b",us], "a")', '"0"'],
  ['index([us, "a"], "a")', '?"number"'],
  ['index(lwu, "z")', '?"number"'],
  ['index(["1","2"], 1)', '?"dynamic" !! Error in function call: Call to function "index" failed: item not found. @1'],
  ["index([1,2,3], 2)", '"1"'],
  ['index([1,2,3], "1")', '?"dynamic" !! Error in function call: Call to function "index" failed: item not found. @1'],
  ["index(tin, 3)", '"2"^sensitive'],
  ['index(tin, "b")', '"1"^sensitive'],
  [
    'index([], "a")',
    '?"dynamic" !! Error in function call: Call to function "index" failed: cannot search an empty list. @1',
  ],
  [
    'index(el, "a")',
    '?"dynamic" !! Error in function call: Call to function "index" failed: cannot search an empty list. @1',
  ],
  [
    'index(set1, "a")',
    '?"dynamic" !! Error in function call: Call to function "index" failed: argument must be a list or tuple. @1',
  ],
  [
    'index(mstr, "1")',
    '?"dynamic" !! Error in function call: Call to function "index" failed: argument must be a list or tuple. @1',
  ],
  [
    'index("abc", "a")',
    '?"dynamic" !! Error in function call: Call to function "index" failed: argument must be a list or tuple. @1',
  ],
  ['index(ul, "a")', '?"number"'],
  ['index(["a"], us)', '?"number"'],
  ['index(ud, "a")', '?"dynamic"'],
  [
    'index(nl, "a")',
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: argument must not be null. @7',
  ],
  [
    'index(["a"], ns)',
    '?"dynamic" !! Invalid function argument: Invalid value for "value" parameter: argument must not be null. @14',
  ],
  [
    "index(lnull, ns)",
    '?"dynamic" !! Invalid function argument: Invalid value for "value" parameter: argument must not be null. @14',
  ],
  ['index(slin, "b")', '"1"^sensitive'],
  ['index(["a"], ss)', '?"dynamic" !! Error in function call: Call to function "index" failed: item not found. @1'],
  ['index(sl, "b")', '"1"^sensitive'],
  ['index(twu, "a")', '"0"'],
  ["index(twu, 1)", '?"number"'],
  ['index([null, "a"], "a")', '"1"'],
  ['index(lnull, "a")', '"0"'],
  ["index([[1], [2]], [2])", '"1"'],
  ["index([{a=1}], {a=1})", '"0"'],
  ['index(["a", "a"], "a")', '"0"'],
];
/** Packer's `alltrue` (hcl2template/function/alltrue.go, alltrue_test.go). */
const ALLTRUE_CASES: readonly Case[] = [
  ["alltrue([])", "true"],
  ["alltrue([true, true])", "true"],
  ["alltrue([true, false])", "false"],
  ["alltrue([false, ub])", "false"],
  ["alltrue([ub, false])", '?"bool"'],
  ["alltrue([true, null])", "false"],
  ['alltrue(["true", true])', "true"],
  [
    'alltrue(["yes"])',
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: a bool is required. @9',
  ],
  [
    "alltrue(null)",
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: argument must not be null. @9',
  ],
  ["alltrue(ud)", '?"bool"'],
  ["alltrue(lbool)", "false"],
  [
    "alltrue(set1)",
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: a bool is required. @9',
  ],
  [
    "alltrue(1)",
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: list of bool required. @9',
  ],
  ["alltrue(lbu)", '?"bool"'],
  ["alltrue(lbs)", "true^sensitive"],
  ["alltrue(lbsf)", "false^sensitive"],
  ["alltrue(lbnull)", "false"],
  [
    "alltrue(nlb)",
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: argument must not be null. @9',
  ],
  ["alltrue(ulb)", '?"bool"'],
  ["alltrue([true, ub, true])", '?"bool"'],
];
/** Packer's `anytrue` (hcl2template/function/anytrue.go, anytrue_test.go). */
const ANYTRUE_CASES: readonly Case[] = [
  ["anytrue([])", "false"],
  ["anytrue([false])", "false"],
  ["anytrue([false, true])", "true"],
  ["anytrue([ub, true])", "true"],
  ["anytrue([ub, false])", '?"bool"'],
  ["anytrue([null, false])", "false"],
  ["anytrue([null, true])", "true"],
  [
    "anytrue(null)",
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: argument must not be null. @9',
  ],
  ['anytrue(["true"])', "true"],
  ["anytrue(lbu)", '?"bool"'],
  ["anytrue(lbs)", "true^sensitive"],
  ["anytrue(lbsf)", "true^sensitive"],
  ["anytrue(lbnull)", "true"],
  [
    "anytrue(nlb)",
    '?"dynamic" !! Invalid function argument: Invalid value for "list" parameter: argument must not be null. @9',
  ],
  ["anytrue(ulb)", '?"bool"'],
  ["anytrue([false, ub, false])", '?"bool"'],
];
/** go-cty-funcs' `coalesce` (collection/coalesce.go, coalesce_test.go), which unlike go-cty's also skips empty strings; cases without empty strings also match go-cty's `coalesce` in hcleval. */
const COALESCE_CASES: readonly Case[] = [
  ['coalesce("a", "b")', '"a"'],
  ['coalesce("", "b")', '"b"'],
  [
    'coalesce("", "")',
    '?"dynamic" !! Error in function call: Call to function "coalesce" failed: no non-null, non-empty-string arguments. @1',
  ],
  ['coalesce(null, "b")', '"b"'],
  ['coalesce(ns, "b")', '"b"'],
  ["coalesce(true)", "true"],
  ["coalesce(null, true)", "true"],
  ["coalesce(null, false)", "false"],
  ['coalesce(null, false, "hello")', '"false"'],
  ["coalesce(true, ub)", "true"],
  ["coalesce(ub, true)", '?"bool"'],
  ['coalesce(ub, "hello")', '?"string"'],
  ["coalesce(ud, true)", '?"bool"'],
  ["coalesce(ud)", '?"dynamic"'],
  [
    "coalesce()",
    '?"dynamic" !! Error in function call: Call to function "coalesce" failed: all arguments must have the same type. @1',
  ],
  [
    "coalesce(null)",
    '?"dynamic" !! Error in function call: Call to function "coalesce" failed: no non-null, non-empty-string arguments. @1',
  ],
  ['coalesce(1, "a")', '"1"'],
  [
    "coalesce(1, [])",
    '?"dynamic" !! Error in function call: Call to function "coalesce" failed: all arguments must have the same type. @1',
  ],
  ['coalesce([], ["a"])', '["list","string"][]'],
  ['coalesce(el, ["a"])', '["list","string"][]'],
  ['coalesce(ss, "b")', '"s"^sensitive'],
  ['coalesce("", ss)', '"s"^sensitive'],
  ['coalesce("a", ss)', '"a"^sensitive'],
  ['coalesce(sd, "a")', '?"string"^sensitive'],
  ['coalesce(us, "a")', '?"string"'],
  ['coalesce("", us)', '?"string"'],
  ["coalesce(0, 1)", '"0"'],
  ["coalesce({a=1}, {a=2})", '["object",{"a":"number"}]{a: "1"}'],
  ["coalesce({a=1}, {b=2})", '["map","number"]{a: "1"}'],
  ['coalesce(1, "", "x")', '"1"'],
  ['coalesce("", 1)', '"1"'],
  [
    "coalesce(true, 5)",
    '?"dynamic" !! Error in function call: Call to function "coalesce" failed: all arguments must have the same type. @1',
  ],
  ['coalesce(ns, us, "a")', '?"string"'],
  ['coalesce(null, null, "x")', '"x"'],
  ['coalesce(el, ["a"], ul)', '["list","string"][]'],
  ['coalesce(ul, ["a"])', '?["list","string"]'],
  ['coalesce(nl, ["a"])', '["list","string"]["a"]'],
  ['coalesce("", "", "c")', '"c"'],
  [
    'coalesce(null, "")',
    '?"dynamic" !! Error in function call: Call to function "coalesce" failed: no non-null, non-empty-string arguments. @1',
  ],
  ['coalesce(mstr, {a="1"})', '["map","string"]{a: "1", b: "2"}'],
];

describe("FN-03 collection functions agree with go-cty (hcleval recordings)", () => {
  it.each(SHARED_CASES)("%s", (expr, want) => {
    expect(run(expr, VARS)).toBe(want);
  });
  it.each(PLAIN_CASES)("%s", (expr, want) => {
    expect(run(expr)).toBe(want);
  });
  it.each(FUZZ_CASES)("%s with generated arguments", (expr, vars, want) => {
    expect(run(expr, vars)).toBe(want);
  });
});

describe("FN-03 Packer's own collection functions", () => {
  it.each(LENGTH_CASES)("%s", (expr, want) => {
    expect(run(expr, VARS)).toBe(want);
  });
  it.each(INDEX_CASES)("%s", (expr, want) => {
    expect(run(expr, VARS)).toBe(want);
  });
  it.each(ALLTRUE_CASES)("%s", (expr, want) => {
    expect(run(expr, VARS)).toBe(want);
  });
  it.each(ANYTRUE_CASES)("%s", (expr, want) => {
    expect(run(expr, VARS)).toBe(want);
  });
  it.each(COALESCE_CASES)("%s", (expr, want) => {
    expect(run(expr, VARS)).toBe(want);
  });

  it("length counts as length_test.go expects", () => {
    const len = (v: Value) => LengthFunc.call([v]);
    const known: [Value, number][] = [
      [listValEmpty(NumberType), 0],
      [listVal([True]), 1],
      [listVal([unknownVal(BoolType)]), 1],
      [setValEmpty(NumberType), 0],
      [setVal([True]), 1],
      [mapValEmpty(BoolType), 0],
      [mapVal({ hello: True }), 1],
      [EmptyTupleVal, 0],
      [unknownVal(EmptyTupleType), 0],
      [tupleVal([True]), 1],
      [EmptyObjectVal, 0],
      [unknownVal(EmptyObjectType), 0],
      [objectVal({ true: True }), 1],
      [stringVal("hello"), 5],
      [stringVal(""), 0],
      [stringVal("1"), 1],
      [stringVal("Живой Журнал"), 12],
      [stringVal("noe\u0308l"), 4],
      [stringVal("we\u0301\u0301\u0301e\u0301\u0301\u0301e\u0301\u0301\u0301!"), 5],
      [stringVal("ba\ufb04e"), 4],
      [stringVal("😸😾"), 2],
    ];
    for (const [v, n] of known) expect(len(v).rawEquals(numberIntVal(n))).toBe(true);
    for (const v of [unknownVal(listOf(BoolType)), DynamicVal, unknownVal(StringType)]) {
      expect(len(v).rawEquals(unknownVal(NumberType))).toBe(true);
    }
  });

  it("index finds the first equal element as index_test.go expects", () => {
    const strs = (...s: string[]) => listVal(s.map((x) => stringVal(x)));
    const ints = (...n: number[]) => listVal(n.map((x) => numberIntVal(x)));
    expect(IndexFunc.call([strs("a", "b", "c"), stringVal("a")]).rawEquals(numberIntVal(0))).toBe(true);
    expect(
      IndexFunc.call([listVal([stringVal("a"), stringVal("b"), unknownVal(StringType)]), stringVal("a")]).rawEquals(
        numberIntVal(0),
      ),
    ).toBe(true);
    expect(IndexFunc.call([strs("a", "b", "c"), stringVal("b")]).rawEquals(numberIntVal(1))).toBe(true);
    expect(() => IndexFunc.call([strs("a", "b", "c"), stringVal("z")])).toThrow("item not found");
    expect(() => IndexFunc.call([strs("1", "2", "3"), numberIntVal(1)])).toThrow("item not found");
    expect(IndexFunc.call([ints(1, 2, 3), numberIntVal(2)]).rawEquals(numberIntVal(1))).toBe(true);
    expect(() => IndexFunc.call([ints(1, 2, 3), numberIntVal(4)])).toThrow("item not found");
    expect(() => IndexFunc.call([ints(1, 2, 3), stringVal("1")])).toThrow("item not found");
    expect(
      IndexFunc.call([tupleVal([numberIntVal(1), numberIntVal(2)]), numberIntVal(1)]).rawEquals(numberIntVal(0)),
    ).toBe(true);
  });

  it("alltrue and anytrue follow alltrue_test.go and anytrue_test.go", () => {
    const all = (v: Value) => AllTrueFunc.call([v]);
    const any = (v: Value) => AnyTrueFunc.call([v]);
    const l = (...b: Value[]) => listVal(b);
    const ub = unknownVal(BoolType);
    expect(all(listValEmpty(BoolType))).toBe(True);
    expect(any(listValEmpty(BoolType))).toBe(False);
    expect(all(l(True, False))).toBe(False);
    expect(any(l(False, True))).toBe(True);
    expect(all(l(True, nullVal(BoolType)))).toBe(False);
    expect(any(l(True, nullVal(BoolType)))).toBe(True);
    expect(all(l(ub, ub)).rawEquals(ub)).toBe(true);
    expect(any(l(ub, ub)).rawEquals(ub)).toBe(true);
    expect(all(unknownVal(listOf(BoolType))).rawEquals(ub)).toBe(true);
    expect(() => all(nullVal(listOf(BoolType)))).toThrow("argument must not be null");
    expect(() => any(nullVal(listOf(BoolType)))).toThrow("argument must not be null");
  });

  it("coalesce skips nulls and empty strings as coalesce_test.go expects", () => {
    const co = (...v: Value[]) => CoalesceFunc.call(v);
    expect(co(stringVal("first"), stringVal("second")).rawEquals(stringVal("first"))).toBe(true);
    expect(co(stringVal(""), stringVal("second")).rawEquals(stringVal("second"))).toBe(true);
    expect(() => co(stringVal(""), stringVal(""))).toThrow("no non-null, non-empty-string arguments");
    expect(co(nullVal(BoolType), False)).toBe(False);
    expect(co(nullVal(BoolType), False, stringVal("hello")).rawEquals(stringVal("false"))).toBe(true);
    expect(co(True, unknownVal(BoolType))).toBe(True);
    expect(co(unknownVal(BoolType), True).rawEquals(unknownVal(BoolType))).toBe(true);
    expect(co(unknownVal(BoolType), stringVal("hello")).rawEquals(unknownVal(StringType))).toBe(true);
    expect(co(DynamicVal, True).rawEquals(unknownVal(BoolType))).toBe(true);
    expect(co(DynamicVal).rawEquals(DynamicVal)).toBe(true);
  });
});

describe("FN-03 type functions: precise result types for unknown and dynamic arguments", () => {
  // Each expectation here is also in the recorded tables; these spell out why.
  it("length of a list with unknown elements is known; of an unknown list, unknown", () => {
    expect(run("length(lwu)", VARS)).toBe('"2"');
    expect(run("length(ul)", VARS)).toBe('?"number"');
    expect(run("length(ut)", VARS)).toBe('"2"');
  });

  it("keys of an object is known from its type alone, even when the object is unknown", () => {
    expect(run("keys(uo)", VARS)).toBe('["tuple",["string","string"]]["a", "b"]');
    expect(run("keys(owu)", VARS)).toBe('["tuple",["string","string"]]["a", "b"]');
    expect(run("keys(um)", VARS)).toBe('?["list","string"]');
  });

  it("concat gives a list when all arguments are lists, else a tuple typed element by element", () => {
    expect(run('concat(["a"], [1])', VARS)).toBe('["tuple",["string","number"]]["a", "1"]');
    expect(run('concat(el, ["b"])', VARS)).toBe('["tuple",["string"]]["b"]');
    expect(run("concat(ul, ul)", VARS)).toBe('?["list","string"]');
    expect(run('concat(ul, ["b"])', VARS)).toBe('?"dynamic"');
  });

  it("element of a tuple needs a known index to know its type", () => {
    expect(run("element(ut, un)", VARS)).toBe('?"dynamic"');
    expect(run("element(ut, 1)", VARS)).toBe('?"number"');
  });

  it("zipmap with tuple values needs known keys to type its object", () => {
    expect(run('zipmap(ul, ["x", 1])', VARS)).toBe('?"dynamic"');
    expect(run('zipmap(ul, ["x"])', VARS)).toBe('?"dynamic"');
    expect(run('zipmap(["a", "b"], ["x", 2])', VARS)).toBe('["object",{"a":"string","b":"number"}]{a: "x", b: "2"}');
  });

  it("flatten with unknown nested sequences is an unknown of unknown type", () => {
    expect(run('flatten([ul, ["a"]])', VARS)).toBe('?"dynamic"');
    expect(run('flatten([["a"], [us]])', VARS)).toBe('["tuple",["string","string"]]["a", ?"string"]');
  });

  it("a dynamic argument to a parameter that takes unknowns but not dynamic types gives an unknown (go-cty ≥ 1.13.1)", () => {
    expect(run("keys(ud)", VARS)).toBe('?"dynamic"');
    expect(KeysFunc.call([DynamicVal]).rawEquals(DynamicVal)).toBe(true);
  });
});

describe("FN-14 marks are never lost", () => {
  it("marks inside a list stay on the elements that carry them", () => {
    expect(run("reverse(slin)", VARS)).toBe('["list","string"]["b"^sensitive, "a"]');
    expect(run("values(msin)", VARS)).toBe('["list","string"]["1", "2"^sensitive]');
  });

  it("functions that do not see marks put them all on the result", () => {
    expect(run("compact(slin)", VARS)).toBe('["list","string"]["a", "b"]^sensitive');
    expect(run("length(slin)", VARS)).toBe('"2"^sensitive');
  });

  it("Plinth keeps marks where go-cty drops them: unknown short-cuts and null merge arguments", () => {
    // go-cty answers an unmarked unknown here (Function.Call's unknown short-cut).
    expect(run("chunklist(sul, 2)", VARS)).toBe('?["list",["list","string"]]^sensitive');
    // go-cty skips a null argument before reading its marks.
    expect(run("merge(v, {a=1})", 'v = sensitive(null_of("map(string)"))')).toBe(
      '["object",{"a":"number"}]{a: "1"}^sensitive',
    );
  });
});

describe("FN-03 laws (property tests)", () => {
  const str = fc.constantFrom("a", "b", "c", "é", "", "Z", "10", "9");
  const strList = fc.array(str, { maxLength: 8 }).map((xs) => xs.map((x) => stringVal(x)));
  const list = (xs: Value[]) => (xs.length === 0 ? listValEmpty(StringType) : listVal(xs));
  const same = (a: Value, b: Value): void => {
    expect(a.rawEquals(b)).toBe(true);
  };

  it("reverse is its own inverse", () => {
    fc.assert(fc.property(strList, (xs) => same(ReverseListFunc.call([ReverseListFunc.call([list(xs)])]), list(xs))));
  });

  it("length(concat(a, b)) = length(a) + length(b), and concat keeps order", () => {
    fc.assert(
      fc.property(strList, strList, (a, b) => {
        const c = ConcatFunc.call([list(a), list(b)]);
        same(LengthFunc.call([c]), numberIntVal(a.length + b.length));
        same(c, list([...a, ...b]));
      }),
    );
  });

  it("distinct keeps first occurrences and is idempotent", () => {
    fc.assert(
      fc.property(strList, (xs) => {
        const d = DistinctFunc.call([list(xs)]);
        const firsts = xs.filter((x, i) => xs.findIndex((y) => y.asString() === x.asString()) === i);
        same(d, list(firsts));
        same(DistinctFunc.call([d]), d);
      }),
    );
  });

  it("sort orders by bytes (code points) and is idempotent", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 4 }), { maxLength: 8 }), (ss) => {
        const xs = ss.map((s) => stringVal(s));
        const sorted = SortFunc.call([list(xs)]);
        const got = sorted.elements().map((v) => v.asString());
        for (let i = 1; i < got.length; i++) expect(compareKeys(got[i - 1]!, got[i]!)).toBeLessThanOrEqual(0);
        expect([...got].sort()).toEqual(xs.map((v) => v.asString()).sort());
        same(SortFunc.call([sorted]), sorted);
      }),
    );
  });

  it("flattening the chunks of a list gives the list back", () => {
    fc.assert(
      fc.property(strList, fc.integer({ min: 0, max: 10 }), (xs, n) => {
        const chunks = ChunklistFunc.call([list(xs), numberIntVal(n)]);
        same(FlattenFunc.call([chunks]), tupleVal(xs));
      }),
    );
  });

  it("slice(l, 0, length(l)) is l and slices concatenate back", () => {
    fc.assert(
      fc.property(strList, fc.nat(), (xs, k) => {
        const l = list(xs);
        const n = numberIntVal(xs.length);
        same(SliceFunc.call([l, numberIntVal(0), n]), l);
        const cut = numberIntVal(xs.length === 0 ? 0 : k % (xs.length + 1));
        same(ConcatFunc.call([SliceFunc.call([l, numberIntVal(0), cut]), SliceFunc.call([l, cut, n])]), l);
      }),
    );
  });

  it("element wraps the index around the length; index finds an earlier or equal position", () => {
    fc.assert(
      fc.property(
        strList.filter((xs) => xs.length > 0),
        fc.nat(1000),
        (xs, i) => {
          const l = list(xs);
          const e = ElementFunc.call([l, numberIntVal(i)]);
          same(e, xs[i % xs.length]!);
          const at = IndexFunc.call([l, e]).asFloat64();
          expect(at).toBeLessThanOrEqual(i % xs.length);
          same(xs[at]!, e);
          expect(ContainsFunc.call([l, e])).toBe(True);
        },
      ),
    );
  });

  it("zipmap(keys(m), values(m)) rebuilds the map", () => {
    const entries = fc.dictionary(fc.constantFrom("a", "b", "c", "é", "Z", "10"), str);
    fc.assert(
      fc.property(entries, (d) => {
        const m =
          Object.keys(d).length === 0
            ? mapValEmpty(StringType)
            : mapVal(Object.fromEntries(Object.entries(d).map(([k, v]) => [k, stringVal(v)])));
        same(ZipmapFunc.call([KeysFunc.call([m]), ValuesFunc.call([m])]), m);
      }),
    );
  });

  it("range(n) counts up from zero with n elements", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1024 }), (n) => {
        const r = RangeFunc.call([numberIntVal(n)]);
        expect(r.elements().map((v) => v.asFloat64())).toEqual([...Array(n).keys()]);
      }),
    );
  });
});

describe("the collection function table", () => {
  it("offers exactly Packer 1.14's collection functions, each described", () => {
    expect(Object.keys(collectionFunctions).sort()).toEqual(
      [
        "alltrue",
        "anytrue",
        "chunklist",
        "coalesce",
        "coalescelist",
        "compact",
        "concat",
        "contains",
        "distinct",
        "element",
        "flatten",
        "index",
        "keys",
        "length",
        "lookup",
        "merge",
        "range",
        "reverse",
        "slice",
        "sort",
        "values",
        "zipmap",
      ].sort(),
    );
    for (const f of Object.values(collectionFunctions)) expect(f.description).not.toBe("");
  });
});
