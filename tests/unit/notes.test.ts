import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import * as Y from "yjs";
import type { DatabaseHandle } from "@/db";
import { activityLog, noteUpdates, notes, recommendations, users } from "@/db/schema";
import { freezeNoteVersion, issueNoteToken, repairNote, restoreNoteVersion } from "@/db/mutations/notes";
import { storeDerivedNote } from "@/db/mutations/note-derived";
import { appendNoteUpdate, compactNote } from "@/db/mutations/note-updates";
import { endSession } from "@/db/mutations/sessions";
import {
  countPendingUpdates,
  getNoteVersion,
  listNoteVersions,
  loadNoteAccess,
  loadNoteState,
} from "@/db/queries/notes";
import { checkFrame } from "@/lib/collab/frames";
import { AuthenticationExtension } from "@/lib/collab/extensions/authentication";
import { AwarenessExtension } from "@/lib/collab/extensions/awareness";
import { LimitsExtension } from "@/lib/collab/extensions/limits";
import { PersistenceExtension } from "@/lib/collab/extensions/persistence";
import { deriveNoteContent, sanitizeNoteHtml } from "@/lib/notes/derive";
import { NOTE_FRAGMENT, noteDocumentName, parseNoteDocumentName } from "@/lib/notes/document-name";
import { applyNoteUpdates, findUnappliable, hasPending, isEmptyUpdate } from "@/lib/notes/yjs-state";
import { signCollabToken, verifyCollabToken } from "@/lib/notes/token";
import type { Actor } from "@/lib/permissions";
import * as encoding from "lib0/encoding";
import { rollBackEachTest } from "../helpers/rolled-back";
import { createTestDb } from "../helpers/test-db";
import { orphanUpdates } from "../helpers/collab-attack";
import { prng, randomEdit, waitUntil } from "../helpers/collab-fixtures";

const SECRET = "unit-test-secret-unit-test-secret-0123";

let shared: DatabaseHandle;
const h = rollBackEachTest(() => shared);
const actors: Record<string, Actor & { name: string }> = {};
let recId: string;
let recCode: string;

beforeAll(async () => {
  shared = await createTestDb();
  for (const u of await h.db.select().from(users)) {
    actors[u.email.split("@")[0]!] = { id: u.id, role: u.role, agencyId: u.agencyId, name: u.name };
  }
  const [rec] = await h.db.select().from(recommendations).orderBy(recommendations.code).limit(1);
  recId = rec!.id;
  recCode = rec!.code;
});
afterAll(() => shared.close());

/** A document shaped as Tiptap writes it: paragraphs, headings, lists with marks. */
function tiptapDoc(build: (fragment: Y.XmlFragment) => void): Y.Doc {
  const doc = new Y.Doc();
  build(doc.getXmlFragment(NOTE_FRAGMENT));
  return doc;
}
function para(text: string, attrs?: Record<string, unknown>): Y.XmlElement {
  const p = new Y.XmlElement("paragraph");
  const t = new Y.XmlText();
  t.insert(0, text, attrs as never);
  p.insert(0, [t]);
  return p;
}
function el(name: string, children: Y.XmlElement[], attrs: Record<string, unknown> = {}): Y.XmlElement {
  const e = new Y.XmlElement(name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v as string);
  e.insert(0, children);
  return e;
}
const textOf = (state: Uint8Array) => {
  const d = new Y.Doc();
  Y.applyUpdate(d, state);
  return deriveNoteContent(d).text;
};

