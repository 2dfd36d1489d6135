/** Evidence on the real PostgreSQL: a 20 MB file stored in pieces and streamed back a piece at a time, byte for byte. */
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { openDatabase, type DatabaseHandle } from "@/db";
import { seedDatabase } from "@/db/seed";
import { actions, agencies, evidence, evidenceChunks } from "@/db/schema";
import { addEvidenceFile, removeEvidence } from "@/db/mutations/evidence";
import { readEvidenceChunks } from "@/db/queries/evidence";
import { EVIDENCE_CHUNK_BYTES, MAX_EVIDENCE_BYTES } from "@/lib/evidence/limits";
import { actorFor, rejection } from "../helpers/actors";
import { pdfOfSize } from "../helpers/evidence-files";
import { createFreshPostgresDatabase, testDatabaseUrl } from "../helpers/test-db";

const baseUrl = testDatabaseUrl();

// Registered (and reported as skipped) without TEST_DATABASE_URL: a file with no test fails the run.
describe.runIf(baseUrl)("evidence on PostgreSQL", () => {
  let handle: DatabaseHandle;
  let fresh: Awaited<ReturnType<typeof createFreshPostgresDatabase>>;
  beforeAll(async () => {
    fresh = await createFreshPostgresDatabase(baseUrl!);
    handle = await openDatabase({ url: fresh.url });
    await seedDatabase(handle.db, { demoUsers: true });
  }, 60_000);
  afterAll(async () => {
    await handle?.close();
    await fresh?.drop();
  });

  async function szActionId() {
    const [row] = await handle.db
      .select({ id: actions.id })
      .from(actions)
      .innerJoin(agencies, eq(agencies.id, actions.agencyId))
      .where(eq(agencies.key, "sz-stic"))
      .limit(1);
    return row!.id;
  }

  it("stores a 20 MB file and streams it back a 256 KiB piece at a time, identical and with its SHA-256", async () => {
    const sz = await actorFor(handle.db, "sz.member@demo.local");
    const bytes = pdfOfSize(MAX_EVIDENCE_BYTES);
    const item = await addEvidenceFile(
      handle.db,
      sz,
      { kind: "action", actionId: await szActionId() },
      {
        fileName: "annual-report.pdf",
        bytes,
      },
    );
    expect(item).toMatchObject({ size: MAX_EVIDENCE_BYTES, contentType: "application/pdf" });

    const hash = createHash("sha256");
    let total = 0;
    let pieces = 0;
    let largest = 0;
    for await (const piece of readEvidenceChunks(handle.db, item.id)) {
      expect(Buffer.from(piece).equals(bytes.subarray(total, total + piece.byteLength))).toBe(true);
      hash.update(piece);
      total += piece.byteLength;
      largest = Math.max(largest, piece.byteLength);
      pieces++;
    }
    expect(total).toBe(MAX_EVIDENCE_BYTES);
    expect(pieces).toBe(MAX_EVIDENCE_BYTES / EVIDENCE_CHUNK_BYTES);
    expect(largest).toBe(EVIDENCE_CHUNK_BYTES);
    expect(hash.digest("hex")).toBe(item.sha256);
    expect(item.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));

    await removeEvidence(handle.db, sz, item.id);
    const [left] = await handle.db
      .select({ n: sql<number>`count(*)::int` })
      .from(evidenceChunks)
      .where(eq(evidenceChunks.evidenceId, item.id));
    expect(left!.n).toBe(0);
  }, 120_000);

  it("refuses a file one byte over the limit and stores nothing of it", async () => {
    const sz = await actorFor(handle.db, "sz.member@demo.local");
    const count = async () => (await handle.db.select({ n: sql<number>`count(*)::int` }).from(evidence))[0]!.n;
    const before = await count();
    const err = await rejection(
      addEvidenceFile(
        handle.db,
        sz,
        { kind: "action", actionId: await szActionId() },
        {
          fileName: "too-big.pdf",
          bytes: pdfOfSize(MAX_EVIDENCE_BYTES + 1),
        },
      ),
    );
    expect(err.status).toBe(413);
    expect(await count()).toBe(before);
  }, 60_000);
});
