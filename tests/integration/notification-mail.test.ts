/**
 * Notification mail end to end on the real PostgreSQL, through a real SMTP server started here:
 * an assignment mailed at once and a daily digest arrive with links to the items and a working
 * unsubscribe link; two scheduler instances on one database with a driven clock send each
 * due-soon mail exactly once.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { openDatabase, type DatabaseHandle } from "@/db";
import { seedDatabase } from "@/db/seed";
import { notifications, users } from "@/db/schema";
import { createAction } from "@/db/mutations/actions";
import { setNotificationPreferences } from "@/db/mutations/notifications";
import { getNotificationPreferences } from "@/db/queries/notifications";
import { seedRecommendations } from "@/db/seed/data/recommendations";
import { createNotificationScheduler } from "@/lib/notifications/scheduler";
import { smtpMailSender } from "@/lib/notifications/mail-transport";
import { applyUnsubscribe, lookUpUnsubscribe } from "@/lib/notifications/unsubscribe";
import { actorFor } from "../helpers/actors";
import { createFreshPostgresDatabase, testDatabaseUrl } from "../helpers/test-db";
import { startSmtpInbox } from "../helpers/smtp-inbox";

const baseUrl = testDatabaseUrl();
const SECRET = "integration-secret-that-is-long-enough-1234";
const APP = "http://tracker.example.org";
const hkCode = seedRecommendations.find((r) => r.owners.some((o) => o.agencyKey === "hk-itib"))!.code;

describe.runIf(baseUrl)("notification mail on PostgreSQL through SMTP", () => {
  let fresh: Awaited<ReturnType<typeof createFreshPostgresDatabase>>;
  let one: DatabaseHandle;
  let two: DatabaseHandle;
  let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;
  let clock = new Date();

  /** One instance's scheduler: its own database handle, the shared SMTP server, the test's clock. */
  const instance = (handle: DatabaseHandle) =>
    createNotificationScheduler({
      db: async () => handle.db,
      now: () => clock,
      mail: {
        sender: smtpMailSender(inbox.url, "Tracker <tracker@example.org>"),
        context: { baseUrl: APP, secret: SECRET },
      },
    });

  beforeAll(async () => {
    process.env.NEXTAUTH_SECRET = SECRET;
    fresh = await createFreshPostgresDatabase(baseUrl!);
    one = await openDatabase({ url: fresh.url });
    await seedDatabase(one.db, { demoUsers: true });
    two = await openDatabase({ url: fresh.url });
    inbox = await startSmtpInbox();
    // The seeded actions' own reminders go out first, so each test sees only what it causes.
    clock = new Date("2031-01-01T06:00:00Z");
    await setNotificationPreferences(one.db, (await actorFor(one.db, "hk.member@demo.local")).id, {
      action_due_soon: "immediate",
    });
    await instance(one).tick();
    inbox.mails.length = 0;
  });
  afterAll(async () => {
    await inbox?.close();
    await two?.close();
    await one?.close();
    await fresh?.drop();
  });

  const toHk = () => inbox.mails.filter((m) => m.to.includes("hk.member@demo.local"));
  const links = (text: string) => [...new Set(text.match(/http:\/\/tracker\.example\.org\/[^\s"<>]+/g) ?? [])];

  it("mails an assignment at once with a link to the action and a signed unsubscribe link", async () => {
    const coord = await actorFor(one.db, "coordinator@demo.local");
    const hk = await actorFor(one.db, "hk.member@demo.local");
    await setNotificationPreferences(one.db, hk.id, { action_assigned: "immediate" });
    const action = await createAction(one.db, coord, hkCode, {
      title: "Publish the joint data catalogue",
      agency: "hk-itib",
      assigneeId: hk.id,
      status: "todo",
      progress: 0,
    });
    await Promise.all([instance(one).tick(), instance(two).tick()]);
    const mails = toHk().filter((m) => m.text.includes("Publish the joint data catalogue"));
    expect(mails).toHaveLength(1);
    const found = links(mails[0]!.text);
    expect(found).toContain(`${APP}/recommendations/${hkCode}#action-${action.id}-title`);
    expect(found).toContain(`${APP}/settings/notifications`);
    // The unsubscribe link for this reason stops this reason only, for this person, signed out.
    const stop = found.map((l) => new URL(l)).find((u) => u.pathname === "/unsubscribe")!;
    const token = stop.searchParams.get("token")!;
    expect(await lookUpUnsubscribe(one.db, token)).toMatchObject({ ok: true, email: "hk.member@demo.local" });
    await applyUnsubscribe(one.db, token);
    const prefs = await getNotificationPreferences(one.db, hk.id);
    expect(prefs.action_assigned).toBe("none");
    expect(prefs.action_due_soon).toBe("immediate");
    expect(await lookUpUnsubscribe(one.db, `${token.slice(0, -3)}abc`)).toEqual({ ok: false, why: "invalid" });
  });

  it("sends each due-soon mail exactly once from two instances ticking together, and again after restarts", async () => {
    const coord = await actorFor(one.db, "coordinator@demo.local");
    const hk = await actorFor(one.db, "hk.member@demo.local");
    const titles = ["Due soon one", "Due soon two", "Due soon three"];
    for (const title of titles)
      await createAction(one.db, coord, hkCode, {
        title,
        agency: "hk-itib",
        assigneeId: hk.id,
        status: "todo",
        progress: 0,
        dueDate: "2031-02-12",
      });
    clock = new Date("2031-02-09T06:00:00Z");
    const a = instance(one);
    const b = instance(two);
    await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
    // Restarted instances, a later hour of the same day and the next day: nothing new to send.
    await Promise.all([instance(one).tick(), instance(two).tick()]);
    clock = new Date("2031-02-10T18:00:00Z");
    await Promise.all([instance(one).tick(), instance(two).tick()]);
    for (const title of titles) {
      expect(toHk().filter((m) => m.text.includes(`“${title}”`) && m.text.includes("is due in"))).toHaveLength(1);
    }
  });

  it("sends one daily digest per person per day from two instances, with links that name the items", async () => {
    const coord = await actorFor(one.db, "coordinator@demo.local");
    const [sz] = await one.db.select().from(users).where(eq(users.email, "sz.member@demo.local"));
    const szOwned = seedRecommendations.find((r) => r.owners.some((o) => o.agencyKey === "sz-stic"))!.code;
    const action = await createAction(one.db, coord, szOwned, {
      title: "Digest item",
      agency: "sz-stic",
      assigneeId: sz!.id,
      status: "todo",
      progress: 0,
    });
    // The digest of the next day carries what was waiting before it began.
    const [made] = await one.db.select().from(notifications).where(eq(notifications.actionId, action.id));
    clock = new Date(made!.createdAt.getTime() + 86_400_000);
    inbox.mails.length = 0;
    await Promise.all([instance(one).tick(), instance(two).tick()]);
    await instance(one).tick();
    const digests = inbox.mails.filter((m) => m.to.includes("sz.member@demo.local"));
    expect(digests).toHaveLength(1);
    expect(digests[0]!.text).toContain("Digest item");
    expect(links(digests[0]!.text)).toContain(`${APP}/recommendations/${szOwned}#action-${action.id}-title`);
    expect(links(digests[0]!.text).some((l) => l.startsWith(`${APP}/unsubscribe?token=`))).toBe(true);
  });
});
