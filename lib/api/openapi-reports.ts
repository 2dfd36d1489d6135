/**
 * The committee report routes in the OpenAPI document (lib/api/openapi.ts spreads these in), from
 * the same schema POST /api/v1/reports validates with.
 */
import { z } from "zod";
import { reportStates } from "@/db/schema/reports";
import { reportCreateInput } from "@/lib/validation/reports";

const schema = (s: z.ZodType) => z.toJSONSchema(s, { io: "input", unrepresentable: "any" });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const failure = (description: string) => ({ description, content: { "application/json": { schema: ref("Error") } } });
const idParam = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };
const failures = {
  "401": failure("No session and no valid bearer token"),
  "404": failure(
    "Unknown id, or a report the caller may not read (not theirs, and not a coordinator): the same answer",
  ),
};

export const reportSchemas = {
  ReportCreate: schema(reportCreateInput),
  ReportJob: {
    type: "object",
    properties: {
      id: { type: "string", format: "uuid" },
      title: { type: "string" },
      format: { type: "string", enum: ["pdf", "xlsx", "html"] },
      locale: { type: "string", description: "The language the report is written in (the caller's when asked)" },
      state: { type: "string", enum: reportStates },
      progress: {
        type: "object",
        properties: {
          done: { type: "integer" },
          total: { type: "integer", description: "Recommendations in the report (0 until counted)" },
          stage: { type: ["string", "null"], enum: ["collecting", "rendering", "printing", null] },
        },
      },
      error: { type: ["string", "null"], description: "Why it failed: a sentence in the report's language" },
      selection: {
        type: "object",
        properties: {
          query: { type: "string" },
          viewId: { type: ["string", "null"] },
          roundId: { type: ["string", "null"] },
          from: { type: ["string", "null"], format: "date" },
          to: { type: ["string", "null"], format: "date" },
        },
      },
      requestedBy: { type: ["string", "null"] },
      definitionId: { type: ["string", "null"] },
      createdAt: { type: "string", format: "date-time" },
      finishedAt: { type: ["string", "null"], format: "date-time" },
      file: {
        type: ["object", "null"],
        description: "Once ready: GET url for the file",
        properties: {
          url: { type: "string" },
          name: { type: "string" },
          contentType: { type: "string" },
          size: { type: "integer" },
        },
      },
    },
  },
};

export const reportPaths = {
  "/api/v1/reports": {
    get: {
      summary: "The caller's recent reports, newest first (a coordinator's or administrator's: everyone's)",
      responses: { "200": { description: "{ data: ReportJob[] }" }, "401": failures["401"] },
    },
    post: {
      summary:
        "Ask for a committee report of a selection: the recommendations list's filters as `query` (its query string, or an object of its keys), or a saved view `viewId`, optionally a reporting `round` (its answers, its frozen notes, only its recommendations) and a period `from`/`to` (overdue counted as of `to`). Built as a job by the server; poll the Location for its progress.",
      requestBody: { required: true, content: { "application/json": { schema: ref("ReportCreate") } } },
      responses: {
        "202": {
          description: "Queued: { id, data: ReportJob }, with Location: /api/v1/reports/{id}",
          headers: { Location: { schema: { type: "string" } } },
        },
        "400": failure("A field that does not fit, or filters the list would refuse (an unknown agency key…)"),
        "401": failures["401"],
        "403": failure("A read-only API token"),
        "404": failure("The saved view is not the caller's or shared, or the round does not exist"),
      },
    },
  },
  "/api/v1/reports/{id}": {
    parameters: [idParam],
    get: {
      summary:
        "Where a report stands: queued, running (with done / total and the stage), ready (with its file) or failed (with why)",
      responses: { "200": { description: "{ data: ReportJob }" }, ...failures },
    },
  },
  "/api/v1/reports/{id}/file": {
    parameters: [idParam],
    get: {
      summary:
        "The finished file (PDF, XLSX or a self-contained HTML page) as an attachment named after the report's title and day",
      responses: {
        "200": {
          description: "The file's bytes",
          content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } },
        },
        ...failures,
        "409": failure("Not ready yet (queued or running), or failed: { error: { details: { state } } }"),
      },
    },
  },
};
