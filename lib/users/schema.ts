import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";
import { plainText } from "@/lib/text-schema";

const userId = z.string({ error: "User id is required" }).min(1, "User id is required").max(100, "User id is too long");
const role = z.enum(ROLES, { error: `Role must be one of ${ROLES.join(", ")}` });

export const createUserSchema = z.object({
  email: z.email("Enter an email address").max(254, "Email is over 254 characters").transform((email) => email.toLowerCase()),
  name: plainText("Name").trim().min(1, "Name is required").max(200, "Name is over 200 characters"),
  role,
});
export type CreateUserInput = z.input<typeof createUserSchema>;

/** A password chosen by a person (the random ones need no check): Better Auth's bounds, 8 to 128 characters. */
export const passwordSchema = z
  .string({ error: "Password is required" })
  .min(8, "Password is under 8 characters")
  .max(128, "Password is over 128 characters");

export const setRoleSchema = z.object({ userId, role });
export type SetRoleInput = z.input<typeof setRoleSchema>;

export const resetPasswordSchema = z.object({ userId });
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;

export const setActiveSchema = z.object({
  userId,
  isActive: z.boolean({ error: "isActive must be true or false" }),
  reason: plainText("Reason").max(500, "Reason is over 500 characters").default(""),
});
export type SetActiveInput = z.input<typeof setActiveSchema>;
