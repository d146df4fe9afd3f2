/** BlockSetSpec (DEC-12): every block of a type as a set (equal blocks collapse; cty's set order). */
import { setOf } from "../../cty/types.js";
import { setVal, setValEmpty } from "../../cty/value.js";
import { collectionOfBlocksKind } from "../repeated.js";
import type { BlockSetSpec } from "../spec.js";

export const blockSetKind = collectionOfBlocksKind<BlockSetSpec>(setOf, setValEmpty, setVal);
