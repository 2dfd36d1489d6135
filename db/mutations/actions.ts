import { actionSearchText } from "../search-text";
import { and, eq, sql } from "drizzle-orm";
import type { Database, DbOrTx } from "../index";
import { actions, recommendations, type Action } from "../schema";
import type { Actor } from "@/lib/permissions";
import { settleActionLifecycle } from "@/lib/action-lifecycle";
import { conflict, notFound, unprocessable } from "@/lib/errors";
import { msg, type FieldMessages } from "@/lib/i18n/server-message";
import { actionTitleMissing, type ActionCreateInput, type ActionPatchInput } from "@/lib/validation/inputs";
import { fieldChanges, recordActivity } from "./activity";
import { actorRef, checkAssignee, recommendationFacts, requireAllowed, resolveAgencyKeys } from "./facts";
import { staleVersionError } from "./conflicts";
import { publishChange } from "../notify";
import { actionOrder, getActionView } from "../queries/actions";

/** An action keeps a title in at least one language (the database's title_present check, said as a sentence). */
function requireTitle(a: Pick<Action, "title" | "titleZhHans" | "titleZhHant">) {
  if (!a.title && !a.titleZhHans && !a.titleZhHant)
    throw unprocessable(actionTitleMissing, { title: [actionTitleMissing] });
}

/** Refuses with the first message and every field's messages when a lifecycle rule is broken. */
function requireLifecycle(errors: FieldMessages) {
  const first = Object.values(errors)[0]?.[0];
  if (first) throw unprocessable(first, errors);
}

/** The fields a patch sets (a field left out is undefined, and must not hide the stored value). */
const definedOnly = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

type Slot = { id: string; position: number };

/**
 * Locks a recommendation's actions (in id order, so two people reordering at once take turns
 * instead of deadlocking) and returns them in list order.
 */
async function lockActionOrder(tx: DbOrTx, recommendationId: string): Promise<Slot[]> {
  await tx
    .select({ id: actions.id })
    .from(actions)
    .where(eq(actions.recommendationId, recommendationId))
    .orderBy(actions.id)
    .for("update");
  return tx
    .select({ id: actions.id, position: actions.position })
    .from(actions)
    .where(eq(actions.recommendationId, recommendationId))
    .orderBy(...actionOrder);
}

/**
 * Puts `id` at `index` (past the end: last) and numbers the list 0, 1, 2, … Only the moved action
 * gets a new version: the others' content did not change, so an edit open on one of them stays valid.
 * Returns the index it landed on.
 */
async function placeAction(tx: DbOrTx, order: Slot[], id: string, index: number): Promise<number> {
  const moving = order.find((s) => s.id === id)!;
  const rest = order.filter((s) => s.id !== id);
  const to = Math.min(index, rest.length);
  rest.splice(to, 0, moving);
  for (const [i, slot] of rest.entries()) {
    if (slot.position !== i) await tx.update(actions).set({ position: i }).where(eq(actions.id, slot.id));
  }
  return to;
}

export async function createAction(db: Database, actor: Actor, code: string, input: ActionCreateInput) {
  const id = await db.transaction(async (tx) => {
    const [rec] = await tx.select().from(recommendations).where(eq(recommendations.code, code));
    if (!rec) throw notFound("errors.noRecommendation", { code });
    const facts = await recommendationFacts(tx, rec);
    const agencyId = (await resolveAgencyKeys(tx, [input.agency], "agency")).get(input.agency)!;
    requireAllowed(actor, { action: "action.create", recommendation: facts, agencyId });
    const life = settleActionLifecycle(null, input);
    requireLifecycle(life.errors);
    if (input.assigneeId) await checkAssignee(tx, input.assigneeId, agencyId);
    const order = await lockActionOrder(tx, rec.id);
    const text = {
      title: input.title ?? "",
      titleZhHans: input.titleZhHans ?? "",
      titleZhHant: input.titleZhHant ?? "",
      description: input.description ?? null,
      descriptionZhHans: input.descriptionZhHans ?? null,
      descriptionZhHant: input.descriptionZhHant ?? null,
    };
    requireTitle(text);
    const [created] = await tx
      .insert(actions)
      .values({
        recommendationId: rec.id,
        ...text,
        searchText: actionSearchText(text),
        agencyId,
        assigneeId: input.assigneeId ?? null,
        status: input.status,
        progress: life.changes.progress ?? input.progress,
        dueDate: input.dueDate ?? null,
        completedAt: life.completed === "now" ? new Date() : null,
        completionNote: input.completionNote ?? null,
        cancellationReason: input.cancellationReason ?? null,
        position: order.length ? Math.max(...order.map((s) => s.position)) + 1 : 0,
        createdById: actor.id,
        updatedById: actor.id,
      })
      .returning({ id: actions.id });
    if (input.position !== undefined && input.position < order.length)
      await placeAction(tx, [...order, { id: created!.id, position: -1 }], created!.id, input.position);
    await publishChange(tx, { type: "action", code, version: 1, actorId: actor.id });
    await recordActivity(tx, {
      actor: actorRef(actor),
      entityType: "action",
      entityId: created!.id,
      recommendationId: rec.id,
      kind: "create",
      // The titles it was given (a translation not written is left out).
      to: {
        ...Object.fromEntries(
          (["title", "titleZhHans", "titleZhHant"] as const).filter((k) => text[k]).map((k) => [k, text[k]]),
        ),
        agency: input.agency,
        dueDate: input.dueDate ?? null,
        assigneeId: input.assigneeId ?? null,
      },
      entityVersion: 1,
    });
    return created!.id;
  });
  return (await getActionView(db, id))!;
}

