import "server-only";
import type { Database } from "@/db";
import { addEvidenceFile, addEvidenceLink, checkEvidenceWritable } from "@/db/mutations/evidence";
import { listEvidence, loadEvidenceOwner, type EvidenceOwnerRef } from "@/db/queries/evidence";
import { badRequest, forbidden, notFound, payloadTooLarge } from "@/lib/errors";
import { msg } from "@/lib/i18n/server-message";
import { can, type Actor } from "@/lib/permissions";
import { isCrossSiteRequest } from "@/lib/security/cross-site";
import { decodeUtf8, kib, readLimitedBody } from "@/lib/security/limited-body";
import { evidenceLinkInput } from "@/lib/validation/evidence";
import { parseInput } from "@/lib/validation/parse-input";
import { evidenceView } from "./api-view";
import { readUploadedFile } from "./upload-body";

/** A link's JSON is small: the API's usual limit. */
const MAX_LINK_BODY_BYTES = 64 * 1024;

/** Refuses an upload or removal a page of another site made the browser send (see lib/security/cross-site.ts). */
export function refuseCrossSite(req: Request): void {
  if (isCrossSiteRequest(req)) throw forbidden(msg("evidence.refused.crossSite"));
}

/** The evidence of an owner the caller may see; 404 when the owner is unknown or hidden from them. */
export async function listVisibleEvidence(db: Database, actor: Actor, ref: EvidenceOwnerRef, missing: () => Error) {
  const owner = await loadEvidenceOwner(db, ref);
  if (!owner) throw missing();
  const items = await listEvidence(db, ref);
  return items
    .filter((i) => can(actor, { action: "evidence.read", on: owner.facts, addedAt: i.createdAt }))
    .map(evidenceView);
}

async function readLink(req: Request) {
  const read = await readLimitedBody(req.body, MAX_LINK_BODY_BYTES, req.headers.get("content-length"));
  if (!read.ok) throw payloadTooLarge(kib(MAX_LINK_BODY_BYTES));
  const text = decodeUtf8(read.bytes);
  if (text === null) throw badRequest("errors.notUtf8");
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw badRequest(msg("errors.notJson", { detail: (err as Error).message }));
  }
  return parseInput(evidenceLinkInput, raw);
}

/**
 * POST …/evidence: a file (multipart/form-data, field `file`) or a link (JSON). For a file the
 * caller's right to attach is checked before its bytes are read, so a refused upload costs nothing.
 */
export async function postEvidence(req: Request, db: Database, actor: Actor, ref: EvidenceOwnerRef) {
  refuseCrossSite(req);
  const type = (req.headers.get("content-type") ?? "").toLowerCase();
  if (type.startsWith("multipart/form-data")) {
    await checkEvidenceWritable(db, actor, ref);
    const file = await readUploadedFile(req);
    return { data: evidenceView(await addEvidenceFile(db, actor, ref, file)) };
  }
  if (type.startsWith("application/json")) {
    return { data: evidenceView(await addEvidenceLink(db, actor, ref, await readLink(req))) };
  }
  await req.body?.cancel().catch(() => {});
  throw badRequest("evidence.refused.sendFileOrJson");
}

export const noAction = (id: string) => () => notFound("errors.noAction", { id });
