/**
 * The functions of Packer 1.14's table that fetch values over the network
 * (FN-11): `aws_secretsmanager(name, key)`, `aws_secretsmanager_raw(name)`,
 * `consul_key(key)` and `vault(path, key)`, with Packer's parameter names
 * and types (hcl2template/function/aws_secretetkey.go, Consul.go, vault.go).
 *
 * Plinth makes no network calls, so by default each fails with an error
 * that says so and what to do instead. A host that can reach these services
 * passes a resolver supplying any of them. Evaluation is synchronous, so a
 * resolver must answer synchronously (from a cache it filled beforehand,
 * for instance); an Error it throws becomes the function's error.
 *
 * Packer's source history has an Azure Key Vault function
 * (azure_keyvault.go), but only in a 2020 revision; 1.14's table has no
 * such entry, so neither does this module.
 */
import { StringType } from "../cty/types.js";
import { stringVal, type Value } from "../cty/value.js";
import { Function, FunctionError, staticReturnType } from "./function.js";

export interface ExternalResolver {
  /** One key of a key/value secret; `key` "" means the secret's first key (or its plain text). */
  awsSecretsManager?(name: string, key: string): string;
  /** A secret's raw value: its plain text, or the JSON of a key/value secret. */
  awsSecretsManagerRaw?(name: string): string;
  /** A key from Consul's KV store. */
  consulKey?(key: string): string;
  /** One key of a secret in Vault's KV store. */
  vault?(path: string, key: string): string;
}

function unavailable(fn: string, service: string): FunctionError {
  return new FunctionError(
    `the ${fn} function needs network access to ${service}, which Plinth does not provide; pass the value in as a variable instead`,
  );
}

function resolved(get: () => string): Value {
  try {
    return stringVal(get());
  } catch (e) {
    if (e instanceof FunctionError) throw e;
    throw new FunctionError(e instanceof Error ? e.message : String(e));
  }
}

/** The network-backed functions, answered by `resolver` where it supplies an answer. */
export function externalFunctions(resolver: ExternalResolver = {}): Readonly<Record<string, Function>> {
  return {
    aws_secretsmanager: new Function({
      description: "Retrieves one key of a secret from AWS Secrets Manager (the first key when key is null or empty).",
      params: [
        { name: "name", type: StringType },
        { name: "key", type: StringType, allowNull: true },
      ],
      type: staticReturnType(StringType),
      impl: (args) => {
        const get = resolver.awsSecretsManager;
        if (get === undefined) throw unavailable("aws_secretsmanager", "AWS Secrets Manager");
        const key = args[1]!.isNull() ? "" : args[1]!.asString();
        return resolved(() => get.call(resolver, args[0]!.asString(), key));
      },
    }),
    aws_secretsmanager_raw: new Function({
      description:
        "Retrieves the raw value of a secret from AWS Secrets Manager: plain text, or the JSON of a key/value secret.",
      params: [{ name: "name", type: StringType, description: "The name of the secret to fetch" }],
      type: staticReturnType(StringType),
      impl: (args) => {
        const get = resolver.awsSecretsManagerRaw;
        if (get === undefined) throw unavailable("aws_secretsmanager_raw", "AWS Secrets Manager");
        return resolved(() => get.call(resolver, args[0]!.asString()));
      },
    }),
    consul_key: new Function({
      description: "Retrieves a key from the Consul KV store.",
      params: [{ name: "key", type: StringType }],
      type: staticReturnType(StringType),
      impl: (args) => {
        const get = resolver.consulKey;
        if (get === undefined) throw unavailable("consul_key", "Consul");
        return resolved(() => get.call(resolver, args[0]!.asString()));
      },
    }),
    vault: new Function({
      description: "Retrieves one key of a secret from HashiCorp Vault's KV store.",
      params: [
        { name: "path", type: StringType },
        { name: "key", type: StringType },
      ],
      type: staticReturnType(StringType),
      impl: (args) => {
        const get = resolver.vault;
        if (get === undefined) throw unavailable("vault", "HashiCorp Vault");
        return resolved(() => get.call(resolver, args[0]!.asString(), args[1]!.asString()));
      },
    }),
  };
}
