import { ApiProblem } from "../api/api-problem.ts";

/** Messages per form field; `""` holds what belongs to no field. */
export type FieldErrors = Record<string, string>;

/**
 * Maps a `validation_failed` problem's field errors onto form fields (`unitPrice` →
 * "unitPrice"), prefixing the field's label is left to the form; a 409 names `conflictField`
 * when given (e.g. an external id taken). Anything else yields no field errors.
 *
 * @example fieldErrorsOf(problem, { conflictField: "externalId" }).name
 */
export function fieldErrorsOf(error: unknown, options: { conflictField?: string } = {}): FieldErrors {
  if (!(error instanceof ApiProblem)) return {};
  const errors: FieldErrors = {};
  for (const issue of error.errors) {
    const field = issue.path.split(".")[0] ?? "";
    if (errors[field] === undefined) errors[field] = capitalise(issue.message);
  }
  if (error.status === 409 && options.conflictField && errors[options.conflictField] === undefined) {
    errors[options.conflictField] = error.detail ?? error.title;
  }
  return errors;
}

function capitalise(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}
