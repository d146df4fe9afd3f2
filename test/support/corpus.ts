import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { sharedDir } from "./paths.js";

export interface CorpusFile {
  /** Path relative to corpus/real. */
  name: string;
  path: string;
}

const EXTENSIONS = /\.(hcl|tf)$/;

/** Every .hcl / .pkr.hcl / .pkrvars.hcl / .tf file of ../shared/corpus/real, sorted. */
export function corpusFiles(): CorpusFile[] {
  const base = join(sharedDir, "corpus", "real");
  const out: CorpusFile[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d).sort()) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (EXTENSIONS.test(e)) out.push({ name: relative(base, p), path: p });
    }
  };
  walk(base);
  return out;
}

/** The two fixtures the corpus README names as deliberately broken. */
export const BROKEN_CORPUS_FILES = [
  "hashicorp__packer/command/test-fixtures/fmt_errs/malformed.pkr.hcl",
  "hashicorp__packer/hcl2template/testdata/init/duplicate_required_plugins/packer.pkr.hcl",
];
