import { createSignal, type JSX } from "solid-js";
import { createService, updateService } from "../api/services.ts";
import type { DirectoryService } from "../api/types.ts";
import type { FieldErrors } from "./field-errors.ts";
import { FormDialog } from "./form-dialog.tsx";
import { TextField } from "./text-field.tsx";
import { checkServiceForm } from "./validate-fields.ts";

/** Create or edit a catalog service: name, SKU, unit price and unit cost. */
export function ServiceFormDialog(props: {
  service: DirectoryService | null;
  onSaved: (service: DirectoryService) => void;
  onClose: () => void;
}): JSX.Element {
  const [name, setName] = createSignal(props.service?.name ?? "");
  const [sku, setSku] = createSignal(props.service?.sku ?? "");
  const [unitPrice, setUnitPrice] = createSignal(props.service ? String(props.service.unitPrice) : "");
  const [unitCost, setUnitCost] = createSignal(props.service ? String(props.service.unitCost) : "");
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const submit = async (): Promise<FieldErrors | undefined> => {
    const checked = checkServiceForm({ name: name(), sku: sku(), unitPrice: unitPrice(), unitCost: unitCost() });
    if (!checked.ok) return checked.errors;
    const saved = props.service
      ? await updateService(props.service.id, checked.value)
      : await createService(checked.value);
    props.onSaved(saved);
    return undefined;
  };
  return (
    <FormDialog
      title={props.service ? "Edit service" : "New service"}
      submitLabel={props.service ? "Save" : "Create service"}
      onClose={props.onClose}
      submit={submit}
      setErrors={setErrors}
      conflictField="sku"
    >
      <TextField id="service-name" label="Name" required value={name()} onInput={setName} error={errors().name} />
      <TextField id="service-sku" label="SKU" value={sku()} onInput={setSku} error={errors().sku} />
      <div class="field-pair">
        <TextField
          id="service-price"
          label="Unit price"
          required
          inputMode="decimal"
          value={unitPrice()}
          onInput={setUnitPrice}
          error={errors().unitPrice}
        />
        <TextField
          id="service-cost"
          label="Unit cost"
          inputMode="decimal"
          value={unitCost()}
          onInput={setUnitCost}
          error={errors().unitCost}
        />
      </div>
    </FormDialog>
  );
}
