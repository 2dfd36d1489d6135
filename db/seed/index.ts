/**
 * Seeds the source documents, agencies, recommendations (with owners and actions) and, when asked,
 * the demo accounts. It only inserts what is missing, matched by natural key (document key, agency
 * key, recommendation code, e-mail), so running it twice changes nothing and edits made in the app
 * are never overwritten.
 */
import { actionSearchText, withRecommendationSearchText } from "../search-text";
import { readFileSync } from "node:fs";
import path from "node:path";
import { eq, inArray } from "drizzle-orm";
import type { Database, DatabaseHandle, DbOrTx } from "../index";
import {
  actions,
  activityLog,
  agencies,
  recommendationOwners,
  recommendations,
  sourceDocuments,
  users,
} from "../schema";
import { hashPassword } from "../../lib/auth/password";
import { seedAgencies } from "./data/agencies";
import { seedDocuments } from "./data/documents";
import { seedRecommendations } from "./data/recommendations";
import { DEMO_PASSWORD, demoUsers } from "./demo-users";

export interface SeedReport {
  documents: number;
  agencies: number;
  recommendations: number;
  actions: number;
  users: number;
}

const documentsFolder = path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "seed", "documents");

function readSourceDocument(key: string): string {
  return readFileSync(path.join(documentsFolder, `${key}.txt`), "utf8");
}

export async function seedDatabase(db: Database, options: { demoUsers: boolean }): Promise<SeedReport> {
  // Hash outside the transaction: scrypt is deliberately slow and needs no lock.
  const existingEmails = new Set(
    (
      await db
        .select({ email: users.email })
        .from(users)
        .where(
          inArray(
            users.email,
            demoUsers.map((u) => u.email),
          ),
        )
    ).map((u) => u.email),
  );
  const missingDemoUsers = options.demoUsers ? demoUsers.filter((u) => !existingEmails.has(u.email)) : [];
  const demoHash = missingDemoUsers.length ? await hashPassword(DEMO_PASSWORD) : "";

  return db.transaction(async (tx) => {
    const report: SeedReport = { documents: 0, agencies: 0, recommendations: 0, actions: 0, users: 0 };
    report.documents = await seedDocumentRows(tx);
    const agencyIds = await seedAgencyRows(tx, report);
    const documentIds = new Map(
      (await tx.select({ id: sourceDocuments.id, key: sourceDocuments.key }).from(sourceDocuments)).map((d) => [
        d.key,
        d.id,
      ]),
    );

    for (const u of missingDemoUsers) {
      const rows = await tx
        .insert(users)
        .values({
          email: u.email,
          name: u.name,
          role: u.role,
          passwordHash: demoHash,
          agencyId: u.agencyKey ? requireId(agencyIds, u.agencyKey, `agency of ${u.email}`) : null,
        })
        .onConflictDoNothing({ target: users.email })
        .returning({ id: users.id });
      report.users += rows.length;
    }
    // Demo members are the contact and assignee for their agency's seeded work, so "my agency's
    // actions" has something in it; only set when the recommendation itself is first inserted.
    const demoMembers = options.demoUsers
      ? new Map(
          (
            await tx
              .select({ id: users.id, agencyId: users.agencyId })
              .from(users)
              .where(
                inArray(
                  users.email,
                  demoUsers.filter((u) => u.role === "member").map((u) => u.email),
                ),
              )
          ).map((u) => [u.agencyId, u.id]),
        )
      : new Map<string | null, string>();

    const documentTitles = new Map(seedDocuments.map((d) => [d.key, d.title]));
    for (const rec of seedRecommendations) {
      const text = {
        code: rec.code,
        titleEn: rec.title.en,
        titleZhHans: rec.title.zhHans,
        titleZhHant: rec.title.zhHant,
        summaryEn: rec.summary.en,
        summaryZhHans: rec.summary.zhHans,
        summaryZhHant: rec.summary.zhHant,
        sourceExcerpt: rec.excerpt,
      };
      const [inserted] = await tx
        .insert(recommendations)
        .values({
          ...withRecommendationSearchText(text),
          rationale: rec.rationale,
          theme: rec.theme,
          horizon: rec.horizon,
          priority: rec.priority,
          status: rec.status,
          acceptance: rec.acceptance,
          health: rec.health,
          targetDate: rec.targetDate,
          sourceDocumentId: requireId(documentIds, rec.documentKey, `document of ${rec.code}`),
          sourceLocator: rec.locator,
        })
        .onConflictDoNothing({ target: recommendations.code })
        .returning({ id: recommendations.id });
      // Owners and actions are seeded only with a new recommendation, never re-added to an existing one.
      if (!inserted) continue;
      report.recommendations++;
      if (rec.owners.length) {
        await tx.insert(recommendationOwners).values(
          rec.owners.map((o) => {
            const agencyId = requireId(agencyIds, o.agencyKey, `owner of ${rec.code}`);
            return {
              recommendationId: inserted.id,
              agencyId,
              role: o.role,
              contactUserId: demoMembers.get(agencyId) ?? null,
            };
          }),
        );
      }
      if (rec.actions.length) {
        await tx.insert(actions).values(
          rec.actions.map((a) => {
            const agencyId = requireId(agencyIds, a.agencyKey, `action of ${rec.code}`);
            const text = {
              title: a.title.en,
              titleZhHans: a.title.zhHans,
              titleZhHant: a.title.zhHant,
              description: a.description.en,
              descriptionZhHans: a.description.zhHans,
              descriptionZhHant: a.description.zhHant,
            };
            return {
              recommendationId: inserted.id,
              ...text,
              searchText: actionSearchText(text),
              agencyId,
              assigneeId: demoMembers.get(agencyId) ?? null,
              status: a.status,
              progress: a.progress,
              dueDate: a.dueDate,
              completedAt: a.status === "done" ? new Date(`${a.dueDate}T09:00:00Z`) : null,
            };
          }),
        );
        report.actions += rec.actions.length;
      }
      await tx.insert(activityLog).values({
        actorLabel: "seed",
        entityType: "recommendation",
        entityId: inserted.id,
        recommendationId: inserted.id,
        kind: "create",
        // The document's title: its key is a file name with a hash, which tells a reader nothing.
        reason: `Imported from “${documentTitles.get(rec.documentKey) ?? rec.documentKey}”, ${rec.locator}`,
      });
    }

    return report;
  });
}

