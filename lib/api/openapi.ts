/**
 * The OpenAPI description of /api/v1, built from the same zod schemas the routes validate with,
 * so the document cannot drift from what the server accepts.
 */
import { preferencesInput } from "@/lib/validation/preferences";
import { z } from "zod";
import {
  actionBulkInput,
  actionCreateInput,
  actionPatchInput,
  indicatorCreateInput,
  indicatorReadingInput,
  recommendationCreateInput,
  recommendationPatchInput,
  tokenCreateInput,
} from "@/lib/validation/inputs";
import { ownersPutInput } from "@/lib/validation/owners";
import { indicatorPatchInput } from "@/lib/validation/indicators";
import { answerInput, reviewInput, roundOpenInput, withdrawInput } from "@/lib/validation/rounds";
import { actionStatuses, horizons, recommendationStatuses, sides, themes } from "@/db/schema/enums";
import { sideStates } from "@/lib/side-status";
import { actionColumnIds, actionGroupings } from "@/lib/table/action-view";
import { dueBuckets } from "@/lib/table/filters";
import { evidencePaths, evidenceSchemas } from "./openapi-evidence";
import { reportPaths, reportSchemas } from "./openapi-reports";
import { notificationPreferencesInput } from "@/lib/validation/notifications";
import { notificationReasons } from "@/db/schema/notifications";

const schema = (s: z.ZodType) => z.toJSONSchema(s, { io: "input", unrepresentable: "any" });

