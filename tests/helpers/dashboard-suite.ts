/**
 * Every dashboard figure (db/queries/dashboard.ts) against counts worked out by hand on a small fixed
 * data set, and every segment against the recommendations list filtered to it (its link's filters):
 * run on PGlite (tests/unit/dashboard.test.ts) and PostgreSQL (tests/integration/write-path.test.ts).
 *
 * The set, as of 2026-06-15 (the seed's recommendations are archived inside each test's transaction):
 *
 * | code | theme      | acceptance | status      | closure     | health    | entered    | owners (lead*)  |
 * | D-01 | innovation | accepted   | implemented |             | on_track  | 2026-03-01 | SZ*, HK*        |
 * | D-02 | innovation | accepted   | in_progress |             | at_risk   | 2025-09-01 | SZ*             |
 * | D-03 | innovation | partially  | verified    |             | on_track  | 2024-01-10 | HK*, SZ         |
 * | D-04 | finance    | accepted   | closed      | implemented |           | 2025-01-01 | HK*             |
 * | D-05 | finance    | not        | closed      | not_impl.   |           | 2025-01-01 | SZ*             |
 * | D-06 | finance    | pending    | proposed    |             |           | 2026-05-01 | HK*             |
 * | D-07 | talent     | accepted   | accepted    |             | off_track | 2024-06-01 | SZ*, HK         |
 * | D-08 | talent     | accepted   | in_progress | (archived)  | on_track  | 2026-01-01 | SZ*             |
 */
import { describe, expect, it } from "vitest";
import { eq, inArray, sql } from "drizzle-orm";
import type { DatabaseHandle, DbOrTx } from "@/db";
import {
  actions,
  activityLog,
  agencies,
  indicatorReadings,
  indicators,
  recommendationOwners,
  recommendations,
  roundRequests,
  rounds,
  type NewRecommendation,
} from "@/db/schema";
import { loadDashboard, type Dashboard } from "@/db/queries/dashboard";
import { listRecommendations, type RecommendationFilters } from "@/db/queries/recommendation-list";
import { segmentFilters, type Segment } from "@/lib/dashboard/segments";
import { actorFor } from "./actors";
import { rollBackEachTest } from "./rolled-back";

const TODAY = "2026-06-15";
const SZ = "sz-stic";
const HK = "hk-itib";

type Row = [
  code: string,
  theme: string,
  acceptance: NewRecommendation["acceptance"],
  status: NewRecommendation["status"],
  closure: NewRecommendation["closureReason"],
  health: NewRecommendation["health"],
  entered: string,
  owners: [string, "lead" | "supporting"][],
];
const ROWS: Row[] = [
  [
    "D-01",
    "innovation",
    "accepted",
    "implemented",
    null,
    "on_track",
    "2026-03-01",
    [
      [SZ, "lead"],
      [HK, "lead"],
    ],
  ],
  ["D-02", "innovation", "accepted", "in_progress", null, "at_risk", "2025-09-01", [[SZ, "lead"]]],
  [
    "D-03",
    "innovation",
    "partially_accepted",
    "verified",
    null,
    "on_track",
    "2024-01-10",
    [
      [HK, "lead"],
      [SZ, "supporting"],
    ],
  ],
  ["D-04", "finance", "accepted", "closed", "implemented", null, "2025-01-01", [[HK, "lead"]]],
  ["D-05", "finance", "not_accepted", "closed", "not_implemented", null, "2025-01-01", [[SZ, "lead"]]],
  ["D-06", "finance", "pending", "proposed", null, null, "2026-05-01", [[HK, "lead"]]],
  [
    "D-07",
    "talent",
    "accepted",
    "accepted",
    null,
    "off_track",
    "2024-06-01",
    [
      [SZ, "lead"],
      [HK, "supporting"],
    ],
  ],
  ["D-08", "talent", "accepted", "in_progress", null, "on_track", "2026-01-01", [[SZ, "lead"]]],
];

