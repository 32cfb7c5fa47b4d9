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

/** The response hono-openapi adds to every validated route: our problem, code validation_failed. */
export const validationProblemSpec = {
  description: "Invalid input: problem+json with code validation_failed and one entry per field in errors",
  content: {
    "application/problem+json": {
      schema: {
        type: "object" as const,
        required: ["type", "title", "status", "code", "detail"],
        properties: {
          type: { type: "string" as const },
          title: { type: "string" as const },
          status: { type: "integer" as const },
          code: { type: "string" as const, const: "validation_failed" },
          detail: { type: "string" as const },
          errors: {
            type: "array" as const,
            items: {
              type: "object" as const,
              required: ["path", "message"],
              properties: { path: { type: "string" as const }, message: { type: "string" as const } },
            },
          },
        },
      },
    },
  },
};
