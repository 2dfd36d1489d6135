import { z } from "zod";
import { MAX_PAGE_SIZE, recommendationSorts, type ListRecommendationsParams } from "@/db/queries/recommendations";
import { recommendationStatuses, sides, themes } from "@/db/schema/enums";

/** Reads `?status=a&status=b` and `?status=a,b` alike. */
function multi<T extends readonly [string, ...string[]]>(values: T) {
  return z
    .array(z.string())
    .transform((list) =>
      list
        .flatMap((v) => v.split(","))
        .map((v) => v.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(values, { error: (i) => `"${String(i.input)}" is not one of: ${values.join(", ")}` })))
    .optional();
}

const NO_NUL = { message: "Search text may not contain the NUL character" };

export const recommendationListQuery = z.object({
  q: z
    .string()
    .refine((v) => !v.includes("\u0000"), NO_NUL)
    .trim()
    .max(200, "Search text is limited to 200 characters")
    .optional(),
  status: multi(recommendationStatuses),
  theme: multi(themes),
  side: multi(sides),
  agency: z
    .array(z.string())
    .transform((list) =>
      list
        .flatMap((v) => v.split(","))
        .map((v) => v.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(
          z
            .string()
            .max(64)
            .refine((v) => !v.includes("\u0000"), NO_NUL),
        )
        .max(50),
    )
    .optional(),
  page: z.coerce.number({ error: "page must be a whole number from 1" }).int().min(1).max(100_000).optional(),
  pageSize: z.coerce
    .number({ error: `pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}` })
    .int()
    .min(1)
    .max(MAX_PAGE_SIZE, `pageSize must be at most ${MAX_PAGE_SIZE}`)
    .optional(),
  archived: z.enum(["include"], { error: 'archived takes the value "include"' }).optional(),
  sort: z.enum(recommendationSorts, { error: `sort must be one of: ${recommendationSorts.join(", ")}` }).optional(),
});

export type RecommendationListQuery = z.infer<typeof recommendationListQuery>;

const multiKeys = new Set(["status", "theme", "side", "agency"]);

/** Turns URL search params (or Next's searchParams object) into the shape the schema expects. */
export function searchParamsToObject(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  const entries: [string, string][] =
    params instanceof URLSearchParams
      ? [...params.entries()]
      : Object.entries(params).flatMap(([k, v]) =>
          v === undefined
            ? []
            : Array.isArray(v)
              ? v.map((x) => [k, x] as [string, string])
              : [[k, v] as [string, string]],
        );
  for (const [key, value] of entries) {
    if (multiKeys.has(key)) ((out[key] ??= []) as string[]).push(value);
    else if (value !== "") out[key] = value;
  }
  return out;
}

export function zodFieldErrors(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    // Unknown keys are reported once per key, under the key's own name.
    // Array positions are dropped: "owners.agency" reads better than "owners.0.agency".
    const name = (path: PropertyKey[]) => path.filter((p) => typeof p === "string").join(".") || "_";
    const keys =
      issue.code === "unrecognized_keys" ? issue.keys.map((k) => name([...issue.path, k])) : [name(issue.path)];
    for (const key of keys)
      (fields[key] ??= []).push(issue.code === "unrecognized_keys" ? "Unknown field" : issue.message);
  }
  return fields;
}

/** The list query as the query layer takes it: `archived=include` becomes `includeArchived`. */
export function toListParams(query: Partial<RecommendationListQuery>): ListRecommendationsParams {
  const { archived, ...rest } = query;
  return { ...rest, includeArchived: archived === "include" };
}