describe("collaboration tickets", () => {
  const doc = "note:00000000-0000-4000-8000-000000000001";
  it("verify when signed with the same secret, for the same document, before expiry", () => {
    const { token } = signCollabToken(SECRET, { userId: "u1", documentName: doc, name: "Casey", now: 1000 });
    const r = verifyCollabToken(SECRET, token, { documentName: doc, now: 2000 });
    expect(r).toEqual({ ok: true, payload: expect.objectContaining({ sub: "u1", doc, name: "Casey", iat: 1000 }) });
  });
  it("refuse another secret, another document, expiry, tampering and garbage", () => {
    const { token } = signCollabToken(SECRET, {
      userId: "u1",
      documentName: doc,
      name: "Casey",
      now: 1000,
      ttlMs: 5000,
    });
    expect(verifyCollabToken("another-secret", token, { now: 2000 })).toMatchObject({
      ok: false,
      reason: "bad-signature",
    });
    expect(verifyCollabToken(SECRET, token, { documentName: "note:other", now: 2000 })).toMatchObject({
      ok: false,
      reason: "wrong-document",
    });
    expect(verifyCollabToken(SECRET, token, { now: 6000 })).toMatchObject({ ok: false, reason: "expired" });
    const [body, sig] = token.split(".");
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(body!, "base64url").toString()), sub: "admin" }),
    ).toString("base64url");
    expect(verifyCollabToken(SECRET, `${forged}.${sig}`, { now: 2000 })).toMatchObject({
      ok: false,
      reason: "bad-signature",
    });
    for (const junk of ["", "a.b.c", "nodot", 42, null, "x".repeat(5000)]) {
      expect(verifyCollabToken(SECRET, junk, { now: 2000 }).ok).toBe(false);
    }
  });
  it("are issued from the session's user and say whether the connection is read-only", async () => {
    const viewer = await issueNoteToken(h.db, actors.viewer!, recCode, SECRET);
    expect(viewer).toMatchObject({
      canEdit: false,
      documentName: noteDocumentName(recId),
      user: { name: actors.viewer!.name },
    });
    const coord = await issueNoteToken(h.db, actors.coordinator!, recCode, SECRET);
    expect(coord.canEdit).toBe(true);
    expect(verifyCollabToken(SECRET, coord.token, { documentName: noteDocumentName(recId) }).ok).toBe(true);
    await expect(
      issueNoteToken(h.db, { ...actors.coordinator!, tokenScope: "write" }, recCode, SECRET),
    ).rejects.toThrow(/API tokens cannot/);
    await expect(issueNoteToken(h.db, actors.coordinator!, "R-NOPE", SECRET)).rejects.toThrow(/No recommendation/);
  });
});

describe("document names and frames", () => {
  it("accept only note:<uuid>", () => {
    expect(parseNoteDocumentName(noteDocumentName(recId))).toBe(recId);
    for (const bad of ["note:", "note:abc", "other:" + recId, `note:${recId}x`, `note:${recId}\0`]) {
      expect(parseNoteDocumentName(bad)).toBeNull();
    }
  });
  it("checkFrame refuses malformed, unknown and foreign frames and passes a real update", () => {
    const name = noteDocumentName(recId);
    const d = new Y.Doc();
    d.getText("t").insert(0, "hi");
    const e = encoding.createEncoder();
    encoding.writeVarString(e, name);
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, 2);
    encoding.writeVarUint8Array(e, Y.encodeStateAsUpdate(d));
    const frame = encoding.toUint8Array(e);
    expect(() => checkFrame(frame, name)).not.toThrow();
    expect(() => checkFrame(frame.slice(0, frame.length - 3), name)).toThrow(/malformed/);
    expect(() => checkFrame(frame, noteDocumentName("00000000-0000-4000-8000-000000000000"))).toThrow(
      /unknown document/,
    );
    expect(() => checkFrame(new Uint8Array([1, 65, 99]), "A")).toThrow(/malformed/);
    expect(() => checkFrame(new Uint8Array(1024 * 1024 + 1), name)).toThrow(/too large/);
  });
});

describe("note persistence", () => {
  it("loads state + updates in order, compacts them into the state, and loses nothing", async () => {
    const writer = new Y.Doc();
    const captured: Uint8Array[] = [];
    writer.on("update", (u: Uint8Array) => captured.push(u));
    writer.getText("t").insert(0, "abc");
    writer.getText("t").insert(3, "def");
    writer.getText("t").delete(0, 1);
    for (const u of captured)
      await appendNoteUpdate(h.db, { recommendationId: recId, update: u, userId: actors.coordinator!.id });
    expect(await countPendingUpdates(h.db, recId)).toBe(3);
    const loaded = new Y.Doc();
    Y.applyUpdate(loaded, await loadNoteState(h.db, recId));
    expect(loaded.getText("t").toString()).toBe("bcdef");

    const result = await compactNote(h.db, recId);
    expect(result.folded).toBe(3);
    expect(await countPendingUpdates(h.db, recId)).toBe(0);
    const [row] = await h.db.select().from(notes).where(eq(notes.recommendationId, recId));
    const fromState = new Y.Doc();
    Y.applyUpdate(fromState, row!.state);
    expect(fromState.getText("t").toString()).toBe("bcdef");

    // An update stored after compaction is applied on top of the compacted state.
    writer.getText("t").insert(0, "X");
    await appendNoteUpdate(h.db, { recommendationId: recId, update: captured.at(-1)!, userId: null });
    const again = new Y.Doc();
    Y.applyUpdate(again, await loadNoteState(h.db, recId));
    expect(again.getText("t").toString()).toBe("Xbcdef");
    expect((await compactNote(h.db, recId)).folded).toBe(1);
    expect((await compactNote(h.db, recId)).folded).toBe(0);
  });
  it("knows an empty update", () => {
    expect(isEmptyUpdate(Y.encodeStateAsUpdate(new Y.Doc()))).toBe(true);
    const d = new Y.Doc();
    d.getText("t").insert(0, "x");
    expect(isEmptyUpdate(Y.encodeStateAsUpdate(d))).toBe(false);
    expect(() => isEmptyUpdate(new Uint8Array([255, 255, 1]))).toThrow();
  });
});

