/**
 * `env(key)` (Packer hcl2template/function/env.go): the value of an
 * environment variable, "" when it is not set. Packer offers it only while
 * evaluating `variable` defaults; which scopes get it is the caller's
 * choice, so this module just provides the function over an injected host.
 */
import { StringType } from "../cty/types.js";
import { stringVal } from "../cty/value.js";
import { Function, staticReturnType } from "./function.js";
import type { EnvironmentHost } from "./host.js";

/** `env` reading variables from `host`. */
export function makeEnvFunc(host: EnvironmentHost): Function {
  return new Function({
    description: "Returns the value of an environment variable, or an empty string when it is not set.",
    params: [{ name: "key", type: StringType }],
    type: staticReturnType(StringType),
    impl: (args) => stringVal(host.getenv(args[0]!.asString()) ?? ""),
  });
}

/** The functions Packer adds for variable defaults: just `env`. */
export function envFunctions(host: EnvironmentHost): Readonly<Record<string, Function>> {
  return { env: makeEnvFunc(host) };
}
