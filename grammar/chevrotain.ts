/**
 * The one place that loads Chevrotain.
 *
 * Chevrotain 11's module entry pulls in lodash-es as hundreds of small ES
 * modules: importing it costs about half a second, which every `plinth`
 * run and every editor start would pay. The package also ships the same
 * API as one pre-bundled module (lib/chevrotain.mjs) that loads in a few
 * milliseconds; its `exports` map does not name it, so we locate it next to
 * the resolved entry. Where that is not possible (another bundler, another
 * layout) the regular entry is used. Every module of ours must take
 * Chevrotain from here: token types and parsers from two copies would not
 * recognise each other.
 */
import type * as ChevrotainApi from "chevrotain";

async function load(): Promise<typeof ChevrotainApi> {
  try {
    const entry = import.meta.resolve("chevrotain");
    if (entry.endsWith("/lib/src/api.js")) {
      return (await import(entry.slice(0, -"src/api.js".length) + "chevrotain.mjs")) as typeof ChevrotainApi;
    }
  } catch {
    // fall through to the regular entry
  }
  return await import("chevrotain");
}

export const chevrotain: typeof ChevrotainApi = await load();
