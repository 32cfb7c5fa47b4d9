import * as v from "valibot";
import { NewAccountSchema } from "../accounts/account.ts";
import { createAccountInTransaction, updateAccountInTransaction } from "../accounts/accounts.service.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { WriteContext } from "../audit/write-context.ts";
import { NewContractLineSchema } from "../contracts/contract.ts";
import {
  createContractInTransaction,
  createContractLineInTransaction,
  updateContractLineInTransaction,
} from "../contracts/contracts.service.ts";
import { parseCsv } from "../csv/parse-csv.ts";
import type { AccountRow, ServiceRow } from "../db/database.ts";
import type { Db } from "../db/open-database.ts";
import { ApiError } from "../http/api-error.ts";
import { fromDecimalText, toDecimalText } from "../services/money.ts";
import { NewServiceSchema } from "../services/service.ts";
import { createServiceInTransaction, updateServiceInTransaction } from "../services/services.service.ts";

/** What happened (or would happen) to one CSV row. */
export interface ImportRowResult {
  /** The record's line number in the file (the header is line 1). */
  line: number;
  type: string;
  action: "created" | "updated" | "unchanged" | "rejected";
  id: string | null;
  reason: string | null;
}

/** The outcome of a directory import. */
export interface ImportResult {
  dryRun: boolean;
  applied: boolean;
  summary: Record<ImportRowResult["action"], number>;
  rows: ImportRowResult[];
}

type Fields = Record<string, string>;

const columns = [
  "type",
  "name",
  "external_id",
  "domain",
  "active",
  "sku",
  "unit_price",
  "unit_cost",
  "account",
  "contract",
  "service",
  "quantity",
  "unit_price",
  "start_date",
];

function normaliseHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

function optional(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === "" ? undefined : trimmed;
}

function parseNumber(value: string | undefined): number | string | undefined {
  const text = optional(value);
  if (text === undefined) return undefined;
  const n = Number(text);
  return Number.isFinite(n) && /^-?\d+(\.\d+)?$/.test(text) ? n : text;
}

function parseActive(value: string | undefined): boolean | string | undefined {
  const text = optional(value)?.toLowerCase();
  if (text === undefined) return undefined;
  if (["1", "true", "yes", "y", "active"].includes(text)) return true;
  if (["0", "false", "no", "n", "inactive"].includes(text)) return false;
  return text;
}

function issuesToReason(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .map((issue) => `${(v.getDotPath(issue) ?? "row").replace(/([A-Z])/g, "_$1").toLowerCase()}: ${issue.message}`)
    .join("; ");
}

function reject(reason: string): never {
  throw new ApiError(422, "validation_failed", reason);
}

async function findOne<T extends { id: string }>(
  rows: Promise<T[]>,
  what: string,
  key: string,
): Promise<T | undefined> {
  const found = await rows;
  if (found.length > 1) reject(`${found.length} ${what}s match "${key}"; use a unique external id or SKU`);
  return found[0];
}

function findAccount(trx: Db, org: string, key: string) {
  return findOne<AccountRow>(
    trx
      .selectFrom("accounts")
      .selectAll()
      .where("organization_id", "=", org)
      .where((eb) => eb.or([eb("external_id", "=", key), eb("name", "=", key)]))
      .execute()
      .then((rows) => {
        const byExternal = rows.filter((r) => r.external_id === key);
        return byExternal.length > 0 ? byExternal : rows;
      }),
    "account",
    key,
  );
}

function findAccountByName(trx: Db, org: string, name: string) {
  return findOne(
    trx.selectFrom("accounts").selectAll().where("organization_id", "=", org).where("name", "=", name).execute(),
    "account",
    name,
  );
}

function findService(trx: Db, org: string, key: string) {
  return findOne<ServiceRow>(
    trx
      .selectFrom("services")
      .selectAll()
      .where("organization_id", "=", org)
      .where((eb) => eb.or([eb("sku", "=", key), eb("name", "=", key)]))
      .execute()
      .then((rows) => {
        const bySku = rows.filter((r) => r.sku === key);
        return bySku.length > 0 ? bySku : rows;
      }),
    "service",
    key,
  );
}

