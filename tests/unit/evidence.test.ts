/** Evidence: the content check, the size limit, chunked storage, who may read and write, the history, on PGlite. */
import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import type { DatabaseHandle, DbOrTx } from "@/db";
import {
  actions,
  activityLog,
  agencies,
  evidence,
  evidenceChunks,
  recommendations,
  roundRequests,
  rounds,
} from "@/db/schema";
import { addEvidenceFile, addEvidenceLink, removeEvidence } from "@/db/mutations/evidence";
import { listEvidence, readEvidenceChunks } from "@/db/queries/evidence";
import { listRecommendationHistory } from "@/db/queries/history";
import { setRecommendationArchived } from "@/db/mutations/recommendations";
import { checkEvidenceContent } from "@/lib/evidence/content-type";
import { attachmentDisposition, safeFileName } from "@/lib/evidence/file-name";
import { EVIDENCE_CHUNK_BYTES, MAX_EVIDENCE_BYTES, MAX_EVIDENCE_UPLOAD_BYTES, megabytes } from "@/lib/evidence/limits";
import { readUploadedFile } from "@/lib/evidence/upload-body";
import { readableEvidence } from "@/lib/evidence/readable-evidence";
import { isCrossSiteRequest } from "@/lib/security/cross-site";
import { requestBodyCap, MAX_REQUEST_BODY_BYTES } from "@/lib/security/request-guards";
import { DECLARED_LENGTH_HEADER, restoreDeclaredLength } from "@/lib/security/declared-length";
import { english } from "@/lib/i18n/render-message";
import { describeHistoryEntry, type Translate } from "@/components/recommendations/history-labels";
import { createFormatter, createTranslator } from "next-intl";
import messages from "@/messages/en.json";
import { actorFor, rejection } from "../helpers/actors";
import { rollBackEachTest } from "../helpers/rolled-back";
import { createTestDb, databaseChecksum } from "../helpers/test-db";
import {
  compoundFileBytes,
  docxBytes,
  elfBytes,
  pdfBytes,
  pdfOfSize,
  pngBytes,
  pseudoRandomBytes,
  windowsProgramBytes,
  zipOf,
} from "../helpers/evidence-files";

let shared: DatabaseHandle;
beforeAll(async () => {
  shared = await createTestDb();
});
afterAll(() => shared.close());

const reason = async (bytes: Uint8Array, name: string) => {
  const c = await checkEvidenceContent(bytes, name);
  return c.ok ? c.contentType : english(c.reason);
};

async function collect(db: DbOrTx, id: string): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const part of readEvidenceChunks(db, id)) parts.push(part);
  return Buffer.concat(parts);
}

