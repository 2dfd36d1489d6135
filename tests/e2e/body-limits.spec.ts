/**
 * Oversized bodies are refused while they stream, before the caller is looked up: a signed-in viewer
 * streams 200 MB in chunks (no Content-Length to refuse up front) to an API route and to a server
 * action, and the server answers 413 while its memory (the RSS of its process, read from /proc)
 * grows by less than 10 MB and the upload is stopped long before its end. Before, the API buffered
 * the whole body first (+616 MB here), and a server-action upload was read to its end (+14 MB).
 *
 * The server is started here, on an embedded database of its own, so its process id is known.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { expect, test } from "./test";
import { demoAccounts } from "./fixtures";
import { callServerAction, serverActionIds, sessionFor } from "./http-session";

const port = Number(process.env.E2E_LIMITS_PORT ?? 3215);
const origin = `http://localhost:${port}`;
const STREAMED_BYTES = 200 * 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, 0x20);
const MAX_GROWTH_MB = 10;

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024;

interface Streamed {
  status: number;
  body: string;
  connection: string | undefined;
  sentMb: number;
  growthMb: number;
}

/**
 * Streams up to STREAMED_BYTES of spaces after `prefix`, chunked, until the server answers; samples
 * the server's RSS meanwhile and reports the largest growth over what it was just before.
 */
