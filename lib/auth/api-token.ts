import { createHash, randomBytes } from "node:crypto";

/** Every token starts with this, so a leaked one is recognisable (and secret scanners can match it). */
export const TOKEN_PREFIX = "recto_";

/** A new token: 32 random bytes (256 bits), URL-safe, behind TOKEN_PREFIX. */
export function generateToken(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

/** What the database stores: the token's SHA-256 in hex. A slow hash adds nothing to 256 random bits. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The first characters people see in the token list, enough to tell tokens apart. */
export function displayPrefix(token: string): string {
  return token.slice(0, TOKEN_PREFIX.length + 6);
}

/**
 * The token of an `Authorization: Bearer <token>` header: null when the header is absent, "" when
 * it is present but not a bearer token (so it fails, rather than falling back to the cookie).
 */
export function readBearerToken(headers: Headers): string | null {
  const header = headers.get("authorization");
  if (header === null) return null;
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
  return match ? match[1] : "";
}
