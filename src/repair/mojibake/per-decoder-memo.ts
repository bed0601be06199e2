/**
 * Candidate lists remembered per wrong decoder: the same broken sequences recur on
 * every line, and working out what a few surviving bytes can be (decoding every
 * completion) is dear. One store per kind of restoration, keyed by the decoder and a
 * string of what the restoration depends on.
 * Example: `remembered(store, decoder, "195", () => [...])` computes once per decoder
 * and key, then returns the same array.
 */
import { ownCopy } from "../../plausibility/own-copy.js";

export type PerDecoderMemo<D extends object> = WeakMap<D, Map<string, string[]>>;

/** `compute()` for this decoder and key, worked out once (the map starts again past `limit` entries). */
export function remembered<D extends object>(store: PerDecoderMemo<D>, decoder: D, key: string, compute: () => string[], limit = Infinity): string[] {
  let known = store.get(decoder);
  if (!known) store.set(decoder, (known = new Map()));
  let out = known.get(key);
  if (!out) {
    out = compute();
    if (known.size >= limit) known.clear();
    known.set(ownCopy(key), out);
  }
  return out;
}
