/** An expected failure returned as a value: a stable `code` and a human `message`. */
export interface Rejection<Code extends string> {
  readonly ok: false;
  readonly code: Code;
  readonly message: string;
}

/** Builds a {@link Rejection}. */
export function reject<Code extends string>(code: Code, message: string): Rejection<Code> {
  return { ok: false, code, message };
}