describe("the content check", () => {
  it("accepts PDF, images and office documents by their bytes, with the type found there", async () => {
    expect(await reason(pdfBytes(), "report.pdf")).toBe("application/pdf");
    expect(await reason(pngBytes(), "chart.png")).toBe("image/png");
    // The name does not decide: a PNG named .pdf is stored as the PNG it is.
    expect(await reason(pngBytes(), "chart.pdf")).toBe("image/png");
    expect(await reason(docxBytes(), "minutes.docx")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Progress").addRow(["Milestone", "Done"]);
    const xlsx = new Uint8Array(await book.xlsx.writeBuffer());
    expect(await reason(xlsx, "figures.xlsx")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(await reason(compoundFileBytes("WordDocument"), "old.doc")).toBe("application/msword");
    expect(await reason(compoundFileBytes("Workbook"), "old.xls")).toBe("application/vnd.ms-excel");
    expect(await reason(compoundFileBytes("PowerPoint Document"), "old.ppt")).toBe("application/vnd.ms-powerpoint");
  });

  it("refuses an executable renamed .pdf, saying what it is and what it is not", async () => {
    expect(await reason(windowsProgramBytes(), "progress-report.pdf")).toBe(
      "This file is a Windows program, not a PDF. Only PDF, images (PNG, JPEG, GIF, WebP), office documents and plain text can be attached.",
    );
    expect(await reason(elfBytes(), "scan.png")).toMatch(/^This file is a Linux program, not an image\./);
    expect(await reason(zipOf({ "a.txt": "hi" }), "bundle.zip")).toMatch(/^This file is a ZIP archive\. Only/);
    // A Compound File that is not Word, Excel or PowerPoint (an installer renamed .doc).
    expect(await reason(compoundFileBytes("\u0005SummaryInformation"), "setup.doc")).toMatch(
      /^This file is a Windows installer or another compound file, not a Word, Excel or PowerPoint document, not a text document\./,
    );
  });

  it("takes plain text only as valid UTF-8 without NUL bytes, CSV by its name", async () => {
    expect(await reason(Buffer.from("進度：完成 3 項\n"), "notes.txt")).toBe("text/plain; charset=utf-8");
    expect(await reason(Buffer.from("code,status\nR-1,done\n"), "list.csv")).toBe("text/csv; charset=utf-8");
    expect(await reason(Buffer.from([0x68, 0x69, 0xff, 0xfe, 0x41]), "notes.txt")).toMatch(
      /^This file's content is not/,
    );
    expect(await reason(Buffer.from("abc\u0000def"), "notes.txt")).toMatch(/^This file's content is not/);
    expect(await reason(pseudoRandomBytes(4096), "data.bin")).toMatch(/^This file's content is not/);
    expect(await reason(new Uint8Array(0), "empty.txt")).toBe(
      "This file is empty. Choose a file with something in it.",
    );
  });
});

describe("file names and sizes", () => {
  it("keeps the last path segment without control characters", () => {
    expect(safeFileName("C:\\fakepath\\report.pdf")).toBe("report.pdf");
    expect(safeFileName("../../etc/passwd")).toBe("passwd");
    expect(safeFileName("a\r\nSet-Cookie: x.pdf")).toBe("aSet-Cookie_ x.pdf");
    expect(safeFileName("invoice\u202Efdp.exe")).toBe("invoicefdp.exe");
    expect(safeFileName("...")).toBe("file");
    expect([...safeFileName(`${"長".repeat(300)}.pdf`)]).toHaveLength(200);
    expect(safeFileName(`${"長".repeat(300)}.pdf`).endsWith(".pdf")).toBe(true);
  });

  it("offers the download as an attachment with an ASCII fallback and the real name in filename*", () => {
    expect(attachmentDisposition("進度報告 (final).pdf")).toBe(
      `attachment; filename="____ (final).pdf"; filename*=UTF-8''%E9%80%B2%E5%BA%A6%E5%A0%B1%E5%91%8A%20%28final%29.pdf`,
    );
    expect(attachmentDisposition('say "hi".txt')).toBe(
      `attachment; filename="say _hi_.txt"; filename*=UTF-8''say%20_hi_.txt`,
    );
  });

  it("reads megabytes rounded up to a tenth, so one byte over never reads as the limit", () => {
    expect(megabytes(MAX_EVIDENCE_BYTES)).toBe("20");
    expect(megabytes(MAX_EVIDENCE_BYTES + 1)).toBe("20.1");
    expect(megabytes(31 * 1024 * 1024)).toBe("31");
  });
});

describe("reading an upload", () => {
  const multipart = (file: Uint8Array, name: string, headers: Record<string, string> = {}) => {
    const form = new FormData();
    form.append("file", new File([Buffer.from(file)], name, { type: "application/pdf" }));
    return new Request("http://localhost/api/v1/actions/x/evidence", { method: "POST", body: form, headers });
  };

  it("gives the file part's name and bytes", async () => {
    const file = await readUploadedFile(multipart(pdfBytes(), "report.pdf"));
    expect(file.fileName).toBe("report.pdf");
    expect(Buffer.from(file.bytes).equals(pdfBytes())).toBe(true);
  });

  it("refuses a declared length over the limit before reading, with the sizes in the sentence", async () => {
    const req = new Request("http://localhost/x", {
      method: "POST",
      body: "x",
      headers: { "content-length": String(31 * 1024 * 1024), "content-type": "multipart/form-data; boundary=b" },
    });
    const err = await rejection(readUploadedFile(req));
    expect(err.status).toBe(413);
    expect(err.message).toBe("Files can be at most 20 MB; this one is 31 MB.");
  });

  it("stops reading a body that passes the limit while it streams", async () => {
    const err = await rejection(readUploadedFile(multipart(pdfOfSize(MAX_EVIDENCE_BYTES + 64 * 1024), "big.pdf")));
    expect(err.status).toBe(413);
    expect(err.message).toBe("Files can be at most 20 MB; this one is larger.");
  });

  it("takes a body ended exactly at the server's cap as over the limit, not as a malformed form", async () => {
    const head = Buffer.from(
      '--b\r\nContent-Disposition: form-data; name="file"; filename="cut.pdf"\r\nContent-Type: application/pdf\r\n\r\n',
    );
    const cut = Buffer.concat([head, pdfOfSize(MAX_EVIDENCE_UPLOAD_BYTES - head.length)]);
    const req = new Request("http://localhost/x", {
      method: "POST",
      body: cut,
      headers: { "content-type": "multipart/form-data; boundary=b" },
    });
    const err = await rejection(readUploadedFile(req));
    expect(err.status).toBe(413);
    expect(err.message).toBe("Files can be at most 20 MB; this one is larger.");
  });

  it("refuses a body without a file part", async () => {
    const form = new FormData();
    form.append("note", "no file");
    const err = await rejection(readUploadedFile(new Request("http://localhost/x", { method: "POST", body: form })));
    expect(err.status).toBe(400);
  });
});

describe("requests from other sites and the body cap", () => {
  const req = (headers: Record<string, string>) =>
    new Request("http://tracker.test/api/v1/evidence/x", { method: "POST", headers });
  it("tells a page of another site from this site's own", () => {
    expect(isCrossSiteRequest(req({ host: "tracker.test", origin: "http://tracker.test" }))).toBe(false);
    expect(isCrossSiteRequest(req({ host: "tracker.test", origin: "https://evil.test" }))).toBe(true);
    expect(isCrossSiteRequest(req({ host: "tracker.test", "sec-fetch-site": "same-site" }))).toBe(true);
    expect(isCrossSiteRequest(req({ host: "tracker.test", "sec-fetch-site": "same-origin" }))).toBe(false);
    // A bearer token is never sent by a browser on its own.
    expect(
      isCrossSiteRequest(req({ host: "tracker.test", origin: "https://ci.test", authorization: "Bearer t" })),
    ).toBe(false);
  });

  it("lets only uploads to the evidence routes past the usual body cap", () => {
    expect(requestBodyCap("POST", "/api/v1/actions/abc/evidence")).toBeGreaterThan(MAX_EVIDENCE_BYTES);
    expect(requestBodyCap("POST", "/api/v1/rounds/r/answers/R-001-1/evidence")).toBeGreaterThan(MAX_EVIDENCE_BYTES);
    expect(requestBodyCap("POST", "/api/v1/actions/abc")).toBe(MAX_REQUEST_BODY_BYTES);
    expect(requestBodyCap("PATCH", "/api/v1/actions/abc/evidence")).toBe(MAX_REQUEST_BODY_BYTES);
    expect(requestBodyCap("POST", "/api/v1/actions/abc/evidence/../../tokens")).toBe(MAX_REQUEST_BODY_BYTES);
  });
});

describe("the declared length of a streamed download", () => {
  it("goes out as Content-Length instead of chunked encoding, and the marker does not", async () => {
    const server = http.createServer((req, res) => {
      restoreDeclaredLength(res);
      res.setHeader(DECLARED_LENGTH_HEADER, "10");
      res.write("hello");
      res.end("world");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      expect(res.headers.get("content-length")).toBe("10");
      expect(res.headers.get("transfer-encoding")).toBeNull();
      expect(res.headers.get(DECLARED_LENGTH_HEADER)).toBeNull();
      expect(await res.text()).toBe("helloworld");
    } finally {
      server.close();
    }
  });
});

describe("evidence on actions and answers", () => {
  const h = rollBackEachTest(() => shared);
  const who = async () => ({
    coord: await actorFor(h.db, "coordinator@demo.local"),
    sz: await actorFor(h.db, "sz.member@demo.local"),
    hk: await actorFor(h.db, "hk.member@demo.local"),
    viewer: await actorFor(h.db, "viewer@demo.local"),
  });

  /** An action of the Shenzhen member's agency, with its recommendation. */
  async function szAction() {
    const [row] = await h.db
      .select({
        id: actions.id,
        recId: recommendations.id,
        code: recommendations.code,
        version: recommendations.version,
      })
      .from(actions)
      .innerJoin(agencies, eq(agencies.id, actions.agencyId))
      .innerJoin(recommendations, eq(recommendations.id, actions.recommendationId))
      .where(and(eq(agencies.key, "sz-stic"), sql`${recommendations.archivedAt} is null`))
      .limit(1);
    return row!;
  }

  /** A round with one request for the Shenzhen agency, in `state`. */
  async function szRequest(state: "not_started" | "draft" | "submitted" | "accepted" | "returned", submittedAt?: Date) {
    const action = await szAction();
    const [agency] = await h.db.select().from(agencies).where(eq(agencies.key, "sz-stic"));
    const [round] = await h.db
      .insert(rounds)
      .values({ name: `Round ${Math.random()}`, dueDate: "2026-12-31" })
      .returning();
    const [request] = await h.db
      .insert(roundRequests)
      .values({ roundId: round!.id, recommendationId: action.recId, agencyId: agency!.id, state, submittedAt })
      .returning();
    return { round: round!, request: request!, ref: { kind: "answer" as const, requestId: request!.id } };
  }

  const historyOf = (recId: string) => listRecommendationHistory(h.db, recId, { limit: 50 });
  const t = createTranslator({ locale: "en", messages }) as unknown as Translate;
  const format = createFormatter({ locale: "en", timeZone: "UTC" });

  it("stores a file in 256 KiB pieces and reads back the same bytes and SHA-256, with the history", async () => {
    const { sz } = await who();
    const action = await szAction();
    const bytes = pdfOfSize(600 * 1024);
    const item = await addEvidenceFile(
      h.db,
      sz,
      { kind: "action", actionId: action.id },
      { fileName: "C:\\fakepath\\q3.pdf", bytes },
    );
    expect(item).toMatchObject({
      kind: "file",
      fileName: "q3.pdf",
      contentType: "application/pdf",
      size: bytes.length,
    });
    expect(item.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    const pieces = await h.db
      .select({ seq: evidenceChunks.seq, n: sql<number>`length(${evidenceChunks.data})` })
      .from(evidenceChunks)
      .where(eq(evidenceChunks.evidenceId, item.id))
      .orderBy(evidenceChunks.seq);
    expect(pieces.map((p) => Number(p.n))).toEqual([
      EVIDENCE_CHUNK_BYTES,
      EVIDENCE_CHUNK_BYTES,
      600 * 1024 - 2 * EVIDENCE_CHUNK_BYTES,
    ]);
    expect((await collect(h.db, item.id)).equals(bytes)).toBe(true);

    const [entry] = await historyOf(action.recId);
    expect(entry).toMatchObject({ entityType: "evidence", kind: "evidence_added" });
    expect(entry!.to).toEqual({ kind: "file", name: "q3.pdf", size: bytes.length, on: "action" });
    expect(describeHistoryEntry(entry!, t, format)).toBe("Evidence added: q3.pdf");
    expect((await listEvidence(h.db, { kind: "action", actionId: action.id })).map((e) => e.id)).toEqual([item.id]);
  });

  it("adds a link (web addresses only) and removes evidence with a history entry, bytes and all", async () => {
    const { sz } = await who();
    const action = await szAction();
    const ref = { kind: "action" as const, actionId: action.id };
    const link = await addEvidenceLink(h.db, sz, ref, { url: "https://www.gov.hk/report", label: "Published report" });
    expect(link).toMatchObject({ kind: "link", name: "Published report", url: "https://www.gov.hk/report" });
    const file = await addEvidenceFile(h.db, sz, ref, { fileName: "a.pdf", bytes: pdfBytes() });
    await removeEvidence(h.db, sz, file.id);
    expect(await h.db.select().from(evidenceChunks).where(eq(evidenceChunks.evidenceId, file.id))).toEqual([]);
    const [entry] = await historyOf(action.recId);
    expect(entry).toMatchObject({ entityType: "evidence", kind: "evidence_removed" });
    expect(entry!.from).toEqual({ kind: "file", name: "a.pdf", size: pdfBytes().length, on: "action" });
    expect((await listEvidence(h.db, ref)).map((e) => e.name)).toEqual(["Published report"]);
  });

  it("refuses the wrong type, an oversized file and someone who may not write, storing nothing", async () => {
    const { sz, hk, viewer } = await who();
    const action = await szAction();
    const ref = { kind: "action" as const, actionId: action.id };
    const before = await databaseChecksum(h);
    const wrong = await rejection(
      addEvidenceFile(h.db, sz, ref, { fileName: "report.pdf", bytes: windowsProgramBytes() }),
    );
    expect(wrong.status).toBe(422);
    expect(wrong.message).toMatch(/^This file is a Windows program, not a PDF\./);
    const big = await rejection(
      addEvidenceFile(h.db, sz, ref, { fileName: "big.pdf", bytes: pdfOfSize(MAX_EVIDENCE_BYTES + 1) }),
    );
    expect(big.status).toBe(413);
    expect(big.message).toBe("Files can be at most 20 MB; this one is 20.1 MB.");
    const other = await rejection(addEvidenceFile(h.db, hk, ref, { fileName: "a.pdf", bytes: pdfBytes() }));
    expect(other.status).toBe(403);
    expect(other.message).toBe("Only members of the action's agency and coordinators can add or remove its evidence.");
    const reader = await rejection(addEvidenceLink(h.db, viewer, ref, { url: "https://example.org" }));
    expect(reader.message).toBe("Viewers can read evidence but not add or remove it.");
    expect(await databaseChecksum(h)).toBe(before);
  });

  it("refuses changes under an archived recommendation", async () => {
    const { coord, sz } = await who();
    const action = await szAction();
    const file = await addEvidenceFile(
      h.db,
      sz,
      { kind: "action", actionId: action.id },
      { fileName: "a.pdf", bytes: pdfBytes() },
    );
    await setRecommendationArchived(h.db, coord, action.code, {
      version: action.version,
      archived: true,
      reason: "Superseded",
    });
    const err = await rejection(removeEvidence(h.db, sz, file.id));
    expect(err.status).toBe(403);
    expect(await readableEvidence(h.db, sz, file.id)).toMatchObject({ id: file.id });
  });

  it("keeps a draft answer's files to the answering agency until it is submitted", async () => {
    const { coord, sz, hk, viewer } = await who();
    const { request, ref } = await szRequest("draft");
    const file = await addEvidenceFile(h.db, sz, ref, { fileName: "draft.pdf", bytes: pdfBytes() });
    expect(await readableEvidence(h.db, sz, file.id)).toMatchObject({ on: "answer" });
    for (const other of [coord, hk, viewer])
      expect((await rejection(readableEvidence(h.db, other, file.id))).status).toBe(404);
    // Not on the recommendation's timeline, which everyone reads.
    const timeline = await historyOf(request.recommendationId);
    expect(timeline.some((e) => e.entityType === "evidence")).toBe(false);
    const [logged] = await h.db.select().from(activityLog).where(eq(activityLog.entityId, file.id));
    expect(logged!.toValue).toEqual({
      kind: "file",
      name: "draft.pdf",
      size: pdfBytes().length,
      on: "answer",
      roundRequestId: request.id,
    });

    await h.db
      .update(roundRequests)
      .set({ state: "submitted", submittedAt: new Date() })
      .where(eq(roundRequests.id, request.id));
    for (const reader of [coord, hk, viewer])
      expect(await readableEvidence(h.db, reader, file.id)).toMatchObject({ id: file.id });
    const locked = await rejection(addEvidenceFile(h.db, sz, ref, { fileName: "late.pdf", bytes: pdfBytes() }));
    expect(locked.message).toBe("This answer has been submitted: withdraw it to change its evidence.");
  });

  it("after a return shows others what was submitted, not what was added since", async () => {
    const { coord, sz } = await who();
    const { request, ref } = await szRequest("draft");
    const before = await addEvidenceFile(h.db, sz, ref, { fileName: "first.pdf", bytes: pdfBytes() });
    await h.db
      .update(roundRequests)
      .set({ state: "returned", submittedAt: sql`clock_timestamp()` })
      .where(eq(roundRequests.id, request.id));
    const after = await addEvidenceLink(h.db, sz, ref, { url: "https://example.org/new" });
    // Within one transaction now() is fixed: the new link must be dated after the submission.
    await h.db
      .update(evidence)
      .set({ createdAt: sql`clock_timestamp() + interval '1 second'` })
      .where(eq(evidence.id, after.id));
    expect(await readableEvidence(h.db, coord, before.id)).toMatchObject({ id: before.id });
    expect((await rejection(readableEvidence(h.db, coord, after.id))).status).toBe(404);
  });

  it("lets only the answering agency write, only while the round is open", async () => {
    const { coord, sz, hk } = await who();
    const { round, ref } = await szRequest("not_started");
    expect((await rejection(addEvidenceLink(h.db, hk, ref, { url: "https://example.org" }))).status).toBe(404);
    const coordRefusal = await rejection(addEvidenceLink(h.db, coord, ref, { url: "https://example.org" }));
    expect(coordRefusal.status).toBe(404);
    await addEvidenceLink(h.db, sz, ref, { url: "https://example.org" });
    await h.db.update(rounds).set({ status: "closed", closedAt: new Date() }).where(eq(rounds.id, round.id));
    const closed = await rejection(addEvidenceLink(h.db, sz, ref, { url: "https://example.org/2" }));
    expect(closed.message).toBe("This round is closed: its answers and their evidence can no longer change.");
  });

  it("answers 404 for an id that names nothing", async () => {
    const { coord } = await who();
    expect((await rejection(readableEvidence(h.db, coord, "00000000-0000-4000-8000-000000000000"))).status).toBe(404);
    expect((await rejection(removeEvidence(h.db, coord, "00000000-0000-4000-8000-000000000000"))).status).toBe(404);
  });
});
