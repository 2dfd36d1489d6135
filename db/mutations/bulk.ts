/**
 * Bulk edit from the table: the same change to many recommendations in one transaction. Either every
 * row changes or none does, and a refusal names the row and the reason.
 */
import type { Database } from "../index";
import type { Actor } from "@/lib/permissions";
import { AppError } from "@/lib/errors";
import type { BulkUpdateInput } from "@/lib/validation/inputs";
import { changeOwners } from "./owners";
import { patchRecommendation } from "./recommendations";

export async function bulkUpdateRecommendations(db: Database, actor: Actor, input: BulkUpdateInput) {
  const { addAgency, ...patch } = input.changes;
  const versions: Record<string, number> = {};
  await db.transaction(async (tx) => {
    for (const item of input.items) {
      try {
        let version = item.version;
        if (Object.keys(patch).length) version = await patchRecommendation(tx, actor, item.code, { ...patch, version });
        if (addAgency) version = await changeOwners(tx, actor, item.code, version, { kind: "add", agency: addAgency });
        versions[item.code] = version;
      } catch (err) {
        if (err instanceof AppError) {
          // Same status and details, with the row named: nothing was changed, so the person fixes this row and retries.
          throw new AppError(err.code, `${item.code}: ${err.message} Nothing was changed.`, err.fieldErrors, {
            ...err.details,
            code: item.code,
          });
        }
        throw err;
      }
    }
  });
  return { updated: Object.keys(versions).length, versions };
}
