"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getAuth } from "@/lib/auth/auth";

const signInSchema = z.object({
  email: z.email("Enter an email address"),
  password: z.string().min(1, "Enter your password").max(256),
});

export type SignInState = { error: string | null };

export async function signIn(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { error: parsed.error.issues[0].message };
  try {
    await getAuth().api.signInEmail({ body: parsed.data, headers: await headers() });
  } catch (error) {
    const status = (error as { statusCode?: number }).statusCode;
    if (status === 429) return { error: "Too many attempts. Wait a minute and try again." };
    if (status === 401 || status === 403) return { error: "Email or password is wrong, or the account is deactivated." };
    throw error;
  }
  redirect("/");
}

export async function signOut(): Promise<void> {
  await getAuth().api.signOut({ headers: await headers() });
  redirect("/sign-in");
}
