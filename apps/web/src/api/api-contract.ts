/**
 * The compile-time contract between this app's `src/api` types and the API: each line fails the
 * web typecheck when the route's response (as `@tally/api/client` infers it) no longer fits the
 * type the screens rely on. Types only — nothing here runs.
 */
import type { createApiClient } from "@tally/api/client";
import type { InferResponseType } from "hono/client";
import type {
  Account,
  ApiToken,
  Contract,
  ContractLine,
  CreatedApiToken,
  DirectoryAccount,
  DirectoryService,
  DisconnectResult,
  Integration,
  OrganizationUser,
  Service,
  SyncRun,
  VendorAccount,
  VendorService,
} from "./types.ts";

type V1 = ReturnType<typeof createApiClient>["api"]["v1"];
type Fits<Actual, Declared> = [Actual] extends [Declared] ? true : false;
type Expect<Check extends true> = Check;

/** GET /accounts and /services items. */
export type AccountsFit = Expect<Fits<InferResponseType<V1["accounts"]["$get"], 200>["items"][number], Account>>;
export type ServicesFit = Expect<Fits<InferResponseType<V1["services"]["$get"], 200>["items"][number], Service>>;

/** The integrations catalog, one integration, connect and rotate. */
export type CatalogFits = Expect<
  Fits<InferResponseType<V1["integrations"]["$get"], 200>["items"][number], Integration>
>;
export type IntegrationFits = Expect<Fits<InferResponseType<V1["integrations"][":id"]["$get"], 200>, Integration>>;
export type ConnectFits = Expect<
  Fits<InferResponseType<V1["integrations"]["spamtitan"]["connect"]["$post"], 201>, Integration>
>;
export type RotateFits = Expect<Fits<InferResponseType<V1["integrations"][":id"]["$patch"], 200>, Integration>>;
export type DisconnectFits = Expect<
  Fits<InferResponseType<V1["integrations"][":id"]["$delete"], 200>, { removed: DisconnectResult }>
>;

/** Vendor accounts and services, and the item a mapping change answers with. */
export type VendorAccountsFit = Expect<
  Fits<InferResponseType<V1["integrations"][":id"]["vendor-accounts"]["$get"], 200>["items"][number], VendorAccount>
>;
// The API's handler answers "the item as it now is" for either side, so the inferred type is a union; the
// vendor-accounts route only ever returns the vendor-account member.
export type MapVendorAccountFits = Expect<
  Fits<
    Extract<
      InferResponseType<V1["integrations"][":id"]["vendor-accounts"][":itemId"]["mapping"]["$put"], 200>,
      { domains: unknown }
    >,
    VendorAccount
  >
>;
export type VendorServicesFit = Expect<
  Fits<InferResponseType<V1["integrations"][":id"]["vendor-services"]["$get"], 200>["items"][number], VendorService>
>;

/** Finish and Sync now answer with the run to follow; a sync run reads as SyncRun. */
export type FinishFits = Expect<
  Fits<InferResponseType<V1["integrations"][":id"]["finish"]["$post"], 202>, { syncRunId: string }>
>;
export type SyncNowFits = Expect<
  Fits<InferResponseType<V1["integrations"][":id"]["syncs"]["$post"], 202>, { syncRunId: string }>
>;
export type SyncRunFits = Expect<Fits<InferResponseType<V1["sync-runs"][":id"]["$get"], 200>, SyncRun>>;

/** The signed-in user's API tokens, and the one created (with its secret, shown once). */
export type TokensFit = Expect<Fits<InferResponseType<V1["tokens"]["$get"], 200>["items"][number], ApiToken>>;
export type CreatedTokenFits = Expect<Fits<InferResponseType<V1["tokens"]["$post"], 201>, CreatedApiToken>>;

/** The organization's users, one added and one whose role changed. */
export type UsersFit = Expect<Fits<InferResponseType<V1["users"]["$get"], 200>["items"][number], OrganizationUser>>;
export type CreatedUserFits = Expect<Fits<InferResponseType<V1["users"]["$post"], 201>, OrganizationUser>>;
export type ChangedUserFits = Expect<Fits<InferResponseType<V1["users"][":id"]["$patch"], 200>, OrganizationUser>>;

/** The directory's accounts and services as their pages list, create and update them. */
export type DirectoryAccountsFit = Expect<
  Fits<InferResponseType<V1["accounts"]["$get"], 200>["items"][number], DirectoryAccount>
>;
export type CreatedAccountFits = Expect<Fits<InferResponseType<V1["accounts"]["$post"], 201>, DirectoryAccount>>;
export type UpdatedAccountFits = Expect<
  Fits<InferResponseType<V1["accounts"][":id"]["$patch"], 200>, DirectoryAccount>
>;
export type DirectoryServicesFit = Expect<
  Fits<InferResponseType<V1["services"]["$get"], 200>["items"][number], DirectoryService>
>;
export type CreatedServiceFits = Expect<Fits<InferResponseType<V1["services"]["$post"], 201>, DirectoryService>>;
export type UpdatedServiceFits = Expect<
  Fits<InferResponseType<V1["services"][":id"]["$patch"], 200>, DirectoryService>
>;

/** Contracts and their lines as the Contracts page lists, creates and updates them. */
export type ContractsFit = Expect<Fits<InferResponseType<V1["contracts"]["$get"], 200>["items"][number], Contract>>;
export type CreatedContractFits = Expect<Fits<InferResponseType<V1["contracts"]["$post"], 201>, Contract>>;
export type UpdatedContractFits = Expect<Fits<InferResponseType<V1["contracts"][":id"]["$patch"], 200>, Contract>>;
export type ContractLinesFit = Expect<
  Fits<InferResponseType<V1["contracts"][":id"]["lines"]["$get"], 200>["items"][number], ContractLine>
>;
export type CreatedLineFits = Expect<
  Fits<InferResponseType<V1["contracts"][":id"]["lines"]["$post"], 201>, ContractLine>
>;
export type UpdatedLineFits = Expect<Fits<InferResponseType<V1["contract-lines"][":id"]["$patch"], 200>, ContractLine>>;
