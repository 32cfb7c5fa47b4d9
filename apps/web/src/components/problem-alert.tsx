import { type JSX, Show } from "solid-js";
import { toApiProblem } from "../api/api-problem.ts";
import { describeProblem } from "../lib/describe-problem.ts";
import { Icon } from "./icon.tsx";

/**
 * An API error shown in place: what went wrong in words, the API's detail, field errors, and a
 * Retry button when the caller can retry. Never silent, never a raw stack.
 */
export function ProblemAlert(props: {
  error: unknown;
  onRetry?: () => void;
  context?: string | undefined;
  /** An id, so a field can point at the alert with aria-describedby. */
  id?: string;
  /** An extra class beside "alert alert-danger". */
  class?: string;
  /** Puts the problem's code on the alert as data-code, for a screen that styles or tests by it. */
  showCode?: boolean;
}): JSX.Element {
  const problem = () => toApiProblem(props.error);
  const described = () => describeProblem(problem(), props.context);
  return (
    <div
      id={props.id}
      class={props.class ? `alert alert-danger ${props.class}` : "alert alert-danger"}
      role="alert"
      data-code={props.showCode === true ? problem().code : undefined}
    >
      <span class="alert-icon">
        <Icon name="alert" />
      </span>
      <div class="alert-body">
        <p class="alert-title">{described().title}</p>
        <Show when={described().detail}>
          <p>{described().detail}</p>
        </Show>
        <Show when={described().hint}>
          <p>{described().hint}</p>
        </Show>
        <Show when={props.onRetry}>
          {(retry) => (
            <div>
              <button type="button" class="btn btn-sm" onClick={() => retry()()}>
                Retry
              </button>
            </div>
          )}
        </Show>
      </div>
    </div>
  );
}