describe("derived text and HTML", () => {
  it("render headings, lists, checklists, quotes, marks and links as text and HTML", () => {
    const doc = tiptapDoc((f) => {
      const heading = el("heading", [], { level: 2 });
      const ht = new Y.XmlText();
      ht.insert(0, "Status");
      heading.insert(0, [ht]);
      const p = new Y.XmlElement("paragraph");
      const t = new Y.XmlText();
      t.insert(0, "Bold", { bold: {} } as never);
      t.insert(4, " and ", {});
      t.insert(9, "link", { link: { href: "https://example.org/x" } } as never);
      p.insert(0, [t]);
      f.insert(0, [
        heading,
        p,
        el("bulletList", [el("listItem", [para("first")]), el("listItem", [para("second")])]),
        el("taskList", [
          el("taskItem", [para("done")], { checked: true }),
          el("taskItem", [para("todo")], { checked: false }),
        ]),
        el("blockquote", [para("quoted")]),
      ]);
    });
    const { text, html } = deriveNoteContent(doc);
    expect(text).toBe("Status\nBold and link\n- first\n- second\n[x] done\n[ ] todo\nquoted");
    expect(html).toContain("<h2>Status</h2>");
    expect(html).toContain("<strong>Bold</strong>");
    expect(html).toContain('<a href="https://example.org/x" rel="noopener noreferrer nofollow">link</a>');
    expect(html).toContain("<ul><li><p>first</p></li><li><p>second</p></li></ul>");
    expect(html).toContain('data-checked="true"');
    expect(html).toContain("<blockquote><p>quoted</p></blockquote>");
  });
  it("never store script, handlers or javascript: links, whatever the document holds", () => {
    const doc = tiptapDoc((f) => {
      const p = new Y.XmlElement("paragraph");
      const t = new Y.XmlText();
      t.insert(0, "<script>alert(1)</script>", {});
      t.insert(25, "click", { link: { href: "javascript:alert(1)" } } as never);
      p.insert(0, [t]);
      f.insert(0, [p, el("script", [para("alert(2)")]), el("paragraph", [], { onclick: "x()" })]);
    });
    const { html } = deriveNoteContent(doc);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/onclick/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(sanitizeNoteHtml('<p onmouseover="x()">a</p><img src=x onerror=alert(1)><a href="javascript:x">b</a>')).toBe(
      "<p>a</p><a>b</a>",
    );
  });
  it("record one history entry per editor per ten minutes, however many settles", async () => {
    const doc = tiptapDoc((f) => f.insert(0, [para("hello")]));
    const [rec] = await h.db.select().from(recommendations).orderBy(recommendations.code).offset(1).limit(1);
    const editors = [actors.coordinator!.id, actors.admin!.id];
    const t0 = new Date();
    for (let i = 0; i < 5; i++) {
      await storeDerivedNote(h.db, {
        recommendationId: rec!.id,
        doc,
        editorIds: editors,
        now: new Date(t0.getTime() + i * 1000),
      });
    }
    const entries = await h.db
      .select()
      .from(activityLog)
      .where(and(eq(activityLog.recommendationId, rec!.id), eq(activityLog.entityType, "note")));
    expect(entries.map((e) => e.actorId).sort()).toEqual([...editors].sort());
    const [row] = await h.db.select().from(notes).where(eq(notes.recommendationId, rec!.id));
    expect(row).toMatchObject({ text: "hello", html: "<p>hello</p>", lastEditedById: actors.admin!.id });
  });
});

