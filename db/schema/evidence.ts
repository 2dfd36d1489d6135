import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { actions } from "./actions";
import { bytea } from "./bytea";
import { recommendations } from "./recommendations";
import { roundRequests } from "./rounds";
import { users } from "./users";

export const evidenceKinds = ["file", "link"] as const;
export type EvidenceKind = (typeof evidenceKinds)[number];
export const evidenceKindEnum = pgEnum("evidence_kind", evidenceKinds);

/**
 * Evidence attached to an action or to a round answer (exactly one of the two): a file, whose bytes
 * are in evidence_chunks, or a link. `recommendationId` is set for both so reading rights and the
 * history are one lookup.
 */
export const evidence = pgTable(
  "evidence",
  {
    id: uuid().primaryKey().defaultRandom(),
    recommendationId: uuid()
      .notNull()
      .references(() => recommendations.id, { onDelete: "cascade" }),
    actionId: uuid().references(() => actions.id, { onDelete: "cascade" }),
    roundRequestId: uuid().references(() => roundRequests.id, { onDelete: "cascade" }),
    kind: evidenceKindEnum().notNull(),
    /** Files: the name it was uploaded with, the type found from its content, its size in bytes. */
    fileName: text(),
    contentType: text(),
    size: integer(),
    /** Hex SHA-256 of the content, to show and to check a download against. */
    sha256: text(),
    /** Links: where it points; `label` is what it is (either kind). */
    url: text(),
    label: text(),
    uploadedById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.actionId),
    index().on(t.roundRequestId),
    index().on(t.recommendationId),
    check("evidence_has_one_owner", sql`num_nonnulls(${t.actionId}, ${t.roundRequestId}) = 1`),
    check(
      "evidence_kind_fields",
      sql`(${t.kind} = 'file' AND ${t.fileName} IS NOT NULL AND ${t.contentType} IS NOT NULL AND ${t.size} IS NOT NULL AND ${t.url} IS NULL)
        OR (${t.kind} = 'link' AND ${t.url} IS NOT NULL AND ${t.fileName} IS NULL)`,
    ),
    check("evidence_size_limit", sql`${t.size} IS NULL OR ${t.size} BETWEEN 1 AND 20971520`),
  ],
);

/**
 * A file's bytes in pieces (256 KiB each), so a 20 MB download is streamed a piece at a time
 * instead of being held whole in memory, on PGlite and PostgreSQL alike.
 */
export const evidenceChunks = pgTable(
  "evidence_chunks",
  {
    evidenceId: uuid()
      .notNull()
      .references(() => evidence.id, { onDelete: "cascade" }),
    seq: integer().notNull(),
    data: bytea().notNull(),
  },
  (t) => [primaryKey({ columns: [t.evidenceId, t.seq] })],
);

export type Evidence = typeof evidence.$inferSelect;
