import Link from "next/link";
import type { ReactNode } from "react";
import { can } from "@/lib/auth/permissions";
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
          {can(viewer, "suggestion.review") ? <Link href="/review">Review queue</Link> : null}
          {can(viewer, "document.import") ? <Link href="/import">Import</Link> : null}
          {can(viewer, "document.import") ? <Link href="/import-bilingual">Import XLIFF/TMX/CSV</Link> : null}
          <Link href="/glossary">Glossary</Link>
          <Link href="/memory">Memory</Link>
          {can(viewer, "export.run") ? <Link href="/export">Export</Link> : null}
          {can(viewer, "user.manage") ? <Link href="/users">Users</Link> : null}
          {can(viewer, "user.manage") ? <Link href="/tokens">API tokens</Link> : null}
          {can(viewer, "audit.read") ? <Link href="/audit">Audit log</Link> : null}
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
