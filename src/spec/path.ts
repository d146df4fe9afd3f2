/**
 * Paths to values inside a config, as data (for validators) and as the text
 * errors show: `valid_exit_codes[1]`, `env["HOME"]`, `step[0].name`.
 */
import type { ConfigPath } from "./config.js";

export class PathCursor {
  private constructor(
    readonly segments: ConfigPath,
    readonly text: string,
  ) {}
  static root(): PathCursor {
    return new PathCursor([], "");
  }
  /** A field of a config (attribute or block type). */
  field(name: string): PathCursor {
    return new PathCursor([...this.segments, name], this.text === "" ? name : `${this.text}.${name}`);
  }
  /** An element of a list, set or block list. */
  index(i: number): PathCursor {
    return new PathCursor([...this.segments, i], `${this.text}[${i}]`);
  }
  /** An entry of a map, or a labelled block. */
  key(k: string): PathCursor {
    return new PathCursor([...this.segments, k], `${this.text}[${JSON.stringify(k)}]`);
  }
  /** An attribute of an object-typed value. */
  attr(name: string): PathCursor {
    return new PathCursor([...this.segments, name], `${this.text}.${name}`);
  }
}

export function pathKey(path: ConfigPath): string {
  return JSON.stringify(path);
}
