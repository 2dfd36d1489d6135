import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Database, DbOrTx } from "../index";
import { evidence, evidenceChunks } from "../schema";
import { publishChange } from "../notify";
import {
  getEvidence,
  loadEvidenceOwner,
  ownerRefOf,
  type EvidenceItem,
  type EvidenceOwner,
  type EvidenceOwnerRef,
} from "../queries/evidence";
import { AppError, notFound, unprocessable } from "@/lib/errors";
import { can, type Actor } from "@/lib/permissions";
import { msg } from "@/lib/i18n/server-message";
import { checkEvidenceContent } from "@/lib/evidence/content-type";
import { safeFileName } from "@/lib/evidence/file-name";
import { EVIDENCE_CHUNK_BYTES, MAX_EVIDENCE_BYTES, megabytes } from "@/lib/evidence/limits";
import type { EvidenceLinkInput } from "@/lib/validation/evidence";
import { recordActivity } from "./activity";
import { actorRef, requireAllowed } from "./facts";

const ownerMissing = (ref: EvidenceOwnerRef) =>
  ref.kind === "action" ? notFound("errors.noAction", { id: ref.actionId }) : notFound("evidence.noAnswer");

/**
 * The owner, locked, after the permission check. Someone who may not even see it (another agency's
 * draft answer) is told it does not exist rather than that they may not change it.
 */
async function writableOwner(tx: DbOrTx, actor: Actor, ref: EvidenceOwnerRef): Promise<EvidenceOwner> {
  const owner = await loadEvidenceOwner(tx, ref, { lock: true });
  if (!owner || !can(actor, { action: "evidence.read", on: owner.facts })) throw ownerMissing(ref);
  requireAllowed(actor, { action: "evidence.write", on: owner.facts });
  return owner;
}

/** Whether a file can be attached by this actor to this owner, without reading the file: refuses before an upload is read. */
export async function checkEvidenceWritable(db: Database, actor: Actor, ref: EvidenceOwnerRef): Promise<void> {
  await db.transaction((tx) => writableOwner(tx, actor, ref).then(() => undefined));
}

/**
 * The history entry of an answer's evidence is not on the recommendation's timeline, which everyone
 * reads: a draft's files are the answering agency's until submitted. It stays in the activity log,
 * with the request it belongs to.
 */
function historyPlace(owner: EvidenceOwner) {
  return owner.ref.kind === "action"
    ? { recommendationId: owner.recommendation.id, where: { on: "action" as const } }
    : { recommendationId: null, where: { on: "answer" as const, roundRequestId: owner.ref.requestId } };
}

/** The history entry of one piece attached or removed: what it was, on the owner's timeline (see historyPlace). */
async function recordEvidence(
  tx: DbOrTx,
  actor: Actor,
  owner: EvidenceOwner,
  kind: "evidence_added" | "evidence_removed",
  id: string,
  piece: { kind: "file" | "link"; name: string; size?: number | null },
) {
  const place = historyPlace(owner);
  const value = {
    kind: piece.kind,
    name: piece.name,
    ...(piece.size ? { size: piece.size } : {}),
    ...place.where,
  };
  await recordActivity(tx, {
    actor: actorRef(actor),
    entityType: "evidence",
    kind,
    entityId: id,
    recommendationId: place.recommendationId,
    ...(kind === "evidence_added" ? { to: value } : { from: value }),
  });
}

async function announce(tx: DbOrTx, actor: Actor, owner: EvidenceOwner) {
  await publishChange(tx, {
    type: "evidence",
    code: owner.recommendation.code,
    version: owner.recommendation.version,
    actorId: actor.id,
  });
}

const ownerColumns = (ref: EvidenceOwnerRef) =>
  ref.kind === "action" ? { actionId: ref.actionId } : { roundRequestId: ref.requestId };

/**
 * Attaches a file. Refused, with nothing stored and the history unchanged, when the actor may not
 * write there, the file is empty or over 20 MB, or its content is not on the allow-list (checked
 * from its bytes; the name and the browser's claimed type are not trusted). The bytes are stored in
 * 256 KiB pieces in the same transaction as the row and its history entry, hashed as they go.
 */
