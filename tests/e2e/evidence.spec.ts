/**
 * Evidence on the recommendation page: a member attaches a PDF to an action of their agency (with
 * the upload's progress and its finished state), downloads it byte for byte, is refused a program
 * renamed .pdf and a file over 20 MB with a sentence; a viewer sees the file but no upload control.
 * The API downloads nothing for a forged id, a revoked token or a deactivated account. The action
 * list with evidence shown passes axe in both themes and fits a phone.
 */
import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext, type Page } from "./test";
import { DEMO_PASSWORD, demoAccounts, openAs } from "./fixtures";
import { seriousViolations } from "./axe";
import { callServerAction, serverActionIds, sessionFor } from "./http-session";

interface Target {
  code: string;
  action: { id: string; title: string };
}

/** A recommendation the Shenzhen agency owns, not Hong Kong's, with an action of the Shenzhen agency. */
async function szTarget(request: APIRequestContext): Promise<Target> {
  const { data } = (await (await request.get("/api/v1/recommendations?agency=sz-stic&pageSize=200")).json()) as {
    data: {
      code: string;
      archivedAt: string | null;
      owners: { agency: { key: string } }[];
      actions: { id: string; title: string; agency: { key: string } }[];
    }[];
  };
  const rec = data.find(
    (r) =>
      !r.archivedAt &&
      !r.owners.some((o) => o.agency.key === "hk-itib") &&
      r.actions.some((a) => a.agency.key === "sz-stic" && a.title),
  )!;
  const action = rec.actions.find((a) => a.agency.key === "sz-stic" && a.title)!;
  return { code: rec.code, action: { id: action.id, title: action.title } };
}

/** A PDF of `size` bytes: the signature, then filler. */
function pdfOf(size: number): Buffer {
  const head = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n", "latin1");
  const b = Buffer.alloc(size, 0x41);
  head.copy(b, 0);
  return b;
}

/** What Windows loads as a program: "MZ", and "PE\0\0" where the header at 0x3c points. */
function windowsProgram(): Buffer {
  const b = Buffer.alloc(512);
  b.write("MZ", 0, "latin1");
  b.writeUInt32LE(0x80, 0x3c);
  b.write("PE\0\0", 0x80, "latin1");
  return b;
}

const actionRow = (page: Page, title: string) =>
  page
    .getByRole("list", { name: "Actions of this recommendation" })
    .getByRole("listitem")
    .filter({ hasText: title })
    .first();

async function openEvidence(page: Page, title: string) {
  const row = actionRow(page, title);
  const summary = row.locator("summary", { hasText: /^Evidence/ });
  if (!(await row.locator("details[open]").count())) await summary.click();
  return row;
}

const axeViolations = (page: Page) => seriousViolations(page, "section[aria-labelledby=actions-h]");

