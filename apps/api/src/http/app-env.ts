import type { SpamTitanClient } from "@tally/spamtitan";
import type { LoginThrottle } from "../auth/login-throttle.ts";
import type { Db } from "../db/open-database.ts";
import type { SecretBox } from "../secrets/secret-box.ts";
import type { SyncRunner } from "../sync/sync-runner.ts";
import type { UserRole } from "../users/roles.ts";
import type { Logger } from "./logger.ts";

/**
 * Creates vendor clients from a connection (default: `createSpamTitanClient` on the global fetch);
 * tests pass one on the simulator's fetch or a 127.0.0.1 server with fast retries.
 */
export type VendorClientFactory = (
  vendor: "spamtitan",
  connection: { apiUrl: string; apiKey: string },
) => SpamTitanClient;

/** What the API is built from; tests inject in-memory versions. */
export interface AppDeps {
  db: Db;
  clock: () => Date;
  secrets: SecretBox;
  logger: Logger;
  vendorClientFactory?: VendorClientFactory;
  /** The background sync jobs; one per app (built from these deps) when absent. */
  syncRunner?: SyncRunner;
  /** The built web app to serve for non-/api routes; skipped when absent. */
  webDist?: string;
  /** Login throttling; one in-memory throttle per app when absent. */
  loginThrottle?: LoginThrottle;
  /** Extra origins accepted for cookie-authenticated writes besides the request's own. */
  trustedOrigins?: string[];
}

/** Who is making an authenticated request. */
export interface Actor {
  type: "user" | "token";
  userId: string;
  organizationId: string;
  role: UserRole;
  name: string;
  email: string;
  tokenId: string | null;
}

/** The Hono environment every sub-app shares. */
export interface AppEnv {
  Variables: {
    deps: AppDeps;
    actor: Actor;
    throttle: LoginThrottle;
    syncs: SyncRunner;
  };
}
