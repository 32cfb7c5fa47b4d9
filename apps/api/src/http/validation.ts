import type { Context } from "hono";
import { ApiError, type FieldError } from "./api-error.ts";

interface Issue {
  message: string;
  path?: ReadonlyArray<PropertyKey | { key: PropertyKey }> | undefined;
}

type HookResult = { success: true } | { success: false; error: ReadonlyArray<Issue>; target?: string };

function issueToFieldError(issue: Issue): FieldError {
  const path = (issue.path ?? []).map((segment) => String(typeof segment === "object" ? segment.key : segment));
  return { path: path.join("."), message: issue.message };
}

/**
 * The validator hook every route passes to hono-openapi's `validator`: a failed body is a 422,
 * a failed query/param/header a 400, both `validation_failed` with one entry per field.
 *
 * @example .post("/", validator("json", NewAccount, rejectInvalid), (c) => …)
 */
export function rejectInvalid(result: HookResult, c: Context): undefined {
  if (result.success) return undefined;
  const target = "target" in result ? result.target : undefined;
  const isBody = target === "json" || target === "form";
  throw new ApiError(
    isBody ? 422 : 400,
    "validation_failed",
    `The ${isBody ? "request body" : (target ?? "request")} is invalid for ${c.req.method} ${c.req.path}.`,
    { errors: result.error.map(issueToFieldError) },
  );
}
