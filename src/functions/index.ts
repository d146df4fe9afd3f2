/**
 * The function library's public surface. Host-dependent tables are
 * factories; `nodeHost` (file system and environment of a Node process)
 * lives in the separate `plinth/node` entry so this one stays browser-safe.
 */
export * from "./function.js";
export { preloadDependencies } from "./deferred.js";
export type { EnvironmentHost, FileStat, FileSystemHost } from "./host.js";
export { FileSystemError, memoryHost, type MemoryHostInit } from "./host.js";
export { numberFunctions } from "./number.js";
export { stringFunctions } from "./string.js";
export { formatFunctions } from "./format.js";
export { regexFunctions } from "./regex.js";
export { collectionFunctions } from "./collection.js";
export { setFunctions } from "./sets.js";
export { encodingFunctions } from "./encoding.js";
export { cryptoFunctions, makeCryptoFunctions } from "./crypto.js";
export { makeUUIDFunctions, uuidFunctions, type RandomSource } from "./uuid.js";
export { datetimeFunctions, systemClock, type Clock } from "./datetime.js";
export { cidrFunctions } from "./cidr.js";
export { filesystemFunctions } from "./filesystem.js";
export { envFunctions } from "./env.js";
export { externalFunctions, type ExternalResolver } from "./external.js";
