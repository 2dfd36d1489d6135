/**
 * Bulk edit from the tables: the same change to many recommendations (or actions) in one transaction. Either every
 * row changes or none does, and a refusal names the row and the reason.
 */
import { eq, inArray } from "drizzle-orm";
import type { Database } from "../index";
import { actions, recommendations } from "../schema";
import type { Actor } from "@/lib/permissions";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/server-message";
import type { ActionBulkInput, BulkUpdateInput } from "@/lib/validation/inputs";
import { patchAction } from "./actions";
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
          const said = msg("errors.bulkRow", { row: item.code, message: err.descriptor });
          throw new AppError(err.code, said, err.fieldMessages, {
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

/**
 * Bulk edit from All actions: reassign (agency, assignee: coordinators and administrators), a new due
 * date (with the reason, kept in each action's history) or a status, for many actions in one
 * transaction. Every row is checked like a single edit (permission, version, lifecycle); the first
 * refusal undoes the whole change and names the action.
 */
export async function bulkUpdateActions(db: Database, actor: Actor, input: ActionBulkInput) {
  const versions: Record<string, number> = {};
  await db.transaction(async (tx) => {
    const ids = input.items.map((i) => i.id);
    const names = new Map(
      (
        await tx
          .select({ id: actions.id, title: actions.title, code: recommendations.code })
          .from(actions)
          .innerJoin(recommendations, eq(recommendations.id, actions.recommendationId))
          .where(inArray(actions.id, ids))
      ).map((a) => [a.id, `"${a.title}" (${a.code})`]),
    );
    for (const item of input.items) {
      try {
        versions[item.id] = await patchAction(tx, actor, item.id, { ...input.changes, version: item.version });
      } catch (err) {
        if (err instanceof AppError) {
          const name = names.get(item.id) ?? item.id;
          const said = msg("errors.bulkRow", { row: name, message: err.descriptor });
          throw new AppError(err.code, said, err.fieldMessages, {
            ...err.details,
            id: item.id,
          });
        }
        throw err;
      }
    }
  });
  return { updated: Object.keys(versions).length, versions };
}