describe("report versions", () => {
  let code: string;
  let id: string;
  beforeAll(async () => {
    const [rec] = await h.db.select().from(recommendations).orderBy(recommendations.code).offset(2).limit(1);
    code = rec!.code;
    id = rec!.id;
    const doc = tiptapDoc((f) => f.insert(0, [para("version one")]));
    await appendNoteUpdate(h.db, { recommendationId: id, update: Y.encodeStateAsUpdate(doc), userId: null });
  });

  it("freeze the note as stored, by name, for coordinators only; names are unique", async () => {
    await expect(freezeNoteVersion(h.db, actors.viewer!, { code, name: "Q1" })).rejects.toThrow(/Only coordinators/);
    await expect(freezeNoteVersion(h.db, actors["sz.member"]!, { code, name: "Q1" })).rejects.toThrow(
      /Only coordinators/,
    );
    const v = await freezeNoteVersion(h.db, actors.coordinator!, { code, name: "Q1" });
    await expect(freezeNoteVersion(h.db, actors.admin!, { code, name: "Q1" })).rejects.toThrow(/already exists/);
    const row = await getNoteVersion(h.db, id, v.id);
    expect(row).toMatchObject({ name: "Q1", text: "version one", html: "<p>version one</p>" });
    expect((await listNoteVersions(h.db, id)).map((x) => x.name)).toEqual(["Q1"]);
  });

  it("restore as a new stored update that makes the live note equal the version, needing note.edit", async () => {
    const v = await freezeNoteVersion(h.db, actors.coordinator!, { code, name: "Before the review" });
    // The live note moves on.
    const live = new Y.Doc();
    Y.applyUpdate(live, await loadNoteState(h.db, id));
    const captured: Uint8Array[] = [];
    live.on("update", (u: Uint8Array) => captured.push(u));
    live.getXmlFragment(NOTE_FRAGMENT).insert(1, [para("later text")]);
    await appendNoteUpdate(h.db, { recommendationId: id, update: captured[0]!, userId: null });
    expect(textOf(await loadNoteState(h.db, id))).toBe("version one\nlater text");

    await expect(restoreNoteVersion(h.db, actors.viewer!, { code, versionId: v!.id })).rejects.toThrow(
      /Only coordinators/,
    );
    const before = await countPendingUpdates(h.db, id);
    const result = await restoreNoteVersion(h.db, actors.coordinator!, { code, versionId: v!.id });
    expect(await countPendingUpdates(h.db, id)).toBe(before + 1);
    expect(textOf(await loadNoteState(h.db, id))).toBe("version one");
    // Applied to a client that still has the old live state, the restore update gives the same content.
    Y.applyUpdate(live, result.update);
    expect(deriveNoteContent(live).text).toBe("version one");
    const [row] = await h.db.select().from(notes).where(eq(notes.recommendationId, id));
    expect(row!.text).toBe("version one");
    const restoredEntries = await h.db
      .select()
      .from(activityLog)
      .where(and(eq(activityLog.recommendationId, id), eq(activityLog.kind, "restore_version")));
    expect(restoredEntries).toHaveLength(1);
    await expect(
      restoreNoteVersion(h.db, actors.coordinator!, { code, versionId: "00000000-0000-4000-8000-000000000000" }),
    ).rejects.toThrow(/no longer exists/);
  });
});

