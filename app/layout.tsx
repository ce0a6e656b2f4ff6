import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Recto", template: "%s · Recto" },
  description: "Compare French originals with their English adaptations, flag errors and approve corrections.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request, so each gets the CSP nonce proxy.ts made for it.
  await connection();
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
