/**
 * The input boundary shared by the API wrapper, the server-action wrapper and proxy.ts: field-error
 * maps, the checks that hold for every field, bodies read within a limit while they stream, and
 * the server-action bodies and paths Next itself would answer with a 500.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { readLimitedBody } from "@/lib/security/limited-body";
import { capRequestBody, hasUndecodablePath, MAX_REQUEST_BODY_BYTES } from "@/lib/security/request-guards";
import { checkServerActionRequest, SERVER_ACTION_MAX_BYTES } from "@/lib/security/server-action-request";
import { agencyCreateInput } from "@/lib/validation/agencies";
import { recommendationCreateInput, recommendationPatchInput, savedViewInput } from "@/lib/validation/inputs";
import { INVALID_CHARACTER_MESSAGE, parseInput } from "@/lib/validation/parse-input";
import { userCreateInput } from "@/lib/validation/users";

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error("expected the input to be refused");
}

const validRecommendation = {
  code: "R-004-9.9.9",
  title: { en: "Title", zhHans: "标题", zhHant: "標題" },
  summary: { en: "Summary", zhHans: "摘要", zhHant: "摘要" },
  theme: "talent",
  horizon: "short",
  owners: [{ agency: "sz-stic", role: "lead" }],
};

describe("field errors", () => {
  it("names unknown keys toString, constructor and __proto__ like any other (they made a 500)", () => {
    const raw = JSON.parse('{"version": 1, "toString": 1, "constructor": 2, "__proto__": {"admin": true}}');
    const err = refusal(() => parseInput(recommendationPatchInput, raw));
    expect(err.status).toBe(400);
    expect(Object.getPrototypeOf(err.fieldErrors)).toBe(Object.prototype);
    expect(Object.entries(err.fieldErrors!)).toEqual([
      ["toString", ["Unknown field"]],
      ["constructor", ["Unknown field"]],
      ["__proto__", ["Unknown field"]],
    ]);
    expect(JSON.parse(JSON.stringify(err.fieldErrors))).toHaveProperty("constructor", ["Unknown field"]);
  });

  it("keeps a message per field and drops array positions from the name", () => {
    const err = refusal(() =>
      parseInput(recommendationCreateInput, { ...validRecommendation, owners: [{ agency: "", role: "boss" }] }),
    );
    expect(Object.keys(err.fieldErrors!).sort()).toEqual(["owners.agency", "owners.role"]);
  });
});

describe("text with a lone surrogate", () => {
  it("is refused in every text field, nested or not, with a field error saying the character is invalid", () => {
    const cases: [z.ZodType, Record<string, unknown>, string][] = [
      [recommendationCreateInput, { ...validRecommendation, rationale: "a\ud800b" }, "rationale"],
      [
        recommendationCreateInput,
        { ...validRecommendation, title: { ...validRecommendation.title, en: "Title \udc00" } },
        "title.en",
      ],
      [
        recommendationCreateInput,
        { ...validRecommendation, owners: [{ agency: "sz\ud83d", role: "lead" }] },
        "owners.agency",
      ],
      [savedViewInput, { name: "View", query: "q=\ud800", shared: false }, "query"],
      [
        userCreateInput,
        { name: "A\ud800", email: "a@b.org", role: "viewer", password: "long enough password" },
        "name",
      ],
      [userCreateInput, { name: "A", email: "a@b.org", role: "viewer", password: "long enough \udfff" }, "password"],
      [
        agencyCreateInput,
        { key: "sz-x", nameEn: "X", nameZhHans: "名\ud800", nameZhHant: "X", abbreviation: "X", side: "joint" },
        "nameZhHans",
      ],
    ];
    for (const [schema, raw, field] of cases) {
      // Without the broken character each input is valid: the refusal is for that character alone.
      const repaired = JSON.parse(JSON.stringify(raw).replace(/\\ud[89a-f][0-9a-f]{2}/g, ""));
      expect(() => parseInput(schema, repaired), field).not.toThrow();
      const err = refusal(() => parseInput(schema, raw));
      expect(err.status, field).toBe(400);
      expect(err.fieldErrors, field).toEqual({ [field]: [INVALID_CHARACTER_MESSAGE] });
    }
    expect(INVALID_CHARACTER_MESSAGE).toMatch(/invalid character/);
  });

  it("is refused in a key too, and a proper pair (an emoji) is accepted", () => {
    expect(refusal(() => parseInput(recommendationPatchInput, { version: 1, "\ud800": 1 })).fieldErrors).toEqual({
      "\ud800": [INVALID_CHARACTER_MESSAGE],
    });
    expect(parseInput(recommendationPatchInput, { version: 1, rationale: "Launched 🚀 in 深圳" }).rationale).toBe(
      "Launched 🚀 in 深圳",
    );
  });
});

describe("deep nesting", () => {
  it("is refused with 400 before anything recurses into it", () => {
    let value: unknown = [];
    for (let i = 0; i < 100_000; i++) value = [value];
    const err = refusal(() => parseInput(recommendationPatchInput, { version: 1, status: value }));
    expect(err.status).toBe(400);
    expect(err.message).toMatch(/nested more than 32 levels/);
  });
});

/** A body of `total` bytes in 64 KiB chunks, made as they are asked for; `pulled` counts them. */
function streamedBody(total: number) {
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  const counter = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (counter.pulled * chunk.length >= total) return controller.close();
        counter.pulled++;
        controller.enqueue(chunk);
      },
      cancel() {
        counter.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, counter };
}

