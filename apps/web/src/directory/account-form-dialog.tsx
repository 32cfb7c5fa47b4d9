import { createSignal, type JSX } from "solid-js";
import { createAccount, updateAccount } from "../api/accounts.ts";
import type { DirectoryAccount } from "../api/types.ts";
import type { FieldErrors } from "./field-errors.ts";
import { FormDialog } from "./form-dialog.tsx";
import { TextField } from "./text-field.tsx";
import { checkAccountForm } from "./validate-fields.ts";

/** Create or edit an account: name, PSA (external) id, domain, active. */
export function AccountFormDialog(props: {
  account: DirectoryAccount | null;
  onSaved: (account: DirectoryAccount) => void;
  onClose: () => void;
}): JSX.Element {
  const [name, setName] = createSignal(props.account?.name ?? "");
  const [externalId, setExternalId] = createSignal(props.account?.externalId ?? "");
  const [domain, setDomain] = createSignal(props.account?.domain ?? "");
  const [active, setActive] = createSignal(props.account?.active ?? true);
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const submit = async (): Promise<FieldErrors | undefined> => {
    const checked = checkAccountForm({ name: name(), externalId: externalId(), domain: domain(), active: active() });
    if (!checked.ok) return checked.errors;
    const saved = props.account
      ? await updateAccount(props.account.id, checked.value)
      : await createAccount(checked.value);
    props.onSaved(saved);
    return undefined;
  };
  return (
    <FormDialog
      title={props.account ? "Edit account" : "New account"}
      submitLabel={props.account ? "Save" : "Create account"}
      onClose={props.onClose}
      submit={submit}
      setErrors={setErrors}
      conflictField="externalId"
    >
      <TextField id="account-name" label="Name" required value={name()} onInput={setName} error={errors().name} />
      <TextField
        id="account-external-id"
        label="PSA id"
        value={externalId()}
        onInput={setExternalId}
        error={errors().externalId}
        hint="The customer's id in your PSA; unique."
      />
      <TextField
        id="account-domain"
        label="Domain"
        value={domain()}
        onInput={setDomain}
        error={errors().domain}
        placeholder="example.com"
        hint="Helps suggest the matching SpamTitan domain group."
      />
      <div class="field">
        <label class="checkbox">
          <input type="checkbox" checked={active()} onChange={(event) => setActive(event.currentTarget.checked)} />
          Active customer
        </label>
      </div>
    </FormDialog>
  );
}
