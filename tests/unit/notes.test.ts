import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import * as Y from "yjs";
import type { DatabaseHandle } from "@/db";
import { activityLog, noteUpdates, notes, recommendations, users } from "@/db/schema";
import {
  freezeNoteVersion,
  getNoteVersion,
  issueNoteToken,
  listNoteVersions,
  restoreNoteVersion,
} from "@/db/mutations/notes";
import { loadNoteAccess } from "@/lib/collab/access";
import { checkFrame } from "@/lib/collab/collab-server";
import { deriveNoteContent, sanitizeNoteHtml } from "@/lib/collab/derive";
import { storeDerivedNote } from "@/lib/collab/derived-store";
import { NOTE_FRAGMENT, noteDocumentName, parseNoteDocumentName } from "@/lib/collab/document-name";
import {
  appendNoteUpdate,
  compactNote,
  countPendingUpdates,
  isEmptyUpdate,
  loadNoteState,
} from "@/lib/collab/persistence";
import { signCollabToken, verifyCollabToken } from "@/lib/collab/token";
import type { Actor } from "@/lib/permissions";
import * as encoding from "lib0/encoding";
import { rollBackEachTest } from "../helpers/rolled-back";
import { createTestDb } from "../helpers/test-db";

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
});
