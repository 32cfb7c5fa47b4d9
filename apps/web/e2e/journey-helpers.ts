import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, type TestInfo } from "@playwright/test";

/** The owner the web server was started with (see playwright.config.ts). */
export const owner = {
  email: process.env.TALLY_E2E_OWNER_EMAIL ?? "owner@example.com",
  password: process.env.TALLY_E2E_OWNER_PASSWORD ?? "correct-horse-battery-staple",
};

/**
 * The SpamTitan API URL and key to paste. `TALLY_E2E_SPAMTITAN_URL`/`_KEY` win; then
 * `<data dir>/demo-spamtitan.json` (`{ apiUrl, apiKey }`) if the demo writes one; else the log
 * of the simulator playwright.config.ts starts, which prints both.
 */
export function readDemoSpamTitan(): { apiUrl: string; apiKey: string } {
  const apiUrl = process.env.TALLY_E2E_SPAMTITAN_URL;
  const apiKey = process.env.TALLY_E2E_SPAMTITAN_KEY;
  if (apiUrl && apiKey) return { apiUrl, apiKey };
  const dataDir = process.env.TALLY_E2E_DATA_DIR ?? "";
  const demoFile = join(dataDir, "demo-spamtitan.json");
  if (existsSync(demoFile)) return JSON.parse(readFileSync(demoFile, "utf8")) as { apiUrl: string; apiKey: string };
  const log = readFileSync(join(dataDir, "simulator.log"), "utf8");
  const url = /API URL:\s+(\S+)/.exec(log)?.[1];
  const key = /API key \(Administrator\):\s+(\S+)/.exec(log)?.[1];
  if (!url || !key) throw new Error(`no API URL/key in ${join(dataDir, "simulator.log")}:\n${log}`);
  return { apiUrl: url, apiKey: key };
}

/** Signs in through the form and waits for the signed-in shell. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
}

/** Writes a full-page screenshot of a step to the test's output folder and attaches it. */
export async function screenshotStep(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: "image/png" });
}

/** Fails on any serious or critical axe-core violation of the current screen. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  expect(blocking, `axe on ${screen}`).toEqual([]);
}

/** A cookie-authenticated write from the page's session, with the Origin the API's CSRF check wants. */
export async function apiWrite(page: Page, method: "POST" | "PUT" | "PATCH" | "DELETE", path: string, data?: unknown) {
  const origin = new URL(page.url()).origin;
  const response = await page.request.fetch(path, {
    method,
    headers: { origin, "content-type": "application/json" },
    ...(data === undefined ? {} : { data }),
  });
  expect(response.ok(), `${method} ${path} → ${response.status()} ${await response.text()}`).toBe(true);
  return response;
}

/** Drags one element onto another with the real mouse (press, move in steps, release). */
export async function dragWithMouse(
  page: Page,
  from: import("@playwright/test").Locator,
  to: import("@playwright/test").Locator,
) {
  const source = await from.boundingBox();
  const target = await to.boundingBox();
  if (!source || !target) throw new Error("drag: an element is not visible");
  await page.mouse.move(source.x + 24, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(source.x + 48, source.y + source.height / 2, { steps: 4 });
  await page.mouse.move(target.x + target.width / 3, target.y + target.height / 2, { steps: 12 });
  await page.mouse.up();
}