async function seedDocumentRows(tx: DbOrTx): Promise<number> {
  const rows = await tx
    .insert(sourceDocuments)
    .values(
      seedDocuments.map((d) => ({
        key: d.key,
        title: d.title,
        author: d.author,
        publisher: d.publisher,
        publishedOn: d.publishedOn,
        dateNote: d.dateNote,
        kind: d.kind,
        body: readSourceDocument(d.key),
      })),
    )
    .onConflictDoNothing({ target: sourceDocuments.key })
    .returning({ id: sourceDocuments.id });
  return rows.length;
}

async function seedAgencyRows(tx: DbOrTx, report: SeedReport): Promise<Map<string, string>> {
  const inserted = await tx
    .insert(agencies)
    .values(
      seedAgencies.map((a) => ({
        key: a.key,
        nameEn: a.name.en,
        nameZhHans: a.name.zhHans,
        nameZhHant: a.name.zhHant,
        abbreviation: a.abbreviation,
        side: a.side,
        website: a.website,
        email: a.email,
        phone: a.phone,
        address: a.address,
      })),
    )
    .onConflictDoNothing({ target: agencies.key })
    .returning({ id: agencies.id, key: agencies.key });
  report.agencies = inserted.length;
  const ids = new Map(
    (await tx.select({ id: agencies.id, key: agencies.key }).from(agencies)).map((a) => [a.key, a.id]),
  );
  // Parents are linked in a second pass, and only for agencies this run created.
  const created = new Set(inserted.map((a) => a.key));
  for (const a of seedAgencies) {
    if (!a.parentKey || !created.has(a.key)) continue;
    await tx
      .update(agencies)
      .set({ parentId: requireId(ids, a.parentKey, `parent of ${a.key}`) })
      .where(eq(agencies.key, a.key));
  }
  return ids;
}

function requireId(ids: Map<string, string>, key: string, what: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Seed data refers to unknown key "${key}" (${what})`);
  return id;
}

/**
 * What start-up seeds: the source content always (set SEED_CONTENT=false to skip it); demo accounts
 * in the embedded default, or with DATABASE_URL only when SEED_DEMO=true.
 */
export async function seedOnStart(handle: DatabaseHandle): Promise<SeedReport | null> {
  if (process.env.SEED_CONTENT === "false") return null;
  const demo = handle.kind === "pglite" ? process.env.SEED_DEMO !== "false" : process.env.SEED_DEMO === "true";
  return seedDatabase(handle.db, { demoUsers: demo });
}
