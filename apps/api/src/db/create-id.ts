import { randomBytes } from "node:crypto";

/** The prefixes of every kind of id, so an id says what it names. */
export type IdPrefix =
  | "org"
  | "usr"
  | "ses"
  | "tok"
  | "aud"
  | "acc"
  | "svc"
  | "ctr"
  | "cln"
  | "dec"
  | "int"
  | "vac"
  | "vsv"
  | "syn"
  | "usn";

let lastTime = 0;
let sequence = 0;

/**
 * Creates a new id: the prefix, a time part and a sequence (so ids made by this process sort by
 * creation, which keyset pagination relies on, even within one millisecond or under a frozen test
 * clock) and 8 random bytes. The only place ids are made.
 *
 * @example createId("acc", new Date()) // "acc_0190f5c2a1b30000…"
 */
export function createId(prefix: IdPrefix, now: Date = new Date()): string {
  const time = Math.max(now.getTime(), lastTime);
  sequence = time === lastTime ? sequence + 1 : 0;
  if (sequence > 0xffff) return createId(prefix, new Date(time + 1));
  lastTime = time;
  const timeHex = time.toString(16).padStart(12, "0");
  return `${prefix}_${timeHex}${sequence.toString(16).padStart(4, "0")}${randomBytes(8).toString("hex")}`;
}
