/**
 * The OpenAPI description of /api/v1, built from the same zod schemas the routes validate with,
 * so the document cannot drift from what the server accepts.
 */
import { z } from "zod";
import {
  actionCreateInput,
  actionPatchInput,
  indicatorCreateInput,
  indicatorReadingInput,
  recommendationCreateInput,
  recommendationPatchInput,
  tokenCreateInput,
} from "@/lib/validation/inputs";
import { recommendationStatuses, sides, themes } from "@/db/schema/enums";

const schema = (s: z.ZodType) => z.toJSONSchema(s, { io: "input", unrepresentable: "any" });

const error = {
  type: "object",
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string" },
        message: { type: "string" },
        fieldErrors: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
        details: { type: "object" },
      },
    },
  },
};

const errors = (...codes: number[]) =>
  Object.fromEntries(
    codes.map((c) => [
      String(c),
      {
        description: errorText[c],
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      },
    ]),
  );
const errorText: Record<number, string> = {
  400: "Malformed input (a field, text with an invalid character, nesting over 32 levels, a path with a broken percent escape); fieldErrors says what to fix",
  401: "No session and no valid bearer token",
  403: "Not allowed for this user or token scope; the message says why",
  404: "Unknown code or id",
  409: "Stale version (details.current holds the current record) or duplicate code",
  413: "Body over 64 KiB (counted while it streams; the connection is then closed)",
  422: "Breaks a rule (lifecycle, unknown agency, verbatim excerpt); fieldErrors says which",
};

const body = (name: string) => ({
  required: true,
  content: { "application/json": { schema: { $ref: `#/components/schemas/${name}` } } },
});
const ok = (description: string, status = "200") => ({ [status]: { description } });
const path = (name: string) => ({ name, in: "path", required: true, schema: { type: "string" } });
const query = (name: string, description: string, s: object = { type: "string" }) => ({
  name,
  in: "query",
  description,
  schema: s,
});

export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Twin City Tracker API",
      version: "1",
      description:
        "Recommendations for Shenzhen–Hong Kong cooperation, their owners, actions and indicators. Authenticate with a session cookie or `Authorization: Bearer <personal API token>` (tokens are read or write scoped). Writes carry the `version` they were based on and are refused with 409 when someone changed the item since.",
    },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }, { session: [] }],
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "A personal API token from Settings → API tokens" },
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
      },
      schemas: {
        Error: error,
        RecommendationCreate: schema(recommendationCreateInput),
        RecommendationPatch: schema(recommendationPatchInput),
        ActionCreate: schema(actionCreateInput),
        ActionPatch: schema(actionPatchInput),
        IndicatorCreate: schema(indicatorCreateInput),
        IndicatorReading: schema(indicatorReadingInput),
        TokenCreate: schema(tokenCreateInput),
      },
    },
    paths: {
      "/api/health": {
        get: { summary: "Liveness and database kind", security: [], responses: ok("{ status, database }") },
      },
      "/api/v1/recommendations": {
        get: {
          summary: "List recommendations",
          parameters: [
            query("q", "Text in code, titles and summaries (any language) and the source excerpt"),
            query("status", "Comma-separated or repeated", { type: "string", enum: recommendationStatuses }),
            query("theme", "Comma-separated or repeated", { type: "string", enum: themes }),
            query("agency", "Owning agency keys"),
            query("side", "Side of an owning agency", { type: "string", enum: sides }),
            query("page", "From 1", { type: "integer", minimum: 1 }),
            query("pageSize", "1 to 200", { type: "integer", minimum: 1, maximum: 200 }),
            query("sort", "code, updated, target; prefix - for descending"),
          ],
          responses: { ...ok("{ data, page, pageSize, total, pageCount }"), ...errors(400, 401) },
        },
        post: {
          summary: "Create a recommendation (coordinators)",
          requestBody: body("RecommendationCreate"),
          responses: { ...ok("{ data }", "201"), ...errors(400, 401, 403, 409, 413, 422) },
        },
      },
      "/api/v1/recommendations/{code}": {
        parameters: [path("code")],
        get: {
          summary: "One recommendation with owners, actions and source",
          responses: { ...ok("{ data }"), ...errors(401, 404) },
        },
        patch: {
          summary: "Change fields; members may change status and health of their agency's items",
          description:
            "Checked on the combined result: one request may accept (acceptance with a new acceptanceReason) and move the status into work together. A new acceptance decision needs its own acceptanceReason; the previous one does not carry over.",
          requestBody: body("RecommendationPatch"),
          responses: { ...ok("{ data }"), ...errors(400, 401, 403, 404, 409, 413, 422) },
        },
      },
      "/api/v1/recommendations/{code}/actions": {
        parameters: [path("code")],
        post: {
          summary:
            "Add an action for an agency (coordinators: any agency; members: their own, on recommendations their agency owns)",
          description:
            "An assignee must belong to the action's agency. status done needs completionNote (progress becomes 100); cancelled needs cancellationReason. position places it in the list (from 0; left out or past the end: last).",
          requestBody: body("ActionCreate"),
          responses: { ...ok("{ data }", "201"), ...errors(400, 401, 403, 404, 413, 422) },
        },
      },
      "/api/v1/recommendations/{code}/indicators": {
        parameters: [path("code")],
        post: {
          summary: "Define an indicator (coordinators)",
          requestBody: body("IndicatorCreate"),
          responses: { ...ok("{ data }", "201"), ...errors(400, 401, 403, 404, 413) },
        },
      },
      "/api/v1/actions/{id}": {
        parameters: [path("id")],
        get: { summary: "One action", responses: { ...ok("{ data }"), ...errors(401, 404) } },
        patch: {
          summary: "Update an action; members only their agency's, and a due-date change needs a reason",
          description:
            "Members change the work (title, description, status, progress, dueDate with a reason, completionNote, cancellationReason, position) of their agency's actions; reassigning (agency, assigneeId) is for coordinators and administrators, and the assignee must belong to the action's agency. Marking it done needs a completionNote and sets progress to 100; cancelling needs a cancellationReason; leaving either status clears them. position moves it in the recommendation's list (from 0; past the end: last). The answer carries position and dueDateRevisions (how many times the due date was changed).",
          requestBody: body("ActionPatch"),
          responses: { ...ok("{ data }"), ...errors(400, 401, 403, 404, 409, 413, 422) },
        },
      },
      "/api/v1/indicators/{id}/readings": {
        parameters: [path("id")],
        post: {
          summary: "Record a dated reading",
          requestBody: body("IndicatorReading"),
          responses: { ...ok("{ data }", "201"), ...errors(400, 401, 403, 404, 413) },
        },
      },
      "/api/v1/agencies": {
        get: { summary: "Agency keys, names and sides", responses: { ...ok("{ data }"), ...errors(401) } },
      },
      "/api/v1/tokens": {
        get: { summary: "Your API tokens (never the secret)", responses: { ...ok("{ data }"), ...errors(401) } },
        post: {
          summary: "Create a token; the answer shows it once. Needs a session",
          requestBody: body("TokenCreate"),
          responses: { ...ok("{ data }", "201"), ...errors(400, 401, 403) },
        },
      },
      "/api/v1/tokens/{id}": {
        parameters: [path("id")],
        delete: {
          summary: "Revoke a token (yours; administrators: anyone's)",
          responses: { ...ok("{ data }"), ...errors(401, 403, 404) },
        },
      },
    },
  };
}
