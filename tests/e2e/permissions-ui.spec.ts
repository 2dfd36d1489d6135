import { expect, test, type APIRequestContext, type Page } from "./test";
import { demoAccounts, signInAs } from "./fixtures";
import { PropertiesPanel } from "./properties-panel";

interface ApiAction {
  id: string;
  status: string;
  version: number;
  progress: number;
  agency: { key: string };
}
interface ApiRec {
  code: string;
  status: string;
  version: number;
  health: string | null;
  actions: ApiAction[];
  owners: { agency: { key: string } }[];
}

/** A recommendation both demo members' agencies own, with an open action for each. */
async function sharedRecommendation(request: APIRequestContext): Promise<ApiRec> {
  const { data } = (await (await request.get("/api/v1/recommendations?pageSize=200&agency=sz-stic")).json()) as {
    data: ApiRec[];
  };
  const rec = data.find(
    (r) =>
      r.owners.some((o) => o.agency.key === "hk-itib") &&
      r.actions.some((a) => a.agency.key === "sz-stic" && a.status !== "done") &&
      r.actions.some((a) => a.agency.key === "hk-itib" && a.status !== "done"),
  );
  expect(rec, "the seed has a recommendation shared by SZSTI and ITIB").toBeDefined();
  return rec!;
}

/** Calls a server action the way the browser does, with the action id captured from a real call. */
async function forgeServerAction(page: Page, path: string, actionId: string, args: unknown[]) {
  const res = await page.request.post(path, {
    headers: { "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
    data: JSON.stringify(args),
  });
  return { status: res.status(), body: await res.text() };
}

test("a Shenzhen member updates their agency's action, cannot touch Hong Kong's, and a forged call is refused", async ({
  page,
  browser,
}) => {
  await signInAs(page, demoAccounts.szMember.email, null);
  const rec = await sharedRecommendation(page.request);
  const szAction = rec.actions.find((a) => a.agency.key === "sz-stic" && a.status !== "done")!;
  const hkAction = rec.actions.find((a) => a.agency.key === "hk-itib" && a.status !== "done")!;
  const path = `/recommendations/${rec.code}`;
  await page.goto(path);

  // Only the Shenzhen actions can be edited; the page says why the others cannot.
  const actions = page.getByRole("region", { name: "Actions" });
  await expect(actions.getByRole("button", { name: /^Edit “/ })).toHaveCount(
    rec.actions.filter((a) => a.agency.key === "sz-stic").length,
  );
  await expect(actions).toContainText("Agency members can update only the actions assigned to their own agency.");

  let actionId = "";
  page.on("request", (r) => {
    const id = r.headers()["next-action"];
    if (id && r.method() === "POST") actionId = id;
  });
  const title = (await page.request.get(`/api/v1/actions/${szAction.id}`).then((r) => r.json())).data.title as string;
  await actions.getByRole("button", { name: `Edit “${title}”` }).click();
  const editor = actions.getByRole("form", { name: `Edit the action “${title}”` });
  await editor.getByLabel("Progress (%)").fill("55");
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(editor).toHaveCount(0);
  await expect(actions.getByRole("button", { name: `Edit “${title}”` })).toBeFocused();
  const after = (await (await page.request.get(`/api/v1/actions/${szAction.id}`)).json()).data;
  expect(after).toMatchObject({ progress: 55, version: szAction.version + 1 });
  expect(actionId).not.toBe("");

  // The same server action, forged for the Hong Kong action, is refused by the server.
  const forged = await forgeServerAction(page, path, actionId, [
    { id: hkAction.id, code: rec.code, version: hkAction.version, progress: 99 },
  ]);
  expect(forged.body).toContain("their own agency");
  const hkAfter = (await (await page.request.get(`/api/v1/actions/${hkAction.id}`)).json()).data;
  expect(hkAfter).toMatchObject({ progress: hkAction.progress, version: hkAction.version });

  // A viewer sees no edit controls, and the forged call from their session changes nothing.
  const viewerContext = await browser.newContext();
  const viewer = await viewerContext.newPage();
  await signInAs(viewer, demoAccounts.viewer.email, path);
  await expect(viewer.getByRole("button", { name: "Save" })).toHaveCount(0);
  await expect(viewer.getByRole("combobox")).toHaveCount(0);
  await expect(viewer.getByRole("complementary")).toContainText("Viewers can read but not change recommendations.");
  const fromViewer = await forgeServerAction(viewer, path, actionId, [
    { id: szAction.id, code: rec.code, version: szAction.version + 1, progress: 5 },
  ]);
  expect(fromViewer.body).toContain("Viewers can read but not change actions.");
  const unchanged = (await (await viewer.request.get(`/api/v1/actions/${szAction.id}`)).json()).data;
  expect(unchanged).toMatchObject({ progress: 55, version: szAction.version + 1 });
  await viewerContext.close();
});

test("a member's status change is limited to doing the work, and lifecycle rules are explained", async ({ page }) => {
  await signInAs(page, demoAccounts.hkMember.email, null);
  const rec = await sharedRecommendation(page.request);
  await page.goto(`/recommendations/${rec.code}`);
  const panel = new PropertiesPanel(page);
  const work = ["Accepted", "In progress", "Implemented"];
  const statusLabel = { accepted: "Accepted", in_progress: "In progress", implemented: "Implemented" }[rec.status];
  if (statusLabel) {
    // Among the statuses of doing the work only: never verified or closed.
    expect(await panel.choices("Status")).toEqual(work);
  } else {
    await expect(panel.control("Status")).toHaveCount(0);
    await expect(panel.value("Status")).toContainText("(read-only)");
  }
  const next = rec.health === "at_risk" ? "Off track" : "At risk";
  await panel.choose("Health", next);
  await expect(panel.saved).toHaveText("Health saved.");
  await page.reload();
  await expect(panel.control("Health")).toHaveAccessibleName(`Health ${next}`);

  // The change is in the history, marked as an agency update, and the filter separates it.
  const history = page.getByRole("region", { name: "History" });
  const entry = history.getByRole("listitem").filter({ hasText: "Health:" }).first();
  await expect(entry).toContainText("Chan Ka-yan");
  await expect(entry).toContainText("Agency update");
  await expect(entry).toContainText(`→ ${next}`);
  await history.getByRole("link", { name: "Assessments" }).click();
  await expect(page).toHaveURL(/history=assessment/);
  await expect(history.getByRole("listitem").filter({ hasText: "Chan Ka-yan" })).toHaveCount(0);
});

test("a coordinator is told what to fix when a change breaks a lifecycle rule", async ({ page }) => {
  await signInAs(page, demoAccounts.coordinator.email, null);
  const { data } = (await (await page.request.get("/api/v1/recommendations?status=proposed&pageSize=1")).json()) as {
    data: ApiRec[];
  };
  await page.goto(`/recommendations/${data[0]!.code}`);
  const panel = new PropertiesPanel(page);
  // Closing asks for the reason the rule needs; saving without one is refused with what to fix.
  await panel.choose("Status", "Closed");
  const prompt = panel.region.getByRole("form", { name: "Closing needs a reason" });
  await expect(prompt.getByLabel("Closure reason")).toBeFocused();
  await prompt.getByRole("button", { name: "Close the recommendation" }).click();
  await expect(panel.region.getByRole("alert")).toContainText("Say why the recommendation is closed");
  await expect(prompt.getByLabel("Closure reason")).toHaveAttribute("aria-invalid", "true");
});

test("a member cannot undo a coordinator's verification, on the page or through the API", async ({ page, browser }) => {
  await signInAs(page, demoAccounts.coordinator.email, null);
  const { data } = (await (
    await page.request.get("/api/v1/recommendations?status=implemented&agency=hk-itib&pageSize=1")
  ).json()) as { data: ApiRec[] };
  expect(data[0], "the seed has an implemented recommendation ITIB owns").toBeDefined();
  const { code, version } = data[0]!;
  const verify = await page.request.patch(`/api/v1/recommendations/${code}`, { data: { version, status: "verified" } });
  expect(verify.status()).toBe(200);

  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await signInAs(member, demoAccounts.hkMember.email, null);
  const undo = await member.request.patch(`/api/v1/recommendations/${code}`, {
    data: { version: version + 1, status: "implemented" },
  });
  expect(undo.status()).toBe(403);
  expect((await undo.json()).error.message).toMatch(/only among accepted, in progress and implemented/);
  const after = (await (await member.request.get(`/api/v1/recommendations/${code}`)).json()).data as ApiRec;
  expect(after).toMatchObject({ status: "verified", version: version + 1 });

  // The page offers the member no status to move it to, while health stays theirs to report.
  await member.goto(`/recommendations/${code}`);
  const panel = new PropertiesPanel(member);
  await expect(panel.control("Status")).toHaveCount(0);
  await expect(panel.value("Status")).toContainText("Verified");
  await expect(panel.region).toContainText("accepting, verifying, closing and reopening are for coordinators");
  await expect(panel.control("Health")).toBeEnabled();
  await memberContext.close();
});

test("a viewer saves views for themselves only: sharing is disabled with the reason, and a forged share is refused", async ({
  page,
}) => {
  await signInAs(page, demoAccounts.viewer.email, "/recommendations?status=proposed");
  let actionId = "";
  page.on("request", (r) => {
    const id = r.headers()["next-action"];
    if (id && r.method() === "POST") actionId = id;
  });
  await page.getByRole("button", { name: "Views" }).click();
  await page.getByRole("button", { name: "Save view…" }).click();
  const share = page.getByLabel("Share with everyone");
  await expect(share).toBeDisabled();
  await expect(share).toHaveAccessibleDescription(
    /sharing a view with everyone is for agency members and coordinators/,
  );
  const name = `Mine ${Date.now().toString(36)}`;
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("button", { name: `View: ${name}` })).toBeVisible();
  expect(actionId).not.toBe("");

  const forged = await forgeServerAction(page, "/recommendations", actionId, [
    { name: `${name} for all`, query: "status=proposed", shared: true },
  ]);
  expect(forged.body).toContain("sharing a view with everyone");
  await page.reload();
  await page.getByRole("button", { name: `View: ${name}` }).click();
  await expect(page.getByRole("link", { name: new RegExp(`${name} for all`) })).toHaveCount(0);
});
