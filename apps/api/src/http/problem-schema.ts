import { resolver } from "hono-openapi";
import * as v from "valibot";

/** The problem+json body, for OpenAPI. */
export const ProblemSchema = v.object({
  type: v.string(),
  title: v.string(),
  status: v.number(),
  code: v.string(),
  detail: v.string(),
  errors: v.optional(v.array(v.object({ path: v.string(), message: v.string() }))),
});

/** An OpenAPI response whose body is a problem. */
export function problemResponseSpec(description: string) {
  return { description, content: { "application/problem+json": { schema: resolver(ProblemSchema) } } };
}

/** An OpenAPI JSON response with a valibot schema. */
export function jsonResponseSpec(description: string, schema: v.GenericSchema) {
  return { description, content: { "application/json": { schema: resolver(schema) } } };
}

/** The error responses every authenticated route may give. */
export const authProblems = {
  401: problemResponseSpec("Not authenticated"),
  403: problemResponseSpec("Role too low, or a cookie write without a matching Origin"),
};
