import type { LoginThrottle } from "../auth/login-throttle.ts";
import type { Db } from "../db/open-database.ts";
import type { SecretBox } from "../secrets/secret-box.ts";
import type { UserRole } from "../users/roles.ts";
import type { Logger } from "./logger.ts";

/**
 * Creates vendor clients from a stored connection; a typed slot the integrations layer fills
 * (e.g. with `createSpamTitanClient`). Unused by the foundation itself.
 */
export type VendorClientFactory = (vendor: "spamtitan", connection: { apiUrl: string; apiKey: string }) => unknown;

/** What the API is built from; tests inject in-memory versions. */
export interface AppDeps {
  db: Db;
  clock: () => Date;
  secrets: SecretBox;
  logger: Logger;
  vendorClientFactory?: VendorClientFactory;
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
  };
}
