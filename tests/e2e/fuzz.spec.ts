/**
 * Sends FUZZ_REQUESTS (default 10,000) random and malformed requests across the API and the server
 * actions: wrong types, huge strings, broken JSON, unknown ids, other agencies' ids, forged and
 * read-only tokens. Every caller is one that may not change anything, or a coordinator whose request
 * is made invalid on purpose. Afterwards: no answer was a 5xx, the server is up, and a checksum of
 * the domain tables (and the audit trail) is what it was before.
 * Reproducible: FUZZ_SEED picks the sequence (printed on failure).
 */
import { expect, test, type APIRequestContext } from "./test";
import { sql } from "drizzle-orm";
import { openDatabase, type DatabaseHandle } from "@/db";
import { selectRows } from "@/db/rows";
import { testDatabaseUrl } from "../helpers/postgres";
import { demoAccounts } from "./fixtures";
import { serverActionIds, sessionFor } from "./http-session";
import { startServerOnPostgres, type SpawnedServer } from "./spawn-server";

const baseUrl = testDatabaseUrl();
const TOTAL = Number(process.env.FUZZ_REQUESTS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const CONCURRENCY = 8;

/** mulberry32: small, fast and good enough to make the sequence reproducible from one number. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Domain tables and the audit trail; sign-in bookkeeping and token last-use times may move. */
async function checksum(handle: DatabaseHandle): Promise<string> {
  const tables = [
    "agencies",
    "source_documents",
    "recommendations",
    "recommendation_owners",
    "actions",
    "indicators",
    "indicator_readings",
    "activity_log",
  ];
  const parts: string[] = [];
  for (const t of tables) {
    const [row] = await selectRows<{ h: string }>(
      handle.db,
      sql.raw(`select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from "${t}" x`),
    );
    parts.push(`${t}:${row!.h}`);
  }
  const [u] = await selectRows<{ h: string }>(
    handle.db,
    sql`select md5(coalesce(string_agg(concat_ws(',', id, email, role, agency_id, active, password_hash, sessions_valid_after), '|' order by id), '')) as h from users`,
  );
  parts.push(`users:${u!.h}`);
  return parts.join("\n");
}

test.describe("fuzzing the write surface", () => {
  test.skip(!baseUrl, "TEST_DATABASE_URL is not set");
  let server: SpawnedServer;
  let db: DatabaseHandle;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    server = await startServerOnPostgres(baseUrl!, Number(process.env.E2E_FUZZ_PORT ?? 3212));
    db = await openDatabase({ url: server.databaseUrl, migrate: false });
  });

  test.afterAll(async () => {
    await db?.close();
    await server?.stop();
  });

  test("the odd inputs the attack review found answer 4xx, every run", async () => {
    const origin = server.origin;
    const coordinator = await sessionFor(origin, demoAccounts.coordinator.email);
    const viewer = await sessionFor(origin, demoAccounts.viewer.email);
    const rec = (await (await coordinator.get("/api/v1/recommendations/R-004-4.2.2.1")).json()).data;
    const actionId = serverActionIds().get("app/(workspace)/recommendations/[code]/actions.ts#saveTracking")!;
    const deep = (n: number) => "[".repeat(n) + "]".repeat(n);
    const action = (body: string, contentType = "text/plain;charset=UTF-8", headers: Record<string, string> = {}) => ({
      method: "POST",
      url: "/recommendations/R-004-4.2.2.1",
      body,
      contentType,
      headers: { "Next-Action": actionId, Accept: "text/x-component", ...headers },
    });
    const patch = (body: string) => ({ method: "PATCH", url: "/api/v1/recommendations/R-004-4.2.2.1", body });
    const corpus: {
      name: string;
      method: string;
      url: string;
      body?: string;
      contentType?: string;
      headers?: Record<string, string>;
    }[] = [
      { name: "lone % in an action id", method: "GET", url: "/api/v1/actions/%" },
      { name: "cut-off UTF-8 escape in a code", method: "GET", url: "/api/v1/recommendations/%E0%A4%A" },
      { name: "lone % in a token id", method: "DELETE", url: "/api/v1/tokens/%" },
      { name: "lone % in a page path", method: "GET", url: "/recommendations/%" },
      { name: "body key toString", ...patch(`{"version": ${rec.version}, "toString": 1}`) },
      { name: "body key constructor", ...patch(`{"version": ${rec.version}, "constructor": {"name": "x"}}`) },
      { name: "body key __proto__", ...patch(`{"version": ${rec.version}, "__proto__": {"isAdmin": true}}`) },
      { name: "nested key __proto__", ...patch(`{"version": ${rec.version}, "title": {"__proto__": []}}`) },
      { name: "lone surrogate in text", ...patch(`{"version": ${rec.version}, "rationale": "\\ud800"}`) },
      { name: "JSON nested 20,000 deep", ...patch(`{"version": ${rec.version}, "status": ${deep(20_000)}}`) },
      { name: "body that is not UTF-8", ...patch(`{"version": ${rec.version}, "rationale": "\xff"}`) },
      { name: "server action: garbage multipart", ...action("garbage", "multipart/form-data; boundary=xyz") },
      { name: "server action: multipart without boundary", ...action("garbage", "multipart/form-data") },
      {
        name: "form post: garbage multipart, no action header",
        method: "POST",
        url: "/recommendations",
        body: "--xyz\r\ngarbage",
        contentType: "multipart/form-data; boundary=xyz",
      },
      { name: 'server action: ["$Q1"]', ...action('["$Q1"]') },
      { name: 'server action: ["$B1"]', ...action('["$B1"]') },
      { name: 'server action: ["$@1"] inside an object', ...action('[{"code": "$@1"}]') },
      { name: "server action: 100,000 deep", ...action(deep(100_000)) },
      { name: "server action: arguments not a list", ...action('{"code": 1}') },
    ];
    const failures: string[] = [];
    for (const c of corpus) {
      for (const [who, ctx] of [
        ["coordinator", coordinator],
        ["viewer", viewer],
      ] as const) {
        const res = await ctx.fetch(`${origin}${c.url}`, {
          method: c.method,
          data: c.body === undefined ? undefined : Buffer.from(c.body, "latin1"),
          headers: {
            ...(c.body === undefined ? {} : { "Content-Type": c.contentType ?? "application/json" }),
            ...c.headers,
          },
          maxRedirects: 0,
        });
        const status = res.status();
        if (status < 400 || status >= 500)
          failures.push(`${c.name} (${who}) → ${status} ${(await res.text()).slice(0, 200)}`);
        else expect((await res.json()).error.message, c.name).toMatch(/\. |\.$/);
      }
    }
    if (failures.length) console.log(`server log (last 4000 characters):\n${server.log().slice(-4000)}`);
    expect(failures).toEqual([]);
  });

  test(`${TOTAL} random and malformed requests: no 5xx, the server stays up, nothing changes`, async () => {
    test.setTimeout(600_000);
    const origin = server.origin;
    const coordinator = await sessionFor(origin, demoAccounts.coordinator.email);
    const callers: { name: string; ctx: APIRequestContext; headers?: Record<string, string>; mayWrite: boolean }[] = [
      { name: "anonymous", ctx: await sessionFor(origin, null), mayWrite: false },
      { name: "viewer", ctx: await sessionFor(origin, demoAccounts.viewer.email), mayWrite: false },
      { name: "hkMember", ctx: await sessionFor(origin, demoAccounts.hkMember.email), mayWrite: false },
      { name: "coordinator", ctx: coordinator, mayWrite: true },
    ];
    const readToken = (
      await (await coordinator.post("/api/v1/tokens", { data: { name: "fuzz", scope: "read" } })).json()
    ).data.token;
    const anon = callers[0]!.ctx;
    callers.push({ name: "read token", ctx: anon, headers: { Authorization: `Bearer ${readToken}` }, mayWrite: false });
    callers.push({ name: "forged token", ctx: anon, headers: { Authorization: "Bearer tct_forged" }, mayWrite: false });
    callers.push({
      name: "garbage auth",
      ctx: anon,
      headers: { Authorization: "Basic Zm9vOmJhcg==" },
      mayWrite: false,
    });

    // Real ids, so requests reach deep into the handlers, not only the 404 path. hkMember may not
    // change anything here: these recommendations are owned by SZSTI and not by ITIB.
    const recs = (await (await coordinator.get("/api/v1/recommendations?agency=sz-stic&pageSize=200")).json()).data as {
      code: string;
      version: number;
      owners: { agency: { key: string } }[];
      actions: { id: string; version: number }[];
    }[];
    const szOnly = recs.filter((r) => !r.owners.some((o) => o.agency.key === "hk-itib"));
    const codes = [
      ...szOnly.map((r) => r.code),
      "R-999-none",
      "%",
      "../../etc/passwd",
      "R-004-4.2.2.1'--",
      "😀".repeat(20),
    ];
    const actionIds = [
      ...szOnly.flatMap((r) => r.actions.map((a) => a.id)),
      "00000000-0000-0000-0000-000000000000",
      "not-a-uuid",
      "1",
    ];
    const actionRefs = [...serverActionIds().entries()].filter(
      ([ref]) =>
        ref.includes("recommendations/[code]/actions.ts") ||
        ref.includes("recommendations/[code]/indicator-actions.ts"),
    );

    const before = await checksum(db);
    const rnd = prng(SEED);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
    const weird = () =>
      pick([
        "",
        " ",
        "x".repeat(1 + Math.floor(rnd() * 300)),
        "y".repeat(70_000),
        "<script>alert(1)</script>",
        "'; drop table recommendations; --",
        "\u0000\u0001",
        "深圳香港",
        "2026-02-30",
        "-1",
        "NaN",
      ]);
    const value = (depth = 0): unknown => {
      const r = rnd();
      if (r < 0.15) return weird();
      if (r < 0.25) return Math.floor(rnd() * 2e9) - 1e9;
      if (r < 0.3) return rnd() * 1e308;
      if (r < 0.35) return null;
      if (r < 0.4) return rnd() < 0.5;
      if (r < 0.5 && depth < 4) return Array.from({ length: Math.floor(rnd() * 4) }, () => value(depth + 1));
      if (r < 0.65 && depth < 4) return object(depth + 1);
      return pick([
        "proposed",
        "closed",
        "verified",
        "done",
        "lead",
        "sz-stic",
        "hk-itib",
        "on_track",
        "write",
        "read",
      ]);
    };
    const fields = [
      "version",
      "status",
      "health",
      "progress",
      "title",
      "summary",
      "agency",
      "dueDate",
      "reason",
      "code",
      "theme",
      "horizon",
      "acceptance",
      "closureReason",
      "owners",
      "value",
      "observedOn",
      "scope",
      "name",
      "id",
      "assigneeId",
      "en",
    ];
    function object(depth = 0): Record<string, unknown> {
      const o: Record<string, unknown> = {};
      for (let i = Math.floor(rnd() * 6); i > 0; i--) o[pick(fields)] = value(depth);
      return o;
    }

    type Req = { method: string; url: string; body?: string; contentType?: string; headers?: Record<string, string> };
    const makeRequest = (mayWrite: boolean): Req => {
      // A coordinator's requests are always invalid: an unknown field the strict schemas refuse,
      // a missing target or broken JSON. Everyone else may send anything.
      const spoil = (o: Record<string, unknown>) => (mayWrite ? { ...o, __fuzz: true } : o);
      const json = () => {
        const r = rnd();
        if (r < 0.1) return pick(["{", "[1,2", "nul", '{"version": }', '"\\ud800"', "{}".repeat(5000)]);
        if (r < 0.15) return JSON.stringify(value());
        const o = object();
        if (rnd() < 0.4) o.version = pick([1, 2, 0, -1, "1", 1.5, null, 99999]);
        return JSON.stringify(spoil(o));
      };
      const code = encodeURIComponent(pick(codes));
      const id = encodeURIComponent(pick(actionIds));
      const kind = Math.floor(rnd() * 13);
      switch (kind) {
        case 0: {
          const q = new URLSearchParams();
          for (let i = Math.floor(rnd() * 5); i > 0; i--)
            q.append(
              pick([
                "q",
                "status",
                "theme",
                "side",
                "stateShenzhen",
                "stateHongKong",
                "agency",
                "due",
                "group",
                "page",
                "pageSize",
                "sort",
                "x",
              ]),
              String(value()).slice(0, 3000),
            );
          // The recommendations list and All actions read their queries through the same schema builder.
          return { method: "GET", url: `/api/v1/${rnd() < 0.5 ? "recommendations" : "actions"}?${q}` };
        }
        case 1:
          return { method: "GET", url: `/api/v1/recommendations/${code}` };
        case 2:
          return { method: "PATCH", url: `/api/v1/recommendations/${code}`, body: json() };
        case 3:
          return { method: "POST", url: "/api/v1/recommendations", body: json() };
        case 4:
          return { method: "POST", url: `/api/v1/recommendations/${code}/actions`, body: json() };
        case 5:
          return rnd() < 0.7
            ? { method: "PATCH", url: `/api/v1/actions/${id}`, body: json() }
            : { method: "POST", url: "/api/v1/actions/bulk", body: json() };
        case 6: {
          // Indicator routes with action ids and junk: nothing here names a real indicator or reading.
          const r = rnd();
          if (r < 0.4) return { method: "POST", url: `/api/v1/indicators/${id}/readings`, body: json() };
          if (r < 0.7) return { method: "PATCH", url: `/api/v1/indicators/${id}`, body: json() };
          if (r < 0.85) return { method: "DELETE", url: `/api/v1/indicators/${id}` };
          return { method: "DELETE", url: `/api/v1/indicators/${id}/readings/${encodeURIComponent(pick(actionIds))}` };
        }
        case 7:
          return mayWrite
            ? { method: "DELETE", url: `/api/v1/tokens/${pick(["00000000-0000-0000-0000-000000000000", "x"])}` }
            : { method: pick(["POST", "DELETE"]), url: `/api/v1/tokens${rnd() < 0.5 ? "" : "/" + id}`, body: json() };
        case 8:
          return {
            method: pick(["PUT", "DELETE", "OPTIONS", "PATCH"]),
            url: pick([
              "/api/v1/recommendations",
              `/api/v1/recommendations/${code}`,
              "/api/v1/agencies",
              "/api/health",
            ]),
            body: json(),
          };
        case 9:
          return {
            method: "POST",
            url: "/api/v1/recommendations",
            body: json(),
            contentType: pick(["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"]),
          };
        case 10:
          return { method: "PUT", url: `/api/v1/recommendations/${code}/owners`, body: json() };
        default: {
          const [, actionId] = actionRefs.length ? pick(actionRefs) : ["", "0".repeat(42)];
          const args =
            rnd() < 0.2
              ? pick(["[", "not json", "[[[[[[", "{}"])
              : JSON.stringify([spoil({ ...object(), code: pick(codes), id: pick(actionIds) })]);
          return {
            method: "POST",
            url: `/recommendations/${code}`,
            body: args,
            contentType: "text/plain;charset=UTF-8",
            headers: {
              "Next-Action": rnd() < 0.9 ? actionId : "f".repeat(42),
              Accept: "text/x-component",
              ...(rnd() < 0.2 ? { Origin: pick(["http://evil.example", "null", "not a url", origin]) } : {}),
            },
          };
        }
      }
    };

    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let sent = 0;
    const worker = async () => {
      while (sent < TOTAL) {
        const n = sent++;
        const caller = pick(callers);
        const r = makeRequest(caller.mayWrite);
        try {
          const res = await caller.ctx.fetch(`${origin}${r.url}`, {
            method: r.method,
            data: r.body,
            headers: {
              ...(r.body ? { "Content-Type": r.contentType ?? "application/json" } : {}),
              ...caller.headers,
              ...r.headers,
            },
            maxRedirects: 0,
            timeout: 30_000,
          });
          statuses.set(res.status(), (statuses.get(res.status()) ?? 0) + 1);
          if (res.status() >= 500)
            failures.push(
              `#${n} ${caller.name} ${r.method} ${r.url.slice(0, 120)} → ${res.status()} ${(await res.text()).slice(0, 200)}`,
            );
        } catch (err) {
          failures.push(`#${n} ${caller.name} ${r.method} ${r.url.slice(0, 120)} → ${(err as Error).message}`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    console.log(
      `fuzz seed ${SEED}: ${TOTAL} requests, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
    );
    if (failures.length) console.log(`server log (last 6000 characters):\n${server.log().slice(-6000)}`);
    expect(failures, `seed ${SEED}`).toEqual([]);
    expect(server.process.exitCode, "the server is still running").toBeNull();
    expect((await (await fetch(`${origin}/api/health`)).json()).status).toBe("ok");
    expect(await checksum(db), "nothing changed that should not have").toBe(before);
  });
});
