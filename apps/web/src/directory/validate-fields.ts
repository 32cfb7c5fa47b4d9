import type { AccountFields } from "../api/accounts.ts";
import type { ServiceFields } from "../api/services.ts";
import type { FieldErrors } from "./field-errors.ts";

/** A form's values checked before sending: the typed value, or the messages per field. */
export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

const domainPattern = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

function optional(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === "" ? null : trimmed;
}

/**
 * Checks the account form the way the API will (name required, domain like example.com), so
 * most mistakes show before a round trip; the API's answer still wins.
 *
 * @example checkAccountForm({ name: "", externalId: "", domain: "", active: true }).ok === false
 */
export function checkAccountForm(form: {
  name: string;
  externalId: string;
  domain: string;
  active: boolean;
}): Checked<AccountFields> {
  const errors: FieldErrors = {};
  const name = form.name.trim();
  if (name === "") errors.name = "Enter the account's name.";
  else if (name.length > 200) errors.name = "Use at most 200 characters.";
  const domain = optional(form.domain)?.toLowerCase() ?? null;
  if (domain !== null && !domainPattern.test(domain)) errors.domain = "Use a domain like example.com.";
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { name, externalId: optional(form.externalId), domain, active: form.active } };
}

/** Reads a money field: a number from 0 with at most 4 decimals, or null when it is not one. */
export function parseMoney(text: string): number | null {
  const trimmed = text.trim().replace(",", ".");
  if (!/^\d+(\.\d{1,4})?$/.test(trimmed)) return null;
  return Number(trimmed);
}

/**
 * Checks the service form: a name, and a unit price and cost that are amounts from 0 with at
 * most 4 decimals (cost defaults to 0).
 *
 * @example checkServiceForm({ name: "Email", sku: "", unitPrice: "2.5", unitCost: "" }).ok === true
 */
export function checkServiceForm(form: {
  name: string;
  sku: string;
  unitPrice: string;
  unitCost: string;
}): Checked<ServiceFields> {
  const errors: FieldErrors = {};
  const name = form.name.trim();
  if (name === "") errors.name = "Enter the service's name.";
  const unitPrice = parseMoney(form.unitPrice);
  if (unitPrice === null) errors.unitPrice = "Enter a price like 2.50 (0 or more, up to 4 decimals).";
  const unitCost = form.unitCost.trim() === "" ? 0 : parseMoney(form.unitCost);
  if (unitCost === null) errors.unitCost = "Enter a cost like 1.20 (0 or more, up to 4 decimals).";
  if (unitPrice === null || unitCost === null || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { name, sku: optional(form.sku), unitPrice, unitCost } };
}