test("a member attaches a PDF to their agency's action, sees it upload, downloads it; wrong files are refused", async ({
  browser,
}) => {
  const probe = await openAs(browser, demoAccounts.szMember.email, "/recommendations");
  const target = await szTarget(probe.request);
  await probe.context().close();
  const url = `/recommendations/${target.code}`;
  const name = `progress-${Date.now().toString(36)}.pdf`;
  const pdf = pdfOf(3 * 1024 * 1024);

  const member = await openAs(browser, demoAccounts.szMember.email, url);
  const row = await openEvidence(member, target.action.title);
  const input = row.getByLabel("Attach a file");
  await expect(input).toBeVisible();

  // Upload slowed to about 1 MB/s, so the progress bar is seen moving before the upload finishes.
  const cdp = await member.context().newCDPSession(member);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 20,
    downloadThroughput: -1,
    uploadThroughput: 1024 * 1024,
  });
  await input.setInputFiles({ name, mimeType: "application/pdf", buffer: pdf });
  const bar = row.getByRole("progressbar", { name: `Upload of ${name}` });
  await expect(bar).toBeVisible();
  await expect(row.getByText(new RegExp(`^Uploading ${name.replace(".", "\\.")}: \\d+%$`))).toBeVisible();
  await expect(row.getByRole("status").filter({ hasText: `Uploaded ${name}.` })).toBeVisible({ timeout: 20_000 });
  await expect(bar).toHaveCount(0);
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });

  // Listed with its type, size and who added it; the download is the same bytes, as an attachment.
  const file = row.getByRole("link", { name: new RegExp(name.replace(".", "\\.")) });
  await expect(file).toBeVisible();
  await expect(row.getByText(/PDF, 3 MB · added by Li Wei, /)).toBeVisible();
  const [download] = await Promise.all([member.waitForEvent("download"), file.click()]);
  expect(download.suggestedFilename()).toBe(name);
  expect(readFileSync((await download.path())!).equals(pdf)).toBe(true);

  // A program renamed .pdf is refused from its content, with the reason.
  await input.setInputFiles({ name: "report.pdf", mimeType: "application/pdf", buffer: windowsProgram() });
  await expect(row.getByRole("alert")).toHaveText(
    "This file is a Windows program, not a PDF. Only PDF, images (PNG, JPEG, GIF, WebP), office documents and plain text can be attached.",
  );
  // Over the limit: said before anything is sent.
  await input.setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: pdfOf(31 * 1024 * 1024) });
  await expect(row.getByRole("alert")).toHaveText("Files can be at most 20 MB; this one is 31 MB.");
  await expect(row.getByRole("link", { name: /report\.pdf|scan\.pdf/ })).toHaveCount(0);

  // A link too.
  await row.getByLabel("Web address").fill("https://www.gov.cn/progress");
  await row.getByLabel("Label (optional)").fill("Published progress");
  await row.getByRole("button", { name: "Add link" }).click();
  await expect(row.getByRole("link", { name: /Published progress/ })).toBeVisible();

  // Accessible in both themes with evidence shown, and no sideways scroll on a phone.
  expect(await axeViolations(member)).toEqual([]);
  await member.emulateMedia({ colorScheme: "dark" });
  await expect(member.locator("html")).toHaveClass(/\bdark\b/);
  expect(await axeViolations(member)).toEqual([]);
  await member.setViewportSize({ width: 390, height: 844 });
  await openEvidence(member, target.action.title);
  expect(await member.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  // The action's text keeps a readable width on a phone: its buttons wrap below it instead.
  const titleBox = await actionRow(member, target.action.title).locator("p").first().boundingBox();
  expect(titleBox!.width).toBeGreaterThan(250);
  await actionRow(member, target.action.title).locator("details").scrollIntoViewIfNeeded();
  await member.screenshot({ path: test.info().outputPath("evidence-390-dark.png"), fullPage: false });
  await member.emulateMedia({ colorScheme: "light" });
  await member.setViewportSize({ width: 1280, height: 900 });
  await actionRow(member, target.action.title).scrollIntoViewIfNeeded();
  await member.screenshot({ path: test.info().outputPath("evidence-light.png") });

  // The history says who added it.
  await expect(member.getByText(`Evidence added: ${name}`).first()).toBeVisible();

  // A viewer sees the file and downloads it, but has no upload or remove control.
  const viewer = await openAs(browser, demoAccounts.viewer.email, url);
  const seen = await openEvidence(viewer, target.action.title);
  await expect(seen.getByRole("link", { name: new RegExp(name.replace(".", "\\.")) })).toBeVisible();
  await expect(seen.getByLabel("Attach a file")).toHaveCount(0);
  await expect(seen.getByRole("button", { name: /^Remove/ })).toHaveCount(0);
  expect(await axeViolations(viewer)).toEqual([]);

  // The member removes the link after confirming.
  await row.getByRole("button", { name: "Remove Published progress" }).click();
  await row.getByRole("button", { name: "Remove", exact: true }).click();
  await expect(row.getByRole("status").filter({ hasText: "Removed Published progress." })).toBeVisible();
  await expect(row.getByRole("link", { name: /Published progress/ })).toHaveCount(0);
  await member.context().close();
  await viewer.context().close();
});

