import { apiRoute } from "@/lib/api/handler";
import { issueNoteToken } from "@/db/mutations/notes";
import { codeParams } from "@/lib/validation/route-params";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/recommendations/{code}/notes/token: a five-minute ticket to open this
 * recommendation's progress note on the /collab websocket, for the signed-in user. The answer says
 * whether the connection will be read-only, and the name and colour others will see.
 */
export const POST = apiRoute({ params: codeParams }, async ({ db, actor, params }) => {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  return { data: await issueNoteToken(db, actor, params.code, secret) };
});
