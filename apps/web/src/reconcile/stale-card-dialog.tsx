import { createSignal, type JSX, Show } from "solid-js";
import type { ReconciliationCard } from "../api/types.ts";
import { Dialog } from "../components/dialog.tsx";
import { ProblemAlert } from "../components/problem-alert.tsx";
import { formatQuantity, formatSignedMoney } from "./format-delta.ts";

/**
 * Someone else changed the card since it was loaded: the old and fresh quantities side by side,
 * and the question whether to apply the same decision to the fresh values.
 */
export function StaleCardDialog(props: {
  previous: ReconciliationCard;
  fresh: ReconciliationCard;
  actionLabel: string;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}): JSX.Element {
  const [error, setError] = createSignal<unknown>(null);
  const [busy, setBusy] = createSignal(false);
  const confirm = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await props.onConfirm();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      title="This card changed"
      role="alertdialog"
      description={
        <>
          {props.fresh.accountName} · {props.fresh.serviceName} was changed after you loaded it. Check the fresh values.
        </>
      }
      onClose={props.onClose}
      dismissible={!busy()}
    >
      <table class="compare-table">
        <caption class="visually-hidden">Values you saw and fresh values</caption>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">You saw</th>
            <th scope="col">Now</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">PSA quantity</th>
            <td class="numeric">{formatQuantity(props.previous.psaQuantity)}</td>
            <td class="numeric">{formatQuantity(props.fresh.psaQuantity)}</td>
          </tr>
          <tr>
            <th scope="row">Vendor quantity</th>
            <td class="numeric">{formatQuantity(props.previous.vendorQuantity)}</td>
            <td class="numeric">{formatQuantity(props.fresh.vendorQuantity)}</td>
          </tr>
          <tr>
            <th scope="row">Revenue delta</th>
            <td class="numeric">{formatSignedMoney(props.previous.revenueDelta)}</td>
            <td class="numeric">{formatSignedMoney(props.fresh.revenueDelta)}</td>
          </tr>
        </tbody>
      </table>
      <Show when={props.fresh.status === "decided"}>
        <p class="alert alert-info">Someone already decided this card.</p>
      </Show>
      <Show when={error()}>
        <div class="dialog-alert">
          <ProblemAlert error={error()} />
        </div>
      </Show>
      <div class="dialog-inline-footer">
        <button type="button" class="btn" onClick={props.onClose} disabled={busy()}>
          Keep the fresh values
        </button>
        <Show when={props.fresh.status === "open"}>
          <button type="button" class="btn btn-primary" onClick={() => void confirm()} disabled={busy()}>
            {props.actionLabel} with the fresh values
          </button>
        </Show>
      </div>
    </Dialog>
  );
}
