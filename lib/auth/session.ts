import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getSessionCookie } from "better-auth/cookies";
import { authenticateApiToken } from "@/lib/auth/api-token-viewer";
import { readBearerToken } from "@/lib/auth/api-token";
import { COOKIE_PREFIX, getAuth } from "@/lib/auth/auth";
import { mintViewer, type Role, type Viewer } from "@/lib/auth/permissions";
import { rememberViewer, reusedViewer } from "@/lib/auth/session-cache";
import { AppError } from "@/lib/errors";

/**
 * The signed-in, active user of this request, or null. A session Better Auth verified in the
 * last few seconds is reused as is (lib/auth/session-cache.ts): a reviewer's requests come in
 * bursts, and the lookup costs as much as the work.
 */
export async function getViewer(): Promise<Viewer | null> {
  // Read the request first: that marks the page dynamic before anything touches the database.
  const requestHeaders = await headers();
  const sessionCookie = getSessionCookie(requestHeaders, { cookiePrefix: COOKIE_PREFIX });
  if (!sessionCookie) return null;
  const reused = reusedViewer(sessionCookie);
  if (reused) return reused;
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session || session.user.banned) return null;
  const viewer = mintViewer({ id: session.user.id, role: session.user.role as Role, name: session.user.name });
  rememberViewer(sessionCookie, { viewer, token: session.session.token, expiresAt: new Date(session.session.expiresAt) });
  return viewer;
}

/** For pages: the viewer, or a redirect to the sign-in page. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  return viewer;
}

/**
 * For route handlers and actions: the viewer, or UNAUTHENTICATED. A route handler passes its
 * request: an `Authorization: Bearer` token (lib/api-tokens) then decides alone, with no cookie
 * fallback; without that header the browser's session cookie does.
 */
export async function requireApiViewer(request?: Request): Promise<Viewer> {
  const token = request ? readBearerToken(request.headers) : null;
  if (token !== null) {
    const viewer = await authenticateApiToken(token);
    if (!viewer) throw new AppError({ code: "UNAUTHENTICATED", message: "The API token is unknown or revoked; ask an admin for a new one." });
    return viewer;
  }
  const viewer = await getViewer();
  if (!viewer) throw new AppError({ code: "UNAUTHENTICATED", message: "Sign in first." });
  return viewer;
}
