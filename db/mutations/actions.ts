import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../index";
import { actions, recommendations, type Action } from "../schema";
import type { Actor } from "@/lib/permissions";
import { conflict, notFound, unprocessable } from "@/lib/errors";
import type { ActionCreateInput, ActionPatchInput } from "@/lib/validation/inputs";
import { fieldChanges, recordActivity } from "./activity";
import { actorRef, checkAssignee, recommendationFacts, requireAllowed, resolveAgencyKeys } from "./facts";
import { staleVersionError } from "./conflicts";
import { publishChange } from "../notify";
import { getActionView } from "../queries/actions";

/** Keeps progress and completion consistent with the status: done means 100 % and a completion time. */
function completion(before: Pick<Action, "status" | "completedAt"> | null, status: Action["status"] | undefined) {
  if (!status) return {};
  if (status === "done")
    return { progress: 100, completedAt: before?.status === "done" ? before.completedAt : new Date() };
  return { completedAt: null };
}

export async function createAction(db: Database, actor: Actor, code: string, input: ActionCreateInput) {
  const id = await db.transaction(async (tx) => {
    const [rec] = await tx.select().from(recommendations).where(eq(recommendations.code, code));
    if (!rec) throw notFound(`No recommendation has the code "${code}".`);
    const facts = await recommendationFacts(tx, rec);
    requireAllowed(actor, { action: "action.create", recommendation: facts });
    const agencyId = (await resolveAgencyKeys(tx, [input.agency], "agency")).get(input.agency)!;
    if (input.assigneeId) await checkAssignee(tx, input.assigneeId, agencyId);
    const [created] = await tx
      .insert(actions)
      .values({
        recommendationId: rec.id,
        title: input.title,
        description: input.description ?? null,
        agencyId,
        assigneeId: input.assigneeId ?? null,
        status: input.status,
        progress: input.progress,
        dueDate: input.dueDate ?? null,
        ...completion(null, input.status),
        createdById: actor.id,
        updatedById: actor.id,
      })
      .returning({ id: actions.id });
    await publishChange(tx, { type: "action", code, version: 1, actorId: actor.id });
    await recordActivity(tx, {
      actor: actorRef(actor),
      entityType: "action",
      entityId: created!.id,
      recommendationId: rec.id,
      kind: "create",
      to: { title: input.title, agency: input.agency, dueDate: input.dueDate ?? null },
      entityVersion: 1,
    });
    return created!.id;
  });
  return (await getActionView(db, id))!;
}

export async function updateAction(db: Database, actor: Actor, id: string, patch: ActionPatchInput) {
  await db.transaction(async (tx) => {
    const [action] = await tx.select().from(actions).where(eq(actions.id, id)).for("update");
    if (!action) throw notFound(`No action has the id "${id}".`);
    const [rec] = await tx.select().from(recommendations).where(eq(recommendations.id, action.recommendationId));
    const facts = await recommendationFacts(tx, rec!);
    const { reason, agency, title, description, assigneeId, status, progress, dueDate } = patch;
    const cols: Partial<Action> = { title, description, assigneeId, status, progress, dueDate };
    if (agency !== undefined) cols.agencyId = (await resolveAgencyKeys(tx, [agency], "agency")).get(agency)!;
    // Judged on every field asked for, not only those that change (see updateRecommendation).
    requireAllowed(actor, {
      action: "action.update",
      target: { agencyId: action.agencyId, recommendation: facts },
      fields: Object.entries({ ...cols, agency })
        .filter(([, v]) => v !== undefined)
        .map(([k]) => (k === "agencyId" ? "agency" : k)),
    });
    // After the permission check: someone who may not write learns nothing, not even the version.
    if (action.version !== patch.version) {
      throw await staleVersionError(
        tx,
        { id, version: action.version, label: `The action "${action.title}"` },
        patch.version,
        await getActionView(tx, id),
      );
    }
    const changed = fieldChanges(action as unknown as Record<string, unknown>, cols, {
      actor: actorRef(actor),
      entityType: "action",
    });
    if (!changed.length) return;
    if (changed.some((c) => c.field === "dueDate") && !reason) {
      throw unprocessable("Say why the due date changes: the reason is kept in the history.", {
        reason: ["Required when the due date changes"],
      });
    }
    const assignee = cols.assigneeId;
    if (assignee) await checkAssignee(tx, assignee, cols.agencyId ?? action.agencyId);
    const nextVersion = action.version + 1;
    const done = completion(action, cols.status);
    const updated = await tx
      .update(actions)
      .set({ ...cols, ...done, version: nextVersion, updatedAt: sql`now()`, updatedById: actor.id })
      .where(and(eq(actions.id, id), eq(actions.version, patch.version)))
      .returning({ id: actions.id });
    if (!updated.length)
      throw conflict("The action was changed at the same moment. Reload and apply your change again.");
    await publishChange(tx, { type: "action", code: rec!.code, version: nextVersion, actorId: actor.id });
    await recordActivity(
      tx,
      changed.map((c) => ({
        ...c,
        entityId: id,
        recommendationId: action.recommendationId,
        entityVersion: nextVersion,
        reason: reason ?? null,
      })),
    );
  });
  return (await getActionView(db, id))!;
}
