import "server-only";
import { AppError, badRequest } from "@/lib/errors";
import { msg } from "@/lib/i18n/server-message";
import { MAX_EVIDENCE_BYTES, MAX_EVIDENCE_UPLOAD_BYTES, megabytes } from "./limits";

export interface UploadedFile {
  fileName: string;
  bytes: Uint8Array;
}

export const fileTooLarge = (size: number) =>
  new AppError(
    "payload_too_large",
    msg("evidence.refused.tooLarge", { limit: megabytes(MAX_EVIDENCE_BYTES), size: megabytes(size) }),
  );

/**
 * The request body with its bytes counted as they arrive: past `limit` the stream errors, so the
 * multipart parser stops and nothing more is read. server.ts ends the body at the same figure, so
 * a body that reaches it exactly was cut there: it counts as over too, though it may not pass it.
 */
function counted(body: ReadableStream<Uint8Array>, limit: number, onOver: () => void) {
  let size = 0;
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      flush() {
        if (size >= limit) onOver();
      },
      transform(chunk, controller) {
        size += chunk.byteLength;
        if (size > limit) {
          onOver();
          controller.error(new Error("upload over the limit"));
          return;
        }
        controller.enqueue(chunk);
      },
    }),
  );
}

/**
 * The `file` part of a multipart/form-data upload. Refused before reading when Content-Length says
 * it is too large, and while reading once the bytes counted pass the limit; either way nothing is
 * stored, since the caller stores only what this returns. The parsed form is held in memory (at
 * most the limit): the platform's parser (undici's `formData`) has no streaming mode.
 */
export async function readUploadedFile(req: Request): Promise<UploadedFile> {
  const declared = Number(req.headers.get("content-length") ?? "");
  if (declared > MAX_EVIDENCE_UPLOAD_BYTES) {
    await req.body?.cancel().catch(() => {});
    // The declared size includes the form's own lines, a few hundred bytes: the file is about that.
    throw fileTooLarge(declared);
  }
  if (!req.body) throw badRequest("evidence.refused.noFile");
  let over = false;
  const stream = counted(req.body, MAX_EVIDENCE_UPLOAD_BYTES, () => (over = true));
  let form: FormData;
  try {
    form = await new Response(stream, {
      headers: { "content-type": req.headers.get("content-type") ?? "" },
    }).formData();
  } catch {
    if (over)
      throw new AppError(
        "payload_too_large",
        msg("evidence.refused.tooLargeStreamed", { limit: megabytes(MAX_EVIDENCE_BYTES) }),
      );
    throw badRequest("evidence.refused.malformedForm");
  }
  const file = form.get("file");
  if (!file || typeof file === "string") throw badRequest("evidence.refused.noFile");
  if (file.size > MAX_EVIDENCE_BYTES) throw fileTooLarge(file.size);
  return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