describe("reading a body within a limit", () => {
  it("stops reading a 200 MB body one chunk past the limit and cancels the rest", async () => {
    const { stream, counter } = streamedBody(200 * 1024 * 1024);
    expect(await readLimitedBody(stream, 256 * 1024)).toEqual({ ok: false, reason: "too_large" });
    expect(counter.pulled).toBe(5);
    expect(counter.cancelled).toBe(true);
  });

  it("refuses a declared length over the limit without reading, and reads a body at the limit whole", async () => {
    const big = streamedBody(1024 * 1024);
    expect(await readLimitedBody(big.stream, 64 * 1024, String(1024 * 1024))).toEqual({
      ok: false,
      reason: "too_large",
    });
    expect(big.counter.pulled).toBe(0);
    const exact = streamedBody(128 * 1024);
    const read = await readLimitedBody(exact.stream, 128 * 1024);
    expect(read.ok && read.bytes.byteLength).toBe(128 * 1024);
  });
});

describe("server-action calls before Next decodes them", () => {
  /** A call as a page makes it; a header given as null is left out. */
  const call = (body: BodyInit | null, headers: Record<string, string | null> = {}, init: RequestInit = {}) => {
    const all = {
      host: "localhost:3000",
      "next-action": "7f00",
      "content-type": "text/plain;charset=UTF-8",
      ...headers,
    };
    return checkServerActionRequest(
      new Request("http://localhost:3000/recommendations/R-004-4.2.2.1", {
        method: "POST",
        body,
        headers: Object.entries(all).filter((e): e is [string, string] => e[1] !== null),
        ...init,
      }),
    );
  };

  it("lets through what the pages send: a JSON list of plain values, escaped $ strings and undefined", async () => {
    const args = JSON.stringify([{ code: "R-004-4.2.2.1", version: 3, reason: "$$5 budget", health: "$undefined" }]);
    expect(await call(args)).toBeNull();
    expect(await call(args, { origin: "http://localhost:3000" })).toBeNull();
  });

  it("refuses references to parts the body does not have, deep nesting and garbage with 400", async () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    for (const body of ['["$Q1"]', '["$B1"]', '[{"a": ["$K1"]}]', deep, "not json", '{"a": 1}']) {
      const refused = await call(body);
      expect(refused, body.slice(0, 20)).toMatchObject({ status: 400, code: "bad_request" });
      expect(refused!.message).toMatch(/^The server action call is malformed: .+\. Reload the page and try again\.$/);
    }
  });

  it("refuses multipart bodies, with or without the action header, and bytes that are not UTF-8", async () => {
    const multipart = { "content-type": "multipart/form-data; boundary=xyz" };
    expect(await call("garbage", multipart)).toMatchObject({ status: 400 });
    expect(await call("garbage", { ...multipart, "next-action": null })).toMatchObject({ status: 400 });
    expect(await call(new Uint8Array([0x5b, 0x22, 0xff, 0x22, 0x5d]))).toMatchObject({ status: 400 });
  });

  it("refuses another site with 403 and a chunked body past the limit with 413, reading no further", async () => {
    expect(await call("[]", { origin: "http://evil.example" })).toMatchObject({ status: 403, code: "forbidden" });
    const { stream, counter } = streamedBody(200 * 1024 * 1024);
    const refused = await call(stream, {}, { duplex: "half" } as RequestInit);
    expect(refused).toMatchObject({ status: 413, code: "payload_too_large" });
    expect(refused!.message).toMatch(/larger than 256 KiB/);
    expect(counter.pulled).toBeLessThanOrEqual(SERVER_ACTION_MAX_BYTES / (64 * 1024) + 2);
  });

  it("leaves other requests alone", async () => {
    expect(await call("anything", { "next-action": null, "content-type": "application/json" })).toBeNull();
    expect(await call(null, {}, { method: "GET" })).toBeNull();
  });
});

