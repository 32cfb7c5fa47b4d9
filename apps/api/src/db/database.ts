import type { Generated, Insertable, Selectable, Updateable } from "kysely";

/** A timestamp stored as ISO-8601 UTC text (dialect-neutral). */
type Timestamp = string;

/** An MSP (tenant); every other row belongs to exactly one. */
export interface OrganizationTable {
  id: string;
  /** The organization's own id, so that even this table carries organization_id. */
  organization_id: string;
  name: string;
  created_at: Timestamp;
}

/** A person who logs in; one organization each. */
export interface UserTable {
  id: string;
  organization_id: string;
  email: string;
  name: string;
  role: "owner" | "admin" | "reconciler" | "viewer";
  password_hash: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A browser session; `id` is the sha256 of the cookie value, never the value itself. */
export interface SessionTable {
  id: string;
  organization_id: string;
  user_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

/** A personal API token; only its sha256 is stored. */
export interface ApiTokenTable {
  id: string;
  organization_id: string;
  user_id: string;
  name: string;
  token_hash: string;
  token_hint: string;
  created_at: Timestamp;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

/** The first response to a write carrying an `Idempotency-Key`, replayed on repeats. */
export interface IdempotencyKeyTable {
  organization_id: string;
  key: string;
  route: string;
  request_hash: string;
  status: number;
  content_type: string;
  body: string;
  created_at: Timestamp;
}

/** Who did what, before → after. */
export interface AuditEventTable {
  id: string;
  organization_id: string;
  at: Timestamp;
  actor_type: "user" | "token" | "system";
  actor_id: string | null;
  actor_name: string;
  type: string;
  subject_type: string;
  subject_id: string;
  /** JSON text. */
  before: string | null;
  /** JSON text. */
  after: string | null;
}

/** An MSP customer. */
export interface AccountTable {
  id: string;
  organization_id: string;
  name: string;
  external_id: string | null;
  domain: string | null;
  /** 1 or 0, so the column means the same on SQLite and PostgreSQL (integer). */
  active: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** An item of the MSP's catalog. Money is stored as decimal text to stay exact. */
export interface ServiceTable {
  id: string;
  organization_id: string;
  name: string;
  sku: string | null;
  unit_price: string;
  unit_cost: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A customer's recurring agreement. */
export interface ContractTable {
  id: string;
  organization_id: string;
  account_id: string;
  name: string;
  status: "active" | "draft" | "ended";
  start_date: string;
  end_date: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** One billed service on a contract, with the PSA quantity. */
export interface ContractLineTable {
  id: string;
  organization_id: string;
  contract_id: string;
  service_id: string;
  quantity: number;
  unit_price: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A decision on a reconciliation card, with the quantities the card showed when it was made. */
export interface CardDecisionTable {
  id: string;
  organization_id: string;
  period: string;
  /** core's cardKeyOf(vendor, period, account, service); also the card's API id. */
  card_key: string;
  vendor: string;
  account_id: string;
  service_id: string;
  action: "approve" | "adjust" | "dismiss" | "attach";
  /** The decided line quantity; null for dismiss. */
  quantity: number | null;
  contract_id: string | null;
  /** The line changed or created; null when no line changed. */
  contract_line_id: string | null;
  /** The line quantity before the change; null when no line changed or a line was created. */
  previous_quantity: number | null;
  effective_date: string | null;
  note: string | null;
  psa_quantity: number | null;
  vendor_quantity: number | null;
  card_version: string;
  actor_type: "user" | "token" | "system";
  actor_id: string | null;
  actor_name: string;
  at: Timestamp;
  audit_event_id: string;
}

/** A per-organization counter that triggers bump on every write to reconciliation input. */
export interface ReconciliationDataVersionTable {
  organization_id: string;
  version: number;
}

/** A connected vendor of an organization (one per vendor); the API key is stored encrypted. */
export interface IntegrationTable {
  id: string;
  organization_id: string;
  vendor: "spamtitan";
  module: "billing";
  status: "mapping" | "active" | "error";
  api_url: string;
  api_key_ciphertext: string | null;
  /** The last 4 characters of the key, the only part ever shown. */
  key_hint: string;
  last_sync_run_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** What a vendor bills per customer (a SpamTitan domain group), keyed on the vendor's id. */
export interface VendorAccountTable {
  id: string;
  organization_id: string;
  integration_id: string;
  external_id: string;
  name: string;
  /** JSON text: string[]. */
  domains: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** What a vendor counts (SpamTitan: "Total Licenses"). */
export interface VendorServiceTable {
  id: string;
  organization_id: string;
  integration_id: string;
  external_id: string;
  name: string;
  created_at: Timestamp;
}

/** A vendor account that is mapped or excluded; no row means unmapped. */
export interface AccountMappingTable {
  organization_id: string;
  integration_id: string;
  vendor_account_id: string;
  status: "mapped" | "excluded";
  account_id: string | null;
  mapped_by: "auto" | "user" | null;
  updated_at: Timestamp;
}

/** A vendor service that is mapped or excluded; no row means unmapped. */
export interface ServiceMappingTable {
  organization_id: string;
  integration_id: string;
  vendor_service_id: string;
  status: "mapped" | "excluded";
  service_id: string | null;
  mapped_by: "auto" | "user" | null;
  updated_at: Timestamp;
}

/** One sync of an integration's usage; kept after disconnect. */
export interface SyncRunTable {
  id: string;
  organization_id: string;
  integration_id: string;
  status: "queued" | "running" | "succeeded" | "partial" | "failed" | "cancelled";
  trigger: "manual" | "finish" | "schedule";
  done: number;
  total: number;
  /** JSON text: Record<string, number>. */
  counts: string;
  /** JSON text: { message, failures } or null. */
  error: string | null;
  started_at: Timestamp;
  finished_at: Timestamp | null;
}

/** The latest good usage per vendor account × vendor service. */
export interface CurrentUsageTable {
  organization_id: string;
  integration_id: string;
  vendor_account_id: string;
  vendor_service_id: string;
  quantity: number;
  portal_quantity: number | null;
  window_start: string | null;
  window_end: string | null;
  max_day: string | null;
  /** JSON text: [{ date, usage }]. */
  days: string;
  explanation: string;
  sync_run_id: string;
  synced_at: Timestamp;
}

/** Every sync's usage per vendor account × vendor service, kept for audit. */
export interface UsageSnapshotTable extends CurrentUsageTable {
  id: string;
}

/** The whole schema, as Kysely sees it. */
export interface Database {
  organizations: OrganizationTable;
  users: UserTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  idempotency_keys: IdempotencyKeyTable;
  audit_events: AuditEventTable;
  accounts: AccountTable;
  services: ServiceTable;
  contracts: ContractTable;
  contract_lines: ContractLineTable;
  integrations: IntegrationTable;
  vendor_accounts: VendorAccountTable;
  vendor_services: VendorServiceTable;
  account_mappings: AccountMappingTable;
  service_mappings: ServiceMappingTable;
  sync_runs: SyncRunTable;
  current_usage: CurrentUsageTable;
  usage_snapshots: UsageSnapshotTable;
  card_decisions: CardDecisionTable;
  reconciliation_data_versions: ReconciliationDataVersionTable;
}

/** A stored organization row. */
export type OrganizationRow = Selectable<OrganizationTable>;
/** A stored user row. */
export type UserRow = Selectable<UserTable>;
/** A new user row. */
export type NewUserRow = Insertable<UserTable>;
/** Changes to a user row. */
export type UserUpdate = Updateable<UserTable>;
/** A stored session row. */
export type SessionRow = Selectable<SessionTable>;
/** A stored api token row. */
export type ApiTokenRow = Selectable<ApiTokenTable>;
/** A stored idempotency key row. */
export type IdempotencyKeyRow = Selectable<IdempotencyKeyTable>;
/** A stored audit event row. */
export type AuditEventRow = Selectable<AuditEventTable>;
/** A new audit event row. */
export type NewAuditEventRow = Insertable<AuditEventTable>;
/** A stored account row. */
export type AccountRow = Selectable<AccountTable>;
/** A new account row. */
export type NewAccountRow = Insertable<AccountTable>;
/** Changes to a account row. */
export type AccountUpdate = Updateable<AccountTable>;
/** A stored service row. */
export type ServiceRow = Selectable<ServiceTable>;
/** A new service row. */
export type NewServiceRow = Insertable<ServiceTable>;
/** Changes to a service row. */
export type ServiceUpdate = Updateable<ServiceTable>;
/** A stored contract row. */
export type ContractRow = Selectable<ContractTable>;
/** A new contract row. */
export type NewContractRow = Insertable<ContractTable>;
/** Changes to a contract row. */
export type ContractUpdate = Updateable<ContractTable>;
/** A stored contract line row. */
export type ContractLineRow = Selectable<ContractLineTable>;
/** A new contract line row. */
export type NewContractLineRow = Insertable<ContractLineTable>;
/** Changes to a contract line row. */
export type ContractLineUpdate = Updateable<ContractLineTable>;
/** A stored card decision row. */
export type CardDecisionRow = Selectable<CardDecisionTable>;
/** A new card decision row. */
export type NewCardDecisionRow = Insertable<CardDecisionTable>;
/** A stored integration row. */
export type IntegrationRow = Selectable<IntegrationTable>;
/** A stored vendor account row. */
export type VendorAccountRow = Selectable<VendorAccountTable>;
/** A stored vendor service row. */
export type VendorServiceRow = Selectable<VendorServiceTable>;
/** A stored account mapping row. */
export type AccountMappingRow = Selectable<AccountMappingTable>;
/** A stored service mapping row. */
export type ServiceMappingRow = Selectable<ServiceMappingTable>;
/** A stored sync run row. */
export type SyncRunRow = Selectable<SyncRunTable>;
/** A stored current usage row. */
export type CurrentUsageRow = Selectable<CurrentUsageTable>;
/** A new current usage row. */
export type NewCurrentUsageRow = Insertable<CurrentUsageTable>;
