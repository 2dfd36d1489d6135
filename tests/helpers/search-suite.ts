/**
 * Search in one form (db/search-text.ts, lib/search/normalize.ts), on every database: a query in
 * either Chinese script or any case finds text stored in the other, in titles, notes and actions, and
 * rows without a search_text get theirs when the database is opened. Run on PGlite (unit) and
 * PostgreSQL (integration).
 */
import { describe, expect, it } from "vitest";
import { eq, isNull, sql } from "drizzle-orm";
import * as OpenCC from "opencc-js";
import * as Y from "yjs";
import type { DatabaseHandle } from "@/db";
import { actions, notes, recommendations } from "@/db/schema";
import { storeDerivedNote } from "@/db/mutations/note-derived";
import { listRecommendations } from "@/db/queries/recommendation-list";
import { listActions } from "@/db/queries/action-list";
import { actionSearchText, fillMissingSearchText, recommendationSearchText } from "@/db/search-text";
import { NOTE_FRAGMENT } from "@/lib/notes/document-name";
import { rollBackEachTest } from "./rolled-back";

export function describeSearch(name: string, getShared: () => DatabaseHandle) {
  describe(`search across scripts (${name})`, () => {
    const handle = rollBackEachTest(getShared);
    const codes = async (q: string) =>
      (await listRecommendations(handle.db, { q, pageSize: 500 })).items.map((r) => r.code);
    const seeded = () =>
      handle.db.select().from(recommendations).where(isNull(recommendations.archivedAt)).orderBy(recommendations.code);

    /** A note holding one paragraph, stored the way the collaboration server stores it after edits. */
    async function writeNote(recommendationId: string, text: string) {
      const doc = new Y.Doc();
      const paragraph = new Y.XmlElement("paragraph");
      paragraph.insert(0, [new Y.XmlText(text)]);
      doc.getXmlFragment(NOTE_FRAGMENT).insert(0, [paragraph]);
      await storeDerivedNote(handle.db, { recommendationId, doc, editorIds: [] });
    }

    it("finds a recommendation by the text of its progress note", async () => {
      const target = (await seeded())[5]!;
      await writeNote(target.id, "The joint lab signed its charter in Qianhai");
      expect(await codes("charter in QIANHAI")).toEqual([target.code]);
    });

    it("finds a phrase that exists only in a Simplified note by its Traditional form, and back", async () => {
      const target = (await seeded())[7]!;
      await writeNote(target.id, "前海联合实验室签署章程");
      expect(await codes("聯合實驗室簽署")).toEqual([target.code]);
      expect(await codes("联合实验室签署")).toEqual([target.code]);
    });

    it("finds the sandbox recommendation in either script and in English", async () => {
      const sandbox = (await seeded()).find((r) => r.titleZhHans.includes("监管沙盒"));
      expect(sandbox, "the seed has the regulatory sandbox recommendation").toBeDefined();
      for (const q of ["监管沙盒", "監管沙盒", "Regulatory SANDBOX"])
        expect(await codes(q), q).toContain(sandbox!.code);
    });

    it("a Simplified title and its Traditional conversion find the same recommendations, for every seeded one", async () => {
      const toTraditional = OpenCC.Converter({ from: "cn", to: "hk" });
      for (const rec of await seeded()) {
        const simplified = await codes(rec.titleZhHans);
        expect(simplified, rec.code).toContain(rec.code);
        expect(await codes(toTraditional(rec.titleZhHans)), rec.code).toEqual(simplified);
        expect(await codes(rec.titleZhHant), rec.code).toContain(rec.code);
      }
    });

    it("finds an action by its Traditional title when searched in Simplified", async () => {
      const [action] = await handle.db
        .select()
        .from(actions)
        .where(sql`${actions.titleZhHant} <> ''`)
        .limit(1);
      expect(action, "the seed has actions titled in Traditional Chinese").toBeDefined();
      const phrase = [...action!.titleZhHant].slice(0, 6).join("");
      const simplified = OpenCC.Converter({ from: "hk", to: "cn" })(phrase);
      const found = await listActions(handle.db, { q: simplified, pageSize: 500 });
      expect(found.items.map((a) => a.id)).toContain(action!.id);
    });

    it("fills search_text where it is missing, as each write would have set it", async () => {
      const [rec] = await seeded();
      const [action] = await handle.db.select().from(actions).limit(1);
      await writeNote(rec!.id, "監管沙盒 notes");
      await handle.db.update(recommendations).set({ searchText: null }).where(eq(recommendations.id, rec!.id));
      await handle.db.update(actions).set({ searchText: null }).where(eq(actions.id, action!.id));
      await handle.db.update(notes).set({ searchText: null }).where(eq(notes.recommendationId, rec!.id));

      expect(await fillMissingSearchText(handle.db)).toBe(3);
      const [after] = await handle.db.select().from(recommendations).where(eq(recommendations.id, rec!.id));
      expect(after!.searchText).toBe(recommendationSearchText(after!));
      const [actionAfter] = await handle.db.select().from(actions).where(eq(actions.id, action!.id));
      expect(actionAfter!.searchText).toBe(actionSearchText(actionAfter!));
      const [note] = await handle.db.select().from(notes).where(eq(notes.recommendationId, rec!.id));
      expect(note!.searchText).toBe("监管沙盒 notes");
      expect(await fillMissingSearchText(handle.db)).toBe(0);
    });
  });
}