describe("paths Next cannot decode", () => {
  it("are recognised, and a properly escaped percent sign or a query is not", () => {
    expect(hasUndecodablePath("/api/v1/actions/%")).toBe(true);
    expect(hasUndecodablePath("/api/v1/recommendations/%E0%A4%A")).toBe(true);
    expect(hasUndecodablePath("/api/v1/tokens/%ED%A0%80")).toBe(true);
    expect(hasUndecodablePath("/api/v1/recommendations/%25")).toBe(false);
    expect(hasUndecodablePath("/recommendations/R-004-4.2.2.1?q=%")).toBe(false);
  });
});

describe("the cap on every request body, before Next", () => {
  it("ends an endless upload at the cap for its readers, answers, and closes the connection", async () => {
    const seen: number[] = [];
    const server = http.createServer((req, res) => {
      capRequestBody(req, res);
      let size = 0;
      req.on("data", (chunk: Buffer) => (size += chunk.length));
      req.on("end", () => {
        seen.push(size);
        res.writeHead(413).end("too large");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const outcome = await new Promise<{ status?: number; sent: number; closed: boolean }>((resolve) => {
        const req = http.request({ host: "127.0.0.1", port, method: "POST", path: "/" });
        const chunk = Buffer.alloc(64 * 1024);
        let sent = 0;
        let status: number | undefined;
        req.on("response", (res) => {
          status = res.statusCode;
          res.resume();
        });
        req.on("close", () => resolve({ status, sent, closed: true }));
        req.on("error", () => {});
        const pump = () => {
          // Never ends on its own: only the server can stop it.
          while (sent < 1024 * 1024 * 1024) {
            sent += chunk.length;
            if (!req.write(chunk)) return void req.once("drain", pump);
          }
        };
        pump();
      });
      expect(outcome.status).toBe(413);
      expect(outcome.closed).toBe(true);
      expect(outcome.sent).toBeLessThan(64 * 1024 * 1024);
      expect(seen).toHaveLength(1);
      expect(seen[0]).toBeGreaterThan(MAX_REQUEST_BODY_BYTES - 64 * 1024);
      expect(seen[0]).toBeLessThanOrEqual(MAX_REQUEST_BODY_BYTES);
    } finally {
      server.close();
    }
  });

  it("leaves a body under the cap whole", async () => {
    const server = http.createServer((req, res) => {
      capRequestBody(req, res);
      let size = 0;
      req.on("data", (chunk: Buffer) => (size += chunk.length));
      req.on("end", () => res.end(String(size)));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const res = await fetch(`http://127.0.0.1:${port}/`, { method: "POST", body: new Uint8Array(300 * 1024) });
      expect(await res.text()).toBe(String(300 * 1024));
    } finally {
      server.close();
    }
  });
});
