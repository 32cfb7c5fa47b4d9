import type { ApiProblem } from "../api/api-problem.ts";

/** A problem put into words for the person in front of the screen. */
export interface ProblemDescription {
  /** What went wrong, in one line. */
  title: string;
  /** The API's own explanation, when it sent one. */
  detail: string | null;
  /** What to do about it. */
  hint: string | null;
}

const known: Record<string, { title: string; hint: string | null }> = {
  vendor_auth_failed: {
    title: "SpamTitan refused the API key",
    hint: "Check that the key is copied in full and still active, or generate a new one in SpamTitan: Settings → User Management → RestAPI Keys.",
  },
  vendor_unreachable: {
    title: "SpamTitan could not be reached at this API URL",
    hint: "Check the address and that your SpamTitan server accepts connections from Tally.",
  },
  vendor_not_spamtitan: {
    title: "This URL does not answer like a SpamTitan API",
    hint: "Use the address of your SpamTitan server's REST API, e.g. https://spamtitan.example.com/restapi.",
  },
  vendor_forbidden: {
    title: "This API key may not read billing data",
    hint: "Use a key of an Administrator; a Domain Group Administrator key sees only some domain groups.",
  },
  vendor_timeout: {
    title: "SpamTitan did not answer in time",
    hint: "Try again in a moment; if it keeps happening, check the SpamTitan server.",
  },
  vendor_rate_limited: {
    title: "SpamTitan is limiting requests right now",
    hint: "Wait a minute, then try again.",
  },
  vendor_error: {
    title: "SpamTitan answered with an error",
    hint: "Try again in a moment; if it keeps happening, check the SpamTitan server.",
  },
  invalid_credentials: { title: "The email or password is not correct", hint: null },
  unauthenticated: { title: "Your session has ended", hint: "Sign in again to continue." },
  csrf_rejected: {
    title: "The request was refused for your safety",
    hint: "Tally only accepts changes made from its own pages. Reload the page and try again.",
  },
  forbidden: { title: "Your role does not allow this", hint: "Ask an owner or admin of your organization." },
  not_found: { title: "This no longer exists", hint: "It may have been removed in the meantime. Reload the page." },
  conflict: { title: "This changed in the meantime", hint: "Reload to see the current state, then try again." },
  network_error: { title: "Tally could not be reached", hint: "Check your connection and try again." },
  server_error: { title: "Something went wrong on the server", hint: "Try again in a moment." },
  invalid_response: { title: "The server sent an unexpected answer", hint: "Try again in a moment." },
};

const genericCodes = new Set(["not_found", "conflict", "server_error", "invalid_response", "network_error"]);

/**
 * The words for an `ApiProblem`: each vendor failure says *which* problem it was (key refused,
 * URL unreachable, not a SpamTitan API, invalid URL), throttling says how long to wait.
 *
 * @example describeProblem(problem).title === "SpamTitan refused the API key"
 */
export function describeProblem(problem: ApiProblem, context?: string): ProblemDescription {
  if (problem.isThrottled) {
    const wait = problem.retryAfter;
    return {
      title: "Too many attempts",
      detail: problem.detail,
      hint:
        wait !== null && wait > 0
          ? `Wait ${wait === 1 ? "1 second" : wait < 90 ? `${wait} seconds` : `${Math.ceil(wait / 60)} minutes`} before trying again.`
          : "Wait a moment before trying again.",
    };
  }
  if (problem.code === "validation_failed") {
    const urlError = problem.fieldError("apiUrl");
    if (urlError)
      return { title: "The API URL is not valid", detail: urlError, hint: "Enter a full URL starting with https://." };
    const keyError = problem.fieldError("apiKey");
    if (keyError) return { title: "The API key is not valid", detail: keyError, hint: null };
    const fields = problem.errors.map((error) => (error.path ? `${error.path}: ${error.message}` : error.message));
    return {
      title: "Some of what you entered needs attention",
      detail: fields.length > 0 ? fields.join(" · ") : problem.detail,
      hint: null,
    };
  }
  const entry = known[problem.code];
  // A generic failure reads best as "what you were doing failed"; vendor and auth codes keep their own words.
  if (entry && context && genericCodes.has(problem.code)) {
    return { title: `${context} failed`, detail: problem.detail ?? entry.title, hint: entry.hint };
  }
  // The API's vendor messages already say what to check; our hint is for when it sent none.
  if (entry) return { title: entry.title, detail: problem.detail, hint: problem.detail ? null : entry.hint };
  if (context) return { title: `${context} failed`, detail: problem.detail ?? problem.title, hint: null };
  return { title: problem.title, detail: problem.detail, hint: null };
}
