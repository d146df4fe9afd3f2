// Set functions of Packer 1.14 (FN-03; argument conversion FN-13, unknowns
// and marks FN-14). Expected values were recorded from Go with the hcleval
// oracle (go-cty stdlib; test/tools/hcleval).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DynamicPseudoType, listOf, NumberType, setOf, StringType, tupleOf } from "../../src/cty/types.js";
import {
  listVal,
  listValEmpty,
  numberIntVal,
  setVal,
  setValEmpty,
  stringVal,
  True,
  tupleVal,
  unknownVal,
  type Value,
} from "../../src/cty/value.js";
import { collectionFunctions } from "../../src/functions/collection.js";
import type { Function } from "../../src/functions/function.js";
import { numberFunctions } from "../../src/functions/number.js";
import { SetIntersectionFunc, SetProductFunc, setFunctions, SetUnionFunc } from "../../src/functions/sets.js";
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
  ['setunion(["a"], ["b"])', '["set","string"]["a", "b"]'],
  ['setunion(["b", "a"], ["c", "a"])', '["set","string"]["a", "b", "c"]'],
  ["setunion(set1)", '["set","string"]["a", "b"]'],
  ["setunion(set1, es)", '["set","string"]["a", "b"]'],
  ["setunion(es, es)", '["set","string"][]'],
  ["setunion(esetdyn, esetdyn)", '["set","dynamic"][]'],
  ["setunion(esetdyn, set1)", '["set","string"]["a", "b"]'],
  ["setunion(set1, esetdyn)", '["set","string"]["a", "b"]'],
  ["setunion([], [])", '["set","dynamic"][]'],
  ['setunion([], ["a"])', '["set","string"]["a"]'],
  ['setunion([1], ["a"])', '["set","string"]["1", "a"]'],
  [
    "setunion([1], [true])",
    '?"dynamic" !! Error in function call: Call to function "setunion" failed: given sets must all have compatible element types. @1',
  ],
  [
    'setunion([[1]], ["a"])',
    '?"dynamic" !! Error in function call: Call to function "setunion" failed: given sets must all have compatible element types. @1',
  ],
  [
    'setunion(["a"], [["a"]])',
    '?"dynamic" !! Error in function call: Call to function "setunion" failed: given sets must all have compatible element types. @1',
  ],
  ['setunion(snum, ["4"])', '["set","string"]["1", "2", "3", "4"]'],
  ['setunion(snum, ["x"])', '["set","string"]["1", "2", "3", "x"]'],
  ["setunion(set1, setwu)", '["set","string"]["a", "b", ?"string"]'],
  ["setunion(setwu, setwu)", '["set","string"]["a", ?"string", ?"string"]'],
  ["setunion(setwu, set1)", '["set","string"]["a", "b", ?"string"]'],
  ["setunion(uset, set1)", '?["set","string"]'],
  ["setunion(set1, uset)", '?["set","string"]'],
  ["setunion(ud, set1)", '?["set","string"]'],
  ["setunion(set1, ud)", '?["set","string"]'],
  [
    "setunion(nset, set1)",
    '?"dynamic" !! Invalid function argument: Invalid value for "first_set" parameter: argument must not be null. @10',
  ],
  [
    "setunion(set1, null)",
    '?"dynamic" !! Invalid function argument: Invalid value for "other_sets" parameter: argument must not be null. @16',
  ],
  [
    'setunion("a", set1)',
    '?"dynamic" !! Invalid function argument: Invalid value for "first_set" parameter: set of any single type required. @11',
  ],
  [
    'setunion(set1, "a")',
    '?"dynamic" !! Invalid function argument: Invalid value for "other_sets" parameter: set of any single type required. @17',
  ],
  [
    "setunion(mstr, set1)",
    '?"dynamic" !! Invalid function argument: Invalid value for "first_set" parameter: set of any single type required. @10',
  ],
  ["setunion(sl, set1)", '["set","string"]["a", "b"]^sensitive'],
  ["setunion(set1, slin)", '["set","string"]["a", "b"]^sensitive'],
  [
    'setunion(set1, sensitive(["x"]))',
    '?"dynamic" !! Call to unknown function: There is no function named "sensitive". @16',
  ],
  ['setunion([null], ["a"])', '["set","string"]["a", null("string")]'],
  ['setunion(["a", null], [null])', '["set","string"]["a", null("string")]'],
  [
    "setunion([[1, 2]], [[1, 2], [3]])",
    '["set",["list","number"]][["list","number"]["1", "2"], ["list","number"]["3"]]',
  ],
  [
    "setunion([{a=1}], [{a=2}], [{a=1}])",
    '["set",["object",{"a":"number"}]][["object",{"a":"number"}]{a: "1"}, ["object",{"a":"number"}]{a: "2"}]',
  ],
  [
    "setunion()",
    '?"dynamic" !! Not enough function arguments: Function "setunion" expects at least 1 argument(s). Missing value for "first_set". @10',
  ],
  [
    'setunion(typed("set(number)", [1]), typed("set(string)", ["1"]))',
    '?"dynamic" !! Call to unknown function: There is no function named "typed". @10 | Call to unknown function: There is no function named "typed". @37',
  ],
  [
    'setunion(typed("set(list(number))", [[1]]), typed("set(list(string))", [["a"]]))',
    '?"dynamic" !! Call to unknown function: There is no function named "typed". @10 | Call to unknown function: There is no function named "typed". @45',
  ],
  ['setintersection(["a", "b"], ["b", "c"])', '["set","string"]["b"]'],
  ['setintersection(["a", "b"], ["b", "c"], ["b"])', '["set","string"]["b"]'],
  ['setintersection(["a", "b"], ["c"])', '["set","string"][]'],
  ["setintersection(set1)", '["set","string"]["a", "b"]'],
  ["setintersection(set1, es)", '["set","string"][]'],
  ["setintersection(es, es)", '["set","string"][]'],
  ["setintersection(esetdyn, set1)", '["set","string"][]'],
  ["setintersection(set1, esetdyn)", '["set","string"][]'],
  ["setintersection(esetdyn, esetdyn)", '["set","dynamic"][]'],
  ["setintersection([], [])", '["set","dynamic"][]'],
  ['setintersection(snum, ["1", "3"])', '["set","string"]["1", "3"]'],
  ['setintersection(snum, ["x"])', '["set","string"][]'],
  ['setintersection(["x"], snum)', '["set","string"][]'],
  ["setintersection(set1, setwu)", '?["set","string"]'],
  ["setintersection(setwu, set1)", '?["set","string"]'],
  ["setintersection(setwu1, set1)", '?["set","string"]'],
  ["setintersection(uset, set1)", '?["set","string"]'],
  ["setintersection(set1, uset)", '?["set","string"]'],
  ["setintersection(ud, set1)", '?["set","string"]'],
  [
    "setintersection(nset, set1)",
    '?"dynamic" !! Invalid function argument: Invalid value for "first_set" parameter: argument must not be null. @17',
  ],
  ["setintersection(sl, set1)", '["set","string"]["a", "b"]^sensitive'],
  ["setintersection(set1, slin)", '["set","string"]["a", "b"]^sensitive'],
  [
    "setintersection([1], [true])",
    '?"dynamic" !! Error in function call: Call to function "setintersection" failed: given sets must all have compatible element types. @1',
  ],
  ["setintersection([[1, 2]], [[1, 2], [3]])", '["set",["list","number"]][["list","number"]["1", "2"]]'],
  ["setintersection([{a=1}, {a=2}], [{a=2}])", '["set",["object",{"a":"number"}]][["object",{"a":"number"}]{a: "2"}]'],
  ['setintersection([null, "a"], [null])', '["set","string"][null("string")]'],
  ['setintersection(["a"], ["a"], ["b"], setwu)', '?["set","string"]'],
  ['setintersection(["a"], setwu, ["b", 1])', '?["set","string"]'],
  [
    "setintersection()",
    '?"dynamic" !! Not enough function arguments: Function "setintersection" expects at least 1 argument(s). Missing value for "first_set". @17',
  ],
  [
    'setproduct(["a", "b"], [1, 2])',
    '["list",["tuple",["string","number"]]][["tuple",["string","number"]]["a", "1"], ["tuple",["string","number"]]["a", "2"], ["tuple",["string","number"]]["b", "1"], ["tuple",["string","number"]]["b", "2"]]',
  ],
  [
    'setproduct(["a", "b"], [1, 2], [true])',
    '["list",["tuple",["string","number","bool"]]][["tuple",["string","number","bool"]]["a", "1", true], ["tuple",["string","number","bool"]]["a", "2", true], ["tuple",["string","number","bool"]]["b", "1", true], ["tuple",["string","number","bool"]]["b", "2", true]]',
  ],
  [
    "setproduct(set1, [1, 2])",
    '["set",["tuple",["string","number"]]][["tuple",["string","number"]]["a", "1"], ["tuple",["string","number"]]["a", "2"], ["tuple",["string","number"]]["b", "1"], ["tuple",["string","number"]]["b", "2"]]',
  ],
  [
    "setproduct(set1, snum)",
    '["set",["tuple",["string","number"]]][["tuple",["string","number"]]["a", "1"], ["tuple",["string","number"]]["a", "2"], ["tuple",["string","number"]]["a", "3"], ["tuple",["string","number"]]["b", "1"], ["tuple",["string","number"]]["b", "2"], ["tuple",["string","number"]]["b", "3"]]',
  ],
  [
    'setproduct(["a"])',
    '?"dynamic" !! Error in function call: Call to function "setproduct" failed: at least two arguments are required. @1',
  ],
  [
    "setproduct()",
    '?"dynamic" !! Error in function call: Call to function "setproduct" failed: at least two arguments are required. @1',
  ],
  ['setproduct(["a"], [])', '["list",["tuple",["string","dynamic"]]][]'],
  ['setproduct(el, ["a"])', '["list",["tuple",["string","string"]]][]'],
  ['setproduct(es, ["a"])', '["set",["tuple",["string","string"]]][]'],
  [
    'setproduct(["a", 1], ["b"])',
    '["list",["tuple",["string","string"]]][["tuple",["string","string"]]["a", "b"], ["tuple",["string","string"]]["1", "b"]]',
  ],
  [
    'setproduct(["a", [1]], ["b"])',
    '?"dynamic" !! Invalid function argument: Invalid value for "sets" parameter: all elements must be of the same type. @12',
  ],
  [
    'setproduct(["a"], "b")',
    '?"dynamic" !! Invalid function argument: Invalid value for "sets" parameter: a set or a list is required. @20',
  ],
  [
    'setproduct(mstr, ["b"])',
    '?"dynamic" !! Invalid function argument: Invalid value for "sets" parameter: a set or a list is required. @12',
  ],
  [
    'setproduct(["a"], mstr)',
    '?"dynamic" !! Invalid function argument: Invalid value for "sets" parameter: a set or a list is required. @19',
  ],
  [
    "setproduct(lnum, lnum)",
    '["list",["tuple",["number","number"]]][["tuple",["number","number"]]["3", "3"], ["tuple",["number","number"]]["3", "1"], ["tuple",["number","number"]]["3", "2"], ["tuple",["number","number"]]["1", "3"], ["tuple",["number","number"]]["1", "1"], ["tuple",["number","number"]]["1", "2"], ["tuple",["number","number"]]["2", "3"], ["tuple",["number","number"]]["2", "1"], ["tuple",["number","number"]]["2", "2"]]',
  ],
  [
    "setproduct(snum, snum)",
    '["set",["tuple",["number","number"]]][["tuple",["number","number"]]["1", "1"], ["tuple",["number","number"]]["1", "2"], ["tuple",["number","number"]]["1", "3"], ["tuple",["number","number"]]["2", "1"], ["tuple",["number","number"]]["2", "2"], ["tuple",["number","number"]]["2", "3"], ["tuple",["number","number"]]["3", "1"], ["tuple",["number","number"]]["3", "2"], ["tuple",["number","number"]]["3", "3"]]',
  ],
  ['setproduct(ul, ["b"])', '?["list",["tuple",["string","string"]]]'],
  ['setproduct(uset, ["b"])', '?["set",["tuple",["string","string"]]]'],
  ['setproduct(ut, ["b"])', '?["list",["tuple",["string","string"]]]'],
  ['setproduct(ud, ["b"])', '?"dynamic"'],
  ['setproduct(["b"], ud)', '?"dynamic"'],
  [
    'setproduct(lwu, ["b"])',
    '["list",["tuple",["string","string"]]][["tuple",["string","string"]]["a", "b"], ["tuple",["string","string"]][?"string", "b"]]',
  ],
  ['setproduct(setwu, ["b"])', '?["set",["tuple",["string","string"]]]'],
  ['setproduct(setwu1, ["b"])', '["set",["tuple",["string","string"]]][["tuple",["string","string"]][?"string", "b"]]'],
  [
    'setproduct(nl, ["b"])',
    '?"dynamic" !! Invalid function argument: Invalid value for "sets" parameter: argument must not be null. @12',
  ],
  [
    'setproduct(sl, ["b"])',
    '["list",["tuple",["string","string"]]][["tuple",["string","string"]]["a", "b"], ["tuple",["string","string"]]["b", "b"]]^sensitive',
  ],
  [
    'setproduct(stl, ["b"])',
    '["list",["tuple",["string","string"]]][["tuple",["string","string"]]["a", "b"], ["tuple",["string","string"]]["b", "b"]]^sensitive',
  ],
  [
    'setproduct(slin, ["x"])',
    '["list",["tuple",["string","string"]]][["tuple",["string","string"]]["a", "x"], ["tuple",["string","string"]]["b"^sensitive, "x"]]',
  ],
  [
    "setproduct(slin, set1)",
    '["set",["tuple",["string","string"]]][["tuple",["string","string"]]["a", "a"], ["tuple",["string","string"]]["a", "b"], ["tuple",["string","string"]]["b", "a"], ["tuple",["string","string"]]["b", "b"]]^sensitive',
  ],
  [
    'setproduct(sensitive(typed("set(string)", ["q"])), ["x"])',
    '?"dynamic" !! Call to unknown function: There is no function named "sensitive". @12',
  ],
  [
    'setproduct(tin, ["x"])',
    '["list",["tuple",["string","string"]]][["tuple",["string","string"]]["a", "x"], ["tuple",["string","string"]]["b"^sensitive, "x"], ["tuple",["string","string"]]["3", "x"]]',
  ],
  [
    'setproduct(["a", "b"], ["a", "b"])',
    '["list",["tuple",["string","string"]]][["tuple",["string","string"]]["a", "a"], ["tuple",["string","string"]]["a", "b"], ["tuple",["string","string"]]["b", "a"], ["tuple",["string","string"]]["b", "b"]]',
  ],
  [
    'setproduct(typed("set(number)", [1, 2]), typed("set(string)", ["x", "y"]), ["p"])',
    '?"dynamic" !! Call to unknown function: There is no function named "typed". @12 | Call to unknown function: There is no function named "typed". @42',
  ],
  [
    'setproduct([[1], [2]], ["x"])',
    '["list",["tuple",[["tuple",["number"]],"string"]]][["tuple",[["tuple",["number"]],"string"]][["tuple",["number"]]["1"], "x"], ["tuple",[["tuple",["number"]],"string"]][["tuple",["number"]]["2"], "x"]]',
  ],
  [
    'setproduct([{a=1}], ["x"])',
    '["list",["tuple",[["object",{"a":"number"}],"string"]]][["tuple",[["object",{"a":"number"}],"string"]][["object",{"a":"number"}]{a: "1"}, "x"]]',
  ],
  [
    'setproduct([null], ["x"])',
    '["list",["tuple",["dynamic","string"]]][["tuple",["dynamic","string"]][null("dynamic"), "x"]]',
  ],
  [
    'setproduct(["a", null], ["x"])',
    '["list",["tuple",["string","string"]]][["tuple",["string","string"]]["a", "x"], ["tuple",["string","string"]][null("string"), "x"]]',
  ],
  [
    'setproduct(typed("set(string)", ["a", null]), ["x"])',
    '?"dynamic" !! Call to unknown function: There is no function named "typed". @12',
  ],
];
/** go-cty answers (hcleval oracle) for randomly generated arguments (typed, null, unknown and marked values). */
const FUZZ_CASES: readonly VarsCase[] = [
  [
    "setintersection(v0, v1)",
    'v0 = typed("set(string)", [])\nv1 = typed("set(string)", [sensitive("true"), unknown("string"), "Z"])',
    '?["set","string"]^sensitive',
  ],
  [
    "setintersection(v0, v1)",
    'v0 = null_of("list(list(string))")\nv1 = typed("list(bool)", [])',
    '?"dynamic" !! Invalid function argument: Invalid value for "first_set" parameter: argument must not be null. @17',
  ],
  [
    "setintersection(v0, v1)",
    'v0 = typed("set(number)", [1e20])\nv1 = 2',
    '?"dynamic" !! Invalid function argument: Invalid value for "other_sets" parameter: set of any single type required. @21',
  ],
  [
    "setintersection(v0, v1)",
    'v0 = null\nv1 = unknown("any")',
    '?"dynamic" !! Invalid function argument: Invalid value for "first_set" parameter: argument must not be null. @17',
  ],
  ["setintersection(v0, v1)", 'v0 = [null_of("string"), "é"]\nv1 = typed("set(number)", [])', '["set","string"][]'],
  [
    "setintersection(v0, v1)",
    'v0 = typed("set(number)", [0, -3])\nv1 = typed("set(string)", ["Z"])',
    '["set","string"][]',
  ],
  [
    "setintersection(v0, v1)",
    'v0 = null_of("list(list(string))")\nv1 = null_of("list(bool)")',
    '?"dynamic" !! Invalid function argument: Invalid value for "first_set" parameter: argument must not be null. @17',
  ],
  [
    "setintersection(v0, v1)",
    'v0 = sensitive(typed("set(string)", [null_of("string"), "a"]))\nv1 = null',
    '?"dynamic" !! Invalid function argument: Invalid value for "other_sets" parameter: argument must not be null. @21',
  ],
  [
    "setintersection(v0, v1)",
    'v0 = typed("list(number)", [-3, 1, 0])\nv1 = typed("list(string)", ["Z", "1"])',
    '["set","string"]["1"]',
  ],
  ["setintersection(v0, v1)", 'v0 = ["1", unknown("number")]\nv1 = unknown("list(string)")', '?["set","string"]'],
  [
    "setintersection(v0, v1)",
    'v0 = unknown("list(bool)")\nv1 = typed("list(number)", [-3])',
    '?"dynamic" !! Error in function call: Call to function "setintersection" failed: given sets must all have compatible element types. @1',
  ],
  [
    "setintersection(v0, v1)",
    'v0 = null\nv1 = typed("list(bool)", [false])',
    '?"dynamic" !! Invalid function argument: Invalid value for "first_set" parameter: argument must not be null. @17',
  ],
  [
    "setintersection(v0, v1)",
    'v0 = typed("list(bool)", [false])\nv1 = "true"',
    '?"dynamic" !! Invalid function argument: Invalid value for "other_sets" parameter: set of any single type required. @21',
  ],
  [
    "setintersection(v0, v1)",
    'v0 = typed("set(number)", [1, 1e20])\nv1 = typed("list(string)", ["", "", "b"])',
    '["set","string"][]',
  ],
  [
    "setintersection(v0, v1)",
    'v0 = typed("set(number)", [unknown("number"), -3, sensitive(-3)])\nv1 = sensitive([])',
    '?["set","number"]^sensitive',
  ],
  [
    "setintersection(v0, v1)",
    'v0 = ["true", 2]\nv1 = sensitive(null_of("list(list(string))"))',
    '?"dynamic" !! Invalid function argument: Invalid value for "other_sets" parameter: argument must not be null. @21',
  ],
  [
    "setintersection(v0, v1)",
    'v0 = sensitive(typed("set(string)", ["", "1", unknown("string")]))\nv1 = typed("list(string)", [])',
    '?["set","string"]^sensitive',
  ],
  [
    "setintersection(v0, v1)",
    'v0 = typed("list(bool)", [true, null_of("bool"), true])\nv1 = typed("list(bool)", [false, false])',
    '["set","bool"][]',
  ],
  [
    "setintersection(v0, v1)",
    'v0 = 1\nv1 = typed("list(bool)", [sensitive(false)])',
    '?"dynamic" !! Invalid function argument: Invalid value for "first_set" parameter: set of any single type required. @17',
  ],
  [
    "setintersection(v0, v1)",
    'v0 = typed("list(bool)", [sensitive(true)])\nv1 = typed("list(bool)", [true])',
    '["set","bool"][true]^sensitive',
  ],
  [
    "setintersection(v0, v1)",
    'v0 = typed("list(string)", [null_of("string")])\nv1 = typed("list(number)", [2, 2, 1])',
    '["set","string"][]',
  ],
  [
    "setintersection(v0, v1)",
    'v0 = typed("set(number)", [2, 2.5])\nv1 = typed("list(string)", ["Z", "1", "Z"])',
    '["set","string"][]',
  ],
  [
    "setintersection(v0, v1)",
    'v0 = typed("set(string)", ["", "true"])\nv1 = typed("list(bool)", [])',
    '["set","string"][]',
  ],
  [
    "setintersection(v0, v1)",
    'v0 = typed("list(number)", [])\nv1 = sensitive(typed("list(number)", [2.5]))',
    '["set","number"][]^sensitive',
  ],
  [
    "setintersection(v0, v1)",
    'v0 = ["true", "a"]\nv1 = typed("list(bool)", [unknown("bool"), true, false])',
    '?["set","string"]',
  ],
  [
    "setintersection(v0, v1)",
    'v0 = {c=unknown("number")}\nv1 = null',
    '?"dynamic" !! Invalid function argument: Invalid value for "first_set" parameter: set of any single type required. @17',
  ],
  ["setintersection(v0, v1)", 'v0 = ["1", 1e20]\nv1 = typed("set(number)", [2])', '["set","string"][]'],
  [
    "setintersection(v0, v1)",
    'v0 = typed("set(number)", ["7"])\nv1 = typed("set(string)", ["a"])',
    '["set","string"][]',
  ],
  ["setintersection(v0, v1)", 'v0 = typed("set(string)", ["Z"])\nv1 = [1e20]', '["set","string"][]'],
  ["setintersection(v0, v1)", 'v0 = typed("set(number)", [-3])\nv1 = []', '["set","number"][]'],
  [
    "setintersection(v0, v1)",
    'v0 = "b"\nv1 = typed("map(string)", {b="b", d="1"})',
    '?"dynamic" !! Invalid function argument: Invalid value for "first_set" parameter: set of any single type required. @17 | Invalid function argument: Invalid value for "other_sets" parameter: set of any single type required. @21',
  ],
  [
    "setintersection(v0, v1)",
    'v0 = typed("list(list(string))", [typed("list(string)", ["true"])])\nv1 = typed("list(number)", [unknown("number"), 2, null_of("number")])',
    '?"dynamic" !! Error in function call: Call to function "setintersection" failed: given sets must all have compatible element types. @1',
  ],
  [
    "setintersection(v0, v1)",
    'v0 = typed("list(bool)", [false, false])\nv1 = unknown("set(number)")',
    '?"dynamic" !! Error in function call: Call to function "setintersection" failed: given sets must all have compatible element types. @1',
  ],
  [
    "setintersection(v0, v1)",
    'v0 = sensitive(["b", "Z"])\nv1 = typed("list(bool)", [])',
    '["set","string"][]^sensitive',
  ],
  [
    "setintersection(v0, v1)",
    'v0 = sensitive(typed("set(number)", []))\nv1 = typed("list(list(string))", [typed("list(string)", ["Z", "é", null_of("string")])])',
    '?"dynamic" !! Error in function call: Call to function "setintersection" failed: given sets must all have compatible element types. @1',
  ],
  [
    "setintersection(v0, v1)",
    'v0 = typed("list(number)", [1e20])\nv1 = typed("list(string)", ["true"])',
    '["set","string"][]',
  ],
  [
    "setintersection(v0, v1)",
    'v0 = 2.5\nv1 = typed("list(string)", ["true", "1"])',
    '?"dynamic" !! Invalid function argument: Invalid value for "first_set" parameter: set of any single type required. @17',
  ],
  [
    "setintersection(v0, v1)",
    'v0 = typed("list(bool)", [false, true, false])\nv1 = typed("list(string)", ["a", sensitive("b")])',
    '["set","string"][]^sensitive',
  ],
  ["setintersection(v0, v1)", 'v0 = typed("set(number)", [])\nv1 = ["a", "1"]', '["set","string"][]'],
  [
    "setintersection(v0, v1)",
    'v0 = typed("list(string)", [])\nv1 = typed("list(bool)", [sensitive(false), true, false])',
    '["set","string"][]^sensitive',
  ],
  ["setintersection(v0, v1)", 'v0 = ["Z", 0]\nv1 = typed("list(string)", ["1"])', '["set","string"][]'],
  [
    "setintersection(v0, v1)",
    'v0 = typed("list(list(string))", [typed("list(string)", [""]), typed("list(string)", ["a", "é"]), typed("list(string)", [sensitive("true"), unknown("string"), ""])])\nv1 = 2.5',
    '?"dynamic" !! Invalid function argument: Invalid value for "other_sets" parameter: set of any single type required. @21',
  ],
  ["setintersection(v0, v1)", 'v0 = []\nv1 = typed("list(number)", [2.5])', '["set","number"][]'],
  [
    "setintersection(v0, v1)",
    'v0 = null\nv1 = typed("list(string)", ["1"])',
    '?"dynamic" !! Invalid function argument: Invalid value for "first_set" parameter: argument must not be null. @17',
  ],
  [
    "setintersection(v0, v1)",
    'v0 = typed("list(list(string))", [typed("list(string)", [""])])\nv1 = ["Z", null_of("number")]',
    '?"dynamic" !! Error in function call: Call to function "setintersection" failed: given sets must all have compatible element types. @1',
  ],
  ["setintersection(v0, v1)", 'v0 = typed("set(string)", ["true"])\nv1 = unknown("any")', '?["set","string"]'],
  ["setintersection(v0, v1)", 'v0 = ["Z", "Z"]\nv1 = typed("list(string)", ["", "a"])', '["set","string"][]'],
  [
    "setintersection(v0, v1)",
    'v0 = typed("list(bool)", [true])\nv1 = typed("set(bool)", [true, false])',
    '["set","bool"][true]',
  ],
  [
    "setintersection(v0, v1)",
    'v0 = typed("list(string)", [null_of("string")])\nv1 = typed("list(bool)", [])',
    '["set","string"][]',
  ],
  [
    "setintersection(v0, v1)",
    'v0 = sensitive(typed("list(list(string))", [typed("list(string)", ["true"]), typed("list(string)", ["Z"]), typed("list(string)", ["Z", "Z", "é"])]))\nv1 = typed("set(number)", [null_of("number"), 1])',
    '?"dynamic" !! Error in function call: Call to function "setintersection" failed: given sets must all have compatible element types. @1',
  ],
  [
    "setproduct(v0, v1, v2)",
    'v0 = typed("list(list(string))", [typed("list(string)", [unknown("string"), "Z"])])\nv1 = {b=typed("list(number)", [2, 1, sensitive("7")])}\nv2 = typed("set(string)", ["b", "1", "b"])',
    '?"dynamic" !! Invalid function argument: Invalid value for "sets" parameter: a set or a list is required. @16',
  ],
  [
    "setproduct(v0, v1)",
    'v0 = false\nv1 = typed("list(list(string))", [typed("list(string)", ["true"]), sensitive(typed("list(string)", ["é", sensitive("")])), typed("list(string)", ["b", "1"])])',
    '?"dynamic" !! Invalid function argument: Invalid value for "sets" parameter: a set or a list is required. @12',
  ],
  [
    "setproduct(v0, v1, v2)",
    'v0 = typed("set(number)", [])\nv1 = typed("list(number)", [])\nv2 = 2.5',
    '?"dynamic" !! Invalid function argument: Invalid value for "sets" parameter: a set or a list is required. @20',
  ],
  [
    "setproduct(v0, v1)",
    'v0 = typed("list(bool)", [])\nv1 = typed("list(number)", [0])',
    '["list",["tuple",["bool","number"]]][]',
  ],
  [
    "setproduct(v0, v1)",
    'v0 = null_of("string")\nv1 = ["1", ""]',
    '?"dynamic" !! Invalid function argument: Invalid value for "sets" parameter: argument must not be null. @12',
  ],
  [
    "setproduct(v0, v1)",
    'v0 = sensitive(unknown("list(number)"))\nv1 = typed("map(number)", {a=2, d=-3})',
    '?"dynamic" !! Invalid function argument: Invalid value for "sets" parameter: a set or a list is required. @16',
  ],
  [
    "setproduct(v0, v1, v2)",
    'v0 = ["b", 1e20]\nv1 = typed("list(list(string))", [])\nv2 = typed("set(string)", [])',
    '["set",["tuple",["string",["list","string"],"string"]]][]',
  ],
  [
    "setproduct(v0, v1, v2)",
    'v0 = typed("set(string)", [])\nv1 = ["Z", "Z"]\nv2 = typed("set(string)", ["1"])',
    '["set",["tuple",["string","string","string"]]][]',
  ],
  [
    "setproduct(v0, v1, v2)",
    'v0 = typed("list(list(string))", [typed("list(string)", ["Z"])])\nv1 = "é"\nv2 = typed("set(string)", ["true", "true", "a"])',
    '?"dynamic" !! Invalid function argument: Invalid value for "sets" parameter: a set or a list is required. @16',
  ],
  [
    "setproduct(v0, v1, v2)",
    'v0 = [sensitive("Z"), ""]\nv1 = null_of("list(list(string))")\nv2 = typed("list(list(string))", [typed("list(string)", ["", "é", "é"]), typed("list(string)", []), typed("list(string)", [""])])',
    '?"dynamic" !! Invalid function argument: Invalid value for "sets" parameter: argument must not be null. @16',
  ],
  [
    "setproduct(v0, v1, v2)",
    'v0 = null_of("list(bool)")\nv1 = typed("set(string)", ["é", "Z"])\nv2 = typed("list(bool)", [false])',
    '?"dynamic" !! Invalid function argument: Invalid value for "sets" parameter: argument must not be null. @12',
  ],
  [
    "setproduct(v0, v1)",
    'v0 = typed("list(bool)", [false, true, true])\nv1 = typed("set(number)", [null_of("number"), 2.5, unknown("number")])',
    '?["set",["tuple",["bool","number"]]]',
  ],
  [
    "setproduct(v0, v1, v2)",
    'v0 = "true"\nv1 = typed("set(number)", ["7", 1e20, sensitive(0)])\nv2 = [sensitive(unknown("string")), sensitive("a")]',
    '?"dynamic" !! Invalid function argument: Invalid value for "sets" parameter: a set or a list is required. @12',
  ],
  [
    "setproduct(v0, v1)",
    'v0 = []\nv1 = typed("list(list(string))", [sensitive(typed("list(string)", ["1"])), typed("list(string)", ["a", "é", ""])])',
    '["list",["tuple",["dynamic",["list","string"]]]][]',
  ],
  [
    "setproduct(v0, v1)",
    'v0 = typed("list(number)", [sensitive(2.5), 0])\nv1 = ["é", "Z"]',
    '["list",["tuple",["number","string"]]][["tuple",["number","string"]]["2.5"^sensitive, "é"], ["tuple",["number","string"]]["2.5"^sensitive, "Z"], ["tuple",["number","string"]]["0", "é"], ["tuple",["number","string"]]["0", "Z"]]',
  ],
  [
    "setproduct(v0, v1)",
    'v0 = null_of("list(number)")\nv1 = ["", "Z"]',
    '?"dynamic" !! Invalid function argument: Invalid value for "sets" parameter: argument must not be null. @12',
  ],
  ["setproduct(v0, v1)", "v0 = []\nv1 = []", '["list",["tuple",["dynamic","dynamic"]]][]'],
  [
    "setproduct(v0, v1, v2)",
    'v0 = []\nv1 = ["b", "7"]\nv2 = typed("set(number)", [])',
    '["set",["tuple",["dynamic","string","number"]]][]',
  ],
  [
    "setproduct(v0, v1, v2)",
    'v0 = ["true", "b"]\nv1 = typed("set(string)", [])\nv2 = typed("list(number)", [1e20, unknown("number")])',
    '["set",["tuple",["string","string","number"]]][]',
  ],
  [
    "setproduct(v0, v1, v2)",
    'v0 = typed("list(string)", ["b", "1", "a"])\nv1 = null\nv2 = ["Z", null_of("string")]',
    '?"dynamic" !! Invalid function argument: Invalid value for "sets" parameter: argument must not be null. @16',
  ],
  ["setproduct(v0, v1)", 'v0 = typed("list(bool)", [])\nv1 = unknown("any")', '?"dynamic"'],
  [
    "setproduct(v0, v1, v2)",
    'v0 = []\nv1 = sensitive([])\nv2 = null_of("list(bool)")',
    '?"dynamic" !! Invalid function argument: Invalid value for "sets" parameter: argument must not be null. @20',
  ],
  [
    "setproduct(v0, v1, v2)",
    'v0 = typed("list(bool)", [sensitive(false)])\nv1 = typed("list(string)", ["", "a", "b"])\nv2 = typed("list(string)", ["a", "b", "Z"])',
    '["list",["tuple",["bool","string","string"]]][["tuple",["bool","string","string"]][false^sensitive, "", "a"], ["tuple",["bool","string","string"]][false^sensitive, "", "b"], ["tuple",["bool","string","string"]][false^sensitive, "", "Z"], ["tuple",["bool","string","string"]][false^sensitive, "a", "a"], ["tuple",["bool","string","string"]][false^sensitive, "a", "b"], ["tuple",["bool","string","string"]][false^sensitive, "a", "Z"], ["tuple",["bool","string","string"]][false^sensitive, "b", "a"], ["tuple",["bool","string","string"]][false^sensitive, "b", "b"], ["tuple",["bool","string","string"]][false^sensitive, "b", "Z"]]',
  ],
  [
    "setproduct(v0, v1)",
    'v0 = "true"\nv1 = typed("set(number)", [])',
    '?"dynamic" !! Invalid function argument: Invalid value for "sets" parameter: a set or a list is required. @12',
  ],
  [
    "setproduct(v0, v1)",
    'v0 = typed("set(set(number))", [typed("set(number)", [])])\nv1 = typed("list(number)", [0, 2.5, "7"])',
    '["set",["tuple",[["set","number"],"number"]]][["tuple",[["set","number"],"number"]][["set","number"][], "0"], ["tuple",[["set","number"],"number"]][["set","number"][], "2.5"], ["tuple",[["set","number"],"number"]][["set","number"][], "7"]]',
  ],
  [
    "setproduct(v0, v1, v2)",
    'v0 = typed("list(bool)", [false])\nv1 = typed("list(number)", ["7", -3])\nv2 = []',
    '["list",["tuple",["bool","number","dynamic"]]][]',
  ],
  [
    "setproduct(v0, v1)",
    'v0 = null\nv1 = ["true", "true"]',
    '?"dynamic" !! Invalid function argument: Invalid value for "sets" parameter: argument must not be null. @12',
  ],
  ["setproduct(v0, v1)", 'v0 = ["Z", 1e20]\nv1 = unknown("list(number)")', '?["list",["tuple",["string","number"]]]'],
  [
    "setproduct(v0, v1, v2)",
    'v0 = ["b", null_of("number")]\nv1 = typed("set(number)", [])\nv2 = typed("set(string)", [])',
    '["set",["tuple",["string","number","string"]]][]',
  ],
  [
    "setproduct(v0, v1, v2)",
    'v0 = []\nv1 = typed("set(string)", [sensitive(unknown("string")), "b", "1"])\nv2 = typed("list(string)", ["", "é"])',
    '?["set",["tuple",["dynamic","string","string"]]]^sensitive',
  ],
  [
    "setproduct(v0, v1, v2)",
    'v0 = ["", ""]\nv1 = typed("list(list(string))", [])\nv2 = sensitive([])',
    '["list",["tuple",["string",["list","string"],"dynamic"]]][]^sensitive',
  ],
  [
    "setproduct(v0, v1, v2)",
    'v0 = unknown("tuple([])")\nv1 = typed("list(string)", ["é", "b", "Z"])\nv2 = typed("set(string)", ["1", "true"])',
    '?["set",["tuple",["dynamic","string","string"]]]',
  ],
  [
    "setproduct(v0, v1, v2)",
    'v0 = true\nv1 = ["true", "Z"]\nv2 = true',
    '?"dynamic" !! Invalid function argument: Invalid value for "sets" parameter: a set or a list is required. @12',
  ],
  [
    "setproduct(v0, v1)",
    'v0 = typed("list(number)", [2.5])\nv1 = typed("list(bool)", [unknown("bool"), true, false])',
    '["list",["tuple",["number","bool"]]][["tuple",["number","bool"]]["2.5", ?"bool"], ["tuple",["number","bool"]]["2.5", true], ["tuple",["number","bool"]]["2.5", false]]',
  ],
  [
    "setproduct(v0, v1, v2)",
    'v0 = sensitive(typed("list(bool)", [false]))\nv1 = ["é", 1e20]\nv2 = sensitive(["1", 2])',
    '["list",["tuple",["bool","string","string"]]][["tuple",["bool","string","string"]][false, "é", "1"], ["tuple",["bool","string","string"]][false, "é", "2"], ["tuple",["bool","string","string"]][false, "100000000000000000000", "1"], ["tuple",["bool","string","string"]][false, "100000000000000000000", "2"]]^sensitive',
  ],
  ["setproduct(v0, v1)", 'v0 = ["Z", "a"]\nv1 = unknown("tuple([])")', '?["list",["tuple",["string","dynamic"]]]'],
  [
    "setproduct(v0, v1, v2)",
    'v0 = typed("set(string)", ["a"])\nv1 = typed("list(list(string))", [typed("list(string)", [])])\nv2 = unknown("list(bool)")',
    '?["set",["tuple",["string",["list","string"],"bool"]]]',
  ],
  [
    "setproduct(v0, v1, v2)",
    'v0 = sensitive(typed("set(number)", [1e20]))\nv1 = []\nv2 = typed("set(string)", ["a", "é"])',
    '["set",["tuple",["number","dynamic","string"]]][]^sensitive',
  ],
  [
    "setproduct(v0, v1, v2)",
    'v0 = null_of("set(number)")\nv1 = ["1", 1]\nv2 = null_of("list(list(string))")',
    '?"dynamic" !! Invalid function argument: Invalid value for "sets" parameter: argument must not be null. @12',
  ],
  [
    "setproduct(v0, v1)",
    'v0 = sensitive(null_of("tuple([string,string])"))\nv1 = typed("set(number)", [-3, 2.5, 2])',
    '?"dynamic" !! Invalid function argument: Invalid value for "sets" parameter: argument must not be null. @12',
  ],
  [
    "setproduct(v0, v1, v2)",
    'v0 = typed("list(list(string))", [])\nv1 = null\nv2 = typed("set(number)", ["7", 1e20])',
    '?"dynamic" !! Invalid function argument: Invalid value for "sets" parameter: argument must not be null. @16',
  ],
  [
    "setproduct(v0, v1)",
    'v0 = typed("set(number)", [2, 0])\nv1 = unknown("set(string)")',
    '?["set",["tuple",["number","string"]]]',
  ],
  [
    "setproduct(v0, v1)",
    'v0 = "é"\nv1 = typed("map(string)", {d="a", a=""})',
    '?"dynamic" !! Invalid function argument: Invalid value for "sets" parameter: a set or a list is required. @12',
  ],
  [
    "setproduct(v0, v1)",
    'v0 = null\nv1 = typed("set(number)", [])',
    '?"dynamic" !! Invalid function argument: Invalid value for "sets" parameter: argument must not be null. @12',
  ],
  ["setproduct(v0, v1)", 'v0 = []\nv1 = [sensitive("a"), 1]', '["list",["tuple",["dynamic","string"]]][]'],
  [
    "setproduct(v0, v1)",
    'v0 = typed("list(number)", [])\nv1 = null_of("string")',
    '?"dynamic" !! Invalid function argument: Invalid value for "sets" parameter: argument must not be null. @16',
  ],
  [
    "setproduct(v0, v1, v2)",
    'v0 = typed("list(list(string))", [typed("list(string)", ["Z"])])\nv1 = typed("list(string)", [""])\nv2 = 1e20',
    '?"dynamic" !! Invalid function argument: Invalid value for "sets" parameter: a set or a list is required. @20',
  ],
  [
    "setproduct(v0, v1, v2)",
    'v0 = unknown("set(number)")\nv1 = ["1", 2.5]\nv2 = null_of("list(bool)")',
    '?"dynamic" !! Invalid function argument: Invalid value for "sets" parameter: argument must not be null. @20',
  ],
  [
    "setproduct(v0, v1)",
    'v0 = typed("list(list(string))", [typed("list(string)", ["é", "a"])])\nv1 = unknown("any")',
    '?"dynamic"',
  ],
  [
    "setproduct(v0, v1, v2)",
    'v0 = typed("set(number)", [unknown("number"), 0, 2.5])\nv1 = unknown("set(string)")\nv2 = typed("list(list(string))", [typed("list(string)", ["true"]), typed("list(string)", [])])',
    '?["set",["tuple",["number","string",["list","string"]]]]',
  ],
  [
    "setunion(v0, v1)",
    'v0 = sensitive(typed("list(tuple([string,number]))", []))\nv1 = null',
    '?"dynamic" !! Invalid function argument: Invalid value for "other_sets" parameter: argument must not be null. @14',
  ],
  [
    "setunion(v0, v1)",
    'v0 = typed("set(number)", [1e20])\nv1 = typed("set(string)", [])',
    '["set","string"]["100000000000000000000"]',
  ],
  [
    "setunion(v0, v1)",
    'v0 = ["b", "b"]\nv1 = typed("list(number)", [2.5, null_of("number"), 1])',
    '["set","string"]["1", "2.5", "b", null("string")]',
  ],
  ["setunion(v0, v1)", 'v0 = unknown("tuple([string,string])")\nv1 = unknown("any")', '?["set","string"]'],
  ["setunion(v0, v1)", 'v0 = unknown("any")\nv1 = typed("list(number)", [unknown("number")])', '?["set","number"]'],
  ["setunion(v0, v1)", 'v0 = typed("set(string)", [])\nv1 = typed("list(number)", [])', '["set","string"][]'],
  [
    "setunion(v0, v1)",
    'v0 = []\nv1 = typed("list(list(string))", [unknown("list(string)")])',
    '["set",["list","string"]][?["list","string"]]',
  ],
  [
    "setunion(v0, v1)",
    'v0 = ["b", null_of("number")]\nv1 = ["", -3]',
    '["set","string"]["", "-3", "b", null("string")]',
  ],
  [
    "setunion(v0, v1)",
    'v0 = typed("list(number)", [-3, -3, -3])\nv1 = typed("list(bool)", [true])',
    '?"dynamic" !! Error in function call: Call to function "setunion" failed: given sets must all have compatible element types. @1',
  ],
  ["setunion(v0, v1)", 'v0 = typed("list(bool)", [])\nv1 = typed("list(string)", [])', '["set","string"][]'],
  [
    "setunion(v0, v1)",
    'v0 = ["Z", 0]\nv1 = [null_of("string"), unknown("string")]',
    '["set","string"]["0", "Z", ?"string", null("string")]',
  ],
  [
    "setunion(v0, v1)",
    'v0 = typed("list(list(string))", [typed("list(string)", [])])\nv1 = "7"',
    '?"dynamic" !! Invalid function argument: Invalid value for "other_sets" parameter: set of any single type required. @14',
  ],
  [
    "setunion(v0, v1)",
    'v0 = []\nv1 = typed("set(number)", [-3, 1, 1e20])',
    '["set","number"]["-3", "1", "100000000000000000000"]',
  ],
  [
    "setunion(v0, v1)",
    'v0 = typed("list(string)", ["", "true", "1"])\nv1 = sensitive(typed("list(number)", []))',
    '["set","string"]["", "1", "true"]^sensitive',
  ],
  ["setunion(v0, v1)", 'v0 = ["", "b"]\nv1 = ["Z", 1e20]', '["set","string"]["", "100000000000000000000", "Z", "b"]'],
  ["setunion(v0, v1)", 'v0 = typed("list(number)", [])\nv1 = []', '["set","number"][]'],
  [
    "setunion(v0, v1)",
    'v0 = typed("list(number)", [2])\nv1 = typed("list(list(bool))", [null_of("list(bool)"), typed("list(bool)", [true, true]), typed("list(bool)", [false, sensitive(true), true])])',
    '?"dynamic" !! Error in function call: Call to function "setunion" failed: given sets must all have compatible element types. @1',
  ],
  ["setunion(v0, v1)", 'v0 = unknown("any")\nv1 = typed("list(string)", ["a"])', '?["set","string"]'],
  [
    "setunion(v0, v1)",
    'v0 = typed("map(list(number))", {c=typed("list(number)", [0, 1e20, "7"])})\nv1 = unknown("set(number)")',
    '?"dynamic" !! Invalid function argument: Invalid value for "first_set" parameter: set of any single type required. @10',
  ],
  [
    "setunion(v0, v1)",
    'v0 = typed("list(number)", [])\nv1 = ""',
    '?"dynamic" !! Invalid function argument: Invalid value for "other_sets" parameter: set of any single type required. @14',
  ],
  [
    "setunion(v0, v1)",
    'v0 = typed("list(string)", [])\nv1 = null_of("list(number)")',
    '?"dynamic" !! Invalid function argument: Invalid value for "other_sets" parameter: argument must not be null. @14',
  ],
  [
    "setunion(v0, v1)",
    'v0 = typed("set(number)", [])\nv1 = [unknown("string"), 1]',
    '["set","string"]["1", ?"string"]',
  ],
  ["setunion(v0, v1)", 'v0 = typed("set(number)", [])\nv1 = typed("set(string)", ["b"])', '["set","string"]["b"]'],
  ["setunion(v0, v1)", 'v0 = ["true", "7"]\nv1 = []', '["set","string"]["7", "true"]'],
  [
    "setunion(v0, v1)",
    'v0 = null\nv1 = ["b", "true"]',
    '?"dynamic" !! Invalid function argument: Invalid value for "first_set" parameter: argument must not be null. @10',
  ],
  [
    "setunion(v0, v1)",
    'v0 = null\nv1 = typed("list(list(string))", [typed("list(string)", ["true"]), typed("list(string)", [null_of("string")]), typed("list(string)", [])])',
    '?"dynamic" !! Invalid function argument: Invalid value for "first_set" parameter: argument must not be null. @10',
  ],
  [
    "setunion(v0, v1)",
    'v0 = typed("list(list(string))", [typed("list(string)", ["", "b"])])\nv1 = typed("set(number)", [unknown("number"), -3])',
    '?"dynamic" !! Error in function call: Call to function "setunion" failed: given sets must all have compatible element types. @1',
  ],
  [
    "setunion(v0, v1)",
    'v0 = typed("list(number)", [0, 2.5])\nv1 = null',
    '?"dynamic" !! Invalid function argument: Invalid value for "other_sets" parameter: argument must not be null. @14',
  ],
  [
    "setunion(v0, v1)",
    'v0 = typed("list(list(string))", [])\nv1 = typed("list(string)", ["true", "é"])',
    '?"dynamic" !! Error in function call: Call to function "setunion" failed: given sets must all have compatible element types. @1',
  ],
  [
    "setunion(v0, v1)",
    'v0 = null_of("tuple([string,string])")\nv1 = -3',
    '?"dynamic" !! Invalid function argument: Invalid value for "other_sets" parameter: set of any single type required. @14',
  ],
  [
    "setunion(v0, v1)",
    'v0 = typed("set(string)", ["a"])\nv1 = false',
    '?"dynamic" !! Invalid function argument: Invalid value for "other_sets" parameter: set of any single type required. @14',
  ],
  [
    "setunion(v0, v1)",
    'v0 = typed("set(number)", [2.5, 2])\nv1 = typed("list(string)", ["true"])',
    '["set","string"]["2", "2.5", "true"]',
  ],
  [
    "setunion(v0, v1)",
    "v0 = []\nv1 = -3",
    '?"dynamic" !! Invalid function argument: Invalid value for "other_sets" parameter: set of any single type required. @14',
  ],
  [
    "setunion(v0, v1)",
    "v0 = []\nv1 = null",
    '?"dynamic" !! Invalid function argument: Invalid value for "other_sets" parameter: argument must not be null. @14',
  ],
  [
    "setunion(v0, v1)",
    'v0 = typed("list(bool)", [unknown("bool")])\nv1 = typed("list(list(string))", [typed("list(string)", ["Z", "true"]), typed("list(string)", [""])])',
    '?"dynamic" !! Error in function call: Call to function "setunion" failed: given sets must all have compatible element types. @1',
  ],
  [
    "setunion(v0, v1)",
    'v0 = ["Z", "é"]\nv1 = [null_of("string"), unknown("number")]',
    '["set","string"]["Z", "é", ?"string", null("string")]',
  ],
  [
    "setunion(v0, v1)",
    'v0 = typed("list(bool)", [])\nv1 = typed("list(list(string))", [typed("list(string)", ["true", ""])])',
    '?"dynamic" !! Error in function call: Call to function "setunion" failed: given sets must all have compatible element types. @1',
  ],
  [
    "setunion(v0, v1)",
    "v0 = null\nv1 = []",
    '?"dynamic" !! Invalid function argument: Invalid value for "first_set" parameter: argument must not be null. @10',
  ],
  [
    "setunion(v0, v1)",
    'v0 = typed("set(number)", [2])\nv1 = typed("list(list(string))", [])',
    '?"dynamic" !! Error in function call: Call to function "setunion" failed: given sets must all have compatible element types. @1',
  ],
  ["setunion(v0, v1)", 'v0 = typed("set(string)", ["1", "1"])\nv1 = []', '["set","string"]["1"]'],
  ["setunion(v0, v1)", 'v0 = typed("list(bool)", [false, true])\nv1 = unknown("tuple([])")', '?["set","bool"]'],
  ["setunion(v0, v1)", 'v0 = ["", "b"]\nv1 = typed("list(string)", ["", "Z"])', '["set","string"]["", "Z", "b"]'],
  [
    "setunion(v0, v1)",
    'v0 = unknown("any")\nv1 = null',
    '?"dynamic" !! Invalid function argument: Invalid value for "other_sets" parameter: argument must not be null. @14',
  ],
  [
    "setunion(v0, v1)",
    'v0 = typed("set(number)", [2])\nv1 = null_of("set(number)")',
    '?"dynamic" !! Invalid function argument: Invalid value for "other_sets" parameter: argument must not be null. @14',
  ],
  [
    "setunion(v0, v1)",
    'v0 = unknown("set(number)")\nv1 = typed("list(bool)", [true, true, false])',
    '?"dynamic" !! Error in function call: Call to function "setunion" failed: given sets must all have compatible element types. @1',
  ],
  [
    "setunion(v0, v1)",
    'v0 = typed("list(string)", ["b"])\nv1 = typed("list(number)", [null_of("number"), 1, 0])',
    '["set","string"]["0", "1", "b", null("string")]',
  ],
  [
    "setunion(v0, v1)",
    'v0 = [[false], typed("list(string)", ["a"])]\nv1 = typed("set(number)", [sensitive(unknown("number")), sensitive(2.5), "7"])',
    '?"dynamic" !! Error in function call: Call to function "setunion" failed: given sets must all have compatible element types. @1',
  ],
  [
    "setunion(v0, v1)",
    'v0 = typed("list(number)", [1e20])\nv1 = ["1", 2]',
    '["set","string"]["1", "100000000000000000000", "2"]',
  ],
  ["setunion(v0, v1)", 'v0 = []\nv1 = typed("set(string)", ["a", "Z"])', '["set","string"]["Z", "a"]'],
  [
    "setunion(v0, v1)",
    'v0 = ["é", unknown("string")]\nv1 = null',
    '?"dynamic" !! Invalid function argument: Invalid value for "other_sets" parameter: argument must not be null. @14',
  ],
];

