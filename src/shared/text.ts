/**
 * Whether a string a client sent holds a NUL (PostgreSQL cannot store it in text) or a lone
 * surrogate (not Unicode at all). Such strings are refused as BAD_USER_INPUT wherever they come.
 */
export function isBadString(text: string): boolean {
  return text.includes('\u0000') || !(text as string & { isWellFormed(): boolean }).isWellFormed();
}
