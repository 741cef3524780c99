/** Counted in characters (code points), so any script is measured alike. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

let common: Set<string> | undefined;

/**
 * About 50,000 passwords that lead the lists leaked in breaches (the list shipped with zxcvbn-ts),
 * compared ignoring letter case and surrounding spaces.
 */
function commonPasswords(): Set<string> {
  if (!common) {
    // Loaded on first use, not at start: the list is large.
    const { dictionary } = require('@zxcvbn-ts/language-common') as typeof import('@zxcvbn-ts/language-common');
    common = new Set(dictionary.passwords.map((word) => word.toLowerCase()));
  }
  return common;
}

/** Why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, email?: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH || length > PASSWORD_MAX_LENGTH) {
    return `The password must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters long.`;
  }
  // Control characters (NUL, tabs, newlines, escapes) cannot be typed the same way everywhere.
  if (/\p{Cc}/u.test(password)) return 'The password must not contain control characters.';
  const plain = password.trim().toLowerCase();
  if (new Set(plain.replace(/\s/g, '')).size < 3) return 'The password must use at least three different characters besides spaces.';
  const bare = plain.replace(/\s+/g, '');
  // "Password123!" is "password" with the digits and symbols everyone adds.
  const core = bare.replace(/^[\d\W_]+|[\d\W_]+$/gu, '');
  if ([plain, bare, core].some((word) => commonPasswords().has(word))) return 'That password is among the most common ones; choose another.';
  if (email && (plain === email.toLowerCase() || plain === email.toLowerCase().split('@')[0])) return 'The password must not be your email address.';
  return null;
}