const error = {
  type: "object",
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: {
          type: "string",
          description: "A stable English identifier (forbidden, conflict, …), the same in every language",
        },
        message: { type: "string", description: "What went wrong and what to do, in the caller's language" },
        fieldErrors: {
          type: "object",
          description: "Per field, what to fix, in the caller's language",
          additionalProperties: { type: "array", items: { type: "string" } },
        },
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

/** One side's roll-up of a recommendation's actions (lib/side-status.ts). */
const sideStatus = {
  type: "object",
  required: ["progress", "state"],
  properties: {
    progress: {
      type: ["number", "null"],
      minimum: 0,
      maximum: 1,
      description:
        "Share of the side's work done: the mean progress of its actions (done counts 1), those of joint agencies included, cancelled ones left out; null without such actions",
    },
    state: {
      type: "string",
      enum: sideStates,
      description:
        "no_actions: none counted; done: all done; blocked: one is blocked; in_progress: one is in progress, done or has progress; else not_started",
    },
  },
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
        "Recommendations for Shenzhen–Hong Kong cooperation, their owners, actions and indicators. Authenticate with a session cookie or `Authorization: Bearer <personal API token>` (tokens are read or write scoped). Writes carry the `version` they were based on and are refused with 409 when someone changed the item since. Error messages are written in the language `Accept-Language` asks for when it names English (`en`), Simplified Chinese (`zh-Hans`, `zh-CN`) or Traditional Chinese (`zh-Hant`, `zh-HK`, `zh-TW`), else in the language the calling user chose in the app, else in English; error codes are the same in every language.",
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
        SideStatus: sideStatus,
        SideStatuses: {
          type: "object",
          description: "Each side's progress and state, on every recommendation as `sides`",
          required: ["shenzhen", "hong_kong"],
          properties: {
            shenzhen: { $ref: "#/components/schemas/SideStatus" },
            hong_kong: { $ref: "#/components/schemas/SideStatus" },
          },
        },
        RecommendationCreate: schema(recommendationCreateInput),
        RecommendationPatch: schema(recommendationPatchInput),
        ActionCreate: schema(actionCreateInput),
        ActionPatch: schema(actionPatchInput),
        ActionBulk: schema(actionBulkInput),
        IndicatorCreate: schema(indicatorCreateInput),
        IndicatorReading: schema(indicatorReadingInput),
        IndicatorPatch: schema(indicatorPatchInput),
        RoundOpen: schema(roundOpenInput),
        RoundAnswer: schema(answerInput),
        RoundReview: schema(reviewInput),
        RoundWithdraw: schema(withdrawInput),
        TokenCreate: schema(tokenCreateInput),
        OwnersPut: schema(ownersPutInput),
        Preferences: schema(preferencesInput),
        ...evidenceSchemas,
        ...reportSchemas,
        NotificationPreferences: schema(notificationPreferencesInput),
      },
    },
    paths: {
      ...evidencePaths,
      ...reportPaths,
      "/api/v1/me": {
        get: {
          summary: "The caller's account: id, name, email, role, agency key, and locale (null: follows the browser)",
          responses: ok("{ data: { id, name, email, role, agency, locale } }"),
        },
        patch: {
          summary: "Set the caller's interface language (en, zh-Hans, zh-Hant, or null to follow the browser)",
          requestBody: body("Preferences"),
          responses: { ...ok("{ data } as GET"), ...ok("Not one of the offered languages", "400") },
        },
      },
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
            query("stateShenzhen", "Shenzhen's state (see SideStatus); comma-separated or repeated", {
              type: "string",
              enum: sideStates,
            }),
            query("stateHongKong", "Hong Kong's state (see SideStatus); comma-separated or repeated", {
              type: "string",
              enum: sideStates,
            }),
            query("page", "From 1", { type: "integer", minimum: 1 }),
            query("pageSize", "1 to 200", { type: "integer", minimum: 1, maximum: 200 }),
            query("sort", "code, updated, target; prefix - for descending"),
          ],
          responses: {
            ...ok(
              "{ data, page, pageSize, total, pageCount }; each item carries owners, actions (in list order, with position, dueDateRevisions, completionNote, cancellationReason) and sides (SideStatuses)",
            ),
            ...errors(400, 401),
          },
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
          summary: "One recommendation with owners, actions, indicators (with readings) and source",
          responses: {
            ...ok(
              "{ data }: owners, actions in list order (with position, dueDateRevisions, completionNote, cancellationReason), sides (SideStatuses: each side's progress and state) and source",
            ),
            ...errors(401, 404),
          },
        },
        patch: {
          summary: "Change fields; members may change status and health of their agency's items",
          description:
            "Checked on the combined result: one request may accept (acceptance with a new acceptanceReason) and move the status into work together. A new acceptance decision needs its own acceptanceReason; the previous one does not carry over.",
          requestBody: body("RecommendationPatch"),
          responses: { ...ok("{ data }"), ...errors(400, 401, 403, 404, 409, 413, 422) },
        },
      },
      "/api/v1/recommendations/{code}/owners": {
        parameters: [path("code")],
        put: {
          summary: "Set the owning agencies, their roles and contacts (coordinators and administrators)",
          description:
            'The full list of owners after the change: { version, owners: [{ agency, role, contact? }] }. contact is { userId } (an active user of that agency), { name, email? } (someone without an account), or null for none; left out, an existing owner keeps its contact. Each agency appears once; one lead per side. Removing an agency that still has open actions on the recommendation is refused (422) until they are reassigned, done or cancelled; an archived recommendation refuses (403). Sending the owners as they are changes nothing. Answers the recommendation; its owners carry contact as { kind: "user", userId, name, email, active }, { kind: "person", name, email } or null.',
          requestBody: body("OwnersPut"),
          responses: { ...ok("{ data }"), ...errors(400, 401, 403, 404, 409, 413, 422) },
        },
      },
      "/api/v1/recommendations/{code}/actions": {
        parameters: [path("code")],
        post: {
          summary:
            "Add an action for an agency (coordinators: any agency; members: their own, on recommendations their agency owns)",
          description:
            'The title and description in three languages: title and description (English), titleZhHans and descriptionZhHans (Simplified Chinese), titleZhHant and descriptionZhHant (Traditional Chinese). A title left out or "" is a translation not written yet, but at least one title is required (422 otherwise); readers of a missing language see another, marked. An assignee must belong to the action\'s agency. status done needs completionNote (progress becomes 100); cancelled needs cancellationReason. position places it in the list (from 0; left out or past the end: last). The answer carries titles { en, zhHans, zhHant } and descriptions { en, zhHans, zhHant } beside title and description (the English ones).',
          requestBody: body("ActionCreate"),
          responses: { ...ok("{ data }", "201"), ...errors(400, 401, 403, 404, 413, 422) },
        },
      },
      "/api/v1/recommendations/{code}/indicators": {
        parameters: [path("code")],
        get: {
          summary: "The recommendation's indicators with their readings and figures",
          description:
            "Each indicator: name, unit, baseline, baselineDate, target, targetDate, readings (oldest observedOn first), latest (the last reading or null), direction (increase, decrease or null) and progress: (latest − baseline) / (target − baseline) clamped to 0…1, null when baseline, target or a reading is missing or target equals baseline. A target below the baseline (decrease) works the same way.",
          responses: { ...ok("{ data }"), ...errors(401, 404) },
        },
        post: {
          summary: "Define an indicator (coordinators and administrators)",
          requestBody: body("IndicatorCreate"),
          responses: { ...ok("{ data }", "201"), ...errors(400, 401, 403, 404, 413) },
        },
      },
      "/api/v1/actions": {
        get: {
          summary: "List every action across recommendations (the All actions table)",
          parameters: [
            query("q", "Text in the action's title or description, or its recommendation's code or title"),
            query("agency", "Keys of the agency the action is assigned to; comma-separated or repeated"),
            query("side", "Side of the action's agency", { type: "string", enum: sides }),
            query("status", "Comma-separated or repeated", { type: "string", enum: actionStatuses }),
            query(
              "due",
              "overdue (open, past due), week (next 7 days), month (8th to 30th day), later, none (no due date)",
              { type: "string", enum: dueBuckets },
            ),
            query("archived", "include: also the actions of archived recommendations", {
              type: "string",
              enum: ["include"],
            }),
            query("sort", `Up to 4 of ${actionColumnIds.join(", ")}; prefix - for descending`),
            query("group", "Rows come group by group", { type: "string", enum: actionGroupings }),
            query("page", "From 1", { type: "integer", minimum: 1 }),
            query("pageSize", "1 to 500", { type: "integer", minimum: 1, maximum: 500 }),
          ],
          responses: {
            ...ok(
              '{ data, page, pageSize, total, pageCount }; each item: id, title and description (English), titles and descriptions { en, zhHans, zhHant } ("" or null: not translated yet), recommendation { code, title, archived }, agency { key, abbreviation, side, name }, assignee { id, name } | null, status, progress, dueDate, overdueBy (days, null when not overdue), updatedAt, version, group',
            ),
            ...errors(400, 401),
          },
        },
      },
      "/api/v1/actions/bulk": {
        post: {
          summary: "The same change to many actions, in one transaction",
          description:
            "Reassign (agency, assigneeId: coordinators and administrators), set dueDate (with a reason, kept in each action's history) or status (done needs a completionNote, cancelled a cancellationReason). Each row is checked like PATCH /api/v1/actions/{id}; the first refusal changes nothing and its message and details.id name the action.",
          requestBody: body("ActionBulk"),
          responses: {
            ...ok("{ data: { updated, versions: { [id]: version } } }", "201"),
            ...errors(400, 401, 403, 404, 409, 413, 422),
          },
        },
      },
      "/api/v1/actions/{id}": {
        parameters: [path("id")],
        get: { summary: "One action", responses: { ...ok("{ data }"), ...errors(401, 404) } },
        patch: {
          summary: "Update an action; members only their agency's, and a due-date change needs a reason",
          description:
            'Members change the work (title, titleZhHans, titleZhHant, description, descriptionZhHans, descriptionZhHant, status, progress, dueDate with a reason, completionNote, cancellationReason, position) of their agency\'s actions; reassigning (agency, assigneeId) is for coordinators and administrators, and the assignee must belong to the action\'s agency. Marking it done needs a completionNote and sets progress to 100; cancelling needs a cancellationReason; leaving either status clears them. position moves it in the recommendation\'s list (from 0; past the end: last). Any title may be set to "" as long as the action keeps a title in one language (422 otherwise); a description set to null or "" is removed. Bulk edits never change titles. The answer carries position, dueDateRevisions (how many times the due date was changed), titles { en, zhHans, zhHant } and descriptions { en, zhHans, zhHant } (title and description are the English ones).',
          requestBody: body("ActionPatch"),
          responses: { ...ok("{ data }"), ...errors(400, 401, 403, 404, 409, 413, 422) },
        },
      },
      "/api/v1/indicators/{id}": {
        parameters: [path("id")],
        get: {
          summary: "One indicator with its readings and figures",
          responses: { ...ok("{ data }"), ...errors(401, 404) },
        },
        patch: {
          summary: "Change an indicator (coordinators and administrators)",
          description:
            "Indicators carry no version: send `expected`, all six fields (name, unit, baseline, baselineDate, target, targetDate) as you read them, with the fields to change. When the indicator no longer holds those values the answer is 409, naming who changed which field from what to what, with details.changed and details.current.",
          requestBody: body("IndicatorPatch"),
          responses: { ...ok("{ data }"), ...errors(400, 401, 403, 404, 409, 413) },
        },
        delete: {
          summary: "Delete an indicator and its readings (coordinators and administrators)",
          responses: { ...ok("{ data: { id, deleted, readingsDeleted } }"), ...errors(401, 403, 404) },
        },
      },
      "/api/v1/indicators/{id}/readings": {
        parameters: [path("id")],
        post: {
          summary: "Record a dated reading (coordinators and members of an owning agency)",
          requestBody: body("IndicatorReading"),
          responses: { ...ok("{ data }", "201"), ...errors(400, 401, 403, 404, 413) },
        },
      },
      "/api/v1/indicators/{id}/readings/{readingId}": {
        parameters: [path("id"), path("readingId")],
        delete: {
          summary: "Remove a reading made by mistake (coordinators and administrators, or the member who recorded it)",
          responses: { ...ok("{ data: { id, deleted } }"), ...errors(401, 403, 404) },
        },
      },
      "/api/v1/my-work": {
        get: {
          summary: "An agency's actions by urgency (My work); for coordinators also what needs attention",
          description:
            "groups: overdue (open, due before today), dueSoon (due today up to today + 14 days), later (due after that, or no due date) and recentlyDone (done in the last 30 days); cancelled actions and archived recommendations are left out; dates are UTC; each action carries title (English), titles and descriptions { en, zhHans, zhHant }. Members get their own agency's (another agency's is refused with 403); coordinators and administrators name any agency, or none (groups is then null), and get needsAttention: open actions without an assignee, overdue actions of all agencies, and accepted or in-progress recommendations with no action that is not cancelled, each as { count, items } with the first 5 items (show= one of them for up to 500). Viewers are refused with 403.",
          parameters: [
            query("agency", "Agency key (members: their own, the default)"),
            query("scope", "agency (default) or mine: only the actions assigned to you", {
              type: "string",
              enum: ["agency", "mine"],
            }),
            query("show", "A needsAttention list to return in full (up to 500)", {
              type: "string",
              enum: ["unassigned", "overdue", "unplanned"],
            }),
          ],
          responses: {
            ...ok(
              "{ data: { today, agency, scope, groups: { overdue, dueSoon, later, recentlyDone }, needsAttention, requests } }: requests are the agency's requests in open reporting rounds not yet accepted (as in GET /api/v1/rounds/{id}, with their round), soonest due first",
            ),
            ...errors(400, 401, 403),
          },
        },
      },
      "/api/v1/activity": {
        get: {
          summary: "The workspace's changes the caller may read, newest first (the activity feed)",
          description:
            "Every entry a recommendation's timeline shows (its fields, owners, actions, indicators, notes, evidence and round answers), reporting rounds opened and closed, and agency changes are read by everyone; account, sign-in and API token entries by administrators only; an answer's evidence only by members of the answering agency. Each entry: id, at, entityType, kind, source (agency, assessment, coordination, system: as the timeline tells them apart), message (the entry as one sentence in the caller's language), field, from, to, reason, actor { id, name, agency (abbreviation), agencyKey }, item ({ type: recommendation, code, title, titles } | { type: round, id, name } | { type: security } | null) and href (the item's page). Paged by id: pass nextBefore as before for the next (older) page; entries written meanwhile never shift a page. Dates are days in Hong Kong time (UTC+8), both ends included. A filter that cannot be read is refused with 400 naming it.",
          parameters: [
            query("person", "The acting person's user id", { type: "string", format: "uuid" }),
            query("agency", "The acting person's agency, by key (e.g. sz-stic)"),
            query("kind", "The entry's source", {
              type: "string",
              enum: ["agency", "assessment", "coordination", "system"],
            }),
            query("item", "A recommendation code: its entries and those of its actions, indicators, notes and answers"),
            query("from", "First day (YYYY-MM-DD), Hong Kong time", { type: "string", format: "date" }),
            query("to", "Last day (YYYY-MM-DD), Hong Kong time", { type: "string", format: "date" }),
            query("before", "Cursor: only entries with a smaller id (the previous page's nextBefore)", {
              type: "integer",
              minimum: 1,
            }),
            query("limit", "Entries per page (default 50)", { type: "integer", minimum: 1, maximum: 100 }),
          ],
          responses: { ...ok("{ data, nextBefore }: nextBefore is null on the last page"), ...errors(400, 401) },
        },
      },
      "/api/v1/dashboard": {
        get: {
          summary: "The dashboard's figures for a selection of recommendations",
          description:
            "The selection is the recommendations list's filters (the same parameters as GET /api/v1/recommendations and the list's links: theme, side, agency, horizon, status, health, priority, overdue, stateShenzhen, stateHongKong, acceptance, implemented, age, q, archived=include), on top of a saved view's filters when view names one of the caller's or a shared view of the list (a parameter given replaces the view's value). Archived recommendations are left out unless archived=include. Every figure is counted in the database. Accepted: acceptance accepted or partially_accepted. Implemented: status implemented or verified, or closed with closureReason implemented; rates are implemented-and-accepted over accepted (null without accepted). Open: proposed, accepted or in_progress. Age: months from the source document's publication date (or the day the recommendation was entered) to today (UTC). progress.months: recommendations counted as implemented now, by the month (UTC) of their first status change to implemented, verified or closed in the history (or their last update without one), gaps filled up to this month, with the running total. round: the open reporting round (else the one closed last) with requests submitted or accepted over all, per agency, for the selection's recommendations. Answers 400 naming the parameter for a value the list does not take or a view that is not the caller's to open.",
          parameters: [
            query("theme", "Comma-separated or repeated", { type: "string", enum: themes }),
            query("side", "Side of an owning agency; comma-separated or repeated", { type: "string", enum: sides }),
            query("agency", "Owning agency keys (lead or supporting)"),
            query("horizon", "Comma-separated or repeated", { type: "string", enum: horizons }),
            query("view", "A saved view of the recommendations list (its id): its filters are the base"),
            query("archived", "include: count archived recommendations too", { type: "string", enum: ["include"] }),
          ],
          responses: {
            ...ok(
              "{ data: { selection, view: { id, name } | null, today, total, byStatus: [{ status, count }], byHealth: [{ health, count }] (health none: not assessed), implementation: { overall, byTheme, byLeadAgency, bySide } each { accepted, implemented, rate } with theme, agency { key, abbreviation, side, name } or side, overdueByAgency: [{ agency, count }], age: [{ bucket: lt6 | 6to12 | 12to24 | gt24, count }], progress: { accepted, months: [{ month: YYYY-MM, reached, cumulative }] }, round: { id, name, status, dueDate, total, responded, responseRate, byAgency: [{ agency, total, responded, late, responseRate }] } | null, indicators: [{ theme, indicators: [{ id, name, unit, code, title, baseline, target, targetDate, latest: { value, observedOn } | null, progress }] }], indicatorsTruncated } }",
            ),
            ...errors(400, 401),
          },
        },
      },
      "/api/v1/rounds": {
        get: {
          summary: "Reporting rounds, newest first, with their request counts and response rate",
          description:
            "Each round: id, name, dueDate, message, filters (the list filters its scope was chosen with, null for all open recommendations), status (open, closed), openedBy, openedAt, closedAt, version and counts { total, byState { not_started, draft, submitted, accepted, returned, late }, responded (submitted or accepted), responseRate (responded / total) }. late: not submitted (not_started, draft or returned) once the due date has passed.",
          responses: { ...ok("{ data }"), ...errors(401) },
        },
        post: {
          summary: "Open a round (coordinators and administrators)",
          description:
            "The scope is every recommendation that is neither closed nor archived, narrowed by filters when given: the recommendations list's filters (q, status, health, theme, horizon, priority, agency, side, overdue, stateShenzhen, stateHongKong) as an object of values or lists of values, or as the list's query string (a list link's or a saved view's query; its sort, columns and paging are ignored). One request is made per owning agency of each recommendation in scope. Refused with 422 when the scope is empty and 409 when a round of that name exists. Answers { round, requests, recommendations }.",
          requestBody: body("RoundOpen"),
          responses: { ...ok("{ data }", "201"), ...errors(400, 401, 403, 409, 413, 422) },
        },
      },
      "/api/v1/rounds/{id}": {
        parameters: [path("id")],
        get: {
          summary: "One round with its requests per agency and per recommendation, and counts",
          description:
            "requests: each with state (stored), shownState (state, or late once the round is past due and it is not submitted), version (send it as requestVersion when you change the answer), agency, recommendation { code, title, status, health, targetDate, version }, itemLate (past its target date, or reaching it by the round's due date, and not implemented: a submitted answer then needs a revised targetDate with a reason), answer (null while it is another agency's draft), submittedBy, reviewedBy, reviewComment. counts: total, per agency and per side.",
          responses: {
            ...ok("{ data: { round, requests, counts: { total, agencies, sides } } }"),
            ...errors(401, 404),
          },
        },
      },
      "/api/v1/rounds/{id}/answers/{code}": {
        parameters: [path("id"), path("code")],
        put: {
          summary: "Your agency's answer for one recommendation: a draft (submit: false) or submitted",
          description:
            "Members of the owning agency answer their own agency's request; coordinators and administrators review and are refused (403). version: the recommendation's version the answer was written against. requestVersion: the answer's own version, needed once it was saved (409 naming who saved it otherwise). status and health are proposals a member may make (lib/permissions.ts, lib/lifecycle.ts: a status among accepted, in progress and implemented, only once the recommendation is accepted); refused with 422 otherwise. A submitted or accepted answer cannot change (withdraw a submitted one first); a closed round's answers are read-only. links (at most 20 of { url, label? }), when given, become the answer's link evidence exactly; files are attached with POST …/answers/{code}/evidence.",
          requestBody: body("RoundAnswer"),
          responses: { ...ok("{ data }"), ...errors(400, 401, 403, 404, 409, 413, 422) },
        },
      },
      "/api/v1/rounds/{id}/answers/{code}/review": {
        parameters: [path("id"), path("code")],
        post: {
          summary:
            "Accept a submitted answer into the record, or return it with a comment (coordinators and administrators)",
          description:
            "agency: the answering agency's key, needed when more than one agency owns the recommendation. accept applies the proposed status, health and target date as an ordinary update by the reviewer (lifecycle rules and history apply; 409 when one of those fields was changed since the version the answer was written against: return it instead). return needs a comment, which the agency sees; it answers again.",
          requestBody: body("RoundReview"),
          responses: { ...ok("{ data: { id, state, version } }", "201"), ...errors(400, 401, 403, 404, 409, 413, 422) },
        },
      },
      "/api/v1/rounds/{id}/answers/{code}/withdraw": {
        parameters: [path("id"), path("code")],
        post: {
          summary: "Take your agency's submitted answer back to draft, until it is reviewed",
          requestBody: body("RoundWithdraw"),
          responses: { ...ok("{ data }", "201"), ...errors(400, 401, 403, 404, 409, 413, 422) },
        },
      },
      "/api/v1/rounds/{id}/close": {
        parameters: [path("id")],
        post: {
          summary: "Close a round (coordinators and administrators)",
          description:
            "Freezes, for every recommendation in scope, its progress note as a report version named after the round, and makes the round's answers read-only. A recommendation whose note already has a version of that name keeps it (listed in kept); an archived one is left out (listed in archived). Answers { round, frozen, kept, archived } with recommendation codes.",
          responses: { ...ok("{ data }", "201"), ...errors(401, 403, 404, 422) },
        },
      },
      "/api/v1/notifications": {
        get: {
          summary: "Your notifications, newest first, 50 at a time, with the count of unread ones",
          description: `Each item: { id, reason (one of ${notificationReasons.join(", ")}), message (the sentence, in the caller's language), href (the item's path), createdAt, readAt, recommendation (code), actionId, roundId, detail }. New ones are announced on GET /api/v1/events as a \`notification\` event.`,
          parameters: [
            query("unread", "true: only the unread ones", { type: "string", enum: ["true", "false"] }),
            query("before", "An id: the page after it", { type: "integer", minimum: 1 }),
          ],
          responses: { ...ok("{ data, unread }"), ...errors(400, 401) },
        },
      },
      "/api/v1/notifications/{id}/read": {
        parameters: [path("id")],
        post: {
          summary: "Mark one of your notifications read (another person's id is 404)",
          responses: { ...ok("{ data: { read, unread } }", "201"), ...errors(401, 403, 404) },
        },
      },
      "/api/v1/notifications/read-all": {
        post: {
          summary: "Mark all your notifications read",
          responses: { ...ok("{ data: { marked, unread } }", "201"), ...errors(401, 403) },
        },
      },
      "/api/v1/me/notification-preferences": {
        get: {
          summary:
            "Your mail delivery per reason: immediate, daily (the default) or none; and whether this server sends mail",
          responses: { ...ok("{ data: { delivery: { <reason>: delivery }, mailConfigured } }"), ...errors(401) },
        },
        put: {
          summary: "Set your mail delivery for the reasons given (others keep theirs)",
          requestBody: body("NotificationPreferences"),
          responses: { ...ok("{ data } as GET"), ...errors(400, 401, 403) },
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
