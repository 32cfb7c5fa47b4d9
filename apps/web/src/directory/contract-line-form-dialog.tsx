import { createSignal, For, type JSX } from "solid-js";
import { createContractLine, updateContractLine } from "../api/contracts.ts";
import type { Contract, ContractLine, DirectoryService } from "../api/types.ts";
import { parseQuantity } from "../reconcile/parse-quantity.ts";
import type { FieldErrors } from "./field-errors.ts";
import { FormDialog } from "./form-dialog.tsx";
import { TextField } from "./text-field.tsx";
import { parseMoney } from "./validate-fields.ts";

/** Add or edit a contract line: the service, the billed quantity, and a unit price (the service's by default). */
export function ContractLineFormDialog(props: {
  contract: Contract;
  line: ContractLine | null;
  services: readonly DirectoryService[];
  onSaved: (line: ContractLine) => void;
  onClose: () => void;
}): JSX.Element {
  const [serviceId, setServiceId] = createSignal(props.line?.serviceId ?? "");
  const [quantity, setQuantity] = createSignal(props.line ? String(props.line.quantity) : "");
  const [unitPrice, setUnitPrice] = createSignal(props.line ? String(props.line.unitPrice) : "");
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const submit = async (): Promise<FieldErrors | undefined> => {
    const found: FieldErrors = {};
    if (serviceId() === "") found.serviceId = "Choose the service billed on this line.";
    const parsedQuantity = parseQuantity(quantity());
    if (!parsedQuantity.ok) found.quantity = parsedQuantity.message;
    const price = unitPrice().trim() === "" ? undefined : parseMoney(unitPrice());
    if (price === null) found.unitPrice = "Enter a price like 2.50, or leave empty for the service's price.";
    if (Object.keys(found).length > 0 || !parsedQuantity.ok || price === null) return found;
    const fields = {
      serviceId: serviceId(),
      quantity: parsedQuantity.value,
      ...(price === undefined ? {} : { unitPrice: price }),
    };
    const saved = props.line
      ? await updateContractLine(props.line.id, fields)
      : await createContractLine(props.contract.id, fields);
    props.onSaved(saved);
    return undefined;
  };
  return (
    <FormDialog
      title={props.line ? "Edit line" : "Add line"}
      description={
        <>
          On {props.contract.name} of {props.contract.accountName}.
        </>
      }
      submitLabel={props.line ? "Save" : "Add line"}
      onClose={props.onClose}
      submit={submit}
      setErrors={setErrors}
    >
      <div class="field">
        <label class="label" for="line-service">
          Service
        </label>
        <select
          id="line-service"
          class="input"
          value={serviceId()}
          onChange={(event) => setServiceId(event.currentTarget.value)}
          aria-invalid={errors().serviceId ? "true" : undefined}
          aria-describedby={errors().serviceId ? "line-service-error" : undefined}
        >
          <option value="">Choose a service…</option>
          <For each={props.services}>{(service) => <option value={service.id}>{service.name}</option>}</For>
        </select>
        {errors().serviceId ? (
          <p id="line-service-error" class="field-error">
            {errors().serviceId}
          </p>
        ) : null}
      </div>
      <div class="field-pair">
        <TextField
          id="line-quantity"
          label="Quantity"
          required
          inputMode="numeric"
          value={quantity()}
          onInput={setQuantity}
          error={errors().quantity}
        />
        <TextField
          id="line-price"
          label="Unit price"
          inputMode="decimal"
          value={unitPrice()}
          onInput={setUnitPrice}
          error={errors().unitPrice}
          hint="Empty: the service's price."
        />
      </div>
    </FormDialog>
  );
}
