import { randomBytes } from "node:crypto";
import { createApp } from "../app.ts";
import { hashPassword } from "../auth/passwords.ts";
import { createId } from "../db/create-id.ts";
import { type Db, openDatabase } from "../db/open-database.ts";
import type { VendorClientFactory } from "../http/app-env.ts";
import { createMemoryLogger } from "../http/logger.ts";
import { createSecretBox } from "../secrets/secret-box.ts";
import { createSyncRunner } from "../sync/sync-runner.ts";
import type { UserRole } from "../users/roles.ts";

/** The origin in-process requests have (app.request("/x") is http://localhost/x). */
export const testOrigin = "http://localhost";

/** A user created for a test, with ways to call the API as them. */
export interface TestUser {
  id: string;
  organizationId: string;
  email: string;
  password: string;
  role: UserRole;
  /** Headers of a logged-in browser (session cookie + same Origin). */
  cookieHeaders: { cookie: string; origin: string };
  /** Headers of an API consumer (Bearer token). */
  bearerHeaders: { authorization: string };
}

// Fast scrypt is not needed: one hash per test user is cheap enough; cache one per password.
const hashes = new Map<string, Promise<string>>();

/**
 * A fresh in-memory app for one test: the app, its db, a clock you can move, and helpers to
 * create organizations and users already logged in (cookie and Bearer).
 *
 * @example const t = await createTestApp(); const owner = await t.createUser("owner"); await t.request("/api/v1/auth/me", { headers: owner.cookieHeaders });
 */
export async function createTestApp(options: { webDist?: string; vendorClientFactory?: VendorClientFactory } = {}) {
  const db: Db = await openDatabase(":memory:");
  let now = new Date("2026-12-03T12:00:00.000Z");
  const logger = createMemoryLogger();
  const secrets = createSecretBox(randomBytes(32));
  const clock = () => now;
  const syncRunner = createSyncRunner({ db, clock, secrets, logger, vendorClientFactory: options.vendorClientFactory });
  const app = createApp({
    db,
    clock,
    secrets,
    logger,
    syncRunner,
    ...(options.vendorClientFactory ? { vendorClientFactory: options.vendorClientFactory } : {}),
    ...(options.webDist ? { webDist: options.webDist } : {}),
  });

  /** Creates an organization and returns its id. */
  async function createOrganization(name = "Test MSP"): Promise<string> {
    const id = createId("org", now);
    await db
      .insertInto("organizations")
      .values({ id, organization_id: id, name, created_at: now.toISOString() })
      .execute();
    return id;
  }

  let defaultOrganization: string | undefined;

  /** Creates a user (in the default organization unless given), logged in by cookie and by token. */
  async function createUser(role: UserRole = "owner", organizationId?: string): Promise<TestUser> {
    defaultOrganization ??= await createOrganization();
    const org = organizationId ?? defaultOrganization;
    const id = createId("usr", now);
    const email = `${role}-${id.slice(-6)}@example.test`;
    const password = "correct horse battery staple";
    if (!hashes.has(password)) hashes.set(password, hashPassword(password));
    const at = now.toISOString();
    await db
      .insertInto("users")
      .values({
        id,
        organization_id: org,
        email,
        name: `Test ${role}`,
        role,
        password_hash: await (hashes.get(password) as Promise<string>),
        created_at: at,
        updated_at: at,
      })
      .execute();
    const login = await app.request("/api/v1/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password }),
    });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const cookieHeaders = { cookie, origin: testOrigin };
    const tokenResponse = await app.request("/api/v1/tokens", {
      method: "POST",
      headers: { ...cookieHeaders, "content-type": "application/json" },
      body: JSON.stringify({ name: "test" }),
    });
    const { token } = (await tokenResponse.json()) as { token: string };
    return {
      id,
      organizationId: org,
      email,
      password,
      role,
      cookieHeaders,
      bearerHeaders: { authorization: `Bearer ${token}` },
    };
  }

  /** Sends a JSON request (body serialised, content-type set). */
  function requestJson(path: string, method: string, headers: Record<string, string>, body?: unknown) {
    return app.request(path, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }

  return {
    app,
    db,
    logger,
    secrets,
    /** The app's background sync jobs: `await t.syncRunner.wait(runId)` after starting one. */
    syncRunner,
    request: app.request,
    requestJson,
    createOrganization,
    createUser,
    /** Moves the app's clock. */
    setNow(next: Date) {
      now = next;
    },
    now: () => now,
  };
}

/** The value createTestApp resolves to. */
export type TestApp = Awaited<ReturnType<typeof createTestApp>>;
