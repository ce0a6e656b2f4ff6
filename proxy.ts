import { NextResponse, type NextRequest } from "next/server";

// Better Auth's session cookie (cookiePrefix "recto" in lib/auth/auth.ts), plain or __Secure- on https.
const SESSION_COOKIES = ["recto.session_token", "__Secure-recto.session_token"];

/**
 * Sends signed-out page requests to the sign-in page. Only checks that a session cookie is
 * present: every page, action and route still checks the session itself (this is never the authority).
 */
export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const signIn = new URL("/sign-in", request.url);
  return NextResponse.redirect(signIn);
}

export const config = {
  // Pages only: not the API or the import route handlers (they answer 401 themselves, and a proxy
  // would cap upload bodies at 10 MB), the sign-in page, Next's assets or files with an extension.
  matcher: ["/((?!api/|import/submit|import/jobs/|import-bilingual/submit|sign-in|_next/|favicon.ico|.*\\.[a-zA-Z0-9]+$).*)"],
};