describe("FN-03 set functions agree with go-cty (hcleval recordings)", () => {
  it.each(SHARED_CASES)("%s", (expr, want) => {
    expect(run(expr, VARS)).toBe(want);
  });
  it.each(FUZZ_CASES)("%s with generated arguments", (expr, vars, want) => {
    expect(run(expr, vars)).toBe(want);
  });
});

const strs = (...xs: string[]) => xs.map((x) => stringVal(x));
const strSet = (...xs: string[]) => (xs.length === 0 ? setValEmpty(StringType) : setVal(strs(...xs)));

describe("FN-03 setunion and setintersection", () => {
  it("unify the element types of their arguments, skipping empty sets of unknown element type", () => {
    const r = SetUnionFunc.call([setValEmpty(DynamicPseudoType), setVal([numberIntVal(1)])]);
    expect(r.type.equals(setOf(NumberType))).toBe(true);
    expect(SetUnionFunc.call([setValEmpty(DynamicPseudoType)]).type.equals(setOf(DynamicPseudoType))).toBe(true);
    expect(() => SetUnionFunc.call([setVal([numberIntVal(1)]), setVal([True])])).toThrow(
      "given sets must all have compatible element types",
    );
  });

  it("a union keeps unknown elements, which never count as duplicates", () => {
    const u = unknownVal(StringType);
    const r = SetUnionFunc.call([setVal([stringVal("a"), u]), setVal([u])]);
    expect(r.isKnown()).toBe(true);
    expect(r.elements().length).toBe(3);
  });

  it("an intersection with unknown elements is unknown: they might equal anything", () => {
    const r = SetIntersectionFunc.call([setVal([stringVal("a"), unknownVal(StringType)]), strSet("a")]);
    expect(r.rawEquals(unknownVal(setOf(StringType)))).toBe(true);
  });

  it("converts every argument to the unified element type, or fails for the whole call", () => {
    // Recorded from hcleval.
    expect(run('setunion(["a"], [true], [1])')).toBe('["set","string"]["1", "a", "true"]');
    expect(run("setunion([1], [[1]])")).toBe(
      '?"dynamic" !! Error in function call: Call to function "setunion" failed: given sets must all have compatible element types. @1',
    );
  });
});

