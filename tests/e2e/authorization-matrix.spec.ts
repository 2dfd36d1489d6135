/**
 * Every page, API endpoint, server action and the websocket, against every role and anonymous,
 * with the answer each must get. The last test fails when a route or server action exists that has
 * no entry here, so nothing new ships without a decision about who may use it.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { expect, test, type APIRequestContext } from "./test";
import { demoAccounts } from "./fixtures";
import { callServerAction, serverActionIds, sessionFor } from "./http-session";

const roles = ["anonymous", "viewer", "szMember", "hkMember", "coordinator", "admin"] as const;
type Role = (typeof roles)[number];
/** An HTTP status, "login" (sent to sign in), "denied" (a page that says you may not) or "refused" (websocket). */
type Outcome = number | "login" | "denied" | "refused";

interface Fixture {
  /** A user and two agencies created for the matrix, so admin actions touch nothing shared. */
  targetUserId: string;
  mergeSource: string;
  mergeTarget: string;
  szOnly: { code: string };
  szAction: { id: string };
  indicatorId: string;
  coordinatorTokenId: string;
  proposedCode: string;
  /** A round over the recommendations ITIB owns, and one of them SZSTI does not own. */
  roundId: string;
  hkCode: string;
  /** A PDF the administrator attached to szAction. */
  evidenceId: string;
  /** A notification of the Hong Kong member's (an action assigned to their agency). */
  hkNotificationId: number;
  /** A finished report the Hong Kong member asked for, and a report definition they saved. */
  hkReportId: string;
  hkDefinitionId: string;
}

interface Entry {
  /** "METHOD file" for API routes, "PAGE file" for pages, "ACTION file#export", "WS path". */
  route: string;
  call: (ctx: APIRequestContext, fx: Fixture, role: Role) => Promise<Outcome>;
  expect: Record<Role, Outcome>;
}

const all = (o: Outcome, anonymous: Outcome = o): Record<Role, Outcome> => ({
  anonymous,
  viewer: o,
  szMember: o,
  hkMember: o,
  coordinator: o,
  admin: o,
});
const adminOnly = (ok: Outcome): Record<Role, Outcome> => ({ ...all(403, 401), admin: ok });
const adminPage: Record<Role, Outcome> = { ...all("denied", "login"), admin: 200 };
const USERS = "app/(workspace)/admin/users/actions.ts";
const AGENCIES = "app/(workspace)/admin/agencies/actions.ts";
const TOKENS = "app/(workspace)/settings/tokens/actions.ts";
const NOTIFICATIONS = "app/(workspace)/notifications/actions.ts";
const NOTIFICATION_SETTINGS = "app/(workspace)/settings/notifications/actions.ts";
const UNSUBSCRIBE = "app/(auth)/unsubscribe/actions.ts";
/** One person's own: theirs to mark, anyone else's answered like an id that does not exist. */
const hkOwn = (ok: Outcome): Record<Role, Outcome> => ({ ...all(404, 401), hkMember: ok });
const TABLE = "app/(workspace)/recommendations/table-actions.ts";
const INDICATORS = "app/(workspace)/recommendations/[code]/indicator-actions.ts";
const ROUNDS = "app/(workspace)/rounds/actions.ts";
const REPORTS = "app/(workspace)/reports/actions.ts";
/** A report is its requester's (the Hong Kong member's here) and every coordinator's; to others it does not exist. */
const hkReport = (ok: Outcome): Record<Role, Outcome> => ({ ...hkOwn(ok), coordinator: ok, admin: ok });
const agencyNames = (n: number) => ({
  nameEn: `Matrix ${n}`,
  nameZhHans: `矩阵${n}`,
  nameZhHant: `矩陣${n}`,
  abbreviation: `MX${n}`,
});
const managers = (ok: Outcome): Record<Role, Outcome> => ({
  anonymous: 401,
  viewer: 403,
  szMember: 403,
  hkMember: 403,
  coordinator: ok,
  admin: ok,
});
const szOwners = (ok: Outcome): Record<Role, Outcome> => ({ ...managers(ok), szMember: ok });
/** The Hong Kong agency's own answer: its member alone (coordinators review, they do not answer). */
const hkAnswers = (ok: Outcome): Record<Role, Outcome> => ({ ...all(403, 401), hkMember: ok });

async function page(ctx: APIRequestContext, url: string): Promise<Outcome> {
  const res = await ctx.get(url, { maxRedirects: 0 });
  if ([302, 303, 307, 308].includes(res.status())) {
    return (res.headers()["location"] ?? "").includes("/login") ? "login" : res.status();
  }
  const body = await res.text();
  return res.status() === 200 && body.includes("data-access-denied") ? "denied" : res.status();
}

async function api(ctx: APIRequestContext, method: string, url: string, data?: unknown): Promise<Outcome> {
  const res = await ctx.fetch(url, { method, data, headers: data ? { "Content-Type": "application/json" } : {} });
  return res.status();
}

const codeStatus: Record<string, number> = {
  unauthorized: 401,
  forbidden: 403,
  bad_request: 400,
  not_found: 404,
  conflict: 409,
  unprocessable: 422,
};
async function action(ctx: APIRequestContext, pagePath: string, ref: string, args: unknown[]): Promise<Outcome> {
  const id = serverActionIds().get(ref);
  expect(id, `server action ${ref} in the build`).toBeDefined();
  const res = await callServerAction(ctx, pagePath, id!, args);
  if (res.status !== 200) return res.status;
  if (res.body.includes('"ok":true')) return 200;
  const code = /"code":"(\w+)"/.exec(res.body)?.[1];
  return code ? (codeStatus[code] ?? 500) : 500;
}

/** An indicator the administrator defines for one call (to be deleted by it). */
async function newIndicator(fx: Fixture): Promise<string> {
  const res = await admin.post(`/api/v1/recommendations/${fx.szOnly.code}/indicators`, {
    data: { name: `Matrix ${++unique}`, unit: "n" },
  });
  return (await res.json()).data.id;
}

/** A reading the administrator records on the fixture's indicator for one call. */
async function newReading(fx: Fixture): Promise<string> {
  const res = await admin.post(`/api/v1/indicators/${fx.indicatorId}/readings`, {
    data: { value: ++unique, observedOn: "2026-11-03" },
  });
  return (await res.json()).data.id;
}

/** A link the administrator attaches to the fixture's action for one call (to be removed by it). */
async function newEvidence(fx: Fixture): Promise<string> {
  const res = await admin.post(`/api/v1/actions/${fx.szAction.id}/evidence`, {
    data: { url: `https://example.org/matrix/${++unique}` },
  });
  return (await res.json()).data.id;
}

/** A round id no round has: the answer routes exist for rounds the rounds module opens. */
const NO_ROUND = "00000000-0000-4000-8000-00000000e71d";

async function version(ctx: APIRequestContext, url: string): Promise<number> {
  return (await (await ctx.get(url)).json()).data.version;
}

/** A recommendation's version and owners as `PUT …/owners` takes them (contacts left as they are). */
async function currentOwners(code: string) {
  const { data } = await (await admin.get(`/api/v1/recommendations/${code}`)).json();
  return {
    version: data.version as number,
    owners: (data.owners as { agency: { key: string }; role: string }[]).map((o) => ({
      agency: o.agency.key,
      role: o.role,
    })),
  };
}

