import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "@/lib/auth/auth";
import { mintViewer, type Role, type Viewer } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

/** The signed-in, active user of this request, or null. */
export async function getViewer(): Promise<Viewer | null> {
  // Read the request first: that marks the page dynamic before anything touches the database.
  const requestHeaders = await headers();
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session || session.user.banned) return null;
  return mintViewer({ id: session.user.id, role: session.user.role as Role, name: session.user.name });
}

/** For pages: the viewer, or a redirect to the sign-in page. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  return viewer;
}

/** For route handlers and actions: the viewer, or UNAUTHENTICATED. */
export async function requireApiViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw new AppError({ code: "UNAUTHENTICATED", message: "Sign in first." });
  return viewer;
}
