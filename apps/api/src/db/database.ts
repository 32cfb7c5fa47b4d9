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
}

export type OrganizationRow = Selectable<OrganizationTable>;
export type UserRow = Selectable<UserTable>;
export type NewUserRow = Insertable<UserTable>;
export type UserUpdate = Updateable<UserTable>;
export type SessionRow = Selectable<SessionTable>;
export type ApiTokenRow = Selectable<ApiTokenTable>;
export type IdempotencyKeyRow = Selectable<IdempotencyKeyTable>;
export type AuditEventRow = Selectable<AuditEventTable>;
export type NewAuditEventRow = Insertable<AuditEventTable>;
export type AccountRow = Selectable<AccountTable>;
export type NewAccountRow = Insertable<AccountTable>;
export type AccountUpdate = Updateable<AccountTable>;
export type ServiceRow = Selectable<ServiceTable>;
export type NewServiceRow = Insertable<ServiceTable>;
export type ServiceUpdate = Updateable<ServiceTable>;
export type ContractRow = Selectable<ContractTable>;
export type NewContractRow = Insertable<ContractTable>;
export type ContractUpdate = Updateable<ContractTable>;
export type ContractLineRow = Selectable<ContractLineTable>;
export type NewContractLineRow = Insertable<ContractLineTable>;
export type ContractLineUpdate = Updateable<ContractLineTable>;