export async function addEvidenceFile(
  db: Database,
  actor: Actor,
  ref: EvidenceOwnerRef,
  file: { fileName: string; bytes: Uint8Array },
): Promise<EvidenceItem> {
  const id = await db.transaction(async (tx) => {
    const owner = await writableOwner(tx, actor, ref);
    const { bytes } = file;
    if (bytes.byteLength > MAX_EVIDENCE_BYTES) {
      throw new AppError(
        "payload_too_large",
        msg("evidence.refused.tooLarge", { limit: megabytes(MAX_EVIDENCE_BYTES), size: megabytes(bytes.byteLength) }),
      );
    }
    const fileName = safeFileName(file.fileName);
    const content = await checkEvidenceContent(bytes, fileName);
    if (!content.ok) throw unprocessable(content.reason, { file: [content.reason] });

    const [row] = await tx
      .insert(evidence)
      .values({
        recommendationId: owner.recommendation.id,
        ...ownerColumns(ref),
        kind: "file",
        fileName,
        contentType: content.contentType,
        size: bytes.byteLength,
        uploadedById: actor.id,
      })
      .returning({ id: evidence.id });
    const hash = createHash("sha256");
    for (let seq = 0, offset = 0; offset < bytes.byteLength; seq++, offset += EVIDENCE_CHUNK_BYTES) {
      const piece = bytes.subarray(offset, offset + EVIDENCE_CHUNK_BYTES);
      hash.update(piece);
      await tx.insert(evidenceChunks).values({ evidenceId: row!.id, seq, data: piece });
    }
    await tx
      .update(evidence)
      .set({ sha256: hash.digest("hex") })
      .where(eq(evidence.id, row!.id));
    await recordEvidence(tx, actor, owner, "evidence_added", row!.id, {
      kind: "file",
      name: fileName,
      size: bytes.byteLength,
    });
    await announce(tx, actor, owner);
    return row!.id;
  });
  return (await getEvidence(db, id))!;
}

/** Attaches a link (http or https only, checked by the input schema) with an optional label. */
export async function addEvidenceLink(
  db: Database,
  actor: Actor,
  ref: EvidenceOwnerRef,
  input: EvidenceLinkInput,
): Promise<EvidenceItem> {
  const id = await db.transaction(async (tx) => {
    const owner = await writableOwner(tx, actor, ref);
    const id = await insertLink(tx, actor, owner, input);
    await announce(tx, actor, owner);
    return id;
  });
  return (await getEvidence(db, id))!;
}

/** A link's row and its history entry, for an owner already checked writable. */
async function insertLink(tx: DbOrTx, actor: Actor, owner: EvidenceOwner, input: EvidenceLinkInput) {
  const label = input.label?.trim() || null;
  const [row] = await tx
    .insert(evidence)
    .values({
      recommendationId: owner.recommendation.id,
      ...ownerColumns(owner.ref),
      kind: "link",
      url: input.url,
      label,
      uploadedById: actor.id,
    })
    .returning({ id: evidence.id });
  await recordEvidence(tx, actor, owner, "evidence_added", row!.id, { kind: "link", name: label ?? input.url });
  return row!.id;
}

/**
 * Makes an answer's links exactly `links` (PUT …/answers/{code} with `links`), inside the answer's
 * own transaction and before it is submitted: a link already there (same address and label) stays,
 * new ones are attached and the rest removed, each with its history entry.
 */
export async function replaceAnswerLinks(
  tx: DbOrTx,
  actor: Actor,
  requestId: string,
  links: EvidenceLinkInput[],
): Promise<void> {
  const ref: EvidenceOwnerRef = { kind: "answer", requestId };
  const owner = await writableOwner(tx, actor, ref);
  const keyOf = (url: string, label: string | null) => JSON.stringify([url, label]);
  const wanted = new Map(links.map((l) => [keyOf(l.url, l.label?.trim() || null), l]));
  const existing = await tx
    .select({ id: evidence.id, url: evidence.url, label: evidence.label })
    .from(evidence)
    .where(and(eq(evidence.roundRequestId, requestId), eq(evidence.kind, "link")));
  let changed = false;
  for (const row of existing) {
    if (wanted.delete(keyOf(row.url!, row.label))) continue;
    await tx.delete(evidence).where(eq(evidence.id, row.id));
    await recordEvidence(tx, actor, owner, "evidence_removed", row.id, { kind: "link", name: row.label ?? row.url! });
    changed = true;
  }
  for (const link of wanted.values()) {
    await insertLink(tx, actor, owner, link);
    changed = true;
  }
  if (changed) await announce(tx, actor, owner);
}

/** Removes a file (with its bytes) or a link, by whoever may attach evidence there. */
export async function removeEvidence(db: Database, actor: Actor, id: string): Promise<{ id: string }> {
  await db.transaction(async (tx) => {
    const item = await getEvidence(tx, id);
    if (!item) throw notFound("evidence.noEvidence", { id });
    const owner = await loadEvidenceOwner(tx, ownerRefOf(item), { lock: true });
    if (!owner || !can(actor, { action: "evidence.read", on: owner.facts, addedAt: item.createdAt }))
      throw notFound("evidence.noEvidence", { id });
    requireAllowed(actor, { action: "evidence.write", on: owner.facts });
    await tx.delete(evidence).where(eq(evidence.id, id));
    await recordEvidence(tx, actor, owner, "evidence_removed", id, item);
    await announce(tx, actor, owner);
  });
  return { id };
}