async function importAccount(trx: Db, ctx: WriteContext, f: Fields): Promise<Omit<ImportRowResult, "line" | "type">> {
  const parsed = v.safeParse(NewAccountSchema, {
    name: f.name ?? "",
    externalId: optional(f.external_id),
    domain: optional(f.domain),
    active: parseActive(f.active),
  });
  if (!parsed.success) reject(issuesToReason(parsed.issues));
  const input = parsed.output;
  const existing =
    input.externalId != null
      ? await trx
          .selectFrom("accounts")
          .selectAll()
          .where("organization_id", "=", ctx.organizationId)
          .where("external_id", "=", input.externalId)
          .executeTakeFirst()
      : await findAccountByName(trx, ctx.organizationId, input.name);
  if (!existing) return { action: "created", id: (await createAccountInTransaction(trx, ctx, input)).id, reason: null };
  const changes = {
    ...(existing.name !== input.name ? { name: input.name } : {}),
    ...(input.domain !== undefined && existing.domain !== input.domain ? { domain: input.domain } : {}),
    ...(input.active !== undefined && (existing.active === 1) !== input.active ? { active: input.active } : {}),
  };
  if (Object.keys(changes).length === 0) return { action: "unchanged", id: existing.id, reason: null };
  await updateAccountInTransaction(trx, ctx, existing.id, changes);
  return { action: "updated", id: existing.id, reason: null };
}

async function importService(trx: Db, ctx: WriteContext, f: Fields): Promise<Omit<ImportRowResult, "line" | "type">> {
  const parsed = v.safeParse(NewServiceSchema, {
    name: f.name ?? "",
    sku: optional(f.sku),
    unitPrice: parseNumber(f.unit_price),
    unitCost: parseNumber(f.unit_cost),
  });
  if (!parsed.success) reject(issuesToReason(parsed.issues));
  const input = parsed.output;
  const existing =
    input.sku != null
      ? await trx
          .selectFrom("services")
          .selectAll()
          .where("organization_id", "=", ctx.organizationId)
          .where("sku", "=", input.sku)
          .executeTakeFirst()
      : await findOne(
          trx
            .selectFrom("services")
            .selectAll()
            .where("organization_id", "=", ctx.organizationId)
            .where("name", "=", input.name)
            .execute(),
          "service",
          input.name,
        );
  if (!existing) return { action: "created", id: (await createServiceInTransaction(trx, ctx, input)).id, reason: null };
  const changes = {
    ...(existing.name !== input.name ? { name: input.name } : {}),
    ...(existing.unit_price !== toDecimalText(input.unitPrice) ? { unitPrice: input.unitPrice } : {}),
    ...(input.unitCost !== undefined && existing.unit_cost !== toDecimalText(input.unitCost)
      ? { unitCost: input.unitCost }
      : {}),
  };
  if (Object.keys(changes).length === 0) return { action: "unchanged", id: existing.id, reason: null };
  await updateServiceInTransaction(trx, ctx, existing.id, changes);
  return { action: "updated", id: existing.id, reason: null };
}

async function importContractLine(
  trx: Db,
  ctx: WriteContext,
  f: Fields,
): Promise<Omit<ImportRowResult, "line" | "type">> {
  const accountKey = optional(f.account) ?? reject("account: give the account's external id or exact name");
  const serviceKey = optional(f.service) ?? reject("service: give the service's SKU or exact name");
  const account =
    (await findAccount(trx, ctx.organizationId, accountKey)) ?? reject(`account: no account "${accountKey}"`);
  const service =
    (await findService(trx, ctx.organizationId, serviceKey)) ?? reject(`service: no service "${serviceKey}"`);
  const parsed = v.safeParse(NewContractLineSchema, {
    serviceId: service.id,
    quantity: parseNumber(f.quantity),
    unitPrice: parseNumber(f.unit_price),
  });
  if (!parsed.success) reject(issuesToReason(parsed.issues));
  const input = parsed.output;
  const namedContract = optional(f.contract);
  const contracts = await trx
    .selectFrom("contracts")
    .selectAll()
    .where("organization_id", "=", ctx.organizationId)
    .where("account_id", "=", account.id)
    .$if(namedContract !== undefined, (q) => q.where("name", "=", namedContract ?? ""))
    .orderBy("id")
    .execute();
  const lines = await trx
    .selectFrom("contract_lines")
    .selectAll()
    .where("organization_id", "=", ctx.organizationId)
    .where("contract_id", "in", contracts.map((c) => c.id).concat([""]))
    .where("service_id", "=", service.id)
    .execute();
  if (lines.length > 1) {
    reject(
      `"${account.name}" has ${lines.length} lines for "${service.name}"${namedContract ? ` on "${namedContract}"` : ""}; name the contract or edit them by hand`,
    );
  }
  let contractId = lines[0]?.contract_id;
  if (contractId === undefined) {
    if (contracts.length > 1)
      reject(
        `contract: "${account.name}" has ${contracts.length} contracts${namedContract ? ` named "${namedContract}"` : ""}; name one`,
      );
    contractId = contracts[0]?.id;
  }
  if (contractId === undefined) {
    const startDate = optional(f.start_date) ?? ctx.now.toISOString().slice(0, 10);
    if (!v.is(v.pipe(v.string(), v.isoDate()), startDate)) reject("start_date: must be a date YYYY-MM-DD");
    const name = namedContract ?? "Main";
    contractId = (await createContractInTransaction(trx, ctx, { accountId: account.id, name, startDate })).id;
  }
  const line = lines[0];
  if (!line)
    return {
      action: "created",
      id: (await createContractLineInTransaction(trx, ctx, contractId, input)).id,
      reason: null,
    };
  const changes = {
    ...(line.quantity !== input.quantity ? { quantity: input.quantity } : {}),
    ...(input.unitPrice !== undefined && fromDecimalText(line.unit_price) !== input.unitPrice
      ? { unitPrice: input.unitPrice }
      : {}),
  };
  if (Object.keys(changes).length === 0) return { action: "unchanged", id: line.id, reason: null };
  await updateContractLineInTransaction(trx, ctx, line.id, changes);
  return { action: "updated", id: line.id, reason: null };
}

