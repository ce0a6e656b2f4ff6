/** Shortest password accepted anywhere (Better Auth's minPasswordLength uses it too). */
export const MIN_PASSWORD_LENGTH = 8;
/** Longest password accepted (argon2 would take any, but nobody types more). */
export const MAX_PASSWORD_LENGTH = 128;

// The most common passwords of the public breach lists that are 8 characters or longer, lower-cased.
const COMMON_PASSWORDS = new Set([
  "password", "password1", "password12", "password123", "password!", "passw0rd", "p@ssw0rd", "p@ssword",
  "12345678", "123456789", "1234567890", "0123456789", "87654321", "11111111", "00000000", "12341234",
  "123123123", "qwertyuiop", "qwerty123", "qwerty12", "1q2w3e4r", "1q2w3e4r5t", "1qaz2wsx", "zaq12wsx",
  "azertyuiop", "azerty123", "iloveyou", "iloveyou1", "sunshine", "princess", "football", "baseball",
  "welcome1", "welcome123", "letmein1", "abcd1234", "abc12345", "trustno1", "superman", "starwars",
  "whatever", "computer", "internet", "changeme", "motdepasse", "administrator", "admin123", "qwertyui",
  "dragon123", "monkey123", "michelle", "jennifer", "corvette", "11223344", "aa123456", "asdfghjkl",
  "recto123", "recto2026", "translator", "editor123",
]);

/** Pure: why this password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `The new password must have at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `The new password must have at most ${MAX_PASSWORD_LENGTH} characters.`;
  if (password.includes("\u0000")) return "The new password must not contain NUL characters.";
  if (COMMON_PASSWORDS.has(password.toLowerCase()) || new Set(password).size < 4) {
    return "The new password is too common or too simple; choose a longer phrase only you would think of.";
  }
  return null;
}
