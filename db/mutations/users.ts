/**
 * Account administration: create, edit, deactivate and reset the password of users. Admin only
 * (the permission module's "user.manage"); every change is one transaction with its security event
 * in the activity log (entityType "user"). Passwords are hashed before the transaction (scrypt is
 * slow on purpose and needs no lock) and never written to the log. Inputs arrive parsed by their
 * schemas in lib/validation/users.ts (the server actions' boundary).
 */
import { and, asc, eq } from "drizzle-orm";
import type { Database, DbOrTx, Transaction } from "../index";
import { agencies, users, type User } from "../schema";
import type { UserRole } from "../schema/enums";
import type { Actor } from "@/lib/permissions";
import { AppError, notFound, unprocessable } from "@/lib/errors";
import { msg } from "@/lib/i18n/server-message";
import { hashPassword } from "@/lib/auth/password";
import { noteAccessChange, publishAccessChange } from "../notify";
import type { PasswordResetInput, UserActiveInput, UserCreateInput, UserUpdateInput } from "@/lib/validation/users";
import { recordActivity, type ActivityInput } from "./activity";
import { actorRef, requireAllowed } from "./facts";
import { revokeAllApiTokensOf, tokensRevokedReason } from "./tokens";

/** What callers get back: never the password hash. */
export interface AdminUserView {
  id: string;
  name: string;
  email: string;
  role: UserRole;
  agencyId: string | null;
  active: boolean;
}

const view = (u: User): AdminUserView => ({
  id: u.id,
  name: u.name,
  email: u.email,
  role: u.role,
  agencyId: u.agencyId,
  active: u.active,
});

// ---------------------------------------------------------------------------------------------

function requireAdmin(actor: Actor) {
  requireAllowed(actor, { action: "user.manage" });
}

/**
 * The agency a user of `role` gets for `key`: members need one; merged agencies are refused with
 * the agency that replaced them, so the admin knows what to pick instead.
 */
async function resolveUserAgency(db: DbOrTx, role: UserRole, key: string | null) {
  let agency: { id: string; key: string } | null = null;
  if (key) {
    const [row] = await db.select().from(agencies).where(eq(agencies.key, key));
    if (!row) {
      throw unprocessable(msg("errors.noAgencyChoose", { key }), { agency: [msg("errors.noAgencyKey", { key })] });
    }
    if (row.mergedIntoId) {
      const [into] = await db.select({ key: agencies.key }).from(agencies).where(eq(agencies.id, row.mergedIntoId));
      throw unprocessable(msg("errors.agencyMergedChoose", { key, into: into?.key ?? "" }), {
        agency: [msg("errors.mergedInto", { into: into?.key ?? "" })],
      });
    }
    agency = { id: row.id, key: row.key };
  }
  if (role === "member" && !agency) {
    throw unprocessable("errors.memberNeedsAgency", { agency: [msg("errors.memberNeedsAgencyField")] });
  }
  return agency;
}

async function agencyKeyOf(db: DbOrTx, id: string | null): Promise<string | null> {
  if (!id) return null;
  const [row] = await db.select({ key: agencies.key }).from(agencies).where(eq(agencies.id, id));
  return row?.key ?? null;
}

/**
 * Locks every active administrator (in id order, so two admins changing each other wait instead
 * of deadlocking), then the user being changed. Returns that user and whether another active
 * admin would remain without them.
 */
async function lockForAdminChange(tx: Transaction, id: string) {
  const admins = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.active, true)))
    .orderBy(asc(users.id))
    .for("update");
  const [user] = await tx.select().from(users).where(eq(users.id, id)).for("update");
  if (!user) throw notFound("errors.userGone");
  return { user, otherAdmins: admins.filter((a) => a.id !== id).length };
}

function lastAdminError(user: User, change: "lastAdminRole" | "lastAdminDeactivate") {
  return new AppError("conflict", msg(`errors.${change}`, { name: user.name }), {
    role: [msg("errors.lastAdminField")],
  });
}

// ---------------------------------------------------------------------------------------------

export async function createUser(db: Database, actor: Actor, parsed: UserCreateInput): Promise<AdminUserView> {
  requireAdmin(actor);
  const passwordHash = await hashPassword(parsed.password);
  return db.transaction(async (tx) => {
    const agency = await resolveUserAgency(tx, parsed.role, parsed.agency ?? null);
    const [created] = await tx
      .insert(users)
      .values({ name: parsed.name, email: parsed.email, role: parsed.role, agencyId: agency?.id ?? null, passwordHash })
      .onConflictDoNothing({ target: users.email })
      .returning();
    if (!created) {
      throw new AppError("conflict", msg("errors.emailTaken", { email: parsed.email }), {
        email: [msg("errors.emailTakenField")],
      });
    }
    await recordActivity(tx, {
      actor: actorRef(actor),
      entityType: "user",
      entityId: created.id,
      kind: "user_created",
      to: { name: created.name, email: created.email, role: created.role, agency: agency?.key ?? null },
    });
    return view(created);
  });
}

