/** A deterministic generator of numbers in [0, 1) for the given seed (mulberry32). */
export declare function prng(seed: number): () => number;
