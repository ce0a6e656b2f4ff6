import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Not allowed" };

// Rendered with HTTP 403 when a page calls forbidden() (a signed-in user whose role lacks the permission).
export default function Forbidden() {
  return (
    <main>
      <h1>Not allowed</h1>
      <p>Your role does not give access to this page. Ask an admin if you need it.</p>
      <p><Link href="/">Back to documents</Link></p>
    </main>
  );
}
