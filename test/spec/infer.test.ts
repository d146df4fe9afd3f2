/**
 * `Infer<typeof spec>` is the decoded config's TS type, computed from the
 * declaration alone: these are compile-time checks (vitest's expectTypeOf),
 * one per field kind and presence, plus a runtime check that a prepared
 * config has the inferred shape.
 */
import { describe, expect, expectTypeOf, test } from "vitest";
import {
  attr,
  block,
  blockList,
  blockMap,
  configSpec,
  defineGroup,
  packerCommon,
  t,
  type FieldValue,
  type Infer,
  type PlainValue,
  type TypeOf,
} from "../../src/spec/index.js";

const disk = configSpec({ size: attr(t.int).required(), type: attr(t.enum("ssd", "hdd")).default("ssd") });
type Disk = { size: number; type: "ssd" | "hdd" };

const group = defineGroup("Connection", { host: attr(t.string).required(), port: attr(t.int).default(22) });

const spec = configSpec({
  ...packerCommon,
  ...group,
  s: attr(t.string),
  n: attr(t.number),
  i: attr(t.int),
  b: attr(t.bool),
  d: attr(t.duration),
  e: attr(t.enum("upload", "download")),
  l: attr(t.list(t.string)),
  st: attr(t.set(t.int)),
  m: attr(t.map(t.bool)),
  o: attr(t.object({ name: t.string, uid: t.int, tags: t.list(t.string) })),
  a: attr(t.any),
  nested: attr(t.map(t.list(t.enum("a", "b")))),
  req: attr(t.string).required(),
  def: attr(t.int).default(3),
  derived: attr(t.string).defaultFrom(() => "x", "always x"),
  reqEnum: attr(t.enum("x", "y")).required(),
  checked: attr(t.int)
    .check((v) => (v > 0 ? undefined : "positive"))
    .doc("d")
    .deprecated("i")
    .sensitive(),
  blk: block(disk),
  reqBlk: block(disk).required(),
  list: blockList(disk).minItems(1).maxItems(3),
  map: blockMap(disk, "name"),
});
type C = Infer<typeof spec>;

describe("Infer", () => {
  test("optional attributes are T | null", () => {
    expectTypeOf<C["s"]>().toEqualTypeOf<string | null>();
    expectTypeOf<C["n"]>().toEqualTypeOf<number | null>();
    expectTypeOf<C["i"]>().toEqualTypeOf<number | null>();
    expectTypeOf<C["b"]>().toEqualTypeOf<boolean | null>();
  });

  test("a duration decodes to milliseconds: number", () => {
    expectTypeOf<C["d"]>().toEqualTypeOf<number | null>();
  });

  test("an enum is the union of its values", () => {
    expectTypeOf<C["e"]>().toEqualTypeOf<"upload" | "download" | null>();
    expectTypeOf<C["reqEnum"]>().toEqualTypeOf<"x" | "y">();
  });

  test("lists and sets are arrays, maps records, objects their attributes", () => {
    expectTypeOf<C["l"]>().toEqualTypeOf<string[] | null>();
    expectTypeOf<C["st"]>().toEqualTypeOf<number[] | null>();
    expectTypeOf<C["m"]>().toEqualTypeOf<Record<string, boolean> | null>();
    expectTypeOf<C["o"]>().toEqualTypeOf<{ name: string; uid: number; tags: string[] } | null>();
    expectTypeOf<C["nested"]>().toEqualTypeOf<Record<string, ("a" | "b")[]> | null>();
  });

  test("any is PlainValue (which includes null)", () => {
    expectTypeOf<C["a"]>().toEqualTypeOf<PlainValue>();
  });

  test("required and defaulted attributes are never null", () => {
    expectTypeOf<C["req"]>().toEqualTypeOf<string>();
    expectTypeOf<C["def"]>().toEqualTypeOf<number>();
    expectTypeOf<C["derived"]>().toEqualTypeOf<string>();
  });

  test("modifiers that are not about presence keep the type", () => {
    expectTypeOf<C["checked"]>().toEqualTypeOf<number | null>();
  });

  test("a block is N | null, a required block N, a block list N[], a block map Record<string, N>", () => {
    expectTypeOf<C["blk"]>().toEqualTypeOf<Disk | null>();
    expectTypeOf<C["reqBlk"]>().toEqualTypeOf<Disk>();
    expectTypeOf<C["list"]>().toEqualTypeOf<Disk[]>();
    expectTypeOf<C["map"]>().toEqualTypeOf<Record<string, Disk>>();
  });

  test("embedded groups contribute their fields", () => {
    expectTypeOf<C["host"]>().toEqualTypeOf<string>();
    expectTypeOf<C["port"]>().toEqualTypeOf<number>();
    expectTypeOf<C["packer_build_name"]>().toEqualTypeOf<string | null>();
    expectTypeOf<C["packer_on_error"]>().toEqualTypeOf<
      "cleanup" | "abort" | "ask" | "run-cleanup-provisioner" | null
    >();
    expectTypeOf<C["packer_user_variables"]>().toEqualTypeOf<Record<string, string> | null>();
  });

  test("the config has exactly the declared keys, and they are mutable", () => {
    expectTypeOf<keyof C>().toEqualTypeOf<
      | keyof typeof packerCommon
      | "host"
      | "port"
      | "s"
      | "n"
      | "i"
      | "b"
      | "d"
      | "e"
      | "l"
      | "st"
      | "m"
      | "o"
      | "a"
      | "nested"
      | "req"
      | "def"
      | "derived"
      | "reqEnum"
      | "checked"
      | "blk"
      | "reqBlk"
      | "list"
      | "map"
    >();
    expectTypeOf<{ s: string | null }>().toMatchTypeOf<Pick<C, "s">>();
  });

  test("extend replaces and adds fields in the inferred type", () => {
    const ext = disk.extend({ size: attr(t.string), label: attr(t.string).required() });
    expectTypeOf<Infer<typeof ext>>().toEqualTypeOf<{ type: "ssd" | "hdd"; size: string | null; label: string }>();
    expect(Object.keys(ext.fields)).toEqual(["size", "type", "label"]);
  });

  test("TypeOf and FieldValue, the building blocks", () => {
    expectTypeOf<TypeOf<typeof t.duration>>().toEqualTypeOf<number>();
    expectTypeOf<TypeOf<ReturnType<typeof t.list<typeof t.bool>>>>().toEqualTypeOf<boolean[]>();
    expectTypeOf<FieldValue<ReturnType<typeof attr<typeof t.string>>>>().toEqualTypeOf<string | null>();
  });

  test("a prepared config has the inferred shape at run time", () => {
    const r = spec.prepare({
      host: "h",
      req: "r",
      reqEnum: "x",
      d: "1m",
      st: [2, 1, 2],
      reqBlk: { size: 1 },
      list: [{ size: 2 }],
      map: { a: { size: 3, type: "hdd" } },
    });
    expect(r.diagnostics).toEqual([]);
    const c: C = r.config!;
    expect(c).toMatchObject({
      s: null,
      d: 60_000,
      st: [1, 2],
      def: 3,
      derived: "x",
      port: 22,
      blk: null,
      reqBlk: { size: 1, type: "ssd" },
      list: [{ size: 2, type: "ssd" }],
      map: { a: { size: 3, type: "hdd" } },
    });
  });
});
