"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getAuth } from "@/lib/auth/auth";
import { isAPIError } from "better-auth/api";

const signInSchema = z.object({
  email: z.email("Enter an email address"),
  password: z.string().min(1, "Enter your password").max(256),
});

export type SignInState = { error: string | null };

/** Throttling and deactivated accounts are handled in Better Auth's hooks (lib/auth/sign-in-hooks.ts). */
export async function signIn(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { error: parsed.error.issues[0].message };
  try {
    await getAuth().api.signInEmail({ body: parsed.data, headers: await headers() });
  } catch (error) {
    if (!isAPIError(error)) throw error;
    if (error.statusCode === 429) return { error: error.message };
    if (error.statusCode === 401 || error.statusCode === 403) return { error: "Email or password is wrong, or the account is deactivated." };
    throw error;
  }
  redirect("/");
}

export async function signOut(): Promise<void> {
  await getAuth().api.signOut({ headers: await headers() });
  redirect("/sign-in");
}
