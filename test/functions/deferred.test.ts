// Rarely used libraries load on first use (src/functions/deferred.ts), so a
// start that never calls yamldecode, regex, bcrypt or textencodebase64 does
// not pay for them. vitest gives each test file fresh module instances, so
// the registry here starts with nothing loaded. The lint rule in
// eslint.config.mjs keeps value imports of these packages out of src/.
import { describe, expect, it, vi } from "vitest";
import { stringVal } from "../../src/cty/value.js";
import { deferredModules, objectWith, preloadDependencies } from "../../src/functions/deferred.js";
import { packerFunctions } from "../../src/hcl/functions.js";

const loaded = (name: string): boolean | undefined => deferredModules().find((d) => d.specifier === name)?.loaded;

describe("deferred function dependencies", () => {
  it("loads each library only when a function that needs it runs", () => {
    const fns = packerFunctions();
    expect(
      deferredModules()
        .map((d) => d.specifier)
        .sort(),
    ).toEqual(["bcryptjs", "iconv-lite", "re2js", "yaml"]);
    expect(deferredModules().every((d) => !d.loaded)).toBe(true);

    expect(
      fns
        .get("upper")!
        .call([stringVal("a")])
        .asString(),
    ).toBe("A");
    expect(deferredModules().every((d) => !d.loaded)).toBe(true);

    expect(
      fns
        .get("yamldecode")!
        .call([stringVal("a: b")])
        .getAttr("a")
        .asString(),
    ).toBe("b");
    expect(loaded("yaml")).toBe(true);
    expect(loaded("re2js")).toBe(false);

    expect(
      fns
        .get("regex")!
        .call([stringVal("a(b)"), stringVal("xabx")])
        .elements()[0]!
        .asString(),
    ).toBe("b");
    expect(loaded("re2js")).toBe(true);

    expect(
      fns
        .get("textencodebase64")!
        .call([stringVal("hé"), stringVal("ISO-8859-1")])
        .asString(),
    ).toBe("aOk=");
    expect(loaded("iconv-lite")).toBe(true);

    expect(
      fns
        .get("bcrypt")!
        .call([stringVal("x")])
        .asString(),
    ).toMatch(/^\$2a\$10\$/);
    expect(loaded("bcryptjs")).toBe(true);
  });

  it("preloading through import() gives the same API as require", async () => {
    await preloadDependencies();
    expect(deferredModules().every((d) => d.loaded)).toBe(true);
    // Both module shapes a loader can return pick to the same object.
    const viaImport = objectWith<{ parseAllDocuments: unknown }>("parseAllDocuments")(await import("yaml"));
    expect(typeof viaImport.parseAllDocuments).toBe("function");
    const iconvNs = objectWith<{ encode: unknown }>("encode")(await import("iconv-lite"));
    expect(typeof iconvNs.encode).toBe("function");
  });
});

describe("deferred function dependencies without Node's loader", () => {
  it("a function reports that its library is not loaded, and works after preloadDependencies()", async () => {
    // A browser-like host: no process.getBuiltinModule. Fresh module instances,
    // so nothing is cached from the tests above.
    vi.resetModules();
    const proc = process as { getBuiltinModule?: unknown };
    const saved = proc.getBuiltinModule;
    proc.getBuiltinModule = undefined;
    try {
      const fnMod = await import("../../src/hcl/functions.js");
      const deferred = await import("../../src/functions/deferred.js");
      const cty = await import("../../src/cty/value.js");
      const yamldecode = fnMod.packerFunctions().get("yamldecode")!;
      const arg = [cty.stringVal("a: b")];
      expect(() => yamldecode.call(arg)).toThrow(deferred.DependencyNotLoadedError);
      expect(() => yamldecode.call(arg)).toThrow('the "yaml" library is not loaded; await preloadDependencies() first');
      await deferred.preloadDependencies();
      expect(yamldecode.call(arg).getAttr("a").asString()).toBe("b");
    } finally {
      proc.getBuiltinModule = saved;
    }
  });
});
