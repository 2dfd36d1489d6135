/** Zod pieces for query parameters that take several values (`?status=a&status=b` or `?status=a,b`). */
import { z } from "zod";

/** Splits `?status=a&status=b` and `?status=a,b` alike into one list. */
export const commaList = z.array(z.string()).transform((list) =>
  list
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean),
);

/** Several values, each one of `values`; a wrong one is named with the values allowed. */
export function oneOfList<T extends readonly [string, ...string[]]>(values: T) {
  return commaList
    .pipe(z.array(z.enum(values, { error: (i) => `"${String(i.input)}" is not one of: ${values.join(", ")}` })))
    .optional();
}

export const NO_NUL = { message: "Search text may not contain the NUL character" };
