/**
 * Deterministic variation for the synthetic data: the same keys always give the same number, so two
 * runs (and two machines) seed the same data set, without a random generator's state to thread through.
 */
export function fraction(...keys: number[]): number {
  // FNV-1a over the keys, then a final avalanche (from MurmurHash3's fmix32) so neighbouring keys spread out.
  let hash = 0x811c9dc5;
  for (const key of keys) {
    hash = Math.imul(hash ^ (key & 0xffff), 0x01000193);
    hash = Math.imul(hash ^ (key >>> 16), 0x01000193);
  }
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return ((hash ^ (hash >>> 16)) >>> 0) / 0x1_0000_0000;
}

/** One of `items`, chosen by the keys. */
export function pick<Item>(items: readonly Item[], ...keys: number[]): Item {
  const item = items[Math.floor(fraction(...keys) * items.length)];
  if (item === undefined) throw new Error('pick: no items to choose from');
  return item;
}
