import { NextResponse, type NextRequest } from "next/server";
import { databaseUnavailablePage, isDatabaseReachable } from "@/lib/db/health";
import { contentSecurityPolicy, createNonce, SECURITY_HEADERS } from "@/lib/security-headers";

// Better Auth's session cookie (cookiePrefix "recto" in lib/auth/auth.ts), plain or __Secure- on https.
const SESSION_COOKIES = ["recto.session_token", "__Secure-recto.session_token"];

function withSecurityHeaders<T extends Response>(response: T, csp?: string): T {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  if (csp) response.headers.set("Content-Security-Policy", csp);
  return response;
}

/**
 * For pages: answers 503 while the database is unreachable, gives each page a CSP nonce, and
 * sends signed-out requests to the sign-in page. Only checks that a session cookie is present:
 * every page, action and route still checks the session itself (this is never the authority).
 */
export async function proxy(request: NextRequest) {
  if (!(await isDatabaseReachable())) return withSecurityHeaders(databaseUnavailablePage());
  const isSignIn = request.nextUrl.pathname === "/sign-in";
  if (!isSignIn && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    return withSecurityHeaders(NextResponse.redirect(new URL("/sign-in", request.url)));
  }
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  // Next reads the nonce from the request's CSP header and puts it on the scripts it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  return withSecurityHeaders(NextResponse.next({ request: { headers: requestHeaders } }), csp);
}

export const config = {
  // Pages, the sign-in page included: not the API or the import route handlers (they answer 401
  // themselves, and a proxy would cap upload bodies at 10 MB), Next's assets or files with an extension.
  matcher: ["/((?!api/|import/submit|import/jobs/|import-bilingual/submit|_next/|favicon.ico|.*\\.[a-zA-Z0-9]+$).*)"],
};
