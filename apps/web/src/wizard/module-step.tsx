import { createUniqueId, type JSX } from "solid-js";

/** Step 1: choose the module to connect (SpamTitan offers Billing). */
export function ModuleStep(props: { vendorName: string; onContinue: () => void; onCancel: () => void }): JSX.Element {
  const descriptionId = createUniqueId();
  return (
    <form
      class="panel wizard-panel"
      onSubmit={(event) => {
        event.preventDefault();
        props.onContinue();
      }}
    >
      <div class="panel-body">
        <h2>Choose a module</h2>
        <p class="muted wizard-lead">Choose what you want {props.vendorName} to do in Tally.</p>
        <fieldset class="choice-group">
          <legend class="visually-hidden">Module</legend>
          <label class="choice is-selected">
            <input type="radio" name="module" value="billing" checked aria-describedby={descriptionId} />
            <span class="choice-text">
              <span class="choice-title">Billing</span>
              <span id={descriptionId} class="choice-description">
                Import each domain group's licence usage — the maximum over the past 30 days — and reconcile it against
                your contracts.
              </span>
            </span>
          </label>
        </fieldset>
      </div>
      <div class="panel-footer">
        <button type="button" class="btn" onClick={() => props.onCancel()}>
          Cancel
        </button>
        <button type="submit" class="btn btn-primary">
          Continue
        </button>
      </div>
    </form>
  );
}
