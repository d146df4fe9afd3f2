/** The built-in provisioners' config specs by type, for the CLI's docs and schema commands and the language server. */
import type { ConfigSpec, Fields } from "../spec/index.js";
import { breakpointConfig } from "./breakpoint/config.js";
import { fileConfig } from "./file/config.js";
import { shellLocalConfig } from "./shell-local/config.js";
import { shellConfig } from "./shell/config.js";

export const builtinConfigs: ReadonlyMap<string, ConfigSpec<Fields>> = new Map<string, ConfigSpec<Fields>>([
  ["shell", shellConfig as unknown as ConfigSpec<Fields>],
  ["shell-local", shellLocalConfig as unknown as ConfigSpec<Fields>],
  ["file", fileConfig as unknown as ConfigSpec<Fields>],
  ["breakpoint", breakpointConfig as unknown as ConfigSpec<Fields>],
]);
