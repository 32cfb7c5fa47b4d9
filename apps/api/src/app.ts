import { Hono } from "hono";
import { openAPIRouteHandler } from "hono-openapi";
import { accountsRoutes } from "./accounts/accounts.routes.ts";
import { auditRoutes } from "./audit/audit.routes.ts";
import { authRoutes } from "./auth/auth.routes.ts";
import { createLoginThrottle } from "./auth/login-throttle.ts";
import { contractLinesRoutes } from "./contracts/contract-lines.routes.ts";
import { contractsRoutes } from "./contracts/contracts.routes.ts";
import type { AppDeps, AppEnv } from "./http/app-env.ts";
import { docsRoutes } from "./http/docs.routes.ts";
import { healthRoutes } from "./http/health.routes.ts";
import { handleError, problemResponse, toProblem } from "./http/problem.ts";
import { validationProblemSpec } from "./http/problem-schema.ts";
import { importsRoutes } from "./imports/imports.routes.ts";
import { integrationsRoutes } from "./integrations/integrations.routes.ts";
import { reconciliationRoutes } from "./reconciliation/reconciliation.routes.ts";
import { servicesRoutes } from "./services/services.routes.ts";
import { createSyncRunner } from "./sync/sync-runner.ts";
import { syncRunsRoutes } from "./sync/sync-runs.routes.ts";
import { tokensRoutes } from "./tokens/tokens.routes.ts";
import { usersRoutes } from "./users/users.routes.ts";
import { serveWebApp } from "./web/serve-web-app.ts";

export type { Actor, AppDeps, AppEnv, VendorClientFactory } from "./http/app-env.ts";

/**
 * Builds the Tally HTTP API from its dependencies: /healthz, /readyz, /api/v1/*, the OpenAPI
 * document, the docs page and (when `webDist` exists) the web app.
 *
 * @example const app = createApp({ db, clock: () => new Date(), secrets, logger }); await app.request("/healthz");
 */
export function createApp(deps: AppDeps) {
  const throttle = deps.loginThrottle ?? createLoginThrottle();
  const syncs = deps.syncRunner ?? createSyncRunner(deps);

  const api = new Hono<AppEnv>()
    .route("/auth", authRoutes)
    .route("/tokens", tokensRoutes)
    .route("/users", usersRoutes)
    .route("/audit-events", auditRoutes)
    .route("/accounts", accountsRoutes)
    .route("/services", servicesRoutes)
    .route("/contracts", contractsRoutes)
    .route("/contract-lines", contractLinesRoutes)
    .route("/imports", importsRoutes)
    .route("/integrations", integrationsRoutes)
    .route("/sync-runs", syncRunsRoutes)
    .route("/reconciliation", reconciliationRoutes);

  const app = new Hono<AppEnv>()
    .use(async (c, next) => {
      c.set("deps", deps);
      c.set("throttle", throttle);
      c.set("syncs", syncs);
      await next();
    })
    .route("/", healthRoutes)
    .route("/api/v1", api)
    .route("/api/docs", docsRoutes);

  app.get(
    "/api/v1/openapi.json",
    openAPIRouteHandler(app, {
      documentation: {
        openapi: "3.1.0",
        info: {
          title: "Tally API",
          version: "1",
          description:
            "Reconcile what an MSP bills with what its vendors report. Errors are application/problem+json with a stable `code`.",
        },
        components: {
          securitySchemes: {
            session: { type: "apiKey", in: "cookie", name: "tally_session" },
            bearer: { type: "http", scheme: "bearer", description: "A personal API token from POST /api/v1/tokens" },
          },
        },
        security: [{ session: [] }, { bearer: [] }],
      },
      exclude: ["/api/docs", "/api/docs/standalone.js"],
      // Keep /reconciliation/export.csv and changes.csv in the document; no static files are routes.
      excludeStaticFile: false,
      defaultValidationErrorResponse: validationProblemSpec,
    }),
  );
  const web = deps.webDist === undefined ? undefined : serveWebApp(deps.webDist);
  if (web) app.use("*", web);
  app.notFound((c) => problemResponse(toProblem(404, "not_found", `Nothing at ${c.req.method} ${c.req.path}.`)));
  app.onError(handleError);
  return app;
}

/** The API's type, for the typed client. */
export type AppType = ReturnType<typeof createApp>;
