/**
 * Where the shared test data and the Go oracle live. `../shared` sits beside
 * the project on developer machines and in CI, but not on a user's machine:
 * tests that need it skip with a message when it is absent.
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const sharedDir = process.env.PLINTH_SHARED_DIR ?? resolve(projectRoot, "..", "shared");
export const hasShared = existsSync(join(sharedDir, "corpus"));
export const fixturesDir = join(projectRoot, "spec-fixtures");

export const oracleBinDir = process.env.ORACLE_BIN_DIR ?? join(projectRoot, ".oracle", "bin");
export const oracleHcldec = join(oracleBinDir, "hcldec");
export const hasOracle = existsSync(oracleHcldec);

export const sharedMissing = `../shared not found at ${sharedDir} (set PLINTH_SHARED_DIR); skipping tests that read the shared corpus`;
export const oracleMissing = `Go oracle not found at ${oracleHcldec}; run ../shared/tools/oracle-setup.sh to enable differential tests`;

export const oracleHcleval = join(oracleBinDir, "hcleval");
export const hasHcleval = existsSync(oracleHcleval);
export const hclevalMissing = `Go evaluation referee not found at ${oracleHcleval}; run ../shared/tools/oracle-setup.sh then test/tools/build-go-tools.sh to enable evaluation differential tests`;
