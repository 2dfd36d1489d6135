import "server-only";
import { eq } from "drizzle-orm";
import type { Database } from "@/db";
import { rounds } from "@/db/schema";
import { findRoundRequest, type EvidenceOwnerRef } from "@/db/queries/evidence";
import { badRequest, forbidden, notFound } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";

/**
 * The request whose evidence …/rounds/{id}/answers/{code}/evidence is about: the caller's own
 * agency's answer, or for reading (coordinators, viewers) the agency named by `?agency=`. Adding
 * evidence is only ever to one's own agency's answer.
 */
export async function answerOwnerRef(
  db: Database,
  actor: Actor,
  params: { id: string; code: string; agencyKey?: string | null; forWriting?: boolean },
): Promise<EvidenceOwnerRef> {
  const [round] = await db.select({ id: rounds.id }).from(rounds).where(eq(rounds.id, params.id));
  if (!round) throw notFound("evidence.noRound", { id: params.id });
  if (params.forWriting || !params.agencyKey) {
    if (!actor.agencyId) {
      if (params.forWriting) throw forbidden("evidence.permissions.answeringAgencyOnly");
      throw badRequest("evidence.pickAgency");
    }
    const requestId = await findRoundRequest(db, {
      roundId: round.id,
      code: params.code,
      agency: { id: actor.agencyId },
    });
    if (!requestId) throw notFound("evidence.noAnswer");
    return { kind: "answer", requestId };
  }
  const requestId = await findRoundRequest(db, {
    roundId: round.id,
    code: params.code,
    agency: { key: params.agencyKey },
  });
  if (!requestId) throw notFound("evidence.noAgencyAnswer", { agency: params.agencyKey });
  return { kind: "answer", requestId };
}
