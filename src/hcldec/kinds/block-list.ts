/**
 * BlockListSpec (DEC-10): every block of a type, in source order, as a list.
 *
 * Labelled blocks decode to an ordered list too: put BlockLabelSpecs in the
 * nested spec (`object { name = block_label(0), … }`). The labels they ask
 * for become the block header's required labels, and each element carries
 * its block's labels, which block_map cannot do (it keys by label and
 * loses the order).
 */
import { listOf } from "../../cty/types.js";
import { listVal, listValEmpty } from "../../cty/value.js";
import { collectionOfBlocksKind } from "../repeated.js";
import type { BlockListSpec } from "../spec.js";

export const blockListKind = collectionOfBlocksKind<BlockListSpec>(listOf, listValEmpty, listVal);
