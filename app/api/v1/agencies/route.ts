import { apiRoute } from "@/lib/api/handler";
import { listAgencies } from "@/db/queries/agencies";

export const dynamic = "force-dynamic";

/** GET /api/v1/agencies: keys, names and sides, for filtering and assigning. */
export const GET = apiRoute(async ({ db }) => {
  const rows = await listAgencies(db);
  return {
    data: rows.map((a) => ({
      key: a.key,
      abbreviation: a.abbreviation,
      name: { en: a.nameEn, zhHans: a.nameZhHans, zhHant: a.nameZhHant },
      side: a.side,
      website: a.website,
    })),
  };
});
