import { randomBytes } from "node:crypto";

/** The prefixes of every kind of id, so an id says what it names. */
export type IdPrefix = "org" | "usr" | "ses" | "tok" | "aud" | "acc" | "svc" | "ctr" | "cln";

/**
 * Creates a new id: the prefix, a time part (so ids sort by creation, which keyset pagination
 * relies on) and 10 random bytes. The only place ids are made.
 *
 * @example createId("acc", new Date()) // "acc_0190f5c2a1b3_4k2v…"
 */
export function createId(prefix: IdPrefix, now: Date = new Date()): string {
  const time = now.getTime().toString(16).padStart(12, "0");
  return `${prefix}_${time}${randomBytes(10).toString("hex")}`;
}
