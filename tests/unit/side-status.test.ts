/**
 * Each side's progress and state rolled up from a recommendation's actions (lib/side-status.ts), and
 * the same figures from the list query's SQL on PGlite (the PostgreSQL run is in tests/integration).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db";
import { countsForSide, sideStatus, sideStatuses, type SideStatusAction } from "@/lib/side-status";
import { createTestDb } from "../helpers/test-db";
import { craftedCases, describeSideStatusQueries } from "../helpers/side-status-suite";

const sz = (status: SideStatusAction["status"], progress: number): SideStatusAction => ({
  side: "shenzhen",
  status,
  progress,
});
const hk = (status: SideStatusAction["status"], progress: number): SideStatusAction => ({
  side: "hong_kong",
  status,
  progress,
});
const joint = (status: SideStatusAction["status"], progress: number): SideStatusAction => ({
  side: "joint",
  status,
  progress,
});

describe("a side's progress", () => {
  it("weights each action by its progress instead of counting only done ones", () => {
    expect(sideStatus([sz("in_progress", 60)], "shenzhen").progress).toBe(0.6);
    expect(sideStatus([sz("in_progress", 60), sz("todo", 0)], "shenzhen").progress).toBe(0.3);
    expect(sideStatus([sz("done", 100), sz("in_progress", 50), sz("blocked", 0)], "shenzhen").progress).toBe(0.5);
  });

  it("counts a done action in full whatever progress it stored", () => {
    expect(sideStatus([sz("done", 40)], "shenzhen")).toEqual({ progress: 1, state: "done" });
  });

  it("counts a joint agency's actions for both sides and a national agency's for neither", () => {
    const acts = [
      joint("in_progress", 40),
      sz("done", 100),
      hk("todo", 0),
      { ...sz("done", 100), side: "national" as const },
    ];
    expect(sideStatuses(acts)).toEqual({
      shenzhen: { progress: 0.7, state: "in_progress" },
      hong_kong: { progress: 0.2, state: "in_progress" },
    });
    expect(countsForSide("joint", "hong_kong")).toBe(true);
    expect(countsForSide("national", "shenzhen")).toBe(false);
    expect(countsForSide("hong_kong", "shenzhen")).toBe(false);
  });

  it("leaves cancelled actions out", () => {
    expect(sideStatus([sz("done", 100), sz("cancelled", 0)], "shenzhen")).toEqual({ progress: 1, state: "done" });
    expect(sideStatus([sz("cancelled", 80)], "shenzhen")).toEqual({ progress: null, state: "no_actions" });
  });

  it("is empty for a side without actions, whatever the other side has", () => {
    expect(sideStatuses([])).toEqual({
      shenzhen: { progress: null, state: "no_actions" },
      hong_kong: { progress: null, state: "no_actions" },
    });
    expect(sideStatus([hk("done", 100)], "shenzhen")).toEqual({ progress: null, state: "no_actions" });
  });
});

describe("a side's state", () => {
  const state = (...acts: SideStatusAction[]) => sideStatus(acts, "shenzhen").state;

  it("is done only when every counted action is done", () => {
    expect(state(sz("done", 100), sz("done", 100))).toBe("done");
    expect(state(sz("done", 100), sz("in_progress", 99))).toBe("in_progress");
  });

  it("is blocked when any counted action is blocked, however far the others are", () => {
    expect(state(sz("blocked", 0))).toBe("blocked");
    expect(state(sz("done", 100), sz("in_progress", 90), sz("blocked", 50))).toBe("blocked");
    expect(state(joint("blocked", 10), hk("done", 100))).toBe("blocked");
    // A blocked action on the other side does not block this one.
    expect(state(hk("blocked", 0), sz("todo", 0))).toBe("not_started");
    // Nor does a cancelled one that was blocked before: cancelled actions are left out.
    expect(state(sz("cancelled", 0), sz("todo", 0))).toBe("not_started");
  });

  it("is in progress with an action in progress, one done, or any progress recorded", () => {
    expect(state(sz("in_progress", 0), sz("todo", 0))).toBe("in_progress");
    expect(state(sz("done", 100), sz("todo", 0))).toBe("in_progress");
    expect(state(sz("todo", 5), sz("todo", 0))).toBe("in_progress");
  });

  it("is not started while every counted action is to do at 0 %", () => {
    expect(state(sz("todo", 0), joint("todo", 0))).toBe("not_started");
  });
});

describe("the crafted cases the database suite inserts", () => {
  it.each(craftedCases.map((c) => [c.name, c] as const))(
    "%s: the TypeScript roll-up gives the expected figures",
    (_, c) => {
      const side = (key: string) =>
        key.startsWith("sz-")
          ? "shenzhen"
          : key.startsWith("hk-")
            ? "hong_kong"
            : key.startsWith("joint-")
              ? "joint"
              : "national";
      const acts = c.actions.map(([agency, status, progress]) => ({ side: side(agency), status, progress }) as const);
      expect(sideStatuses(acts)).toEqual(c.expected);
    },
  );
});

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(() => handle.close());

describeSideStatusQueries("PGlite", () => handle);