test("the API downloads nothing for a forged id, a revoked token or a deactivated account", async ({ baseURL }) => {
  const member = await sessionFor(baseURL!, demoAccounts.szMember.email);
  const admin = await sessionFor(baseURL!, demoAccounts.admin.email);
  const anonymous = await sessionFor(baseURL!, null);
  const target = await szTarget(member);
  const upload = await member.post(`/api/v1/actions/${target.action.id}/evidence`, {
    multipart: { file: { name: "api.pdf", mimeType: "application/octet-stream", buffer: pdfOf(1000) } },
  });
  expect(upload.status()).toBe(201);
  const { data } = await upload.json();
  expect(data).toMatchObject({ kind: "file", contentType: "application/pdf", size: 1000, on: "action" });
  const download = `/api/v1/evidence/${data.id}/download`;

  const ok = await member.get(download);
  expect(ok.status()).toBe(200);
  expect(ok.headers()["content-type"]).toBe("application/pdf");
  expect(ok.headers()["content-disposition"]).toBe(`attachment; filename="api.pdf"; filename*=UTF-8''api.pdf`);
  expect(ok.headers()["x-content-type-options"]).toBe("nosniff");
  expect(ok.headers()["content-length"]).toBe("1000");

  // A forged id and a malformed one name nothing.
  for (const forged of ["00000000-0000-4000-8000-000000000000", "not-an-id"]) {
    const res = await member.get(`/api/v1/evidence/${forged}/download`);
    expect(res.status()).toBe(404);
  }
  expect((await anonymous.get(download)).status()).toBe(401);

  // Another agency's member may read it but not remove or add; a page of another site may not upload.
  const hk = await sessionFor(baseURL!, demoAccounts.hkMember.email);
  const refused = await hk.post(`/api/v1/actions/${target.action.id}/evidence`, {
    multipart: { file: { name: "x.pdf", mimeType: "application/pdf", buffer: pdfOf(100) } },
  });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.message).toBe(
    "Only members of the action's agency and coordinators can add or remove its evidence.",
  );
  const crossSite = await member.post(`/api/v1/actions/${target.action.id}/evidence`, {
    headers: { Origin: "https://attacker.example" },
    multipart: { file: { name: "x.pdf", mimeType: "application/pdf", buffer: pdfOf(100) } },
  });
  expect(crossSite.status()).toBe(403);

  // A revoked token downloads nothing.
  const created = await (await member.post("/api/v1/tokens", { data: { name: "evidence e2e", scope: "read" } })).json();
  const bearer = { Authorization: `Bearer ${created.data.token}` };
  expect((await anonymous.get(download, { headers: bearer })).status()).toBe(200);
  expect((await member.delete(`/api/v1/tokens/${created.data.id}`)).status()).toBe(200);
  expect((await anonymous.get(download, { headers: bearer })).status()).toBe(401);

  // A deactivated account downloads nothing, through its session or its token.
  const email = `evidence.${Date.now().toString(36)}@example.org`;
  const ids = serverActionIds();
  const made = await callServerAction(
    admin,
    "/admin/users",
    ids.get("app/(workspace)/admin/users/actions.ts#createUserAction")!,
    [{ name: "Evidence Reader", email, role: "viewer", password: DEMO_PASSWORD }],
  );
  const userId = /"id":"([0-9a-f-]{36})"/.exec(made.body)![1]!;
  const reader = await sessionFor(baseURL!, email);
  const readerToken = (await (await reader.post("/api/v1/tokens", { data: { name: "r", scope: "read" } })).json()).data
    .token;
  expect((await reader.get(download)).status()).toBe(200);
  const off = await callServerAction(
    admin,
    "/admin/users",
    ids.get("app/(workspace)/admin/users/actions.ts#setUserActiveAction")!,
    [{ id: userId, active: false }],
  );
  expect(off.body).toContain('"ok":true');
  expect((await reader.get(download)).status()).toBe(401);
  expect((await anonymous.get(download, { headers: { Authorization: `Bearer ${readerToken}` } })).status()).toBe(401);

  for (const ctx of [member, admin, anonymous, hk, reader]) await ctx.dispose();
});
