import { userError } from '../graphql/errors';
import { checkedText } from './input';

export const MAX_SKILLS = 20;
export const MAX_SKILL_LENGTH = 50;
const SKILL = /^[\p{L}\p{N}][\p{L}\p{N} +#./&-]*$/u;

/**
 * Skills of a public profile (a team's or a freelancer's): at most MAX_SKILLS, each 1 to
 * MAX_SKILL_LENGTH letters, digits, spaces and `+#./&-` (e.g. "c++", "node.js"), stored
 * lower-cased and without repeats so that the directory matches them whatever their case.
 * Anything else is `code` (the domain's INVALID_SKILLS).
 */
export function checkedSkills(code: string, values: readonly string[], field: string[]): string[] {
  const skills = [...new Set(values.map((value) => value.trim().replace(/\s+/g, ' ').toLowerCase()))];
  const bad = skills.find((skill) => !skill || skill.length > MAX_SKILL_LENGTH || !SKILL.test(skill));
  if (bad !== undefined || skills.length > MAX_SKILLS) {
    throw userError(code, `Give at most ${MAX_SKILLS} skills, each 1 to ${MAX_SKILL_LENGTH} letters, digits, spaces or + # . / & -.`, field);
  }
  return skills;
}

/**
 * A text[] literal of checked skills, for a `?::text[]` parameter (an array parameter would be
 * expanded into a list). Skills hold no quotes or backslashes, so quoting each is enough.
 */
export function skillsLiteral(skills: readonly string[]): string {
  return `{${skills.map((skill) => `"${skill}"`).join(',')}}`;
}

/** A public headline: up to 200 characters; empty clears it (null). */
export function checkedHeadline(value: string, field: string[]): string | null {
  return checkedText(value, 200, field, 'The headline', true) || null;
}
