import { z } from "zod";

/** Pure: PostgreSQL text cannot hold U+0000, and no person types it. */
export function hasNul(value: string): boolean {
  return value.includes("\u0000");
}

export function nulMessage(label: string): string {
  return `${label} contains a NUL character (\\0); remove it and try again.`;
}

/**
 * The base of every text field in an input schema: a string with no NUL character (a VALIDATION
 * 422 naming the field, instead of the database's 500). Never trims: segment text is kept byte for byte.
 */
export function plainText(label: string) {
  return z.string({ error: `${label} must be text` }).refine((value) => !hasNul(value), { message: nulMessage(label), abort: true });
}
