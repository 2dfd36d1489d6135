import { apiRoute } from "@/lib/api/handler";
import { readEvidenceChunks } from "@/db/queries/evidence";
import { attachmentDisposition } from "@/lib/evidence/file-name";
import { readableEvidence } from "@/lib/evidence/readable-evidence";
import { notFound } from "@/lib/errors";
import { DECLARED_LENGTH_HEADER } from "@/lib/security/declared-length";
import { evidenceIdParams } from "@/lib/validation/evidence";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/evidence/{id}/download: the file, streamed a stored piece at a time, as an attachment
 * with the type found from its content, never rendered by the browser as a page.
 */
export const GET = apiRoute({ params: evidenceIdParams }, async ({ db, actor, params }) => {
  const item = await readableEvidence(db, actor, params.id);
  if (item.kind !== "file") throw notFound("evidence.noEvidence", { id: params.id });
  const chunks = readEvidenceChunks(db, item.id);
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": item.contentType!,
      // Next drops Content-Length from route handlers; server.ts restores it from this.
      [DECLARED_LENGTH_HEADER]: String(item.size),
      "Content-Disposition": attachmentDisposition(item.fileName!),
      "X-Content-Type-Options": "nosniff",
      // Even opened directly, the file runs nothing and is kept out of shared caches.
      "Content-Security-Policy": "sandbox; default-src 'none'",
      "Cache-Control": "private, no-store",
    },
  });
});