const importers = { account: importAccount, service: importService, contract_line: importContractLine };

/**
 * Imports accounts, services and contract lines from one CSV with a `type` column (account |
 * service | contract_line), in file order, so a line may use an account created above it. Every
 * row runs in one transaction; a dry run, or any rejected row, rolls all of it back, so an applied
 * import is all-or-nothing and matches its dry run.
 *
 * @example await importDirectoryCsv(db, ctx, "type,name\naccount,Acme Ltd\n", { dryRun: true });
 */
export async function importDirectoryCsv(
  db: Db,
  ctx: WriteContext,
  csv: string,
  options: { dryRun: boolean },
): Promise<ImportResult> {
  const parsed = parseCsv(csv);
  if (!parsed.ok) {
    throw new ApiError(422, "validation_failed", `The CSV is malformed on line ${parsed.line}: ${parsed.message}.`, {
      errors: [{ path: `line ${parsed.line}`, message: parsed.message }],
    });
  }
  const [header, ...records] = parsed.rows;
  const names = (header ?? []).map(normaliseHeader);
  if (!names.includes("type")) {
    throw new ApiError(
      422,
      "validation_failed",
      `The first line must be a header with a "type" column; known columns: ${[...new Set(columns)].join(", ")}.`,
      {
        errors: [{ path: "line 1", message: "missing type column" }],
      },
    );
  }
  const trx = await db.startTransaction().execute();
  const rows: ImportRowResult[] = [];
  try {
    for (const [index, record] of records.entries()) {
      if (record.every((cell) => cell.trim() === "")) continue;
      const fields: Fields = Object.fromEntries(names.map((name, i) => [name, record[i] ?? ""]));
      const type = (fields.type ?? "")
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, "_");
      const line = index + 2;
      const importer = importers[type as keyof typeof importers];
      if (!importer) {
        rows.push({
          line,
          type,
          action: "rejected",
          id: null,
          reason: 'type: must be "account", "service" or "contract_line"',
        });
        continue;
      }
      try {
        const outcome = await importer(trx, ctx, fields);
        // A dry run rolls back, so ids of rows it would create do not exist: do not hand them out.
        rows.push({ line, type, ...outcome, id: options.dryRun && outcome.action === "created" ? null : outcome.id });
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        rows.push({ line, type, action: "rejected", id: null, reason: error.message });
      }
    }
    const summary = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
    for (const row of rows) summary[row.action]++;
    const apply = !options.dryRun && summary.rejected === 0;
    if (apply) {
      await recordAuditEvent(trx, {
        ...ctx,
        at: ctx.now,
        type: "import.directory.applied",
        subject: { type: "import", id: "directory" },
        after: summary,
      });
      await trx.commit().execute();
    } else {
      await trx.rollback().execute();
    }
    return { dryRun: options.dryRun, applied: apply, summary, rows };
  } catch (error) {
    await trx.rollback().execute();
    throw error;
  }
}