describe("note access", () => {
  it("follows the user's state: active, sessions, role and agency", async () => {
    const base = { recommendationId: recId, tokenIssuedAt: Date.now() };
    expect(await loadNoteAccess(h.db, { ...base, userId: actors.viewer!.id })).toMatchObject({
      allowed: true,
      canEdit: false,
    });
    expect(await loadNoteAccess(h.db, { ...base, userId: actors.coordinator!.id })).toMatchObject({
      allowed: true,
      canEdit: true,
    });
    const id = actors.hkMember?.id ?? actors["hk.member"]!.id;
    await h.db
      .update(users)
      .set({ sessionsValidAfter: new Date(Date.now() + 1000) })
      .where(eq(users.id, id));
    expect(await loadNoteAccess(h.db, { ...base, userId: id })).toMatchObject({ allowed: false });
    await h.db.update(users).set({ sessionsValidAfter: null, active: false }).where(eq(users.id, id));
    expect(await loadNoteAccess(h.db, { ...base, userId: id })).toMatchObject({ allowed: false });
    await h.db.update(users).set({ active: true }).where(eq(users.id, id));
    expect(
      await loadNoteAccess(h.db, { ...base, userId: id, recommendationId: "00000000-0000-4000-8000-000000000000" }),
    ).toMatchObject({
      allowed: false,
    });
    expect(await h.db.select().from(noteUpdates).limit(0)).toEqual([]);
  });

  it("ends with the browser session its ticket was issued to: signing that session out closes it", async () => {
    const coordinator = actors.coordinator!;
    const sessionId = crypto.randomUUID();
    const other = crypto.randomUUID();
    const ticket = await issueNoteToken(h.db, { ...coordinator, name: "Casey", sessionId }, recCode, SECRET);
    const verified = verifyCollabToken(SECRET, ticket.token);
    expect(verified).toMatchObject({ ok: true, payload: { sid: sessionId } });
    const base = { recommendationId: recId, tokenIssuedAt: Date.now(), userId: coordinator.id };
    expect(await loadNoteAccess(h.db, { ...base, sessionId })).toMatchObject({ allowed: true });
    await endSession(h.db, { userId: coordinator.id, sessionId, expiresAt: new Date(Date.now() + 3_600_000) });
    expect(await loadNoteAccess(h.db, { ...base, sessionId })).toEqual({
      allowed: false,
      reason: "This session was signed out.",
    });
    // The same person's other sessions keep their connections.
    expect(await loadNoteAccess(h.db, { ...base, sessionId: other })).toMatchObject({ allowed: true });
  });
});

/** Hook payloads as Hocuspocus passes them to an extension; `closed` records what the socket was told. */
function writerConnection(userId: string, recommendationId: string, opts: { readOnly?: boolean } = {}) {
  const closed: { code: number; reason: string }[] = [];
  const stateless: string[] = [];
  const peer = { close: (code: number, reason: string) => closed.push({ code, reason }) };
  const context = {
    userId,
    name: "Writer",
    color: "#000",
    recommendationId,
    tokenIssuedAt: Date.now(),
    canEdit: !opts.readOnly,
    peer,
  };
  return {
    closed,
    stateless,
    context,
    connection: { readOnly: !!opts.readOnly, context, sendStateless: (p: string) => stateless.push(p) },
  };
}
const syncPayload = (
  document: Y.Doc,
  documentName: string,
  connection: ReturnType<typeof writerConnection>["connection"],
  payload: Uint8Array,
) => ({ type: 2, payload, document, documentName, connection, context: connection.context }) as never;

