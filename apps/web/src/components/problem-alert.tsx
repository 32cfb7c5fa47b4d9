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
}): JSX.Element {
  const described = () => describeProblem(toApiProblem(props.error), props.context);
  return (
    <div class="alert alert-danger" role="alert">
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
