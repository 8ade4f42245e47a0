import DataLoader from 'dataloader';

/** A record and the argument its field was asked with, e.g. a seat and the date of `holders(at:)`. */
export interface KeyWithArgument<A extends string | number> {
  id: string;
  argument: A;
}

/**
 * A DataLoader for a field with an argument (ADR 0014): the keys of one batch are grouped by argument
 * and each group is read by one statement for all of its ids, so `holders(at:)` on every seat of a
 * listing costs one statement per date asked, however many seats. `read` answers in the order of `ids`.
 */
export function argumentLoader<A extends string | number, V>(read: (ids: readonly string[], argument: A) => Promise<V[]>) {
  return new DataLoader<KeyWithArgument<A>, V, string>(
    async (keys) => {
      const idsByArgument = new Map<A, string[]>();
      for (const { id, argument } of keys) {
        const ids = idsByArgument.get(argument);
        if (ids) ids.push(id);
        else idsByArgument.set(argument, [id]);
      }
      // Boxed, since a value may be null (no population that year): only a key `read` left out is an error.
      const answers = new Map<string, { value: V }>();
      await Promise.all(
        [...idsByArgument].map(async ([argument, ids]) => {
          const values = await read(ids, argument);
          values.forEach((value, index) => answers.set(cacheKeyOf({ id: ids[index] ?? '', argument }), { value }));
        }),
      );
      return keys.map((key) => {
        const answer = answers.get(cacheKeyOf(key));
        return answer ? answer.value : new Error(`No answer for ${cacheKeyOf(key)}`);
      });
    },
    { cacheKeyFn: cacheKeyOf },
  );
}

function cacheKeyOf({ id, argument }: KeyWithArgument<string | number>): string {
  return `${id}@${argument}`;
}