async function setUp(db: DbOrTx) {
  await db.update(recommendations).set({ archivedAt: sql`now()` });
  const agencyRows = await db
    .select()
    .from(agencies)
    .where(inArray(agencies.key, [SZ, HK]));
  const agencyId = (key: string) => agencyRows.find((a) => a.key === key)!.id;
  const inserted = await db
    .insert(recommendations)
    .values(
      ROWS.map(([code, theme, acceptance, status, closureReason, health, entered]) => ({
        code,
        titleEn: `Dashboard ${code}`,
        titleZhHans: `仪表板 ${code}`,
        titleZhHant: `儀表板 ${code}`,
        summaryEn: "s",
        summaryZhHans: "s",
        summaryZhHant: "s",
        theme,
        horizon: "short" as const,
        acceptance,
        acceptanceReason: acceptance === "pending" ? null : "decided",
        status,
        closureReason,
        health,
        createdAt: new Date(`${entered}T12:00:00Z`),
        updatedAt: new Date(`${entered}T12:00:00Z`),
        archivedAt: code === "D-08" ? new Date("2026-06-01T00:00:00Z") : null,
      })),
    )
    .returning({ id: recommendations.id, code: recommendations.code });
  const id = (code: string) => inserted.find((r) => r.code === code)!.id;
  await db
    .insert(recommendationOwners)
    .values(
      ROWS.flatMap(([code, , , , , , , owners]) =>
        owners.map(([key, role]) => ({ recommendationId: id(code), agencyId: agencyId(key), role })),
      ),
    );
  const action = (code: string, key: string, status: (typeof actions.$inferInsert)["status"], dueDate: string) => ({
    recommendationId: id(code),
    agencyId: agencyId(key),
    title: `${code} ${key} ${status}`,
    status,
    dueDate,
    progress: status === "done" ? 100 : 0,
  });
  await db
    .insert(actions)
    .values([
      action("D-02", SZ, "todo", "2026-05-01"),
      action("D-02", HK, "in_progress", "2026-07-01"),
      action("D-02", SZ, "done", "2026-01-01"),
      action("D-07", SZ, "blocked", "2026-06-14"),
      action("D-07", HK, "todo", "2026-06-01"),
      action("D-08", SZ, "todo", "2026-01-01"),
      action("D-06", HK, "cancelled", "2026-01-01"),
      action("D-01", HK, "todo", TODAY),
    ]);
  const statusEntry = (code: string, to: string, at: string) => ({
    at: new Date(at),
    actorLabel: "test",
    entityType: "recommendation" as const,
    entityId: id(code),
    recommendationId: id(code),
    kind: "update" as const,
    field: "status",
    fromValue: "accepted",
    toValue: to,
  });
  await db
    .insert(activityLog)
    .values([
      statusEntry("D-01", "in_progress", "2026-01-10T09:00:00Z"),
      statusEntry("D-01", "implemented", "2026-03-05T09:00:00Z"),
      statusEntry("D-03", "implemented", "2026-01-20T09:00:00Z"),
      statusEntry("D-03", "verified", "2026-04-02T09:00:00Z"),
      statusEntry("D-04", "closed", "2026-03-28T09:00:00Z"),
      statusEntry("D-02", "in_progress", "2026-02-01T09:00:00Z"),
      statusEntry("D-08", "implemented", "2026-02-01T09:00:00Z"),
    ]);
  const [labs, fund] = await db
    .insert(indicators)
    .values([
      { recommendationId: id("D-01"), name: "Joint labs", unit: "labs", baseline: "2", target: "10" },
      { recommendationId: id("D-04"), name: "Fund size", unit: "HKD bn", target: "5" },
      { recommendationId: id("D-08"), name: "Archived one", unit: "x", baseline: "0", target: "1" },
    ])
    .returning({ id: indicators.id });
  void fund;
  await db.insert(indicatorReadings).values([
    { indicatorId: labs!.id, value: "4", observedOn: "2026-02-01" },
    { indicatorId: labs!.id, value: "6", observedOn: "2026-05-01" },
  ]);
  await db.delete(rounds);
  const [closed, open] = await db
    .insert(rounds)
    .values([
      {
        name: "Dashboard Q1",
        dueDate: "2026-03-31",
        status: "closed",
        openedAt: new Date("2026-03-01T00:00:00Z"),
        closedAt: new Date("2026-04-05T00:00:00Z"),
      },
      { name: "Dashboard Q2", dueDate: "2026-06-10", status: "open", openedAt: new Date("2026-06-01T00:00:00Z") },
    ])
    .returning({ id: rounds.id });
  const request = (round: string, code: string, key: string, state: (typeof roundRequests.$inferInsert)["state"]) => ({
    roundId: round,
    recommendationId: id(code),
    agencyId: agencyId(key),
    state,
  });
  await db
    .insert(roundRequests)
    .values([
      request(closed!.id, "D-01", SZ, "accepted"),
      request(open!.id, "D-01", SZ, "submitted"),
      request(open!.id, "D-01", HK, "accepted"),
      request(open!.id, "D-02", SZ, "not_started"),
      request(open!.id, "D-07", SZ, "draft"),
      request(open!.id, "D-07", HK, "returned"),
      request(open!.id, "D-08", SZ, "submitted"),
    ]);
  return { openRoundId: open!.id };
}

const rate = (accepted: number, implemented: number) => ({
  accepted,
  implemented,
  rate: accepted ? implemented / accepted : null,
});