/** The ITIB request of the fixture's round: its version and state, and the recommendation's version. */
async function hkRequest(fx: Fixture, roundId = fx.roundId) {
  const { data } = await (await admin.get(`/api/v1/rounds/${roundId}`)).json();
  const r = (
    data.requests as {
      state: string;
      version: number;
      agency: { key: string };
      recommendation: { code: string; version: number };
    }[]
  ).find((q) => q.agency.key === "hk-itib" && q.recommendation.code === fx.hkCode)!;
  return { state: r.state, requestVersion: r.version, version: r.recommendation.version };
}

/** The answer body the ITIB member sends next (requestVersion once an answer was saved). */
async function answerBody(fx: Fixture, submit: boolean, roundId = fx.roundId) {
  const { requestVersion, version } = await hkRequest(fx, roundId);
  return {
    statement: `Matrix ${++unique}`,
    submit,
    version,
    ...(requestVersion > 1 ? { requestVersion } : {}),
    // Whatever the item's target date, a revised one with its reason lets a late item be submitted too.
    ...(submit ? { targetDate: "2027-06-30", targetDateReason: "Matrix" } : {}),
  };
}

/** Makes sure the ITIB answer is submitted, so a review or a withdrawal has something to act on. */
async function hkSubmitted(fx: Fixture) {
  if ((await hkRequest(fx)).state === "submitted") return;
  const res = await contexts
    .get("hkMember")!
    .put(`/api/v1/rounds/${fx.roundId}/answers/${fx.hkCode}`, { data: await answerBody(fx, true) });
  expect(res.status(), await res.text()).toBe(200);
}

/** A round of its own for one call that closes it, over one recommendation. */
async function freshRound(fx: Fixture): Promise<string> {
  const res = await admin.post("/api/v1/rounds", {
    data: {
      name: `Matrix round ${Date.now().toString(36)}-${++unique}`,
      dueDate: "2027-01-31",
      filters: { q: fx.hkCode },
    },
  });
  return (await res.json()).data.round.id;
}

