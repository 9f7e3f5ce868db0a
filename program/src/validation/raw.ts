/**
 * Reading the raw input (before the schema has accepted it) to say where a problem is: which block
 * holds it, that block's id and the pupil's name for it, and which of its fields is concerned.
 *
 * The document has a fixed layout: `scripts[i]` and `procedures[i]` are blocks (a script is its hat
 * block); inside a block, `do`, `then` and `else` hold statements, which are blocks too; any other key
 * of a statement is a field, and everything below a field belongs to that field (an expression, say).
 */
import {
  eventName,
  nameIn,
  PROCEDURE_BLOCK_NAME,
  PROGRAM_NAME,
  statementName,
  UNKNOWN_BLOCK_NAME,
} from '../block-names.ts';
import type { Language } from '../i18n.ts';
import { BLOCK_ID_MAX } from '../vocabulary.ts';

/** Keys whose array value is a list of statements. */
export const BODY_KEYS: ReadonlySet<string> = new Set(['do', 'then', 'else']);

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isValidBlockId(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 1 && value.length <= BLOCK_ID_MAX;
}

/** The raw value at `path`, or undefined when the path leads nowhere. */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (Array.isArray(current) && typeof key === 'number') current = current[key];
    else if (isRecord(current) && typeof key === 'string' && Object.hasOwn(current, key))
      current = current[key];
    else return undefined;
  }
  return current;
}

export type BlockKind = 'program' | 'script' | 'procedure' | 'statement';

/** The block a path falls in, and the field of that block it points at. */
export interface RawPlace {
  kind: BlockKind;
  /** The block's raw value (the document for `program`). */
  block: unknown;
  /** Path of the block itself. */
  blockPath: readonly PropertyKey[];
  /** The id of the nearest enclosing block that has a valid one. */
  blockId: string | undefined;
  /** The key right under the block the path goes through (`times`, `when`, `do`), if any. */
  field: string | undefined;
  /** The last string key of the path below the block (`button` for `when.button`), if any. */
  leafField: string | undefined;
}

export function locate(input: unknown, path: readonly PropertyKey[]): RawPlace {
  let place: RawPlace = {
    kind: 'program',
    block: input,
    blockPath: [],
    blockId: undefined,
    field: undefined,
    leafField: undefined,
  };
  let index = 0;
  /** Moves into the block at `path[0..end)`; false (staying put) when it is not an object. */
  const enter = (kind: BlockKind, end: number): boolean => {
    const blockPath = path.slice(0, end);
    const block = valueAt(input, blockPath);
    if (!isRecord(block)) return false;
    const id = block.id;
    place = {
      kind,
      block,
      blockPath,
      blockId: isValidBlockId(id) ? id : place.blockId,
      field: undefined,
      leafField: undefined,
    };
    return true;
  };
  const [first, second] = path;
  if ((first === 'scripts' || first === 'procedures') && typeof second === 'number') {
    // A script or procedure that is not an object is reported on the document, at its list.
    if (!enter(first === 'scripts' ? 'script' : 'procedure', 2))
      place = { ...place, field: first, leafField: first };
    index = 2;
  }
  while (index < path.length) {
    const key = path[index];
    const next = path[index + 1];
    if (
      place.kind !== 'program' &&
      place.field === undefined &&
      typeof key === 'string' &&
      BODY_KEYS.has(key) &&
      typeof next === 'number'
    ) {
      // A statement that is not an object is reported on the block that holds it, at its body.
      if (!enter('statement', index + 2)) place = { ...place, field: key, leafField: key };
      index += 2;
      continue;
    }
    if (typeof key === 'string') {
      if (place.field === undefined) place = { ...place, field: key };
      place = { ...place, leafField: key };
    }
    index += 1;
  }
  return place;
}

/** The pupil's name for the block at `place`, in `lang`. */
export function placeBlockName(place: RawPlace, lang: Language): string {
  return rawBlockName(place.kind, place.block, lang);
}

export function rawBlockName(kind: BlockKind, block: unknown, lang: Language): string {
  if (kind === 'program') return nameIn(PROGRAM_NAME, lang);
  if (!isRecord(block)) return nameIn(UNKNOWN_BLOCK_NAME, lang);
  if (kind === 'statement') {
    return typeof block.op === 'string'
      ? statementName({ op: block.op, direction: block.direction }, lang)
      : nameIn(UNKNOWN_BLOCK_NAME, lang);
  }
  if (kind === 'script') {
    const when = block.when;
    return isRecord(when) && typeof when.event === 'string'
      ? eventName(when.event, lang)
      : nameIn(UNKNOWN_BLOCK_NAME, lang);
  }
  const define = nameIn(PROCEDURE_BLOCK_NAME, lang);
  return typeof block.name === 'string' ? `${define} ${block.name}` : define;
}
