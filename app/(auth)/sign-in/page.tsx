import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/session";
import { SignInForm } from "./_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  if (await getViewer()) redirect("/");
  return (
    <div className="center">
      <main className="card" style={{ width: "min(26rem, 92vw)" }}>
        <h1>Sign in to Recto</h1>
        <p className="subtle">The demo accounts and their passwords are printed when Recto starts.</p>
        <SignInForm />
      </main>
    </div>
  );
}