let unique = 0;
const entries: Entry[] = [
  // Pages
  // "/" sends everyone to /recommendations, which then asks anonymous visitors to sign in.
  // Home sends members to My work, everyone else to the list, and the signed-out to sign in.
  { route: "PAGE app/page.tsx", call: (c) => page(c, "/"), expect: all(307, "login") },
  {
    // Shenzhen's work queue: its members and coordinators; another agency's member is told why.
    route: "PAGE app/(workspace)/my-work/page.tsx",
    call: (c) => page(c, "/my-work?agency=sz-stic"),
    expect: { ...szOwners(200), anonymous: "login", viewer: "denied", hkMember: "denied" },
  },
  { route: "PAGE app/(auth)/login/page.tsx", call: (c) => page(c, "/login"), expect: all(307, 200) },
  // Everyone signed in reads the feed; which entries it holds is decided per reader (unit tests).
  { route: "PAGE app/(workspace)/activity/page.tsx", call: (c) => page(c, "/activity"), expect: all(200, "login") },
  {
    route: "PAGE app/(workspace)/recommendations/page.tsx",
    call: (c) => page(c, "/recommendations"),
    expect: all(200, "login"),
  },
  // Aggregates of what everyone signed in reads on the list.
  {
    route: "PAGE app/(workspace)/dashboard/page.tsx",
    call: (c) => page(c, "/dashboard?theme=innovation"),
    expect: all(200, "login"),
  },
  {
    route: "PAGE app/(workspace)/recommendations/[code]/page.tsx",
    call: (c, fx) => page(c, `/recommendations/${fx.szOnly.code}`),
    expect: all(200, "login"),
  },
  {
    route: "PAGE app/(workspace)/actions/page.tsx",
    call: (c) => page(c, "/actions?due=overdue"),
    expect: all(200, "login"),
  },
  // Reporting rounds
  { route: "PAGE app/(workspace)/rounds/page.tsx", call: (c) => page(c, "/rounds"), expect: all(200, "login") },
  {
    route: "PAGE app/(workspace)/rounds/new/page.tsx",
    call: (c) => page(c, "/rounds/new?theme=industry"),
    expect: { ...all("denied", "login"), coordinator: 200, admin: 200 },
  },
  {
    route: "PAGE app/(workspace)/rounds/[id]/page.tsx",
    call: (c, fx) => page(c, `/rounds/${fx.roundId}`),
    expect: all(200, "login"),
  },
  { route: "GET app/api/v1/rounds/route.ts", call: (c) => api(c, "GET", "/api/v1/rounds"), expect: all(200, 401) },
  {
    route: "POST app/api/v1/rounds/route.ts",
    call: (c, fx) =>
      api(c, "POST", "/api/v1/rounds", {
        name: `Matrix open ${Date.now().toString(36)}-${++unique}`,
        dueDate: "2027-01-31",
        filters: { q: fx.hkCode },
      }),
    expect: managers(201),
  },
  {
    route: "GET app/api/v1/rounds/[id]/route.ts",
    call: (c, fx) => api(c, "GET", `/api/v1/rounds/${fx.roundId}`),
    expect: all(200, 401),
  },
  {
    route: "PUT app/api/v1/rounds/[id]/answers/[code]/route.ts",
    call: async (c, fx, role) => {
      // A draft saves over a returned or draft answer; a submitted one is withdrawn first.
      if (role === "hkMember" && (await hkRequest(fx)).state === "submitted")
        await c.post(`/api/v1/rounds/${fx.roundId}/answers/${fx.hkCode}/withdraw`, { data: {} });
      return api(c, "PUT", `/api/v1/rounds/${fx.roundId}/answers/${fx.hkCode}`, await answerBody(fx, false));
    },
    expect: hkAnswers(200),
  },
  {
    route: "POST app/api/v1/rounds/[id]/answers/[code]/withdraw/route.ts",
    call: async (c, fx) => {
      await hkSubmitted(fx);
      return api(c, "POST", `/api/v1/rounds/${fx.roundId}/answers/${fx.hkCode}/withdraw`, {});
    },
    expect: hkAnswers(201),
  },
  {
    route: "POST app/api/v1/rounds/[id]/answers/[code]/review/route.ts",
    call: async (c, fx) => {
      await hkSubmitted(fx);
      const url = `/api/v1/rounds/${fx.roundId}/answers/${fx.hkCode}/review`;
      return api(c, "POST", url, { decision: "return", agency: "hk-itib", comment: "Matrix: say more." });
    },
    expect: managers(201),
  },
  {
    route: "POST app/api/v1/rounds/[id]/close/route.ts",
    call: async (c, fx, role) =>
      api(
        c,
        "POST",
        `/api/v1/rounds/${role === "coordinator" || role === "admin" ? await freshRound(fx) : fx.roundId}/close`,
      ),
    expect: managers(201),
  },
  {
    route: `ACTION ${ROUNDS}#openRoundAction`,
    call: (c, fx) =>
      action(c, "/rounds/new", `${ROUNDS}#openRoundAction`, [
        {
          name: `Matrix action ${Date.now().toString(36)}-${++unique}`,
          dueDate: "2027-01-31",
          filters: `q=${fx.hkCode}`,
        },
      ]),
    expect: managers(200),
  },
  {
    route: `ACTION ${ROUNDS}#previewScopeAction`,
    call: (c) => action(c, "/rounds/new", `${ROUNDS}#previewScopeAction`, [{ filters: "theme=industry" }]),
    expect: managers(200),
  },
  {
    route: `ACTION ${ROUNDS}#saveAnswerAction`,
    call: async (c, fx, role) => {
      if (role === "hkMember" && (await hkRequest(fx)).state === "submitted")
        await c.post(`/api/v1/rounds/${fx.roundId}/answers/${fx.hkCode}/withdraw`, { data: {} });
      return action(c, "/my-work", `${ROUNDS}#saveAnswerAction`, [
        { roundId: fx.roundId, code: fx.hkCode, ...(await answerBody(fx, false)) },
      ]);
    },
    expect: hkAnswers(200),
  },
  {
    route: `ACTION ${ROUNDS}#withdrawAnswerAction`,
    call: async (c, fx) => {
      await hkSubmitted(fx);
      return action(c, "/my-work", `${ROUNDS}#withdrawAnswerAction`, [{ roundId: fx.roundId, code: fx.hkCode }]);
    },
    expect: hkAnswers(200),
  },
  {
    route: `ACTION ${ROUNDS}#reviewAnswerAction`,
    call: async (c, fx) => {
      await hkSubmitted(fx);
      return action(c, `/rounds/${fx.roundId}`, `${ROUNDS}#reviewAnswerAction`, [
        { roundId: fx.roundId, code: fx.hkCode, agency: "hk-itib", decision: "return", comment: "Matrix: say more." },
      ]);
    },
    expect: managers(200),
  },
  {
    route: `ACTION ${ROUNDS}#closeRoundAction`,
    call: async (c, fx, role) =>
      action(c, `/rounds/${fx.roundId}`, `${ROUNDS}#closeRoundAction`, [
        { roundId: role === "coordinator" || role === "admin" ? await freshRound(fx) : fx.roundId },
      ]),
    expect: managers(200),
  },
  // API
  { route: "GET app/api/health/route.ts", call: (c) => api(c, "GET", "/api/health"), expect: all(200) },
  {
    route: "GET app/api/auth/[...nextauth]/route.ts",
    call: (c) => api(c, "GET", "/api/auth/providers"),
    expect: all(200),
  },
  {
    route: "POST app/api/auth/[...nextauth]/route.ts",
    // Without the CSRF token next-auth refuses to sign anyone out: it redirects back with an error.
    call: async (c) => (await c.post("/api/auth/signout", { maxRedirects: 0 })).status(),
    expect: all(302),
  },
  {
    route: "GET app/api/v1/openapi.json/route.ts",
    call: (c) => api(c, "GET", "/api/v1/openapi.json"),
    expect: all(200),
  },
  {
    route: "GET app/api/v1/recommendations/route.ts",
    call: (c) => api(c, "GET", "/api/v1/recommendations"),
    expect: all(200, 401),
  },
  {
    route: "POST app/api/v1/recommendations/route.ts",
    call: (c) =>
      api(c, "POST", "/api/v1/recommendations", {
        code: `R-990-M${++unique}`,
        title: { en: "Matrix", zhHans: "矩阵", zhHant: "矩陣" },
        summary: { en: "Matrix test.", zhHans: "测试。", zhHant: "測試。" },
        theme: "governance",
        horizon: "short",
      }),
    expect: managers(201),
  },
  {
    route: "GET app/api/v1/recommendations/export/route.ts",
    call: (c) => api(c, "GET", "/api/v1/recommendations/export?format=csv&theme=talent"),
    expect: all(200, 401),
  },
  {
    route: "GET app/api/v1/recommendations/[code]/route.ts",
    call: (c, fx) => api(c, "GET", `/api/v1/recommendations/${fx.szOnly.code}`),
    expect: all(200, 401),
  },
  {
    route: "PATCH app/api/v1/recommendations/[code]/route.ts",
    call: async (c, fx) => {
      const url = `/api/v1/recommendations/${fx.szOnly.code}`;
      return api(c, "PATCH", url, {
        version: await version(admin, url),
        health: unique++ % 2 ? "at_risk" : "on_track",
      });
    },
    expect: szOwners(200),
  },
  {
    route: "POST app/api/v1/recommendations/[code]/actions/route.ts",
    call: (c, fx) =>
      api(c, "POST", `/api/v1/recommendations/${fx.szOnly.code}/actions`, {
        title: "Matrix action",
        agency: "sz-stic",
      }),
    // Members add actions for their own agency on recommendations it owns.
    expect: szOwners(201),
  },
  {
    // The owners sent as they are: the permission check comes first, and nothing changes for others.
    route: "PUT app/api/v1/recommendations/[code]/owners/route.ts",
    call: async (c, fx) => {
      const { version, owners } = await currentOwners(fx.szOnly.code);
      return api(c, "PUT", `/api/v1/recommendations/${fx.szOnly.code}/owners`, { version, owners });
    },
    expect: managers(200),
  },
  {
    route: "POST app/api/v1/recommendations/[code]/indicators/route.ts",
    call: (c, fx) =>
      api(c, "POST", `/api/v1/recommendations/${fx.szOnly.code}/indicators`, { name: "Matrix", unit: "n" }),
    expect: managers(201),
  },
  {
    route: "POST app/api/v1/indicators/[id]/readings/route.ts",
    call: (c, fx) =>
      api(c, "POST", `/api/v1/indicators/${fx.indicatorId}/readings`, { value: 1, observedOn: "2026-11-01" }),
    expect: szOwners(201),
  },
  {
    route: "GET app/api/v1/recommendations/[code]/indicators/route.ts",
    call: (c, fx) => api(c, "GET", `/api/v1/recommendations/${fx.szOnly.code}/indicators`),
    expect: all(200, 401),
  },
  {
    route: "GET app/api/v1/indicators/[id]/route.ts",
    call: (c, fx) => api(c, "GET", `/api/v1/indicators/${fx.indicatorId}`),
    expect: all(200, 401),
  },
  {
    route: "PATCH app/api/v1/indicators/[id]/route.ts",
    call: async (c, fx) => {
      const url = `/api/v1/indicators/${fx.indicatorId}`;
      const { name, unit, baseline, baselineDate, target, targetDate } = (await (await admin.get(url)).json()).data;
      const expected = { name, unit, baseline, baselineDate, target, targetDate };
      return api(c, "PATCH", url, { target: ++unique, expected });
    },
    expect: managers(200),
  },
  {
    // A fresh indicator per call, so each role that may delete finds one.
    route: "DELETE app/api/v1/indicators/[id]/route.ts",
    call: async (c, fx) => api(c, "DELETE", `/api/v1/indicators/${await newIndicator(fx)}`),
    expect: managers(200),
  },
  {
    // Recorded by the administrator: members take back only their own readings (unit tests cover that case).
    route: "DELETE app/api/v1/indicators/[id]/readings/[readingId]/route.ts",
    call: async (c, fx) => {
      const reading = await newReading(fx);
      return api(c, "DELETE", `/api/v1/indicators/${fx.indicatorId}/readings/${reading}`);
    },
    expect: managers(200),
  },
  {
    route: "GET app/api/v1/actions/route.ts",
    call: (c) => api(c, "GET", "/api/v1/actions?side=shenzhen&sort=-overdueBy"),
    expect: all(200, 401),
  },
  {
    route: "GET app/api/v1/actions/export/route.ts",
    call: (c) => api(c, "GET", "/api/v1/actions/export?format=csv&due=overdue"),
    expect: all(200, 401),
  },
  {
    // The rows the two tables fetch when their URL changes: readable by everyone signed in, like the lists.
    route: "GET app/api/table/recommendations/route.ts",
    call: (c) => api(c, "GET", "/api/table/recommendations?side=hong_kong&sort=-updated"),
    expect: all(200, 401),
  },
  {
    route: "GET app/api/table/actions/route.ts",
    call: (c) => api(c, "GET", "/api/table/actions?due=overdue"),
    expect: all(200, 401),
  },
  {
    route: "GET app/api/v1/actions/[id]/route.ts",
    call: (c, fx) => api(c, "GET", `/api/v1/actions/${fx.szAction.id}`),
    expect: all(200, 401),
  },
  {
    route: "PATCH app/api/v1/actions/[id]/route.ts",
    call: async (c, fx) => {
      const url = `/api/v1/actions/${fx.szAction.id}`;
      return api(c, "PATCH", url, { version: await version(admin, url), progress: (unique++ % 9) * 10 });
    },
    expect: szOwners(200),
  },
  {
    // The same change as the PATCH above, through the bulk edit: members of the action's agency may.
    route: "POST app/api/v1/actions/bulk/route.ts",
    call: async (c, fx) => {
      const v = await version(admin, `/api/v1/actions/${fx.szAction.id}`);
      return api(c, "POST", "/api/v1/actions/bulk", {
        items: [{ id: fx.szAction.id, version: v }],
        changes: { status: unique++ % 2 ? "blocked" : "in_progress" },
      });
    },
    expect: szOwners(201),
  },
  // Evidence: an action's is read by everyone signed in and attached by those who may edit the action.
  {
    route: "GET app/api/v1/actions/[id]/evidence/route.ts",
    call: (c, fx) => api(c, "GET", `/api/v1/actions/${fx.szAction.id}/evidence`),
    expect: all(200, 401),
  },
  {
    route: "POST app/api/v1/actions/[id]/evidence/route.ts",
    call: (c, fx) =>
      api(c, "POST", `/api/v1/actions/${fx.szAction.id}/evidence`, { url: `https://example.org/m/${++unique}` }),
    expect: szOwners(201),
  },
  { route: "PAGE app/(workspace)/reports/page.tsx", call: (c) => page(c, "/reports"), expect: all(200, "login") },
  {
    route: "PAGE app/(print)/reports/[id]/print/page.tsx",
    call: (c, fx) => page(c, `/reports/${fx.hkReportId}/print`),
    expect: { ...hkReport(200), anonymous: 404 },
  },
  {
    route: "POST app/api/v1/reports/route.ts",
    call: (c) => api(c, "POST", "/api/v1/reports", { title: "Matrix", format: "xlsx", query: "agency=hk-itib" }),
    expect: all(202, 401),
  },
  { route: "GET app/api/v1/reports/route.ts", call: (c) => api(c, "GET", "/api/v1/reports"), expect: all(200, 401) },
  {
    route: "GET app/api/v1/reports/[id]/route.ts",
    call: (c, fx) => api(c, "GET", `/api/v1/reports/${fx.hkReportId}`),
    expect: hkReport(200),
  },
  {
    route: "GET app/api/v1/reports/[id]/file/route.ts",
    call: (c, fx) => api(c, "GET", `/api/v1/reports/${fx.hkReportId}/file`),
    expect: hkReport(200),
  },
  {
    route: `ACTION ${REPORTS}#saveReportDefinitionAction`,
    call: (c, _fx, role) =>
      action(c, "/reports", `${REPORTS}#saveReportDefinitionAction`, [
        { name: `Matrix ${role}`, title: "Matrix", format: "xlsx", query: "agency=hk-itib" },
      ]),
    expect: all(200, 401),
  },
  {
    route: `ACTION ${REPORTS}#regenerateReportAction`,
    call: (c, fx) => action(c, "/reports", `${REPORTS}#regenerateReportAction`, [{ id: fx.hkDefinitionId }]),
    expect: hkOwn(200),
  },
  {
    // Each call deletes a definition the Hong Kong member has just saved.
    route: `ACTION ${REPORTS}#deleteReportDefinitionAction`,
    call: async (c) => {
      const saved = await callServerAction(
        contexts.get("hkMember")!,
        "/reports",
        serverActionIds().get(`${REPORTS}#saveReportDefinitionAction`)!,
        [{ name: `Matrix delete ${++unique}`, title: "Matrix", format: "xlsx" }],
      );
      const id = /"id":"([0-9a-f-]{36})"/.exec(saved.body)![1];
      return action(c, "/reports", `${REPORTS}#deleteReportDefinitionAction`, [{ id }]);
    },
    expect: hkOwn(200),
  },
  {
    route: "GET app/api/v1/evidence/[id]/route.ts",
    call: (c, fx) => api(c, "GET", `/api/v1/evidence/${fx.evidenceId}`),
    expect: all(200, 401),
  },
  {
    route: "GET app/api/v1/evidence/[id]/download/route.ts",
    call: (c, fx) => api(c, "GET", `/api/v1/evidence/${fx.evidenceId}/download`),
    expect: all(200, 401),
  },
  {
    route: "DELETE app/api/v1/evidence/[id]/route.ts",
    call: async (c, fx) => api(c, "DELETE", `/api/v1/evidence/${await newEvidence(fx)}`),
    expect: szOwners(200),
  },
  {
    // Everyone signed in may list an answer's evidence: what each sees of it is filtered (a draft's is the agency's).
    route: "GET app/api/v1/rounds/[id]/answers/[code]/evidence/route.ts",
    call: (c, fx) => api(c, "GET", `/api/v1/rounds/${fx.roundId}/answers/${fx.hkCode}/evidence?agency=hk-itib`),
    expect: all(200, 401),
  },
  {
    // For a round that does not exist, nobody adds anything.
    route: "POST app/api/v1/rounds/[id]/answers/[code]/evidence/route.ts",
    call: (c, fx) =>
      api(c, "POST", `/api/v1/rounds/${NO_ROUND}/answers/${fx.szOnly.code}/evidence`, { url: "https://example.org" }),
    expect: all(404, 401),
  },
  // A stream that never ends on its own: only its status is read.
  { route: "GET app/api/v1/events/route.ts", call: (c) => streamStatus(c, "/api/v1/events"), expect: all(200, 401) },
  {
    route: "GET app/api/v1/my-work/route.ts",
    call: (c) => api(c, "GET", "/api/v1/my-work?agency=sz-stic"),
    expect: szOwners(200),
  },
  {
    route: "GET app/api/v1/activity/route.ts",
    call: (c) => api(c, "GET", "/api/v1/activity?agency=sz-stic&limit=5"),
    expect: all(200, 401),
  },
  {
    route: "GET app/api/v1/dashboard/route.ts",
    call: (c) => api(c, "GET", "/api/v1/dashboard?side=hong_kong"),
    expect: all(200, 401),
  },
  { route: "GET app/api/v1/agencies/route.ts", call: (c) => api(c, "GET", "/api/v1/agencies"), expect: all(200, 401) },
  { route: "GET app/api/v1/tokens/route.ts", call: (c) => api(c, "GET", "/api/v1/tokens"), expect: all(200, 401) },
  { route: "GET app/api/v1/me/route.ts", call: (c) => api(c, "GET", "/api/v1/me"), expect: all(200, 401) },
  {
    // Back to following the browser: the demo accounts' language stays what the other specs expect.
    route: "PATCH app/api/v1/me/route.ts",
    call: (c) => api(c, "PATCH", "/api/v1/me", { locale: null }),
    expect: all(200, 401),
  },
  {
    // Signed out, it sets only this browser's cookie; signed in, the account's choice too.
    route: "ACTION app/language-actions.ts#chooseLanguage",
    call: (c, _fx, role) =>
      action(c, role === "anonymous" ? "/login" : "/recommendations", "app/language-actions.ts#chooseLanguage", [
        { locale: null },
      ]),
    expect: all(200),
  },
  {
    route: "POST app/api/v1/tokens/route.ts",
    call: (c) => api(c, "POST", "/api/v1/tokens", { name: "matrix", scope: "write" }),
    expect: { ...all(201, 401), viewer: 403 },
  },
  {
    route: "DELETE app/api/v1/tokens/[id]/route.ts",
    call: (c, fx) => api(c, "DELETE", `/api/v1/tokens/${fx.coordinatorTokenId}`),
    expect: { ...managers(200), coordinator: 200 },
  },
  // Server actions
  {
    route: "ACTION app/(workspace)/actions/actions.ts#bulkUpdateActionsAction",
    call: async (c, fx) => {
      const v = await version(admin, `/api/v1/actions/${fx.szAction.id}`);
      return action(c, "/actions", "app/(workspace)/actions/actions.ts#bulkUpdateActionsAction", [
        { items: [{ id: fx.szAction.id, version: v }], changes: { status: unique++ % 2 ? "blocked" : "in_progress" } },
      ]);
    },
    expect: szOwners(200),
  },
  {
    route: "ACTION app/(workspace)/recommendations/[code]/actions.ts#saveAction",
    call: async (c, fx) => {
      const v = await version(admin, `/api/v1/actions/${fx.szAction.id}`);
      return action(
        c,
        `/recommendations/${fx.szOnly.code}`,
        "app/(workspace)/recommendations/[code]/actions.ts#saveAction",
        [{ id: fx.szAction.id, code: fx.szOnly.code, version: v, progress: (unique++ % 9) * 10 }],
      );
    },
    expect: szOwners(200),
  },
  {
    route: "ACTION app/(workspace)/recommendations/[code]/actions.ts#addAction",
    call: (c, fx) =>
      action(c, `/recommendations/${fx.szOnly.code}`, "app/(workspace)/recommendations/[code]/actions.ts#addAction", [
        { code: fx.szOnly.code, title: `Matrix action ${++unique}`, agency: "sz-stic" },
      ]),
    expect: szOwners(200),
  },
  {
    route: "ACTION app/(workspace)/recommendations/[code]/actions.ts#saveTracking",
    call: async (c, fx) => {
      const v = await version(admin, `/api/v1/recommendations/${fx.szOnly.code}`);
      return action(
        c,
        `/recommendations/${fx.szOnly.code}`,
        "app/(workspace)/recommendations/[code]/actions.ts#saveTracking",
        [{ code: fx.szOnly.code, version: v, health: unique++ % 2 ? "at_risk" : "on_track" }],
      );
    },
    expect: szOwners(200),
  },
  {
    route: "ACTION app/(workspace)/recommendations/[code]/owners-actions.ts#saveOwnersAction",
    call: async (c, fx) => {
      const { version, owners } = await currentOwners(fx.szOnly.code);
      return action(
        c,
        `/recommendations/${fx.szOnly.code}`,
        "app/(workspace)/recommendations/[code]/owners-actions.ts#saveOwnersAction",
        [{ code: fx.szOnly.code, version, owners }],
      );
    },
    expect: managers(200),
  },
  // Indicators on the recommendation page
  {
    route: `ACTION ${INDICATORS}#addIndicatorAction`,
    call: (c, fx) =>
      action(c, `/recommendations/${fx.szOnly.code}`, `${INDICATORS}#addIndicatorAction`, [
        { code: fx.szOnly.code, name: `Matrix ${++unique}`, unit: "n" },
      ]),
    expect: managers(200),
  },
  {
    route: `ACTION ${INDICATORS}#saveIndicatorAction`,
    call: async (c, fx) => {
      const { name, unit, baseline, baselineDate, target, targetDate } = (
        await (await admin.get(`/api/v1/indicators/${fx.indicatorId}`)).json()
      ).data;
      return action(c, `/recommendations/${fx.szOnly.code}`, `${INDICATORS}#saveIndicatorAction`, [
        {
          id: fx.indicatorId,
          code: fx.szOnly.code,
          target: ++unique,
          expected: { name, unit, baseline, baselineDate, target, targetDate },
        },
      ]);
    },
    expect: managers(200),
  },
  {
    route: `ACTION ${INDICATORS}#deleteIndicatorAction`,
    call: async (c, fx) =>
      action(c, `/recommendations/${fx.szOnly.code}`, `${INDICATORS}#deleteIndicatorAction`, [
        { id: await newIndicator(fx), code: fx.szOnly.code },
      ]),
    expect: managers(200),
  },
  {
    route: `ACTION ${INDICATORS}#addReadingAction`,
    call: (c, fx) =>
      action(c, `/recommendations/${fx.szOnly.code}`, `${INDICATORS}#addReadingAction`, [
        { code: fx.szOnly.code, indicatorId: fx.indicatorId, value: ++unique, observedOn: "2026-11-02" },
      ]),
    expect: szOwners(200),
  },
  {
    route: `ACTION ${INDICATORS}#deleteReadingAction`,
    call: async (c, fx) =>
      action(c, `/recommendations/${fx.szOnly.code}`, `${INDICATORS}#deleteReadingAction`, [
        { code: fx.szOnly.code, indicatorId: fx.indicatorId, readingId: await newReading(fx) },
      ]),
    expect: managers(200),
  },
  // The table: lead agency, bulk edit and saved views
  {
    route: `ACTION ${TABLE}#setLeadAction`,
    call: async (c, fx) => {
      const v = await version(admin, `/api/v1/recommendations/${fx.szOnly.code}`);
      return action(c, "/recommendations", `${TABLE}#setLeadAction`, [
        { code: fx.szOnly.code, version: v, side: "shenzhen", agency: "sz-stic" },
      ]);
    },
    expect: managers(200),
  },
  {
    route: `ACTION ${TABLE}#bulkUpdateAction`,
    call: async (c, fx) => {
      const v = await version(admin, `/api/v1/recommendations/${fx.szOnly.code}`);
      return action(c, "/recommendations", `${TABLE}#bulkUpdateAction`, [
        { items: [{ code: fx.szOnly.code, version: v }], changes: { health: unique++ % 2 ? "at_risk" : "on_track" } },
      ]);
    },
    expect: szOwners(200),
  },
  {
    route: `ACTION ${TABLE}#saveViewAction`,
    call: (c) =>
      action(c, "/recommendations", `${TABLE}#saveViewAction`, [
        { name: `matrix view ${++unique}`, query: "status=proposed", shared: false },
      ]),
    expect: all(200, 401),
  },
  {
    // Each caller tries to delete a fresh view of the coordinator's: the owner and administrators may.
    route: `ACTION ${TABLE}#deleteViewAction`,
    call: async (c) => {
      const created = await callServerAction(
        contexts.get("coordinator")!,
        "/recommendations",
        serverActionIds().get(`${TABLE}#saveViewAction`)!,
        [{ name: `matrix doomed ${++unique}`, query: "", shared: true }],
      );
      const id = /"id":"([0-9a-f-]{36})"/.exec(created.body)?.[1];
      expect(id, created.body).toBeDefined();
      return action(c, "/recommendations", `${TABLE}#deleteViewAction`, [{ id }]);
    },
    expect: managers(200),
  },
  {
    route: `ACTION ${TABLE}#setDefaultViewAction`,
    call: (c) => action(c, "/recommendations", `${TABLE}#setDefaultViewAction`, [{ id: null }]),
    expect: all(200, 401),
  },
  // Creating and archiving
  {
    route: "PAGE app/(workspace)/recommendations/new/page.tsx",
    call: (c) => page(c, "/recommendations/new"),
    expect: { ...all("denied", "login"), coordinator: 200, admin: 200 },
  },
  {
    route: "ACTION app/(workspace)/recommendations/new/actions.ts#createRecommendationAction",
    call: (c) =>
      action(c, "/recommendations/new", "app/(workspace)/recommendations/new/actions.ts#createRecommendationAction", [
        {
          code: `R-991-A${++unique}`,
          title: { en: "Matrix", zhHans: "矩阵", zhHant: "矩陣" },
          summary: { en: "Matrix test.", zhHans: "测试。", zhHant: "測試。" },
          theme: "governance",
          horizon: "short",
        },
      ]),
    expect: managers(200),
  },
  {
    // Restoring an item that is not archived changes nothing, so every allowed call succeeds.
    route: "ACTION app/(workspace)/recommendations/[code]/actions.ts#archiveRecommendation",
    call: async (c, fx) => {
      const v = await version(admin, `/api/v1/recommendations/${fx.szOnly.code}`);
      return action(
        c,
        `/recommendations/${fx.szOnly.code}`,
        "app/(workspace)/recommendations/[code]/actions.ts#archiveRecommendation",
        [{ code: fx.szOnly.code, version: v, archived: false }],
      );
    },
    expect: managers(200),
  },
  // Administration
  { route: "PAGE app/(workspace)/admin/page.tsx", call: (c) => page(c, "/admin"), expect: { ...all(307, "login") } },
  { route: "PAGE app/(workspace)/admin/users/page.tsx", call: (c) => page(c, "/admin/users"), expect: adminPage },
  { route: "PAGE app/(workspace)/admin/agencies/page.tsx", call: (c) => page(c, "/admin/agencies"), expect: adminPage },
  { route: "PAGE app/(workspace)/admin/activity/page.tsx", call: (c) => page(c, "/admin/activity"), expect: adminPage },
  {
    route: "PAGE app/(workspace)/settings/tokens/page.tsx",
    call: (c) => page(c, "/settings/tokens"),
    expect: all(200, "login"),
  },
  {
    route: `ACTION ${USERS}#createUserAction`,
    call: (c) =>
      action(c, "/admin/users", `${USERS}#createUserAction`, [
        {
          name: "Matrix User",
          email: `matrix-${Date.now().toString(36)}-${++unique}@example.org`,
          role: "viewer",
          password: "matrix-password-1",
        },
      ]),
    expect: adminOnly(200),
  },
  {
    route: `ACTION ${USERS}#updateUserAction`,
    call: (c, fx) =>
      action(c, "/admin/users", `${USERS}#updateUserAction`, [{ id: fx.targetUserId, name: `Target ${++unique}` }]),
    expect: adminOnly(200),
  },
  {
    route: `ACTION ${USERS}#setUserActiveAction`,
    call: (c, fx) => action(c, "/admin/users", `${USERS}#setUserActiveAction`, [{ id: fx.targetUserId, active: true }]),
    expect: adminOnly(200),
  },
  {
    route: `ACTION ${USERS}#resetPasswordAction`,
    call: (c, fx) =>
      action(c, "/admin/users", `${USERS}#resetPasswordAction`, [
        { id: fx.targetUserId, password: "another-password-2" },
      ]),
    expect: adminOnly(200),
  },
  {
    route: `ACTION ${AGENCIES}#createAgencyAction`,
    call: (c) =>
      action(c, "/admin/agencies", `${AGENCIES}#createAgencyAction`, [
        { key: `mx-new-${Date.now().toString(36)}-${++unique}`, side: "joint", ...agencyNames(unique) },
      ]),
    expect: adminOnly(200),
  },
  {
    route: `ACTION ${AGENCIES}#renameAgencyAction`,
    call: (c, fx) =>
      action(c, "/admin/agencies", `${AGENCIES}#renameAgencyAction`, [
        { key: fx.mergeTarget, ...agencyNames(++unique) },
      ]),
    expect: adminOnly(200),
  },
  {
    // The administrator runs last among the roles, so theirs is the one merge that happens.
    route: `ACTION ${AGENCIES}#mergeAgenciesAction`,
    call: (c, fx) =>
      action(c, "/admin/agencies", `${AGENCIES}#mergeAgenciesAction`, [
        { sourceKey: fx.mergeSource, targetKey: fx.mergeTarget },
      ]),
    expect: adminOnly(200),
  },
  {
    route: `ACTION ${TOKENS}#createTokenAction`,
    call: (c) =>
      action(c, "/settings/tokens", `${TOKENS}#createTokenAction`, [{ name: `matrix ${++unique}`, scope: "read" }]),
    expect: all(200, 401),
  },
  {
    route: `ACTION ${TOKENS}#revokeTokenAction`,
    call: (c, fx) => action(c, "/settings/tokens", `${TOKENS}#revokeTokenAction`, [{ id: fx.coordinatorTokenId }]),
    expect: { ...managers(200), coordinator: 200 },
  },
  // Notifications: everyone signed in has their own; nobody reads or marks another's.
  {
    route: "PAGE app/(workspace)/notifications/page.tsx",
    call: (c) => page(c, "/notifications"),
    expect: all(200, "login"),
  },
  {
    route: "PAGE app/(workspace)/settings/notifications/page.tsx",
    call: (c) => page(c, "/settings/notifications"),
    expect: all(200, "login"),
  },
  // Unsubscribe links work signed out: the page only says what the (here missing) link would stop.
  { route: "PAGE app/(auth)/unsubscribe/page.tsx", call: (c) => page(c, "/unsubscribe"), expect: all(200) },
  {
    route: "GET app/api/v1/notifications/route.ts",
    call: (c) => api(c, "GET", "/api/v1/notifications?unread=true"),
    expect: all(200, 401),
  },
  {
    route: "POST app/api/v1/notifications/[id]/read/route.ts",
    call: (c, fx) => api(c, "POST", `/api/v1/notifications/${fx.hkNotificationId}/read`),
    expect: hkOwn(201),
  },
  {
    route: "POST app/api/v1/notifications/read-all/route.ts",
    call: (c) => api(c, "POST", "/api/v1/notifications/read-all"),
    expect: all(201, 401),
  },
  {
    route: "GET app/api/v1/me/notification-preferences/route.ts",
    call: (c) => api(c, "GET", "/api/v1/me/notification-preferences"),
    expect: all(200, 401),
  },
  {
    route: "PUT app/api/v1/me/notification-preferences/route.ts",
    call: (c) => api(c, "PUT", "/api/v1/me/notification-preferences", { mentioned: "daily" }),
    expect: all(200, 401),
  },
  {
    route: `ACTION ${NOTIFICATIONS}#markNotificationReadAction`,
    call: (c, fx) =>
      action(c, "/notifications", `${NOTIFICATIONS}#markNotificationReadAction`, [{ id: fx.hkNotificationId }]),
    expect: hkOwn(200),
  },
  {
    route: `ACTION ${NOTIFICATIONS}#markAllNotificationsReadAction`,
    call: (c) => action(c, "/notifications", `${NOTIFICATIONS}#markAllNotificationsReadAction`, [{}]),
    expect: all(200, 401),
  },
  {
    route: `ACTION ${NOTIFICATION_SETTINGS}#saveNotificationPreferencesAction`,
    call: (c) =>
      action(c, "/settings/notifications", `${NOTIFICATION_SETTINGS}#saveNotificationPreferencesAction`, [
        { action_overdue: "daily" },
      ]),
    expect: all(200, 401),
  },
  {
    // The link is the authority, so a forged one is refused whoever sends it, signed in or not.
    route: `ACTION ${UNSUBSCRIBE}#confirmUnsubscribeAction`,
    call: (c) =>
      action(c, "/unsubscribe", `${UNSUBSCRIBE}#confirmUnsubscribeAction`, [{ token: "eyJ1IjoieCJ9.forged" }]),
    expect: all(400),
  },
  {
    // Everyone signed in may read a note, so everyone may look up whom to @mention in it.
    route: "ACTION app/(workspace)/recommendations/[code]/mention-actions.ts#searchMentionableUsersAction",
    call: (c, fx) =>
      action(
        c,
        `/recommendations/${fx.szOnly.code}`,
        "app/(workspace)/recommendations/[code]/mention-actions.ts#searchMentionableUsersAction",
        [{ code: fx.szOnly.code, prefix: "Ho" }],
      ),
    expect: all(200, 401),
  },
  // Progress notes. Everyone signed in may read a note, so everyone gets a ticket (it says whether
  // the connection will be read-only); the websocket is refused without one, session cookie or not.
  {
    route: "POST app/api/v1/recommendations/[code]/notes/token/route.ts",
    call: (c, fx) => api(c, "POST", `/api/v1/recommendations/${fx.szOnly.code}/notes/token`),
    expect: all(201, 401),
  },
  {
    route: "ACTION app/(workspace)/recommendations/[code]/note-actions.ts#freezeNoteVersionAction",
    call: (c, fx) =>
      action(
        c,
        `/recommendations/${fx.szOnly.code}`,
        "app/(workspace)/recommendations/[code]/note-actions.ts#freezeNoteVersionAction",
        [{ code: fx.szOnly.code, name: `matrix version ${++unique}` }],
      ),
    expect: managers(200),
  },
  {
    // An unknown version: those who may edit the note learn it does not exist (404), others are refused first.
    route: "ACTION app/(workspace)/recommendations/[code]/note-actions.ts#restoreNoteVersionAction",
    call: (c, fx) =>
      action(
        c,
        `/recommendations/${fx.szOnly.code}`,
        "app/(workspace)/recommendations/[code]/note-actions.ts#restoreNoteVersionAction",
        [{ code: fx.szOnly.code, versionId: "00000000-0000-4000-8000-000000000000" }],
      ),
    expect: szOwners(404),
  },
  {
    // Repairing a note (rebuilding its stored state) is for administrators only.
    route: "ACTION app/(workspace)/recommendations/[code]/note-actions.ts#repairNoteAction",
    call: (c, fx) =>
      action(
        c,
        `/recommendations/${fx.szOnly.code}`,
        "app/(workspace)/recommendations/[code]/note-actions.ts#repairNoteAction",
        [{ code: fx.szOnly.code }],
      ),
    expect: adminOnly(200),
  },
  { route: "WS /collab", call: (c) => websocket(c, "/collab"), expect: all("refused") },
  {
    route: "WS /collab?token= (a ticket from the token route)",
    call: async (c, fx) => {
      const res = await c.post(`/api/v1/recommendations/${fx.szOnly.code}/notes/token`);
      if (!res.ok()) return websocket(c, "/collab");
      const { token } = (await res.json()).data;
      return websocket(c, `/collab?token=${encodeURIComponent(token)}`);
    },
    expect: all(101, "refused"),
  },
];

