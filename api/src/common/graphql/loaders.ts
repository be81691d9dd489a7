// Per-request DataLoaders. Each request gets its own loaders (kept on the request object, so nothing is
// shared between members or cached across requests); a resolved field asks `loaderFor` and the loader
// batches every key asked for in the same tick into one query.
import DataLoader from 'dataloader';

const LOADERS = new WeakMap<object, Map<string, DataLoader<unknown, unknown>>>();

/**
 * The request's loader called `name`, created on first use. `batch` gets the distinct keys and returns a
 * Map; keys it leaves out resolve to `missing` (undefined by default).
 */
export function loaderFor<K, V>(
  request: object,
  name: string,
  batch: (keys: readonly K[]) => Promise<Map<K, V>>,
  missing?: V,
): DataLoader<K, V | undefined> {
  let loaders = LOADERS.get(request);
  if (!loaders) {
    loaders = new Map();
    LOADERS.set(request, loaders);
  }
  let loader = loaders.get(name) as DataLoader<K, V | undefined> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V | undefined>(async (keys) => {
      const found = await batch(keys);
      return keys.map((key) => (found.has(key) ? found.get(key) : missing));
    });
    loaders.set(name, loader);
  }
  return loader;
}