describe("FN-03 setproduct", () => {
  it("gives a list of tuples in argument order when every argument is a list or tuple", () => {
    const r = SetProductFunc.call([listVal(strs("a", "b")), tupleVal([numberIntVal(1), numberIntVal(2)])]);
    expect(r.type.equals(listOf(tupleOf([StringType, NumberType])))).toBe(true);
    expect(
      r.elements().map((t) => t.elements().map((e) => (e.type.kind === "string" ? e.asString() : e.asFloat64()))),
    ).toEqual([
      ["a", 1],
      ["a", 2],
      ["b", 1],
      ["b", 2],
    ]);
  });

  it("gives a set when any argument is a set, with element marks moved onto the set", () => {
    const r = SetProductFunc.call([listVal([stringVal("a"), stringVal("b").mark("sensitive")]), strSet("x")]);
    expect(r.type.equals(setOf(tupleOf([StringType, StringType])))).toBe(true);
    expect(r.hasMark("sensitive")).toBe(true);
    expect(r.unmarkDeep()[0].rawEquals(r.unmark()[0])).toBe(true);
  });

  it("needs two arguments and sequence-typed ones, reporting which argument is wrong", () => {
    expect(() => SetProductFunc.call([strSet("a")])).toThrow("at least two arguments are required");
    expect(run('setproduct(["a"], "b")', VARS)).toBe(
      '?"dynamic" !! Invalid function argument: Invalid value for "sets" parameter: a set or a list is required. @20',
    );
    expect(run('setproduct(["a", [1]], ["b"])', VARS)).toBe(
      '?"dynamic" !! Invalid function argument: Invalid value for "sets" parameter: all elements must be of the same type. @12',
    );
  });

  it("FN-14 is unknown while any argument's length is unknown, keeping every argument's marks", () => {
    expect(run('setproduct(ul, ["b"])', VARS)).toBe('?["list",["tuple",["string","string"]]]');
    expect(run('setproduct(setwu, ["b"])', VARS)).toBe('?["set",["tuple",["string","string"]]]');
    // go-cty 1.12 drops the mark of an unknown argument; 1.13's setproduct and Plinth keep it.
    expect(run('setproduct(sul, ["x"])', VARS)).toBe('?["list",["tuple",["string","string"]]]^sensitive');
  });

  it("a dynamic-typed argument gives an unknown of unknown type without looking further (go-cty ≥ 1.13.1)", () => {
    expect(run("setproduct(ud, null)", VARS)).toBe('?"dynamic"');
  });
});

