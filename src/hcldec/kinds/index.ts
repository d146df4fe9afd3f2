/** The dispatch table: one behaviour module per spec kind. */
import type { SpecKind } from "../kind.js";
import type { Spec } from "../spec.js";
import { attrKind } from "./attr.js";
import { blockAttrsKind } from "./block-attrs.js";
import { blockLabelKind } from "./block-label.js";
import { blockListKind } from "./block-list.js";
import { blockMapKind } from "./block-map.js";
import { blockObjectKind } from "./block-object.js";
import { blockSetKind } from "./block-set.js";
import { blockTupleKind } from "./block-tuple.js";
import { blockKind } from "./block.js";
import { defaultKind } from "./default.js";
import { exprKind } from "./expr.js";
import { literalKind } from "./literal.js";
import { objectKind } from "./object.js";
import { transformFuncKind } from "./transform-func.js";
import { transformKind } from "./transform.js";
import { tupleKind } from "./tuple.js";
import { validateKind } from "./validate.js";

type KindTable = { readonly [K in Spec["kind"]]: SpecKind<Extract<Spec, { kind: K }>> };

export const kinds: KindTable = {
  object: objectKind,
  tuple: tupleKind,
  attr: attrKind,
  literal: literalKind,
  expr: exprKind,
  block: blockKind,
  block_list: blockListKind,
  block_tuple: blockTupleKind,
  block_set: blockSetKind,
  block_map: blockMapKind,
  block_object: blockObjectKind,
  block_attrs: blockAttrsKind,
  block_label: blockLabelKind,
  default: defaultKind,
  transform: transformKind,
  transform_func: transformFuncKind,
  validate: validateKind,
};

/** The behaviour of a spec's kind. */
export function kindOf<S extends Spec>(spec: S): SpecKind<S> {
  return kinds[spec.kind] as unknown as SpecKind<S>;
}
