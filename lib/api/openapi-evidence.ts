/**
 * The evidence routes in the OpenAPI document (lib/api/openapi.ts spreads these in), from the same
 * schema the link route validates with.
 */
import { z } from "zod";
import { evidenceLinkInput } from "@/lib/validation/evidence";

const schema = (s: z.ZodType) => z.toJSONSchema(s, { io: "input", unrepresentable: "any" });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const path = (name: string) => ({ name, in: "path", required: true, schema: { type: "string" } });
const failure = (description: string) => ({
  description,
  content: { "application/json": { schema: ref("Error") } },
});
const failures = {
  "401": failure("No session and no valid bearer token (a revoked token or a deactivated account included)"),
  "404": failure(
    "Unknown id, or evidence the caller may not see (another agency's draft answer): the same answer for both",
  ),
};
const writeFailures = {
  ...failures,
  "400": failure("Neither a multipart file nor a JSON link; a link that is not http(s)"),
  "403": failure(
    "Not allowed to add or remove evidence here; the message says why (or the request came from another site's page)",
  ),
  "413": failure(
    "The file is over 20 MB (refused from Content-Length before reading, or once the bytes counted pass it)",
  ),
  "422": failure(
    "The file's content is not on the allow-list (checked from its bytes: an executable renamed .pdf is refused), or it is empty",
  ),
};

const addBody = {
  required: true,
  content: {
    "multipart/form-data": { schema: ref("EvidenceUpload") },
    "application/json": { schema: ref("EvidenceLink") },
  },
};
const list = { "200": { description: "{ data: Evidence[] }, oldest first" } };
const added = { "201": { description: "{ data: Evidence }" } };

export const evidenceSchemas = {
  EvidenceLink: schema(evidenceLinkInput),
  EvidenceUpload: {
    type: "object",
    required: ["file"],
    properties: {
      file: {
        type: "string",
        format: "binary",
        description:
          "At most 20,971,520 bytes: PDF, PNG, JPEG, GIF, WebP, Word, Excel, PowerPoint (97–2003 and current), OpenDocument, or plain UTF-8 text",
      },
    },
  },
  Evidence: {
    type: "object",
    properties: {
      id: { type: "string", format: "uuid" },
      kind: { type: "string", enum: ["file", "link"] },
      name: { type: "string", description: "The file's name, or the link's label (its address without one)" },
      on: { type: "string", enum: ["action", "answer"] },
      actionId: { type: ["string", "null"] },
      roundRequestId: { type: ["string", "null"] },
      fileName: { type: ["string", "null"] },
      contentType: { type: ["string", "null"], description: "Found from the content, never the one sent" },
      size: { type: ["integer", "null"] },
      sha256: { type: ["string", "null"], description: "Hex SHA-256 of the file's bytes" },
      url: { type: ["string", "null"] },
      label: { type: ["string", "null"] },
      uploadedBy: { type: ["object", "null"], properties: { id: { type: "string" }, name: { type: "string" } } },
      createdAt: { type: "string", format: "date-time" },
      downloadUrl: { type: ["string", "null"] },
    },
  },
};

export const evidencePaths = {
  "/api/v1/actions/{id}/evidence": {
    parameters: [path("id")],
    get: { summary: "An action's files and links (metadata; no bytes)", responses: { ...list, ...failures } },
    post: {
      summary:
        "Attach a file (multipart/form-data, field `file`) or a link (JSON) to an action: coordinators and members of the action's agency",
      requestBody: addBody,
      responses: { ...added, ...writeFailures },
    },
  },
  "/api/v1/rounds/{id}/answers/{code}/evidence": {
    parameters: [path("id"), path("code")],
    get: {
      summary:
        "The evidence of your agency's answer for the recommendation in this round, or with ?agency=<key> of that agency's (a draft's is seen only by its agency)",
      parameters: [{ name: "agency", in: "query", required: false, schema: { type: "string" } }],
      responses: { ...list, ...failures, "400": failure("A caller without an agency named none with ?agency=") },
    },
    post: {
      summary:
        "Attach a file or a link to your agency's answer while it is a draft (not submitted or accepted) and the round is open",
      requestBody: addBody,
      responses: { ...added, ...writeFailures },
    },
  },
  "/api/v1/evidence/{id}": {
    parameters: [path("id")],
    get: {
      summary: "A file's or link's metadata",
      responses: { "200": { description: "{ data: Evidence }" }, ...failures },
    },
    delete: {
      summary: "Remove a file (with its bytes) or a link: whoever may attach evidence there",
      responses: { "200": { description: "{ data: { id } }" }, ...writeFailures },
    },
  },
  "/api/v1/evidence/{id}/download": {
    parameters: [path("id")],
    get: {
      summary:
        "The file, streamed, with the type found from its content, Content-Disposition: attachment and X-Content-Type-Options: nosniff",
      responses: {
        "200": {
          description: "The file's bytes",
          content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } },
        },
        ...failures,
      },
    },
  },
};