/** Entries that end the caller's session run after all others. */
const lastEntries: Entry[] = [
  {
    route: "ACTION app/(workspace)/account-actions.ts#signOutEverywhere",
    call: (c) => action(c, "/recommendations", "app/(workspace)/account-actions.ts#signOutEverywhere", [{}]),
    expect: all(200, 401),
  },
];

async function streamStatus(ctx: APIRequestContext, pathname: string): Promise<Outcome> {
  const cookie = (await ctx.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const abort = new AbortController();
  const res = await fetch(new URL(pathname, baseURL), { headers: { cookie }, signal: abort.signal });
  abort.abort();
  return res.status;
}

async function websocket(ctx: APIRequestContext, pathname: string): Promise<Outcome> {
  const cookies = (await ctx.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const url = new URL(pathname, baseURL);
  return new Promise((resolve) => {
    const req = http.request({
      host: url.hostname,
      port: url.port,
      path: url.pathname + url.search,
      headers: {
        Connection: "Upgrade",
        Upgrade: "websocket",
        "Sec-WebSocket-Version": "13",
        "Sec-WebSocket-Key": Buffer.from("matrix-test-key!").toString("base64"),
        Cookie: cookies,
      },
    });
    req.on("upgrade", (_res, socket) => {
      socket.destroy();
      resolve(101);
    });
    req.on("response", (res) => resolve(res.statusCode === 101 ? 101 : "refused"));
    req.on("error", () => resolve("refused"));
    req.end();
  });
}

let baseURL = "";
let admin: APIRequestContext;
const contexts = new Map<Role, APIRequestContext>();
let fixture: Fixture;

const emails: Record<Exclude<Role, "anonymous">, string> = {
  viewer: demoAccounts.viewer.email,
  szMember: demoAccounts.szMember.email,
  hkMember: demoAccounts.hkMember.email,
  coordinator: demoAccounts.coordinator.email,
  admin: demoAccounts.admin.email,
};

test.beforeAll(async ({ baseURL: url }) => {
  baseURL = url!;
  for (const role of roles) contexts.set(role, await sessionFor(baseURL, role === "anonymous" ? null : emails[role]));
  admin = contexts.get("admin")!;
  const coordinator = contexts.get("coordinator")!;
  const list = (await (await admin.get("/api/v1/recommendations?agency=sz-stic&pageSize=200")).json()).data as {
    code: string;
    owners: { agency: { key: string } }[];
    actions: { id: string; agency: { key: string } }[];
  }[];
  const szOnly = list.find(
    (r) => !r.owners.some((o) => o.agency.key === "hk-itib") && r.actions.some((a) => a.agency.key === "sz-stic"),
  )!;
  expect(szOnly, "a recommendation owned by SZSTI and not by ITIB").toBeDefined();
  const indicator = await (
    await coordinator.post(`/api/v1/recommendations/${szOnly.code}/indicators`, {
      data: { name: "Fixture", unit: "n" },
    })
  ).json();
  const token = await (await coordinator.post("/api/v1/tokens", { data: { name: "fixture", scope: "read" } })).json();
  const proposed = (await (await admin.get("/api/v1/recommendations?status=proposed&pageSize=1")).json()).data[0];
  const itib = (await (await admin.get("/api/v1/recommendations?agency=hk-itib&pageSize=200")).json()).data as {
    code: string;
    status: string;
    acceptance: string;
    owners: { agency: { key: string } }[];
  }[];
  // Accepted and open, so a member's draft is judged on its content rather than on the lifecycle.
  const hkCode = itib.find(
    (r) => !r.owners.some((o) => o.agency.key === "sz-stic") && r.status !== "closed" && r.acceptance !== "pending",
  )!.code;
  const round = await (
    await coordinator.post("/api/v1/rounds", {
      data: {
        name: `Matrix fixture round ${Date.now().toString(36)}`,
        dueDate: "2027-01-31",
        filters: { agency: "hk-itib" },
      },
    })
  ).json();
  const szActionId = szOnly.actions.find((a) => a.agency.key === "sz-stic")!.id;
  const evidence = await (
    await admin.post(`/api/v1/actions/${szActionId}/evidence`, {
      multipart: {
        file: { name: "matrix.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") },
      },
    })
  ).json();
  // An action for the Hong Kong agency, nobody assigned: its members are told.
  const hkOwned = (await (await admin.get("/api/v1/recommendations?agency=hk-itib&pageSize=1")).json()).data[0];
  const assigned = await coordinator.post(`/api/v1/recommendations/${hkOwned.code}/actions`, {
    data: { title: "Matrix notification", agency: "hk-itib", status: "todo", progress: 0 },
  });
  expect(assigned.status(), "an action for the Hong Kong agency").toBe(201);
  const hkNotifications = await (await contexts.get("hkMember")!.get("/api/v1/notifications")).json();
  const created = async (ref: string, args: unknown) => {
    const res = await callServerAction(admin, "/admin/users", serverActionIds().get(ref)!, [args]);
    expect(res.body, ref).toContain('"ok":true');
    return res.body;
  };
  // Unique per run: Playwright re-runs beforeAll in a fresh worker after a failure.
  const run = Date.now().toString(36);
  const userBody = await created(`${USERS}#createUserAction`, {
    name: "Matrix Target",
    email: `matrix-target-${run}@example.org`,
    role: "viewer",
    password: "matrix-password-1",
  });
  await created(`${AGENCIES}#createAgencyAction`, { key: `mx-source-${run}`, side: "joint", ...agencyNames(1) });
  await created(`${AGENCIES}#createAgencyAction`, { key: `mx-target-${run}`, side: "joint", ...agencyNames(2) });
  // A report of the Hong Kong member's, built (XLSX needs no Chromium) before the matrix runs.
  const hk = contexts.get("hkMember")!;
  const report = await (
    await hk.post("/api/v1/reports", { data: { title: "Matrix report", format: "xlsx", query: "agency=hk-itib" } })
  ).json();
  await expect
    .poll(async () => (await (await hk.get(`/api/v1/reports/${report.id}`)).json()).data.state, { timeout: 60_000 })
    .toBe("ready");
  const definition = await callServerAction(
    hk,
    "/reports",
    serverActionIds().get(`${REPORTS}#saveReportDefinitionAction`)!,
    [{ name: `Matrix definition ${run}`, title: "Matrix", format: "xlsx", query: "agency=hk-itib" }],
  );
  fixture = {
    hkReportId: report.id,
    hkDefinitionId: /"id":"([0-9a-f-]{36})"/.exec(definition.body)![1]!,
    targetUserId: /"id":"([0-9a-f-]{36})"/.exec(userBody)![1]!,
    mergeSource: `mx-source-${run}`,
    mergeTarget: `mx-target-${run}`,
    szOnly: { code: szOnly.code },
    szAction: szOnly.actions.find((a) => a.agency.key === "sz-stic")!,
    indicatorId: indicator.data.id,
    coordinatorTokenId: token.data.id,
    proposedCode: proposed.code,
    roundId: round.data.round.id,
    hkCode,
    evidenceId: evidence.data.id,
    hkNotificationId: hkNotifications.data[0].id,
  };
});

test.afterAll(async () => {
  for (const ctx of contexts.values()) await ctx.dispose();
});

test("every route answers every role as the matrix says", async () => {
  test.setTimeout(180_000);
  const mismatches: string[] = [];
  for (const entry of [...entries, ...lastEntries]) {
    for (const role of roles) {
      const actual = await entry.call(contexts.get(role)!, fixture, role);
      if (actual !== entry.expect[role])
        mismatches.push(`${entry.route} as ${role}: expected ${entry.expect[role]}, got ${actual}`);
    }
  }
  expect(mismatches).toEqual([]);
});

/** Every page, route handler (per exported method) and server action of the app. */
function appSurface(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === "page.tsx") found.push(`PAGE ${full}`);
      else if (name === "route.ts") {
        const src = readFileSync(full, "utf8");
        const methods = new Set(
          [
            ...src.matchAll(
              /export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b|as (GET|POST|PUT|PATCH|DELETE)\b/g,
            ),
          ].map((m) => m[1] ?? m[2]),
        );
        for (const m of methods) found.push(`${m} ${full}`);
      }
    }
  };
  walk("app");
  for (const ref of serverActionIds().keys()) found.push(`ACTION ${ref}`);
  return found.sort();
}

test("the matrix has an entry for every page, API route and server action", () => {
  const covered = new Set([...entries, ...lastEntries].map((e) => e.route));
  const missing = appSurface().filter((r) => !covered.has(r));
  expect(missing, "add these to tests/e2e/authorization-matrix.spec.ts with the answer each role must get").toEqual([]);
});
