import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, type Page } from "@playwright/test";

/** The simulator's API URL and key: from the environment, or the log of the simulator playwright.config.ts starts. */
export function readSimulatorCredentials(): { apiUrl: string; apiKey: string } {
  const apiUrl = process.env.TALLY_E2E_SPAMTITAN_URL;
  const apiKey = process.env.TALLY_E2E_SPAMTITAN_KEY;
  if (apiUrl && apiKey) return { apiUrl, apiKey };
  const logFile = join(process.env.TALLY_E2E_DATA_DIR ?? "", "simulator.log");
  const log = existsSync(logFile) ? readFileSync(logFile, "utf8") : "";
  const url = /API URL:\s+(\S+)/.exec(log)?.[1];
  const key = /API key \(Administrator\):\s+(\S+)/.exec(log)?.[1];
  if (!url || !key) throw new Error(`no SpamTitan API URL/key in ${logFile}`);
  return { apiUrl: url, apiKey: key };
}

/** A JSON call from the page's session, with the Origin the API's CSRF check asks of cookie writes. */
export async function callApi<T>(page: Page, method: string, path: string, data?: unknown): Promise<T> {
  const origin = new URL(page.url()).origin;
  const response = await page.request.fetch(path, {
    method,
    headers: { origin, "content-type": "application/json" },
    ...(data === undefined ? {} : { data }),
  });
  const text = await response.text();
  expect(response.ok(), `${method} ${path} → ${response.status()} ${text}`).toBe(true);
  return (text === "" ? null : JSON.parse(text)) as T;
}

interface Listed<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Connects the demo's SpamTitan over the API (the connect wizard has its own journey), maps its
 * one vendor service to the catalog's SpamTitan service, finishes and waits for the first sync,
 * so the period has cards. Does nothing when SpamTitan is already active (a reused server).
 */
export async function connectAndSyncDemo(page: Page): Promise<void> {
  const catalog = await callApi<
    Listed<{ id: string; vendor: string; status: string }> | { id: string; status: string }[]
  >(page, "GET", "/api/v1/integrations");
  const entries = Array.isArray(catalog) ? catalog : catalog.items;
  if (entries.some((entry) => entry.status === "active")) return;
  const integration = await callApi<{ id: string }>(page, "POST", "/api/v1/integrations/spamtitan/connect", {
    module: "billing",
    ...readSimulatorCredentials(),
  });
  const services = await callApi<Listed<{ id: string; name: string }>>(page, "GET", "/api/v1/services?limit=500");
  const spamTitan = services.items.find((service) => /spamtitan|email security/i.test(service.name));
  if (!spamTitan) throw new Error("the demo has no email security service");
  const vendorServices = await callApi<Listed<{ id: string; status: string }>>(
    page,
    "GET",
    `/api/v1/integrations/${integration.id}/vendor-services`,
  );
  for (const item of vendorServices.items) {
    if (item.status !== "mapped") {
      await callApi(page, "PUT", `/api/v1/integrations/${integration.id}/vendor-services/${item.id}/mapping`, {
        serviceId: spamTitan.id,
      });
    }
  }
  await callApi(page, "POST", `/api/v1/integrations/${integration.id}/finish`, {});
  await expect
    .poll(
      async () =>
        (
          await callApi<{ lastSyncRun: { status: string; finishedAt: string | null } | null }>(
            page,
            "GET",
            `/api/v1/integrations/${integration.id}`,
          )
        ).lastSyncRun?.finishedAt ?? null,
      { timeout: 60_000 },
    )
    .not.toBeNull();
}

/**
 * Gives one account a second SpamTitan contract line (on a second contract), the case reconciliation
 * must never split by guessing: its card becomes `review`. Returns the account's name.
 */
export async function makeReviewCase(page: Page): Promise<string> {
  const cards = await callApi<Listed<{ kind: string; accountId: string; accountName: string; serviceId: string }>>(
    page,
    "GET",
    "/api/v1/reconciliation/cards?kind=no_change&limit=500",
  );
  const last = cards.items[cards.items.length - 1];
  if (!last) throw new Error("no no_change card to turn into a review case");
  const contract = await callApi<{ id: string }>(page, "POST", "/api/v1/contracts", {
    accountId: last.accountId,
    name: "Second agreement",
    startDate: "2026-01-01",
  });
  await callApi(page, "POST", `/api/v1/contracts/${contract.id}/lines`, { serviceId: last.serviceId, quantity: 3 });
  return last.accountName;
}
