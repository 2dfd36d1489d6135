import { describe, expect, it } from "vitest";
import { recommendationListQuery, searchParamsToObject, zodFieldErrors } from "@/lib/validation/search-params";

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

  it("limits the search text", () => {
    expect(parse(`q=${"x".repeat(201)}`).success).toBe(false);
  });
});
