import { z } from "zod";
import { plainText } from "@/lib/text-schema";
import { ROLES } from "@/lib/auth/permissions";

export const createApiTokenSchema = z.object({
  name: plainText("Name").trim().min(1, "Name the token (what uses it, e.g. \"CMS import\")").max(100, "Name is over 100 characters"),
  role: z.enum(ROLES, { error: `Role must be one of ${ROLES.join(", ")}` }),
  /** The user the token acts as; the creating admin when absent. */
  userId: z.string().min(1, "User id is required").max(100, "User id is too long").optional(),
});
export type CreateApiTokenInput = z.input<typeof createApiTokenSchema>;

export const revokeApiTokenSchema = z.object({ tokenId: z.string().min(1, "Token id is required").max(100, "Token id is too long") });
export type RevokeApiTokenInput = z.input<typeof revokeApiTokenSchema>;
