import * as v from "valibot";

/**
 * An email address as users type it: something@somewhere, trimmed and lower-cased. Looser than
 * valibot's `email()` on purpose, so the first-start owner `admin@localhost` can log in.
 */
export const EmailSchema = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.maxLength(320),
  v.regex(/^[^\s@]+@[^\s@]+$/, "must be an email address"),
);
