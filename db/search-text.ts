/**
 * The `search_text` columns: what each searchable row is found by, in the one form of
 * lib/search/normalize.ts. Every write of a searched field sets it through these functions, and
 * `fillMissingSearchText` fills any row without one (rows from before the column existed) when
 * the database is opened, so a search never misses a row.
 */
import { isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "./index";
import { actions, notes, recommendations } from "./schema";
import { searchTextOf } from "@/lib/search/normalize";

type RecommendationText = Pick<
  typeof recommendations.$inferSelect,
  "code" | "titleEn" | "titleZhHans" | "titleZhHant" | "summaryEn" | "summaryZhHans" | "summaryZhHant" | "sourceExcerpt"
>;
type ActionText = Pick<
  typeof actions.$inferSelect,
  "title" | "titleZhHans" | "titleZhHant" | "description" | "descriptionZhHans" | "descriptionZhHant"
>;

export const recommendationSearchText = (r: RecommendationText) =>
  searchTextOf(
    r.code,
    r.titleEn,
    r.titleZhHans,
    r.titleZhHant,
    r.summaryEn,
    r.summaryZhHans,
    r.summaryZhHant,
    r.sourceExcerpt,
  );

/** A recommendation's searched fields together with the search text they make, for an insert. */
export const withRecommendationSearchText = <T extends RecommendationText>(r: T) => ({
  ...r,
  searchText: recommendationSearchText(r),
});

export const actionSearchText = (a: ActionText) =>
  searchTextOf(a.title, a.titleZhHans, a.titleZhHant, a.description, a.descriptionZhHans, a.descriptionZhHant);

export const noteSearchText = (text: string) => searchTextOf(text);

const BATCH = 1000;

/**
 * Sets search_text on many rows in one statement. The pairs travel as one JSON parameter: an array
 * parameter would be spread into a list by the query builder.
 */
async function setSearchTexts(db: DbOrTx, table: "recommendations" | "actions" | "notes", pairs: [string, string][]) {
  const key = sql.raw(table === "notes" ? "recommendation_id" : "id");
  const rows = JSON.stringify(pairs.map(([id, text]) => ({ id, text })));
  await db.execute(sql`
    update ${sql.raw(table)} set search_text = v.text
    from json_to_recordset(${rows}::json) as v(id uuid, text text)
    where ${sql.raw(table)}.${key} = v.id`);
}

/** Fills `search_text` where it is missing; answers how many rows it filled. */
export async function fillMissingSearchText(db: DbOrTx): Promise<number> {
  let filled = 0;
  const fill = async <R>(
    load: () => Promise<R[]>,
    table: "recommendations" | "actions" | "notes",
    row: (r: R) => [string, string],
  ) => {
    for (;;) {
      const rows = await load();
      if (rows.length) await setSearchTexts(db, table, rows.map(row));
      filled += rows.length;
      if (rows.length < BATCH) return;
    }
  };
  await fill(
    () => db.select().from(recommendations).where(isNull(recommendations.searchText)).limit(BATCH),
    "recommendations",
    (r) => [r.id, recommendationSearchText(r)],
  );
  await fill(
    () => db.select().from(actions).where(isNull(actions.searchText)).limit(BATCH),
    "actions",
    (a) => [a.id, actionSearchText(a)],
  );
  await fill(
    () =>
      db
        .select({ id: notes.recommendationId, text: notes.text })
        .from(notes)
        .where(isNull(notes.searchText))
        .limit(BATCH),
    "notes",
    (n) => [n.id, noteSearchText(n.text)],
  );
  return filled;
}