function streamHugeBody(pid: number, options: http.RequestOptions, prefix: string): Promise<Streamed> {
  return new Promise((resolve, reject) => {
    const before = rssMb(pid);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 5);
    let sent = 0;
    let answered = false;
    const req = http.request({ host: "127.0.0.1", port, ...options });
    req.on("response", (res) => {
      answered = true;
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d) => (body += d));
      res.on("end", () => {
        // A last sample after the answer, for anything allocated while it was being written.
        setTimeout(() => {
          clearInterval(sampler);
          peak = Math.max(peak, rssMb(pid));
          req.destroy();
          resolve({
            status: res.statusCode!,
            body,
            connection: res.headers.connection,
            sentMb: sent / 1048576,
            growthMb: peak - before,
          });
        }, 500);
      });
    });
    req.on("error", (err) => {
      // The server closing the connection mid-upload is expected once it has answered.
      if (!answered) {
        clearInterval(sampler);
        reject(err);
      }
    });
    req.write(prefix);
    const pump = () => {
      while (!answered && sent < STREAMED_BYTES) {
        sent += CHUNK.length;
        if (!req.write(CHUNK)) return void req.once("drain", pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

test.describe("bodies are limited while they stream", () => {
  let server: ChildProcess;
  let log = "";
  let cookie = "";

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    server = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        PORT: String(port),
        HOSTNAME: "127.0.0.1",
        NEXTAUTH_URL: origin,
        DATABASE_URL: "",
        REDIS_URL: "",
        DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "tct-e2e-limits-")),
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout!.on("data", (d) => (log += d));
    server.stderr!.on("data", (d) => (log += d));
    const deadline = Date.now() + 90_000;
    while (
      !(await fetch(`${origin}/api/health`).then(
        (r) => r.ok,
        () => false,
      ))
    ) {
      if (Date.now() > deadline || server.exitCode !== null) throw new Error(`the server did not start:\n${log}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    const viewer = await sessionFor(origin, demoAccounts.viewer.email);
    cookie = (await viewer.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    // Warm up the paths under test with bodies under the limit, so what is measured is the big one.
    for (let i = 0; i < 3; i++) {
      await viewer.patch("/api/v1/recommendations/R-004-4.2.2.1", {
        data: JSON.stringify({ version: 1, rationale: "x".repeat(30_000) }),
        headers: { "Content-Type": "application/json" },
      });
    }
    const saveTracking = serverActionIds().get("app/(workspace)/recommendations/[code]/actions.ts#saveTracking")!;
    for (let i = 0; i < 3; i++) {
      await callServerAction(viewer, "/recommendations/R-004-4.2.2.1", saveTracking, [
        { code: "R-004-4.2.2.1", version: 1, rationale: "x".repeat(100_000) },
      ]);
    }
    await viewer.dispose();
  });

  test.afterAll(async () => {
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((r) => server.once("exit", r));
    }
  });

  test("a 200 MB chunked PATCH to the API is refused with 413, the server growing by under 10 MB", async () => {
    test.setTimeout(60_000);
    const result = await streamHugeBody(
      server.pid!,
      {
        method: "PATCH",
        path: "/api/v1/recommendations/R-004-4.2.2.1",
        headers: { "Content-Type": "application/json", Cookie: cookie },
      },
      '{"version": 1, "rationale": "',
    );
    console.log(`API: ${JSON.stringify({ ...result, body: undefined })}`);
    expect(result.status).toBe(413);
    expect(JSON.parse(result.body).error).toEqual({
      code: "payload_too_large",
      message: expect.stringMatching(/larger than 64 KiB/),
    });
    expect(result.connection, "the connection is closed, so the upload stops").toBe("close");
    expect(result.sentMb, "refused long before the end of the body").toBeLessThan(100);
    expect(result.growthMb).toBeLessThan(MAX_GROWTH_MB);
  });

  test("a 200 MB chunked evidence upload is refused with 413 once past 20 MB, storing nothing", async () => {
    test.setTimeout(90_000);
    const member = await sessionFor(origin, demoAccounts.szMember.email);
    const memberCookie = (await member.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const { data } = await (await member.get("/api/v1/actions?agency=sz-stic&pageSize=1")).json();
    const actionId = data[0].id as string;
    const result = await streamHugeBody(
      server.pid!,
      {
        method: "POST",
        path: `/api/v1/actions/${actionId}/evidence`,
        headers: { "Content-Type": "multipart/form-data; boundary=tctboundary", Cookie: memberCookie },
      },
      '--tctboundary\r\nContent-Disposition: form-data; name="file"; filename="huge.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n',
    );
    console.log(`evidence: ${JSON.stringify({ ...result, body: undefined })}`);
    expect(result.status).toBe(413);
    expect(JSON.parse(result.body).error).toEqual({
      code: "payload_too_large",
      message: "Files can be at most 20 MB; this one is larger.",
    });
    expect(result.connection, "the connection is closed, so the upload stops").toBe("close");
    expect(result.sentMb, "refused long before the end of the body").toBeLessThan(100);
    // The parser holds what it read, at most the 20 MB limit (and a copy): never the 200 MB sent.
    expect(result.growthMb).toBeLessThan(80);
    const list = await (await member.get(`/api/v1/actions/${actionId}/evidence`)).json();
    expect(list.data.map((e: { name: string }) => e.name)).not.toContain("huge.pdf");
    await member.dispose();
  });

  test("a 200 MB chunked server-action call is refused with 413, the server growing by under 10 MB", async () => {
    test.setTimeout(60_000);
    const actionId = serverActionIds().get("app/(workspace)/recommendations/[code]/actions.ts#saveTracking")!;
    const result = await streamHugeBody(
      server.pid!,
      {
        method: "POST",
        path: "/recommendations/R-004-4.2.2.1",
        headers: {
          "Content-Type": "text/plain;charset=UTF-8",
          "Next-Action": actionId,
          Accept: "text/x-component",
          Cookie: cookie,
        },
      },
      '[{"code": "R-004-4.2.2.1", "version": 1, "rationale": "',
    );
    console.log(`server action: ${JSON.stringify({ ...result, body: undefined })}`);
    expect(result.status).toBe(413);
    expect(JSON.parse(result.body).error).toEqual({
      code: "payload_too_large",
      message: expect.stringMatching(/larger than 256 KiB/),
    });
    expect(result.sentMb, "the connection is ended, so the upload stops").toBeLessThan(100);
    expect(result.growthMb).toBeLessThan(MAX_GROWTH_MB);
  });
});
