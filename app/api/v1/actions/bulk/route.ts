import { apiRoute } from "@/lib/api/handler";
import { bulkUpdateActions } from "@/db/mutations/bulk";
import { actionBulkInput } from "@/lib/validation/inputs";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/actions/bulk `{ items: [{ id, version }], changes: { agency?, assigneeId?, dueDate?,
 * reason?, status?, completionNote?, cancellationReason? } }`: the same change to every action, in
 * one transaction. A refusal (403, 409, 422) names the action and changes nothing.
 */
export const POST = apiRoute({ body: actionBulkInput }, async ({ db, actor, body }) => ({
  data: await bulkUpdateActions(db, actor, body),
}));
