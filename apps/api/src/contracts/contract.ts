import * as v from "valibot";
import type { ContractLineRow, ContractRow } from "../db/database.ts";
import { fromDecimalText, MoneySchema } from "../services/money.ts";

const statuses = ["active", "draft", "ended"] as const;
const DateText = v.pipe(v.string(), v.isoDate("must be a date YYYY-MM-DD"));
const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(100));

/** A contract as the API returns it. */
export const ContractSchema = v.object({
  id: v.string(),
  accountId: v.string(),
  accountName: v.string(),
  name: v.string(),
  status: v.picklist(statuses),
  startDate: v.string(),
  endDate: v.nullable(v.string()),
  createdAt: v.string(),
  updatedAt: v.string(),
});

/** A contract as the API returns it. */
export type Contract = v.InferOutput<typeof ContractSchema>;

/** The body of POST /contracts. */
export const NewContractSchema = v.object({
  accountId: Id,
  name: v.pipe(v.string(), v.trim(), v.minLength(1, "must not be empty"), v.maxLength(200)),
  status: v.optional(v.picklist(statuses)),
  startDate: DateText,
  endDate: v.optional(v.nullable(DateText)),
});

/** A new contract's fields. */
export type NewContract = v.InferOutput<typeof NewContractSchema>;

/** The body of PATCH /contracts/:id. */
export const ContractPatchSchema = v.partial(NewContractSchema);

/** The fields a contract update may change. */
export type ContractPatch = v.InferOutput<typeof ContractPatchSchema>;

/** Maps a stored contract row (with its account's name) to its API shape. */
export function rowToContract(row: ContractRow & { account_name: string }): Contract {
  return {
    id: row.id,
    accountId: row.account_id,
    accountName: row.account_name,
    name: row.name,
    status: row.status,
    startDate: row.start_date,
    endDate: row.end_date,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A contract line as the API returns it. */
export const ContractLineSchema = v.object({
  id: v.string(),
  contractId: v.string(),
  serviceId: v.string(),
  quantity: v.number(),
  unitPrice: v.number(),
  createdAt: v.string(),
  updatedAt: v.string(),
});

/** A contract line as the API returns it. */
export type ContractLine = v.InferOutput<typeof ContractLineSchema>;

const Quantity = v.pipe(v.number(), v.integer("must be a whole number"), v.minValue(0), v.maxValue(10_000_000));

/** The body of POST /contracts/:id/lines; unitPrice defaults to the service's. */
export const NewContractLineSchema = v.object({
  serviceId: Id,
  quantity: Quantity,
  unitPrice: v.optional(MoneySchema),
});

/** A new contract line's fields. */
export type NewContractLine = v.InferOutput<typeof NewContractLineSchema>;

/** The body of PATCH /contract-lines/:id. */
export const ContractLinePatchSchema = v.partial(NewContractLineSchema);

/** The fields a contract line update may change. */
export type ContractLinePatch = v.InferOutput<typeof ContractLinePatchSchema>;

/** Maps a stored contract line row to its API shape. */
export function rowToContractLine(row: ContractLineRow): ContractLine {
  return {
    id: row.id,
    contractId: row.contract_id,
    serviceId: row.service_id,
    quantity: row.quantity,
    unitPrice: fromDecimalText(row.unit_price),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