/** Changes name, role or agency. Refuses to demote the last active administrator. */
export async function updateUser(db: Database, actor: Actor, parsed: UserUpdateInput): Promise<AdminUserView> {
  requireAdmin(actor);
  // This process's cached authentications go once it is over (the notification tells the others).
  const written = db.transaction(async (tx) => {
    const { user, otherAdmins } = await lockForAdminChange(tx, parsed.id);
    const role = parsed.role ?? user.role;
    const agencyId =
      parsed.agency === undefined ? user.agencyId : ((await resolveUserAgency(tx, role, parsed.agency))?.id ?? null);
    if (parsed.agency === undefined && role === "member" && !agencyId) {
      throw unprocessable(msg("errors.memberNeedsAgencyNamed", { name: user.name }), {
        agency: [msg("errors.memberNeedsAgencyField")],
      });
    }
    if (user.role === "admin" && role !== "admin" && user.active && otherAdmins === 0) {
      throw lastAdminError(user, "lastAdminRole");
    }
    const name = parsed.name ?? user.name;
    if (name === user.name && role === user.role && agencyId === user.agencyId) return view(user);

    const [updated] = await tx
      .update(users)
      .set({ name, role, agencyId, updatedAt: new Date() })
      .where(eq(users.id, user.id))
      .returning();
    const base = { actor: actorRef(actor), entityType: "user" as const, entityId: user.id };
    const events: ActivityInput[] = [];
    if (role !== user.role) events.push({ ...base, kind: "role_changed", field: "role", from: user.role, to: role });
    if (agencyId !== user.agencyId) {
      const [from, to] = await Promise.all([agencyKeyOf(tx, user.agencyId), agencyKeyOf(tx, agencyId)]);
      events.push({ ...base, kind: "agency_changed", field: "agency", from, to });
    }
    if (name !== user.name) events.push({ ...base, kind: "name_changed", field: "name", from: user.name, to: name });
    await recordActivity(tx, events);
    if (role !== user.role || agencyId !== user.agencyId) await publishAccessChange(tx, [user.id]);
    return view(updated!);
  });
  return written.finally(noteAccessChange);
}

/**
 * Deactivating ends the user's sessions at once (sessionsValidAfter) and revokes their API tokens.
 * Reactivating does not revive old sessions or tokens.
 */
export async function setUserActive(db: Database, actor: Actor, input: UserActiveInput): Promise<AdminUserView> {
  requireAdmin(actor);
  const { id, active } = input;
  if (!active) requireAllowed(actor, { action: "user.deactivate", userId: id });
  // This process's cached authentications go once it is over (the notification tells the others).
  const written = db.transaction(async (tx) => {
    const { user, otherAdmins } = await lockForAdminChange(tx, id);
    if (user.active === active) return view(user);
    if (!active && user.role === "admin" && otherAdmins === 0) throw lastAdminError(user, "lastAdminDeactivate");
    const now = new Date();
    const [updated] = await tx
      .update(users)
      .set(active ? { active, updatedAt: now } : { active, sessionsValidAfter: now, updatedAt: now })
      .where(eq(users.id, id))
      .returning();
    // Deactivation revokes the user's API tokens for good: reactivating someone must not silently
    // bring back integrations that were cut off with them.
    const revoked = active ? 0 : await revokeAllApiTokensOf(tx, { userId: id, by: actorRef(actor), now });
    await recordActivity(tx, {
      actor: actorRef(actor),
      entityType: "user",
      entityId: id,
      reason: tokensRevokedReason(revoked),
      kind: active ? "user_reactivated" : "user_deactivated",
      field: "active",
      from: user.active,
      to: active,
    });
    await publishAccessChange(tx, [id]);
    return view(updated!);
  });
  return written.finally(noteAccessChange);
}

/**
 * Sets a new password chosen by an administrator and ends every session and API token of the
 * account: a reset is the remedy for a stolen account, so nothing minted with it survives.
 */
export async function resetPassword(db: Database, actor: Actor, input: PasswordResetInput): Promise<AdminUserView> {
  requireAdmin(actor);
  const { id, password } = input;
  const passwordHash = await hashPassword(password);
  // This process's cached authentications go once it is over (the notification tells the others).
  const written = db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, id)).for("update");
    if (!user) throw notFound("errors.userGone");
    const now = new Date();
    const [updated] = await tx
      .update(users)
      .set({ passwordHash, sessionsValidAfter: now, updatedAt: now })
      .where(eq(users.id, id))
      .returning();
    const revoked = await revokeAllApiTokensOf(tx, { userId: id, by: actorRef(actor), now });
    await recordActivity(tx, {
      actor: actorRef(actor),
      entityType: "user",
      entityId: id,
      kind: "password_reset",
      reason: tokensRevokedReason(revoked),
      // The fact and its effect only: never the password or its hash.
      to: { sessionsValidAfter: now.toISOString() },
    });
    await publishAccessChange(tx, [id]);
    return view(updated!);
  });
  return written.finally(noteAccessChange);
}
