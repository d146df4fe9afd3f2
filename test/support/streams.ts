/** In-memory standard streams for running CLI commands in-process. */
import type { Streams } from "../../src/cli/main.js";

export interface Captured {
  io: Streams;
  stdout(): string;
  stderr(): string;
}

export function captureStreams(): Captured {
  let out = "";
  let err = "";
  return {
    io: { stdout: (s) => (out += s), stderr: (s) => (err += s), stderrIsTTY: false, columns: 80 },
    stdout: () => out,
    stderr: () => err,
  };
}
