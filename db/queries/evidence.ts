import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { actions, agencies, evidence, evidenceChunks, recommendations, roundRequests, rounds, users } from "../schema";
import type { EvidenceOwnerFacts } from "@/lib/permissions";
import { ownerAgencyIdsOf, factsFrom } from "../mutations/facts";

/** What a piece of evidence hangs off: an action, or one agency's answer in a round. */
export type EvidenceOwnerRef = { kind: "action"; actionId: string } | { kind: "answer"; requestId: string };

/** An owner with what the rules need to know about it and the recommendation it serves. */
export interface EvidenceOwner {
  ref: EvidenceOwnerRef;
  facts: EvidenceOwnerFacts;
  recommendation: { id: string; code: string; version: number };
}

/**
 * The owner and its facts in one round trip; `lock` takes the owner's row for update, so a state
 * change (a submission, an archive) cannot slip between the check and the write.
 */
export async function loadEvidenceOwner(
  db: DbOrTx,
  ref: EvidenceOwnerRef,
  options: { lock?: boolean } = {},
): Promise<EvidenceOwner | null> {
  if (ref.kind === "action") {
    const query = db
      .select({ action: actions, rec: recommendations, ownerAgencyIds: ownerAgencyIdsOf() })
      .from(actions)
      .innerJoin(recommendations, eq(recommendations.id, actions.recommendationId))
      .where(eq(actions.id, ref.actionId));
    const [row] = options.lock ? await query.for("update", { of: actions }) : await query;
    if (!row) return null;
    return {
      ref,
      facts: {
        kind: "action",
        action: { agencyId: row.action.agencyId, recommendation: factsFrom(row.rec, row.ownerAgencyIds) },
      },
      recommendation: { id: row.rec.id, code: row.rec.code, version: row.rec.version },
    };
  }
  const query = selectAnswerOwners(db).where(eq(roundRequests.id, ref.requestId));
  const [row] = options.lock ? await query.for("update", { of: roundRequests }) : await query;
  return row ? answerOwnerOf(row) : null;
}

const selectAnswerOwners = (db: DbOrTx) =>
  db
    .select({ request: roundRequests, round: rounds, rec: recommendations, ownerAgencyIds: ownerAgencyIdsOf() })
    .from(roundRequests)
    .innerJoin(rounds, eq(rounds.id, roundRequests.roundId))
    .innerJoin(recommendations, eq(recommendations.id, roundRequests.recommendationId));

type AnswerOwnerRow = Awaited<ReturnType<ReturnType<typeof selectAnswerOwners>["where"]>>[number];

function answerOwnerOf(row: AnswerOwnerRow): EvidenceOwner {
  return {
    ref: { kind: "answer", requestId: row.request.id },
    facts: {
      kind: "answer",
      recommendation: factsFrom(row.rec, row.ownerAgencyIds),
      agencyId: row.request.agencyId,
      state: row.request.state,
      submittedAt: row.request.submittedAt,
      roundStatus: row.round.status,
    },
    recommendation: { id: row.rec.id, code: row.rec.code, version: row.rec.version },
  };
}

/** Many answers' owners at once (a round page, My work), by request id: one query. */
export async function loadAnswerOwners(db: DbOrTx, requestIds: string[]): Promise<Map<string, EvidenceOwner>> {
  if (!requestIds.length) return new Map();
  const rows = await selectAnswerOwners(db).where(inArray(roundRequests.id, requestIds));
  return new Map(rows.map((row) => [row.request.id, answerOwnerOf(row)]));
}

/** The request an agency answers for a recommendation in a round (by the recommendation's code and the agency's id or key). */
export async function findRoundRequest(
  db: DbOrTx,
  params: { roundId: string; code: string; agency: { id: string } | { key: string } },
): Promise<string | null> {
  const agencyMatch = "id" in params.agency ? eq(agencies.id, params.agency.id) : eq(agencies.key, params.agency.key);
  const [row] = await db
    .select({ id: roundRequests.id })
    .from(roundRequests)
    .innerJoin(recommendations, eq(recommendations.id, roundRequests.recommendationId))
    .innerJoin(agencies, eq(agencies.id, roundRequests.agencyId))
    .where(and(eq(roundRequests.roundId, params.roundId), eq(recommendations.code, params.code), agencyMatch));
  return row?.id ?? null;
}

/** Evidence as lists and the API show it: never its bytes. */
const itemColumns = {
  id: evidence.id,
  kind: evidence.kind,
  fileName: evidence.fileName,
  contentType: evidence.contentType,
  size: evidence.size,
  sha256: evidence.sha256,
  url: evidence.url,
  label: evidence.label,
  actionId: evidence.actionId,
  roundRequestId: evidence.roundRequestId,
  recommendationId: evidence.recommendationId,
  createdAt: evidence.createdAt,
  uploadedById: evidence.uploadedById,
  uploadedByName: users.name,
};

