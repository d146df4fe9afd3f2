/**
 * Every fast-check property runs from a fixed seed, so CI is reproducible and
 * a failure can be replayed; FC_SEED=<n> explores other seeds locally
 * (FC_SEED=random for a fresh one each run).
 */
import fc from "fast-check";

const env = process.env.FC_SEED;
const seed = env === "random" ? Date.now() ^ (Math.random() * 0x7fffffff) : env !== undefined ? Number(env) : 20261126;
fc.configureGlobal({ seed });
