import * as v from "valibot";

/** `:id` path parameters (ids are opaque strings). */
export const IdParam = v.object({ id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)) });