describe("FN-03 set laws (property tests)", () => {
  const elems = fc.uniqueArray(fc.constantFrom("a", "b", "c", "d", "é", "", "10", "9"), { maxLength: 6 });
  const names = (v: Value) =>
    v
      .elements()
      .map((e) => e.asString())
      .sort();

  it("union is commutative and contains both arguments; intersection is in both", () => {
    fc.assert(
      fc.property(elems, elems, (a, b) => {
        const sa = strSet(...a);
        const sb = strSet(...b);
        const u = SetUnionFunc.call([sa, sb]);
        expect(u.rawEquals(SetUnionFunc.call([sb, sa]))).toBe(true);
        expect(names(u)).toEqual([...new Set([...a, ...b])].sort());
        const i = SetIntersectionFunc.call([sa, sb]);
        expect(names(i)).toEqual(a.filter((x) => b.includes(x)).sort());
      }),
    );
  });

  it("the product of lists has the product of their lengths, in odometer order", () => {
    fc.assert(
      fc.property(fc.array(elems, { minLength: 2, maxLength: 3 }), (lists) => {
        const args = lists.map((l) => (l.length === 0 ? listValEmpty(StringType) : listVal(strs(...l))));
        const r = SetProductFunc.call(args);
        const want = lists.reduce<string[][]>((acc, l) => acc.flatMap((p) => l.map((x) => [...p, x])), [[]]);
        expect(r.elements().map((t) => t.elements().map((e) => e.asString()))).toEqual(want);
      }),
    );
  });
});

describe("the set function table", () => {
  it("offers the set functions Packer 1.14 exposes, each described", () => {
    // Packer's table has no setsubtract or setsymmetricdifference.
    expect(Object.keys(setFunctions).sort()).toEqual(["setintersection", "setproduct", "setunion"]);
    for (const f of Object.values(setFunctions)) expect(f.description).not.toBe("");
  });
});
