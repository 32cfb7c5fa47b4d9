import { For, type JSX } from "solid-js";
import { Icon } from "./icon.tsx";

/**
 * The wizard's steps as an ordered list; the current one carries `aria-current="step"`, done
 * ones a check mark.
 */
export function StepIndicator(props: { steps: readonly string[]; current: number }): JSX.Element {
  return (
    <nav aria-label="Setup progress">
      <ol class="steps">
        <For each={props.steps}>
          {(step, index) => {
            const state = () => (index() < props.current ? "done" : index() === props.current ? "current" : "todo");
            return (
              <li class="step" data-state={state()} aria-current={state() === "current" ? "step" : undefined}>
                <span class="step-marker" aria-hidden="true">
                  {state() === "done" ? <Icon name="check" size={12} /> : index() + 1}
                </span>
                <span class="step-label">
                  {step}
                  {state() === "done" ? <span class="visually-hidden"> (done)</span> : null}
                </span>
              </li>
            );
          }}
        </For>
      </ol>
    </nav>
  );
}