type ItemRow = { [K in keyof typeof itemColumns]: (typeof itemColumns)[K]["_"]["data"] | null } & {
  id: string;
  kind: "file" | "link";
  createdAt: Date;
  recommendationId: string;
};

export interface EvidenceItem {
  id: string;
  kind: "file" | "link";
  /** What to call it: the file's name, or the link's label (its address when it has none). */
  name: string;
  fileName: string | null;
  contentType: string | null;
  size: number | null;
  sha256: string | null;
  url: string | null;
  label: string | null;
  on: "action" | "answer";
  actionId: string | null;
  roundRequestId: string | null;
  uploadedBy: { id: string; name: string } | null;
  createdAt: Date;
}

function toItem(r: ItemRow): EvidenceItem {
  return {
    id: r.id,
    kind: r.kind,
    name: r.kind === "file" ? r.fileName! : r.label || r.url!,
    fileName: r.fileName,
    contentType: r.contentType,
    size: r.size,
    sha256: r.sha256,
    url: r.url,
    label: r.label,
    on: r.actionId ? "action" : "answer",
    actionId: r.actionId,
    roundRequestId: r.roundRequestId,
    uploadedBy: r.uploadedById ? { id: r.uploadedById, name: r.uploadedByName ?? "" } : null,
    createdAt: r.createdAt,
  };
}

const selectItems = (db: DbOrTx) =>
  db.select(itemColumns).from(evidence).leftJoin(users, eq(users.id, evidence.uploadedById));

export async function getEvidence(db: DbOrTx, id: string): Promise<EvidenceItem | null> {
  const [row] = await selectItems(db).where(eq(evidence.id, id));
  return row ? toItem(row as ItemRow) : null;
}

/** The evidence of one owner, oldest first. */
export async function listEvidence(db: DbOrTx, ref: EvidenceOwnerRef): Promise<EvidenceItem[]> {
  const owner =
    ref.kind === "action" ? eq(evidence.actionId, ref.actionId) : eq(evidence.roundRequestId, ref.requestId);
  const rows = await selectItems(db).where(owner).orderBy(asc(evidence.createdAt), asc(evidence.id));
  return rows.map((r) => toItem(r as ItemRow));
}

/** The evidence of a recommendation's actions, by action (one query for the whole page). */
export async function listActionEvidence(db: DbOrTx, recommendationId: string): Promise<Map<string, EvidenceItem[]>> {
  const rows = await selectItems(db)
    .where(and(eq(evidence.recommendationId, recommendationId), isNotNull(evidence.actionId)))
    .orderBy(asc(evidence.createdAt), asc(evidence.id));
  return groupItems(rows as ItemRow[], (item) => item.actionId!);
}

function groupItems(rows: ItemRow[], keyOf: (item: EvidenceItem) => string): Map<string, EvidenceItem[]> {
  const groups = new Map<string, EvidenceItem[]>();
  for (const r of rows) {
    const item = toItem(r);
    const key = keyOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}

/** The evidence of many answers, by request id (one query for a round page or My work). */
export async function listAnswerEvidence(db: DbOrTx, requestIds: string[]): Promise<Map<string, EvidenceItem[]>> {
  if (!requestIds.length) return new Map();
  const rows = await selectItems(db)
    .where(inArray(evidence.roundRequestId, requestIds))
    .orderBy(asc(evidence.createdAt), asc(evidence.id));
  return groupItems(rows as ItemRow[], (item) => item.roundRequestId!);
}

/** The owner of a piece of evidence, to load its facts. */
export function ownerRefOf(item: Pick<EvidenceItem, "actionId" | "roundRequestId">): EvidenceOwnerRef {
  return item.actionId
    ? { kind: "action", actionId: item.actionId }
    : { kind: "answer", requestId: item.roundRequestId! };
}

/**
 * A file's bytes, one stored piece per query, so at most one piece (256 KiB) is held at a time
 * whatever the file's size: what the download streams from.
 */
export async function* readEvidenceChunks(db: DbOrTx, evidenceId: string): AsyncGenerator<Uint8Array> {
  for (let seq = 0; ; seq++) {
    const [row] = await db
      .select({ data: evidenceChunks.data })
      .from(evidenceChunks)
      .where(and(eq(evidenceChunks.evidenceId, evidenceId), eq(evidenceChunks.seq, seq)));
    if (!row) return;
    yield row.data;
  }
}
