/**
 * The label rows carry (lib/table/data-query.ts, url-state.ts): the server's reading of a URL and the
 * browser's table state name the same view the same way, and only what changes rows counts.
 */
import { describe, expect, it } from "vitest";
import { createSerializer } from "nuqs/server";
import { dataQueryOf } from "@/lib/table/data-query";
import { actionUrlState, canonicalQuery, tableUrlState } from "@/lib/table/url-state";

const serverKey = (query: string) => dataQueryOf(canonicalQuery(tableUrlState, new URLSearchParams(query)));

describe("a table view's data query", () => {
  it("leaves out what changes no row: columns, widths, pins, the saved-view id", () => {
    expect(serverKey("q=port&cols=code,title&widths=title:300&pin=code&view=abc")).toBe("q=port");
  });

  it("is the same whatever order the link's keys come in", () => {
    expect(serverKey("sort=-code&status=accepted,in_progress&q=x")).toBe(
      serverKey("q=x&status=accepted,in_progress&sort=-code"),
    );
  });

  it("drops defaults and values the table refuses, as the browser's state does", () => {
    expect(serverKey("page=1&pageSize=50&status=nonsense&q=")).toBe("");
  });

  it("matches the browser's serialized state for the same view", () => {
    const values = { q: "人才", status: ["accepted" as const], sort: ["-updated"], page: 2, group: "theme" as const };
    const browser = dataQueryOf((createSerializer(tableUrlState) as (v: typeof values) => string)(values));
    expect(serverKey(`group=theme&page=2&sort=-updated&status=accepted&q=${encodeURIComponent("人才")}`)).toBe(browser);
  });

  it("reads the All actions table's keys by its own parsers", () => {
    expect(dataQueryOf(canonicalQuery(actionUrlState, new URLSearchParams("due=overdue&sort=due&cols=title")))).toBe(
      "due=overdue&sort=due",
    );
  });
});