describe("updates Yjs cannot apply (issue 15, item 1)", () => {
  it("are recognised from the state vector alone, like Yjs decides", () => {
    const server = new Y.Doc();
    const client = new Y.Doc();
    const rnd = prng(7);
    for (let i = 0; i < 200; i++) {
      const sv = Y.encodeStateVector(client);
      randomEdit(client, rnd);
      const update = Y.encodeStateAsUpdate(client, sv);
      expect(findUnappliable(Y.decodeStateVector(Y.encodeStateVector(server)), update)).toBe(false);
      Y.applyUpdate(server, update);
      expect(hasPending(server)).toBe(false);
    }
    for (const orphan of orphanUpdates(3, 100)) {
      expect(findUnappliable(Y.decodeStateVector(Y.encodeStateVector(server)), orphan)).toBe(true);
      const scratch = new Y.Doc();
      Y.applyUpdate(scratch, Y.encodeStateAsUpdate(server));
      Y.applyUpdate(scratch, orphan);
      expect(hasPending(scratch)).toBe(true);
    }
    // A deletion of content the server never had.
    const other = new Y.Doc();
    other.getText("t").insert(0, "abc");
    const sv = Y.encodeStateVector(other);
    other.getText("t").delete(0, 2);
    expect(findUnappliable(new Map(), Y.encodeStateAsUpdate(other, sv))).toBe(true);
  });

  it("are refused by the limits extension with 4422, before anything is stored", async () => {
    const limits = new LimitsExtension();
    const name = noteDocumentName(recId);
    const doc = new Y.Doc();
    const w = writerConnection(actors.coordinator!.id, recId);
    const [orphan] = orphanUpdates(1, 1000);
    await expect(limits.beforeSync(syncPayload(doc, name, w.connection, orphan!))).rejects.toThrow(/does not have/);
    expect(w.closed).toEqual([{ code: 4422, reason: "update refers to content this note does not have" }]);
    const fine = new Y.Doc();
    fine.getText("t").insert(0, "ok");
    await expect(limits.beforeSync(syncPayload(doc, name, w.connection, Y.encodeStateAsUpdate(fine)))).resolves.toBe(
      undefined,
    );
  });

  it("refuse a well-framed sync message whose update is garbage (4400), for writers and readers", async () => {
    // checkFrame leaves the update's content to the limits extension, which decodes it once for all checks.
    const limits = new LimitsExtension();
    const name = noteDocumentName(recId);
    const doc = new Y.Doc();
    const garbage = new Uint8Array([7, 200, 13, 255, 255, 255, 1, 9]);
    const e = encoding.createEncoder();
    encoding.writeVarString(e, name);
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, 2);
    encoding.writeVarUint8Array(e, garbage);
    expect(() => checkFrame(encoding.toUint8Array(e), name)).not.toThrow();
    const w = writerConnection(actors.coordinator!.id, recId);
    await expect(limits.beforeSync(syncPayload(doc, name, w.connection, garbage))).rejects.toThrow(/malformed/);
    expect(w.closed).toEqual([{ code: 4400, reason: "malformed message" }]);
    const r = writerConnection(actors.coordinator!.id, recId, { readOnly: true });
    await expect(limits.beforeSync(syncPayload(doc, name, r.connection, garbage))).rejects.toThrow(/malformed/);
    expect(r.closed).toEqual([{ code: 4400, reason: "malformed message" }]);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(Y.encodeStateAsUpdate(new Y.Doc()));
  });

  it("count accepted bytes toward the cap, so a note cannot pass it however the bytes arrive", async () => {
    const limits = new LimitsExtension(10_000);
    const name = noteDocumentName(recId);
    const doc = new Y.Doc();
    const w = writerConnection(actors.coordinator!.id, recId);
    const author = new Y.Doc();
    let refused = 0;
    for (let i = 0; i < 5; i++) {
      const sv = Y.encodeStateVector(author);
      author.getText("t").insert(0, "x".repeat(3000));
      const update = Y.encodeStateAsUpdate(author, sv);
      try {
        await limits.beforeSync(syncPayload(doc, name, w.connection, update));
        Y.applyUpdate(doc, update, { source: "connection" });
      } catch {
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(0);
    expect(Y.encodeStateAsUpdate(doc).byteLength).toBeLessThanOrEqual(10_000);
    expect(w.closed.map((c) => c.code)).toContain(4413);
  });

  it("leave no trace when an administrator repairs a note already damaged by them", async () => {
    const [rec] = await h.db.select().from(recommendations).orderBy(recommendations.code).offset(3).limit(1);
    const id = rec!.id;
    const good = tiptapDoc((f) => f.insert(0, [para("the real progress")]));
    await appendNoteUpdate(h.db, { recommendationId: id, update: Y.encodeStateAsUpdate(good), userId: null });
    const version = await freezeNoteVersion(h.db, actors.coordinator!, { code: rec!.code, name: "Before damage" });
    // Stored the way the unfixed server stored them: straight into note_updates.
    for (const orphan of orphanUpdates(40, 20_000, NOTE_FRAGMENT)) {
      await appendNoteUpdate(h.db, { recommendationId: id, update: orphan, userId: actors["sz.member"]!.id });
    }
    const damaged = await loadNoteState(h.db, id);
    expect(damaged.byteLength).toBeGreaterThan(800_000);
    expect(textOf(damaged)).toBe("the real progress");

    for (const who of ["coordinator", "sz.member", "viewer"]) {
      await expect(repairNote(h.db, actors[who]!, { code: rec!.code })).rejects.toThrow(/Only administrators/);
    }
    const repaired = await repairNote(h.db, actors.admin!, { code: rec!.code });
    expect(repaired).toMatchObject({ droppedPending: true, restored: null });
    expect(repaired.bytesBefore).toBeGreaterThan(800_000);
    expect(repaired.bytesAfter).toBeLessThan(1000);
    expect(await countPendingUpdates(h.db, id)).toBe(0);
    const state = await loadNoteState(h.db, id);
    const check = new Y.Doc();
    Y.applyUpdate(check, state);
    expect(hasPending(check)).toBe(false);
    expect(deriveNoteContent(check).text).toBe("the real progress");

    // With a version: the repaired note holds the version's content.
    const live = tiptapDoc((f) => f.insert(0, [para("later")]));
    await appendNoteUpdate(h.db, { recommendationId: id, update: Y.encodeStateAsUpdate(live), userId: null });
    const again = await repairNote(h.db, actors.admin!, { code: rec!.code, versionId: version.id });
    expect(again).toMatchObject({ droppedPending: false, restored: "Before damage" });
    expect(textOf(await loadNoteState(h.db, id))).toBe("the real progress");
    const [row] = await h.db.select().from(notes).where(eq(notes.recommendationId, id));
    expect(row!.text).toBe("the real progress");
    const entries = await h.db
      .select()
      .from(activityLog)
      .where(and(eq(activityLog.recommendationId, id), eq(activityLog.kind, "repair")));
    expect(entries).toHaveLength(2);
    await expect(
      repairNote(h.db, actors.admin!, { code: rec!.code, versionId: "00000000-0000-4000-8000-000000000000" }),
    ).rejects.toThrow(/no longer exists/);
  });
});

describe("presence (issue 15, item 10)", () => {
  it("takes a connection's awareness only for its own client ids, with the session's name", async () => {
    const awareness = new AwarenessExtension();
    const documentName = noteDocumentName(recId);
    const hook = (socketId: string, userId: string, states: Map<number, unknown>) =>
      awareness.beforeHandleAwareness({
        states,
        documentName,
        socketId,
        context: { userId, name: `name of ${userId}`, color: "#111" },
      } as never);
    const alice = new Map<number, unknown>([[101, { cursor: 1 }]]);
    await hook("socket-a", "alice", alice);
    expect(alice.get(101)).toMatchObject({ cursor: 1, user: { id: "alice", name: "name of alice" } });
    // Mallory claims Alice's id (and one of her own): only her own is kept.
    const mallory = new Map<number, unknown>([
      [101, { cursor: 99 }],
      [202, { cursor: 5 }],
    ]);
    await hook("socket-m", "mallory", mallory);
    expect([...mallory.keys()]).toEqual([202]);
    // A connection cannot collect ids either.
    const many = new Map<number, unknown>([
      [203, { cursor: 1 }],
      [204, { cursor: 2 }],
      [205, {}],
    ]);
    await hook("socket-m", "mallory", many);
    expect([...many.keys()]).toEqual([203]);
    // Once Alice has left, her id is free again (a reconnecting client keeps its id).
    await awareness.onDisconnect({ documentName, socketId: "socket-a" } as never);
    const back = new Map<number, unknown>([[101, { cursor: 3 }]]);
    await hook("socket-a2", "alice", back);
    expect([...back.keys()]).toEqual([101]);
  });
});

/**
 * Tests that break the database (rename a table) get one of their own, outside the per-test
 * transaction: the failed query would abort that transaction and the rename back with it.
 */
function databaseToBreak() {
  const handle = { db: undefined as unknown as DatabaseHandle["db"], own: undefined as DatabaseHandle | undefined };
  beforeAll(async () => {
    handle.own = await createTestDb();
    handle.db = handle.own.db;
  });
  afterAll(() => handle.own?.close());
  return handle;
}

describe("when the database fails (issue 15, item 5)", () => {
  const broken = databaseToBreak();
  it("reports nothing stored that was not, closes the connection, retries the row, never rejects from settling", async () => {
    const logs: string[] = [];
    const persistence = new PersistenceExtension({ db: broken.db, compactEveryMs: 0, log: (m) => logs.push(m) });
    const [rec] = await broken.db.select().from(recommendations).orderBy(recommendations.code).offset(4).limit(1);
    const documentName = noteDocumentName(rec!.id);
    const doc = tiptapDoc((f) => f.insert(0, [para("typed during the outage")]));
    const w = writerConnection(actors.coordinator!.id, rec!.id);
    await broken.db.execute(sql`alter table note_updates rename to note_updates_away`);
    try {
      // Relayed at once (beforeSync does not wait for the database); the commit fails after.
      await persistence.beforeSync(syncPayload(doc, documentName, w.connection, Y.encodeStateAsUpdate(doc)));
      await waitUntil(() => w.closed.length > 0, "the failed commit to close the connection");
      expect(w.closed).toEqual([{ code: 4503, reason: "notes cannot be saved right now" }]);
      expect(w.stateless).toEqual([]);
    } finally {
      await broken.db.execute(sql`alter table note_updates_away rename to note_updates`);
    }
    // The row is already in the live note: the writer stores it once the database takes it.
    await waitUntil(async () => (await countPendingUpdates(broken.db, rec!.id)) === 1, "the retry to store it");

    // Stored now; then derivation fails while the notes table is away, and is retried from the database.
    await persistence.beforeSync(syncPayload(doc, documentName, w.connection, Y.encodeStateAsUpdate(doc)));
    await broken.db.execute(sql`alter table notes rename to notes_away`);
    try {
      await expect(
        persistence.onStoreDocument({ document: doc, documentName, clientsCount: 0 } as never),
      ).resolves.toBeUndefined();
    } finally {
      await broken.db.execute(sql`alter table notes_away rename to notes`);
    }
    await waitUntil(async () => {
      const [row] = await broken.db.select().from(notes).where(eq(notes.recommendationId, rec!.id));
      return row?.text === "typed during the outage";
    }, "the retry to derive the note");
    await waitUntil(async () => (await countPendingUpdates(broken.db, rec!.id)) === 0, "the retry to compact it");
    await persistence.flush([]);
  });
});

describe("loading a large note", () => {
  it("yields to the event loop between slices of updates", async () => {
    const author = new Y.Doc();
    const updates: Uint8Array[] = [];
    author.on("update", (u: Uint8Array) => updates.push(u));
    for (let i = 0; i < 3000; i++) author.getText("t").insert(0, "word ");
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const started = performance.now();
    const doc = new Y.Doc();
    await applyNoteUpdates(doc, undefined, updates);
    const elapsed = performance.now() - started;
    clearInterval(timer);
    expect(doc.getText("t").length).toBe(15_000);
    // Timers ran while it worked: one at least per 8 ms slice.
    if (elapsed > 40) expect(ticks).toBeGreaterThan(1);
  });
});

describe("the authentication extension", () => {
  const broken = databaseToBreak();
  it("opens writers read-write and readers read-only, and refuses wrong tickets and users", async () => {
    const auth = new AuthenticationExtension({ db: broken.db, secret: SECRET });
    const documentName = noteDocumentName(recId);
    const attempt = (userId: string, opts: { doc?: string; upgradeUser?: string } = {}) => {
      const connectionConfig = { readOnly: false, isAuthenticated: false };
      const token = signCollabToken(SECRET, { userId, documentName: opts.doc ?? documentName, name: "x" }).token;
      const closed: { code: number; reason: string }[] = [];
      const peer = {
        context: { token: { sub: opts.upgradeUser ?? userId } },
        close: (code: number, reason: string) => closed.push({ code, reason }),
      };
      const result = auth.onAuthenticate({ token, documentName, connectionConfig, context: { peer } } as never);
      return { result, connectionConfig, closed };
    };
    const writer = attempt(actors.coordinator!.id);
    await expect(writer.result).resolves.toMatchObject({ userId: actors.coordinator!.id, canEdit: true });
    expect(writer.connectionConfig.readOnly).toBe(false);
    const reader = attempt(actors.viewer!.id);
    await expect(reader.result).resolves.toMatchObject({ name: actors.viewer!.name, canEdit: false });
    expect(reader.connectionConfig.readOnly).toBe(true);
    await expect(attempt(actors.viewer!.id, { doc: noteDocumentName(crypto.randomUUID()) }).result).rejects.toThrow(
      /wrong-document/,
    );
    await expect(attempt(actors.viewer!.id, { upgradeUser: actors.admin!.id }).result).rejects.toThrow(/mismatch/);
    await expect(attempt(crypto.randomUUID()).result).rejects.toThrow(/not active/);
    // A database that fails is not a refusal: the connection closes with 4503 and the client retries.
    await broken.db.execute(sql`alter table users rename to users_away`);
    try {
      const down = attempt(actors.coordinator!.id);
      await expect(down.result).rejects.toThrow(/unavailable/);
      expect(down.closed).toEqual([{ code: 4503, reason: "notes are unavailable right now" }]);
    } finally {
      await broken.db.execute(sql`alter table users_away rename to users`);
    }
  });
});