/** Every segment a dashboard shows with its count, for checking each against the list. */
function segmentsOf(d: Dashboard): [Segment, number][] {
  return [
    [{ kind: "all" }, d.total],
    ...d.byStatus.map((s): [Segment, number] => [{ kind: "status", status: s.status }, s.count]),
    ...d.byHealth.map((s): [Segment, number] => [{ kind: "health", health: s.health }, s.count]),
    [{ kind: "rate", part: "accepted" }, d.implementation.overall.accepted],
    [{ kind: "rate", part: "implemented" }, d.implementation.overall.implemented],
    ...d.implementation.byTheme.flatMap((t): [Segment, number][] => [
      [{ kind: "theme", theme: t.theme, part: "accepted" }, t.accepted],
      [{ kind: "theme", theme: t.theme, part: "implemented" }, t.implemented],
    ]),
    ...d.implementation.bySide.flatMap((t): [Segment, number][] => [
      [{ kind: "side", side: t.side, part: "accepted" }, t.accepted],
      [{ kind: "side", side: t.side, part: "implemented" }, t.implemented],
    ]),
    ...d.age.map((a): [Segment, number] => [{ kind: "age", bucket: a.bucket }, a.count]),
  ];
}

/** How many rows the list shows for a segment's filters (0 when the segment has none). */
async function listCount(db: DbOrTx, filters: RecommendationFilters | null) {
  if (!filters) return 0;
  return (await listRecommendations(db, { ...filters, today: TODAY, pageSize: 1 })).total;
}

/** The count of agency `key`'s group in the list grouped by lead agency, as a "lead" segment's link opens it. */
async function leadGroupCount(db: DbOrTx, filters: RecommendationFilters | null, key: string) {
  if (!filters) return 0;
  const list = await listRecommendations(db, { ...filters, today: TODAY, group: "agency", pageSize: 1 });
  return list.groups.find((g) => g.key === key)?.count ?? 0;
}

