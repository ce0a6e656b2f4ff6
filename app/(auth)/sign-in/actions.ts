"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getAuth } from "@/lib/auth/auth";
import { checkSignInAllowed, recordSignInFailure, recordSignInSuccess } from "@/lib/auth/throttle";

const signInSchema = z.object({
  email: z.email("Enter an email address"),
  password: z.string().min(1, "Enter your password").max(256),
});

export type SignInState = { error: string | null };

export async function signIn(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { error: parsed.error.issues[0].message };
  const requestHeaders = await headers();
  // Next sets x-forwarded-for from the socket; behind a proxy, the proxy's first hop is the client.
  const address = requestHeaders.get("x-forwarded-for")?.split(",")[0].trim() || requestHeaders.get("x-real-ip") || "unknown";
  const attempt = { email: parsed.data.email, address };
  const check = await checkSignInAllowed(attempt);
  if (!check.allowed) return { error: check.message };
  try {
    await getAuth().api.signInEmail({ body: parsed.data, headers: requestHeaders });
  } catch (error) {
    const status = (error as { statusCode?: number }).statusCode;
    if (status !== 401 && status !== 403) throw error;
    const locked = await recordSignInFailure(attempt);
    return { error: locked ?? "Email or password is wrong, or the account is deactivated." };
  }
  await recordSignInSuccess(attempt);
  redirect("/");
}

export async function signOut(): Promise<void> {
  await getAuth().api.signOut({ headers: await headers() });
  redirect("/sign-in");
}
