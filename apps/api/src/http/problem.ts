import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ApiError, type ApiErrorCode, type FieldError } from "./api-error.ts";
import type { AppEnv } from "./app-env.ts";

/** The body of every error response (RFC 9457). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ApiErrorCode;
  detail: string;
  errors?: FieldError[];
}

const titles: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  413: "Payload Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
};

function codeForStatus(status: number): ApiErrorCode {
  if (status === 401) return "unauthenticated";
  if (status === 403) return "forbidden";
  if (status === 404) return "not_found";
  if (status === 409) return "conflict";
  if (status >= 500) return "internal_error";
  return "malformed_request";
}

/** Builds the problem body for a status and code. */
export function toProblem(status: number, code: ApiErrorCode, detail: string, errors?: FieldError[]): Problem {
  return {
    type: `https://tally.invalid/problems/${code}`,
    title: titles[status] ?? "Error",
    status,
    code,
    detail,
    ...(errors ? { errors } : {}),
  };
}

/** Writes a problem+json response. */
export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { ...headers, "content-type": "application/problem+json" },
  });
}

/**
 * The app's single error handler: ApiError and HTTPException become their problem; anything
 * else is logged and answered with a 500 that reveals nothing.
 */
export function handleError(error: Error, c: Context<AppEnv>): Response {
  if (error instanceof ApiError) {
    const problem = { ...error.extensions, ...toProblem(error.status, error.code, error.message, error.errors) };
    return problemResponse(problem, error.headers);
  }
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    return problemResponse(toProblem(status, codeForStatus(status), error.message || (titles[status] ?? "Error")));
  }
  c.var.deps?.logger.error("unhandled error", { path: c.req.path, error: String(error), stack: error.stack });
  return problemResponse(toProblem(500, "internal_error", "Something went wrong; it has been logged."));
}
