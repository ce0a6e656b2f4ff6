import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { forgetSession } from "@/lib/auth/session-cache";
import { signInHooks } from "@/lib/auth/sign-in-hooks";
import { getPrisma } from "@/lib/db/client";
import { readEnv } from "@/lib/env";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
/** Cookie names start with this (recto.session_token …); proxy.ts spells the session cookie out. */
export const COOKIE_PREFIX = "recto";

function createAuth() {
  const env = readEnv();
  return betterAuth({
    appName: "Recto",
    secret: env.BETTER_AUTH_SECRET,
    baseURL: env.RECTO_BASE_URL,
    trustedOrigins: trustedOrigins(env.RECTO_BASE_URL),
    database: prismaAdapter(getPrisma(), { provider: "postgresql" }),
    emailAndPassword: {
      enabled: true,
      // Admins create accounts; nobody signs themselves up.
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      password: { hash: hashPassword, verify: ({ hash, password }) => verifyPassword(hash, password) },
    },
    user: {
      additionalFields: {
        role: { type: "string", input: false, defaultValue: "translator" },
        banned: { type: "boolean", input: false, defaultValue: false },
      },
    },
    session: { expiresIn: SESSION_MAX_AGE_SECONDS, updateAge: 60 * 60 },
    hooks: signInHooks,
    // A signed-out or revoked session must not be reused from lib/auth/session-cache.ts.
    databaseHooks: { session: { delete: { after: async (session) => forgetSession(session.token) } } },
    // Brute force is slowed by lib/auth/throttle.ts (per account and per address, in PostgreSQL, so
    // it holds across instances); Better Auth's in-memory limiter would not, and would trip on
    // colleagues signing in from one office address.
    rateLimit: { enabled: false },
    // Names and roles are an admin's to give (lib/users, audited); users may not rename themselves.
    disabledPaths: ["/update-user"],
    advanced: { cookiePrefix: COOKIE_PREFIX },
    plugins: [nextCookies()],
  });
}

/** The app's own origin under both loopback names, so localhost and 127.0.0.1 both work. */
function trustedOrigins(baseUrl: string | undefined): string[] {
  if (!baseUrl) return [];
  const url = new URL(baseUrl);
  const twins = url.hostname === "localhost" ? ["127.0.0.1"] : url.hostname === "127.0.0.1" ? ["localhost"] : [];
  return [url.origin, ...twins.map((host) => `${url.protocol}//${host}${url.port ? `:${url.port}` : ""}`)];
}

let auth: ReturnType<typeof createAuth> | undefined;

/** Better Auth over our Prisma client: sessions in PostgreSQL, argon2id passwords. */
export function getAuth() {
  auth ??= createAuth();
  return auth;
}
