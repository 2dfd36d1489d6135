import { mkdtempSync, readFileSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readEnv, resolveAuthSecret } from "@/lib/env";

const tmp = () => mkdtempSync(path.join(os.tmpdir(), "tct-env-"));

describe("configuration", () => {
  it("generates the session secret once in the data folder and reuses it", () => {
    const dir = tmp();
    const env = readEnv({ DATA_DIR: dir });
    const first = resolveAuthSecret(env);
    expect(first.length).toBeGreaterThanOrEqual(48);
    expect(resolveAuthSecret(env)).toBe(first);
    expect(readFileSync(path.join(dir, "auth-secret"), "utf8").trim()).toBe(first);
    expect(statSync(path.join(dir, "auth-secret")).mode & 0o077).toBe(0);
  });

  it("prefers NEXTAUTH_SECRET when it is set", () => {
    const secret = "s".repeat(40);
    expect(resolveAuthSecret(readEnv({ DATA_DIR: tmp(), NEXTAUTH_SECRET: secret }))).toBe(secret);
  });

  it("stops a production deployment on PostgreSQL that has no secret, saying what to set", () => {
    const env = readEnv({ NODE_ENV: "production", DATABASE_URL: "postgres://db/app", DATA_DIR: tmp() });
    expect(() => resolveAuthSecret(env)).toThrow(/NEXTAUTH_SECRET is not set/);
  });

  it("names the variable that is wrong", () => {
    expect(() => readEnv({ PORT: "http" })).toThrow(/PORT/);
    expect(() => readEnv({ DATABASE_URL: "not a url" })).toThrow(/DATABASE_URL/);
    expect(() => readEnv({ NEXTAUTH_SECRET: "short" })).toThrow(/at least 32 characters/);
  });

  it("asks for all three OIDC variables together", () => {
    expect(() => readEnv({ OIDC_ISSUER: "https://sso.example.org" })).toThrow(/OIDC_CLIENT_ID/);
    expect(
      readEnv({ OIDC_ISSUER: "https://sso.example.org", OIDC_CLIENT_ID: "a", OIDC_CLIENT_SECRET: "b" }).OIDC_NAME,
    ).toBe("Single sign-on");
  });

  it("trusts no proxy unless told how many there are, and refuses anything but a count", () => {
    expect(readEnv({}).TRUSTED_PROXIES).toBe(0);
    expect(readEnv({ TRUSTED_PROXIES: "" }).TRUSTED_PROXIES).toBe(0);
    expect(readEnv({ TRUSTED_PROXIES: "1" }).TRUSTED_PROXIES).toBe(1);
    expect(readEnv({ TRUSTED_PROXIES: "10" }).TRUSTED_PROXIES).toBe(10);
    for (const bad of ["-1", "11", "yes", "1.5", "loopback"]) {
      expect(() => readEnv({ TRUSTED_PROXIES: bad }), bad).toThrow(/TRUSTED_PROXIES: .*number of proxies/);
    }
  });
});
