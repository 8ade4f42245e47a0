import DataLoader from 'dataloader';

/** A key of a field that takes an argument: the record's id and the argument's value (a date, a year…). */
export interface KeyWithArgument<Argument> {
  id: string;
  argument: Argument;
}

/**
 * A DataLoader for a list field with an argument (`focusAreas(asOf:)`): keys are (id, argument),
 * cached per pair, and one batch runs one load per distinct argument value with every id asking
 * for it, so the statements of a request depend on the arguments asked, never on the number of records.
 */
export function loaderPerArgument<Argument extends string | number, Value>(
  load: (ids: readonly string[], argument: Argument) => Promise<Value[]>,
): DataLoader<KeyWithArgument<Argument>, Value, string> {
  return new DataLoader<KeyWithArgument<Argument>, Value, string>(
    async (keys) => {
      const idsByArgument = new Map<Argument, string[]>();
      for (const { id, argument } of keys) idsByArgument.set(argument, [...(idsByArgument.get(argument) ?? []), id]);
      const answers = new Map<string, Value>();
      await Promise.all(
        [...idsByArgument].map(async ([argument, ids]) => {
          const values = await load(ids, argument);
          ids.forEach((id, index) => {
            const value = values[index];
            if (value !== undefined) answers.set(keyOf({ id, argument }), value);
          });
        }),
      );
      return keys.map((key) => answers.get(keyOf(key)) ?? new Error(`Nothing was loaded for ${key.id} (${key.argument}).`));
    },
    { cacheKeyFn: keyOf },
  );
}

function keyOf({ id, argument }: KeyWithArgument<string | number>): string {
  return `${id}\u0000${argument}`;
}
