import Link from "next/link";
import type { ReactNode } from "react";
import { requireViewer } from "@/lib/auth/session";
import { signOut } from "../(auth)/sign-in/actions";

export default async function WorkbenchLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer();
  return (
    <>
      <header className="topbar">
        <Link href="/" className="brand">Recto</Link>
        <nav aria-label="Main">
          <Link href="/">Documents</Link>
        </nav>
        <span className="spacer" />
        <span className="who">
          {viewer.name} · {viewer.role}
        </span>
        <form action={signOut}>
          <button type="submit" className="button secondary">Sign out</button>
        </form>
      </header>
      {children}
    </>
  );
}
