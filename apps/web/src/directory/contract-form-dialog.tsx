import { createSignal, For, type JSX } from "solid-js";
import { createContract, updateContract } from "../api/contracts.ts";
import type { Contract, ContractStatus, DirectoryAccount } from "../api/types.ts";
import type { FieldErrors } from "./field-errors.ts";
import { FormDialog } from "./form-dialog.tsx";
import { TextField } from "./text-field.tsx";

const today = () => new Date().toISOString().slice(0, 10);

/** Create or edit a contract: the account, a name, status, start and optional end date. */
export function ContractFormDialog(props: {
  contract: Contract | null;
  accounts: readonly DirectoryAccount[];
  onSaved: (contract: Contract) => void;
  onClose: () => void;
}): JSX.Element {
  const [accountId, setAccountId] = createSignal(props.contract?.accountId ?? "");
  const [name, setName] = createSignal(props.contract?.name ?? "");
  const [status, setStatus] = createSignal<ContractStatus>(props.contract?.status ?? "active");
  const [startDate, setStartDate] = createSignal(props.contract?.startDate ?? today());
  const [endDate, setEndDate] = createSignal(props.contract?.endDate ?? "");
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const submit = async (): Promise<FieldErrors | undefined> => {
    const found: FieldErrors = {};
    if (accountId() === "") found.accountId = "Choose the customer account.";
    if (name().trim() === "") found.name = "Enter a name, e.g. “Managed services”.";
    if (startDate() === "") found.startDate = "Choose the start date.";
    if (endDate() !== "" && endDate() < startDate()) found.endDate = "The end date must be after the start date.";
    if (Object.keys(found).length > 0) return found;
    const fields = {
      accountId: accountId(),
      name: name().trim(),
      status: status(),
      startDate: startDate(),
      endDate: endDate() === "" ? null : endDate(),
    };
    const saved = props.contract ? await updateContract(props.contract.id, fields) : await createContract(fields);
    props.onSaved(saved);
    return undefined;
  };
  return (
    <FormDialog
      title={props.contract ? "Edit contract" : "New contract"}
      submitLabel={props.contract ? "Save" : "Create contract"}
      onClose={props.onClose}
      submit={submit}
      setErrors={setErrors}
    >
      <div class="field">
        <label class="label" for="contract-account">
          Account
        </label>
        <select
          id="contract-account"
          class="input"
          value={accountId()}
          onChange={(event) => setAccountId(event.currentTarget.value)}
          aria-invalid={errors().accountId ? "true" : undefined}
          aria-describedby={errors().accountId ? "contract-account-error" : undefined}
        >
          <option value="">Choose an account…</option>
          <For each={props.accounts}>{(account) => <option value={account.id}>{account.name}</option>}</For>
        </select>
        {errors().accountId ? (
          <p id="contract-account-error" class="field-error">
            {errors().accountId}
          </p>
        ) : null}
      </div>
      <TextField id="contract-name" label="Name" required value={name()} onInput={setName} error={errors().name} />
      <div class="field">
        <label class="label" for="contract-status">
          Status
        </label>
        <select
          id="contract-status"
          class="input"
          value={status()}
          onChange={(event) => setStatus(event.currentTarget.value as ContractStatus)}
        >
          <option value="active">Active</option>
          <option value="draft">Draft</option>
          <option value="ended">Ended</option>
        </select>
      </div>
      <div class="field-pair">
        <TextField
          id="contract-start"
          label="Start date"
          type="date"
          required
          value={startDate()}
          onInput={setStartDate}
          error={errors().startDate}
        />
        <TextField
          id="contract-end"
          label="End date"
          type="date"
          value={endDate()}
          onInput={setEndDate}
          error={errors().endDate}
        />
      </div>
    </FormDialog>
  );
}