export function describeDashboard(label: string, getShared: () => DatabaseHandle) {
  describe(`${label}: the dashboard's figures`, () => {
    const h = rollBackEachTest(getShared);
    const load = async (selection: RecommendationFilters = {}) =>
      loadDashboard(h.db, await actorFor(h.db, "viewer@demo.local"), selection, { today: TODAY });

    it("counts by status and health, the implementation rates, overdue actions and age, as worked out by hand", async () => {
      await setUp(h.db);
      const d = await load();
      expect(d.today).toBe(TODAY);
      expect(d.total).toBe(7);
      expect(d.byStatus).toEqual([
        { status: "proposed", count: 1 },
        { status: "accepted", count: 1 },
        { status: "in_progress", count: 1 },
        { status: "implemented", count: 1 },
        { status: "verified", count: 1 },
        { status: "closed", count: 2 },
      ]);
      expect(d.byHealth).toEqual([
        { health: "on_track", count: 2 },
        { health: "at_risk", count: 1 },
        { health: "off_track", count: 1 },
        { health: "none", count: 3 },
      ]);
      expect(d.implementation.overall).toEqual(rate(5, 3));
      expect(d.implementation.byTheme).toEqual([
        { theme: "innovation", ...rate(3, 2) },
        { theme: "finance", ...rate(1, 1) },
        { theme: "talent", ...rate(1, 0) },
      ]);
      expect(d.implementation.byLeadAgency.map((a) => [a.agency.key, a.accepted, a.implemented])).toEqual([
        [SZ, 3, 1],
        [HK, 3, 3],
      ]);
      expect(d.implementation.bySide).toEqual([
        { side: "shenzhen", ...rate(4, 2) },
        { side: "hong_kong", ...rate(4, 3) },
      ]);
      // D-02's and D-07's open actions due before today; D-08's is archived, the cancelled and done ones
      // do not count, and one due today is not overdue yet.
      expect(d.overdueByAgency.map((a) => [a.agency.key, a.count])).toEqual([
        [SZ, 2],
        [HK, 1],
      ]);
      expect(d.age).toEqual([
        { bucket: "lt6", count: 1 },
        { bucket: "6to12", count: 1 },
        { bucket: "12to24", count: 0 },
        { bucket: "gt24", count: 1 },
      ]);
    });

    it("counts recommendations reaching implemented per month from the history, against the number accepted", async () => {
      await setUp(h.db);
      const d = await load();
      expect(d.progress.accepted).toBe(5);
      // D-03 in January (its first entry, not verified in April), D-01 and D-04 (closed as implemented)
      // in March; D-02 only started, D-08 is archived; then every month up to this one.
      expect(d.progress.months).toEqual([
        { month: "2026-01", reached: 1, cumulative: 1 },
        { month: "2026-02", reached: 0, cumulative: 1 },
        { month: "2026-03", reached: 2, cumulative: 3 },
        { month: "2026-04", reached: 0, cumulative: 3 },
        { month: "2026-05", reached: 0, cumulative: 3 },
        { month: "2026-06", reached: 0, cumulative: 3 },
      ]);
    });

    it("gives the open round's response rate per agency, for the selection's recommendations", async () => {
      const { openRoundId } = await setUp(h.db);
      const d = await load();
      expect(d.round).toMatchObject({ id: openRoundId, name: "Dashboard Q2", status: "open", total: 5, responded: 2 });
      expect(d.round!.responseRate).toBeCloseTo(0.4);
      expect(d.round!.byAgency.map((a) => [a.agency.key, a.total, a.responded, a.late])).toEqual([
        [SZ, 3, 1, 2],
        [HK, 2, 1, 1],
      ]);
      // Without an open round, the one closed last.
      await h.db.delete(rounds).where(eq(rounds.id, openRoundId));
      const after = await load();
      expect(after.round).toMatchObject({ name: "Dashboard Q1", status: "closed", total: 1, responded: 1 });
    });

    it("rolls up the indicators per theme with their latest reading against the target", async () => {
      await setUp(h.db);
      const d = await load();
      expect(d.indicatorsTruncated).toBe(false);
      expect(
        d.indicators.map((t) => [
          t.theme,
          t.indicators.map((i) => [i.code, i.name, i.latest?.value ?? null, i.target, i.progress]),
        ]),
      ).toEqual([
        ["innovation", [["D-01", "Joint labs", 6, 10, 0.5]]],
        ["finance", [["D-04", "Fund size", null, 5, null]]],
      ]);
      expect(d.indicators[0]!.indicators[0]!.latest).toEqual({ value: 6, observedOn: "2026-05-01" });
    });

    it("follows a selection: a theme, an agency, archived ones included", async () => {
      await setUp(h.db);
      const innovation = await load({ theme: ["innovation"] });
      expect(innovation.total).toBe(3);
      expect(innovation.implementation.overall).toEqual(rate(3, 2));
      expect(innovation.overdueByAgency.map((a) => [a.agency.key, a.count])).toEqual([[SZ, 1]]);
      expect(innovation.progress.months.at(-1)).toEqual({ month: "2026-06", reached: 0, cumulative: 2 });
      expect(innovation.indicators.map((t) => t.theme)).toEqual(["innovation"]);

      const hk = await load({ agency: [HK] });
      expect(hk.total).toBe(5);
      expect(hk.implementation.byLeadAgency.map((a) => [a.agency.key, a.accepted, a.implemented])).toEqual([
        [HK, 3, 3],
      ]);
      expect(hk.implementation.bySide).toEqual([{ side: "hong_kong", ...rate(4, 3) }]);

      const all = await load({ includeArchived: true });
      expect(all.total).toBe(
        8 +
          (await h.db
            .select({ n: sql<number>`count(*)` })
            .from(recommendations)
            .where(sql`${recommendations.code} not like 'D-%'`)
            .then((r) => Number(r[0]!.n))),
      );
    });

    it("lets every role read the dashboard: administrators, coordinators, members and viewers", async () => {
      await setUp(h.db);
      for (const email of ["admin@demo.local", "coordinator@demo.local", "sz.member@demo.local", "viewer@demo.local"]) {
        const d = await loadDashboard(h.db, await actorFor(h.db, email), {}, { today: TODAY });
        expect(d.total).toBe(7);
      }
    });

    for (const [name, selection] of [
      ["no selection", {}],
      ["theme innovation", { theme: ["innovation"] }],
      ["agency hk-itib", { agency: [HK] }],
      ["side shenzhen, statuses chosen", { side: ["shenzhen"], status: ["in_progress", "implemented", "closed"] }],
    ] as [string, RecommendationFilters][]) {
      it(`opens the list filtered to exactly each segment's rows (${name})`, async () => {
        await setUp(h.db);
        const d = await load(selection);
        for (const [segment, count] of segmentsOf(d)) {
          expect(await listCount(h.db, segmentFilters(selection, segment)), JSON.stringify(segment)).toBe(count);
        }
        for (const a of d.implementation.byLeadAgency) {
          for (const part of ["accepted", "implemented"] as const) {
            const filters = segmentFilters(selection, { kind: "lead", agency: a.agency.key, part });
            expect(await leadGroupCount(h.db, filters, a.agency.key), `${a.agency.key} ${part}`).toBe(a[part]);
          }
        }
      });
    }
  });
}
