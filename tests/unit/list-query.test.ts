import { describe, expect, it } from "vitest";
import { healthEnum, recommendationStatusEnum } from "@/db/schema/enums";
import { facetIds, filterIds, listFilterIds, tableFilters, type FilterId } from "@/lib/table/filters";
import { tableUrlState } from "@/lib/table/url-state";
import {
  recommendationListQuery,
  searchParamsToObject,
  toListParams,
  zodFieldErrors,
} from "@/lib/validation/search-params";

const parse = (qs: string) => recommendationListQuery.safeParse(searchParamsToObject(new URLSearchParams(qs)));

describe("the recommendation list query", () => {
  it("reads repeated and comma-separated values alike", () => {
    const a = parse("status=proposed&status=accepted&theme=finance,talent&page=2&pageSize=20");
    expect(a.success && a.data).toEqual({
      status: ["proposed", "accepted"],
      theme: ["finance", "talent"],
      page: 2,
      pageSize: 20,
    });
  });

  it("ignores empty values sent by an unfilled form", () => {
    const a = parse("q=&status=&theme=&side=&agency=");
    expect(a.success && a.data).toEqual({ status: [], theme: [], side: [], agency: [] });
  });

  it("says which value is wrong and what is allowed", () => {
    const bad = parse("status=done&pageSize=501&sort=colour&group=agency,theme&cols=code,colour");
    expect(bad.success).toBe(false);
    const fields = zodFieldErrors(bad.error!);
    expect(fields.status?.[0]).toMatch(/"done" is not one of: proposed, accepted/);
    expect(fields.pageSize?.[0]).toMatch(/at most 500/);
    expect(fields.sort?.[0]).toMatch(/sort: "colour" is not a column; sort by code, title/);
    expect(fields.group?.[0]).toMatch(/group must be one of: status, theme, agency, horizon/);
    expect(fields.cols?.[0]).toMatch(/"colour" is not a column/);
  });

  it("refuses the NUL character, which PostgreSQL cannot store (found by the fuzz test)", () => {
    expect(parse("q=a%00b").success).toBe(false);
    expect(parse("agency=%00%01").success).toBe(false);
  });

  it("reads several sort keys, descending with a minus, up to four", () => {
    const ok = parse("sort=-overdue,nextDue&group=status&collapsed=proposed,closed");
    expect(ok.success && ok.data).toMatchObject({
      sort: ["-overdue", "nextDue"],
      group: "status",
      collapsed: ["proposed", "closed"],
    });
    expect(parse("sort=code,title,status,health,priority").success).toBe(false);
  });

  it("reads the side-state filters and names the allowed values of a wrong one", () => {
    const ok = parse("stateShenzhen=blocked,done&stateHongKong=no_actions");
    expect(ok.success && toListParams(ok.data)).toMatchObject({
      stateShenzhen: ["blocked", "done"],
      stateHongKong: ["no_actions"],
    });
    const bad = parse("stateShenzhen=stuck");
    expect(bad.success).toBe(false);
    expect(JSON.stringify(zodFieldErrors(bad.error!))).toContain("not_started, in_progress, done, blocked, no_actions");
  });

  it("limits the search text", () => {
    expect(parse(`q=${"x".repeat(201)}`).success).toBe(false);
  });
});

describe("the table's filter vocabulary", () => {
  it("carries every defined filter through the URL state, the query schema and the query layer's parameters", () => {
    const sample: Record<FilterId, string> = {
      q: "talent",
      status: "proposed",
      health: "none",
      theme: "finance",
      horizon: "short",
      priority: "high",
      agency: "sz-stic",
      side: "joint",
      overdue: "yes",
      stateShenzhen: "blocked",
      stateHongKong: "no_actions",
      acceptance: "partially_accepted",
      implemented: "yes",
      age: "12to24",
      archived: "include",
    };
    expect(Object.keys(sample).sort()).toEqual([...filterIds].sort());
    for (const id of filterIds) expect(tableUrlState).toHaveProperty(id);
    const parsed = parse(new URLSearchParams(sample).toString());
    expect(parsed.success).toBe(true);
    const params = toListParams(parsed.data!);
    expect(params).toMatchObject({ q: "talent", status: ["proposed"], agency: ["sz-stic"], includeArchived: true });
    for (const id of listFilterIds) expect(params[id as Exclude<FilterId, "archived">]).toEqual([sample[id]]);
  });

  it("takes the enum filters' values from the database schema", () => {
    expect(tableFilters.status.values).toEqual(recommendationStatusEnum.enumValues);
    expect(tableFilters.health.values).toEqual([...healthEnum.enumValues, "none"]);
    expect(facetIds).toEqual([
      "status",
      "health",
      "theme",
      "horizon",
      "priority",
      "agency",
      "side",
      "overdue",
      "stateShenzhen",
      "stateHongKong",
      "acceptance",
      "implemented",
      "age",
    ]);
  });
});
