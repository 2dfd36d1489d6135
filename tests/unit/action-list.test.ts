import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db";
import { createTestDb } from "../helpers/test-db";
import { describeActionList } from "../helpers/action-list-suite";
import {
  actionListQuery,
  parseListLink,
  searchParamsToObject,
  toActionListParams,
} from "@/lib/validation/search-params";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(() => handle.close());

describeActionList("PGlite", () => handle);

describe("the All actions link", () => {
  const read = (query: string) => actionListQuery.safeParse(searchParamsToObject(new URLSearchParams(query)));

  it("reads filters, multi-key sorts and the grouping as the query layer takes them", () => {
    const parsed = read("agency=sz-stic&due=overdue,week&status=todo&status=blocked&sort=-overdueBy,due&group=agency");
    expect(parsed.success).toBe(true);
    expect(toActionListParams(parsed.data!)).toMatchObject({
      agency: ["sz-stic"],
      due: ["overdue", "week"],
      status: ["todo", "blocked"],
      sort: ["-overdueBy", "due"],
      group: "agency",
      includeArchived: false,
    });
    expect(toActionListParams(read("archived=include").data!).includeArchived).toBe(true);
  });

  it("names what is wrong: an unknown due value, a recommendations column, a grouping it does not have", () => {
    const { query, problems } = parseListLink(
      actionListQuery,
      searchParamsToObject(new URLSearchParams("due=yesterday&sort=theme&group=status&side=shenzhen")),
    );
    expect(problems.join("\n")).toMatch(/due: "yesterday" is not one of: overdue, week, month, later, none/);
    expect(problems.join("\n")).toMatch(/sort: "theme" is not a column/);
    expect(problems.join("\n")).toMatch(/group must be one of: agency, recommendation/);
    // The valid part of the link still applies.
    expect(query.side).toEqual(["shenzhen"]);
  });
});
