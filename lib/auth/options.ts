/**
 * next-auth configuration: e-mail + password credentials, and an OpenID Connect provider when
 * OIDC_ISSUER / OIDC_CLIENT_ID / OIDC_CLIENT_SECRET are set. Sessions are JWTs carrying their own
 * id and sign-in time; the user row is re-read on every request (lib/auth/session.ts), so
 * deactivation, role changes and signing out apply at once.
 */
import { randomUUID } from "node:crypto";
import type { NextAuthOptions, User as AuthUser } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/db";
import { findAccountByEmail } from "@/db/queries/sessions";
import { endSession, recordOidcSignIn } from "@/db/mutations/sessions";
import { isUuid } from "@/lib/validation/ids";
import { safeCallbackPath } from "./callback-url";
import { clientAddress } from "./client-address";
import { authenticateWithPassword } from "./credentials";
import { SESSION_MAX_AGE_SECONDS, sessionExpiresAt } from "./session-rules";
import { SignInThrottledError } from "./throttle";

declare module "next-auth" {
  interface Session {
    /** This session's id: signing out records it as ended (revoked_sessions). */
    sessionId?: string;
    /** When this session's sign-in happened (ms since the epoch), for "sign out everywhere". */
    signedInAt?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
    signedInAt?: number;
  }
}

const credentialsInput = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(1024),
});

interface OidcProfile {
  sub: string;
  email?: string;
  name?: string;
}

function oidcProvider(): OAuthConfig<OidcProfile> | null {
  const issuer = process.env.OIDC_ISSUER;
  const clientId = process.env.OIDC_CLIENT_ID;
  const clientSecret = process.env.OIDC_CLIENT_SECRET;
  if (!issuer || !clientId || !clientSecret) return null;
  return {
    id: "oidc",
    name: process.env.OIDC_NAME || "Single sign-on",
    type: "oauth",
    wellKnown: `${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    clientId,
    clientSecret,
    profile: (p) => ({ id: p.sub, email: p.email?.toLowerCase() ?? null, name: p.name ?? p.email ?? p.sub }),
  };
}

export function isOidcEnabled(): boolean {
  return Boolean(process.env.OIDC_ISSUER && process.env.OIDC_CLIENT_ID && process.env.OIDC_CLIENT_SECRET);
}

export function buildAuthOptions(): NextAuthOptions {
  const oidc = oidcProvider();
  return {
    secret: process.env.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/login", error: "/login" },
    // One line per event instead of next-auth's stack dumps; a cookie signed with another secret
    // (another instance, a rotated secret) is an expected, harmless JWT_SESSION_ERROR.
    logger: {
      error: (code, metadata) => console.error(`[auth] ${code}: ${(metadata as Error | undefined)?.message ?? ""}`),
      warn: (code) => console.warn(`[auth] ${code}`),
      debug: () => {},
    },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        // Whatever authorize throws reaches the login form as `error`: only "throttled:<seconds>"
        // and "unavailable" do, never a database error's text.
        async authorize(raw, req): Promise<AuthUser | null> {
          const parsed = credentialsInput.safeParse(raw);
          if (!parsed.success) return null;
          try {
            const user = await authenticateWithPassword(await getDb(), {
              ...parsed.data,
              ip: clientAddress(req?.headers),
            });
            return user ? { id: user.id, email: user.email, name: user.name } : null;
          } catch (err) {
            if (err instanceof SignInThrottledError) throw err;
            console.error("[auth] sign-in could not be checked:", err);
            throw new Error("unavailable");
          }
        },
      }),
      ...(oidc ? [oidc] : []),
    ],
    callbacks: {
      // Every callbackUrl next-auth follows (sign-in, sign-out, its own pages) becomes a path here.
      redirect({ url, baseUrl }) {
        return baseUrl + safeCallbackPath(url, baseUrl);
      },
      // SSO only lets in people who already have an active account with the same e-mail.
      async signIn({ user, account }) {
        if (account?.provider !== "oidc") return true;
        if (!user.email) return false;
        const row = await findAccountByEmail(await getDb(), user.email.toLowerCase());
        return Boolean(row?.active);
      },
      async jwt({ token, user, account }) {
        if (user && account) {
          if (account.provider === "oidc") {
            const db = await getDb();
            const email = user.email!.toLowerCase();
            const row = await findAccountByEmail(db, email);
            token.sub = row?.id;
            // Password sign-ins are recorded by authenticateWithPassword.
            if (row) await recordOidcSignIn(db, { userId: row.id, email });
          } else {
            token.sub = user.id;
          }
          token.sid = randomUUID();
          // Compared with users.sessionsValidAfter on every request (lib/auth/session.ts).
          token.signedInAt = Date.now();
        }
        return token;
      },
      async session({ session, token }) {
        if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
        if (typeof token.sid === "string") session.sessionId = token.sid;
        if (typeof token.signedInAt === "number") session.signedInAt = token.signedInAt;
        return session;
      },
    },
    events: {
      // Signing out ends the session on the server too, so the cookie, replayed, no longer works.
      // next-auth logs a failure here (SIGNOUT_ERROR) and still clears the cookie.
      async signOut({ token }) {
        const { sub, sid, signedInAt } = token ?? {};
        if (!sub || !isUuid(sub) || !sid || !isUuid(sid) || typeof signedInAt !== "number") return;
        await endSession(await getDb(), { userId: sub, sessionId: sid, expiresAt: sessionExpiresAt(signedInAt) });
      },
    },
  };
}
