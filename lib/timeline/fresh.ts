// Copy-on-write for the reducer's state and collections. A single applyEvent copies the objects it
// changes (no caller's state is ever touched). While folding a stretch of events in one go, the objects
// that stretch created are not yet visible to anyone, so later events in the same stretch change them in
// place: a record of 600 lanes is copied once per stretch instead of once per event.

/** Objects created during the current fold (null: a single, fully copying step). */
export type Fresh = WeakSet<object> | null;

/** `value` itself if the current fold created it, else a shallow copy that the fold now owns. */
export function editable<T extends object>(fresh: Fresh, value: T): T {
  if (fresh?.has(value)) return value;
  const copy = (Array.isArray(value) ? value.slice() : { ...value }) as T;
  fresh?.add(copy);
  return copy;
}

/** `record` with `record[key] = value`. */
export function withKey<R extends object, K extends keyof R>(fresh: Fresh, record: R, key: K, value: R[K]): R {
  const out = editable(fresh, record);
  out[key] = value;
  return out;
}

/** `list` with `items` appended. */
export function withItems<T>(fresh: Fresh, list: T[], items: readonly T[]): T[] {
  const out = editable(fresh, list);
  for (const item of items) out.push(item);
  return out;
}

/** `list` with `list[index] = item`. */
export function withItemAt<T>(fresh: Fresh, list: T[], index: number, item: T): T[] {
  const out = editable(fresh, list);
  out[index] = item;
  return out;
}