export async function updateAction(db: Database, actor: Actor, id: string, patch: ActionPatchInput) {
  await db.transaction((tx) => patchAction(tx, actor, id, patch));
  return (await getActionView(db, id))!;
}

/**
 * One action's change inside the caller's transaction (an edit, or one row of a bulk edit): the
 * permission check, the version check, the lifecycle rules, the history and the live event.
 * Returns the action's version afterwards (unchanged when nothing changed).
 */
export async function patchAction(tx: DbOrTx, actor: Actor, id: string, patch: ActionPatchInput): Promise<number> {
  const [found] = await tx.select().from(actions).where(eq(actions.id, id));
  if (!found) throw notFound("errors.noAction", { id });
  // A move renumbers the whole list, so it locks the whole list first; other edits lock the row.
  const order = patch.position !== undefined ? await lockActionOrder(tx, found.recommendationId) : null;
  const [action] = await tx.select().from(actions).where(eq(actions.id, id)).for("update");
  const [rec] = await tx.select().from(recommendations).where(eq(recommendations.id, action!.recommendationId));
  const facts = await recommendationFacts(tx, rec!);
  const { reason, agency, title, titleZhHans, titleZhHant, description, assigneeId, status, progress, dueDate } = patch;
  const { descriptionZhHans, descriptionZhHant, completionNote, cancellationReason, position } = patch;
  const cols: Partial<Action> = {
    title,
    titleZhHans,
    titleZhHant,
    description,
    descriptionZhHans,
    descriptionZhHant,
    assigneeId,
    status,
    progress,
    dueDate,
    completionNote,
    cancellationReason,
  };
  if (agency !== undefined) cols.agencyId = (await resolveAgencyKeys(tx, [agency], "agency")).get(agency)!;
  // Judged on every field asked for, not only those that change (see updateRecommendation).
  requireAllowed(actor, {
    action: "action.update",
    target: { agencyId: action!.agencyId, recommendation: facts },
    fields: Object.entries({ ...cols, agency, position })
      .filter(([k, v]) => v !== undefined && k !== "agencyId")
      .map(([k]) => k),
  });
  // After the permission check: someone who may not write learns nothing, not even the version.
  if (action!.version !== patch.version) {
    throw await staleVersionError(
      tx,
      {
        id,
        version: action!.version,
        label: msg("errors.theAction", { title: action!.title || action!.titleZhHant || action!.titleZhHans }),
      },
      patch.version,
      await getActionView(tx, id),
    );
  }
  const life = settleActionLifecycle(action!, { status, progress, completionNote, cancellationReason });
  // What follows from the status is written and recorded like any change the person asked for.
  Object.assign(cols, life.changes);
  const changed = fieldChanges(action! as unknown as Record<string, unknown>, cols, {
    actor: actorRef(actor),
    entityType: "action",
  });
  const from = order?.findIndex((s) => s.id === id) ?? -1;
  const moved = order !== null && Math.min(position!, order.length - 1) !== from;
  if (!changed.length && !moved) return action!.version;
  requireLifecycle(life.errors);
  requireTitle({ ...action!, ...definedOnly(cols) });
  if (changed.some((c) => c.field === "dueDate") && !reason) {
    throw unprocessable("errors.dueDateReason", { reason: [msg("errors.dueDateReasonField")] });
  }
  // The assignee must belong to the action's agency: checked when either of them changes.
  const reassigned = changed.some((c) => c.field === "agencyId" || c.field === "assigneeId");
  const assignee = assigneeId !== undefined ? assigneeId : action!.assigneeId;
  if (reassigned && assignee) await checkAssignee(tx, assignee, cols.agencyId ?? action!.agencyId);
  const nextVersion = action!.version + 1;
  const completedAt = life.completed === "now" ? new Date() : life.completed === "cleared" ? null : undefined;
  const updated = await tx
    .update(actions)
    .set({
      ...cols,
      searchText: actionSearchText({ ...action!, ...definedOnly(cols) }),
      completedAt,
      version: nextVersion,
      updatedAt: sql`now()`,
      updatedById: actor.id,
    })
    .where(and(eq(actions.id, id), eq(actions.version, patch.version)))
    .returning({ id: actions.id });
  if (!updated.length) throw conflict("errors.actionChangedMeanwhile");
  // The reason for a due-date change, a cancellation or a completion stands beside the status change.
  const why = (field: string) =>
    reason ??
    (field === "status" && cols.status === "cancelled" ? cols.cancellationReason : null) ??
    (field === "status" && cols.status === "done" ? (cols.completionNote ?? action!.completionNote) : null) ??
    null;
  const entries = changed.map((c) => ({ ...c, reason: why(c.field!) }));
  if (moved) {
    const to = await placeAction(tx, order, id, position!);
    entries.push({
      actor: actorRef(actor),
      entityType: "action",
      kind: "update",
      field: "position",
      from,
      to,
      reason: reason ?? null,
    });
  }
  await publishChange(tx, { type: "action", code: rec!.code, version: nextVersion, actorId: actor.id });
  await recordActivity(
    tx,
    entries.map((e) => ({
      ...e,
      entityId: id,
      recommendationId: action!.recommendationId,
      entityVersion: nextVersion,
    })),
  );
  return nextVersion;
}
