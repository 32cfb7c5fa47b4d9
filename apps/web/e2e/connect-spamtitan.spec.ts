import { expect, test } from "@playwright/test";
import {
  apiWrite,
  dragWithMouse,
  expectAccessible,
  owner,
  readDemoSpamTitan,
  screenshotStep,
  signIn,
} from "./journey-helpers.ts";

// The newcomer's journey of issue 7, in the guide's words: Integrations → Connect → Continue →
// Authenticate → Next → map → Next → Finish → Configure → Disconnect → Confirm.
test.describe.configure({ mode: "serial" });

const xssName = "<img src=x onerror=alert(1)>";

test("a newcomer connects SpamTitan, maps, finishes, then disconnects", async ({ page }, testInfo) => {
  page.on("dialog", (dialog) => {
    throw new Error(`unexpected browser dialog: ${dialog.message()}`);
  });

  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
  await expectAccessible(page, "sign in");
  await signIn(page, owner.email, owner.password);

  // An account whose name is markup must render as text everywhere.
  await apiWrite(page, "POST", "/api/v1/accounts", { name: xssName });

  await page.getByRole("link", { name: "Integrations", exact: true }).click();
  const card = page.getByRole("article", { name: "SpamTitan" });
  await expect(card.getByText("Available")).toBeVisible();
  await screenshotStep(page, testInfo, "01-integrations");
  await expectAccessible(page, "integrations");

  await card.getByRole("link", { name: "Connect" }).click();
  await expect(page.getByRole("radio", { name: /Billing/ })).toBeChecked();
  await screenshotStep(page, testInfo, "02-module");
  await expectAccessible(page, "module");
  await page.getByRole("button", { name: "Continue" }).click();

  const spamtitan = readDemoSpamTitan();
  await page.getByLabel("API URL", { exact: true }).fill(spamtitan.apiUrl);
  await page.getByLabel("API key", { exact: true }).fill("not-the-right-key");
  await page.getByRole("button", { name: "Authenticate" }).click();
  await expect(page.locator("#credentials-problem")).toContainText("SpamTitan refused the API key");
  await expect(page.getByLabel("API key", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await screenshotStep(page, testInfo, "03-wrong-key");
  await expectAccessible(page, "wrong key");

  await page.getByLabel("API key", { exact: true }).fill(spamtitan.apiKey);
  await page.getByRole("button", { name: "Authenticate" }).click();
  await expect(page.getByText("Authenticated with SpamTitan")).toBeVisible();
  await page.getByRole("button", { name: "Next" }).click();

  // Map accounts: exact names arrive auto-mapped.
  const groups = page.locator(".item-card");
  await expect(page.locator(".item-card .badge", { hasText: "Auto-mapped" }).first()).toBeVisible({ timeout: 30_000 });
  await screenshotStep(page, testInfo, "04-map-accounts");
  await expectAccessible(page, "map accounts");

  await page.getByLabel("Hide mapped").check();
  const unmapped = page.locator('.item-card[data-status="unmapped"]');
  const idOf = async (index: number) => (await unmapped.nth(index).getAttribute("data-item-id")) ?? "";
  const group = (id: string) => page.locator(`.item-card[data-item-id="${id}"]`);

  // One by a real mouse drag: a Tally account on the left onto a domain group on the right.
  const dragged = await idOf(0);
  await dragWithMouse(page, page.locator(".target-card").first(), group(dragged));
  await expect(group(dragged)).toHaveCount(0); // hidden now that it is mapped
  await page.getByLabel("Hide mapped").uncheck();
  await expect(group(dragged)).toHaveAttribute("data-status", "mapped");
  await page.getByLabel("Hide mapped").check();

  // One with the keyboard: "Map to…", type, arrows, Enter.
  const keyed = await idOf(0);
  const keyedName = (await group(keyed).locator(".item-name").textContent())?.trim() ?? "";
  await group(keyed)
    .getByRole("button", { name: /^Map to…/ })
    .focus();
  await page.keyboard.press("Enter");
  const combobox = page.getByRole("combobox", { name: "Search accounts" });
  await expect(combobox).toBeFocused();
  await screenshotStep(page, testInfo, "05-map-to");
  await expectAccessible(page, "map to dialog");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await page.getByLabel("Hide mapped").uncheck();
  await expect(group(keyed)).toHaveAttribute("data-status", "mapped");

  // Undo is one click, and Escape closes the dialog with focus back on its button.
  await group(keyed)
    .getByRole("button", { name: `Undo mapping of ${keyedName}` })
    .click();
  await expect(group(keyed)).toHaveAttribute("data-status", "unmapped");
  const mapTo = group(keyed).getByRole("button", { name: /^Map to…/ });
  await mapTo.click();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(mapTo).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await expect(group(keyed)).toHaveAttribute("data-status", "mapped");

  // One excluded, found with the search bar.
  await page.getByLabel("Hide mapped").check();
  const excluded = await idOf(0);
  const excludedName = (await group(excluded).locator(".item-name").textContent())?.trim() ?? "";
  await page.getByLabel("Hide mapped").uncheck();
  await page.getByRole("searchbox", { name: /Search SpamTitan domain groups/ }).fill(excludedName);
  await expect(group(excluded)).toBeVisible();
  expect(await groups.count()).toBeLessThan(10);
  await group(excluded)
    .getByRole("button", { name: `Exclude ${excludedName}` })
    .click();
  await expect(group(excluded)).toHaveAttribute("data-status", "excluded");
  await screenshotStep(page, testInfo, "06-searched-and-excluded");

  // The markup-named account and domain group (the simulator serves one) render as text, not as elements.
  await page.getByRole("searchbox", { name: /Search Tally accounts/ }).fill("<img");
  await expect(page.locator(".target-card").filter({ hasText: xssName }).first()).toBeVisible();
  await page.getByRole("searchbox", { name: /Search SpamTitan domain groups/ }).fill("<img");
  await expect(page.locator(".item-card").filter({ hasText: xssName }).first()).toBeVisible();
  await expect(page.locator(".board img")).toHaveCount(0);
  await page.getByRole("searchbox", { name: /Search Tally accounts/ }).fill("");
  await page.getByRole("searchbox", { name: /Search SpamTitan domain groups/ }).fill("");
  // Markup in the demo's own group names (e.g. "<b>Bold</b> & Sons") stays text too.
  await expect(page.locator(".board b, .board script")).toHaveCount(0);
  await page.getByRole("button", { name: "Next" }).click();

  // Map services the same way.
  const licenses = page.locator(".item-card", { hasText: "Total Licenses" });
  await expect(licenses).toBeVisible();
  if ((await licenses.getAttribute("data-status")) !== "mapped") {
    await licenses.getByRole("button", { name: /^Map to…/ }).click();
    await page.keyboard.press("Enter");
  }
  await expect(licenses).toHaveAttribute("data-status", "mapped");
  await screenshotStep(page, testInfo, "07-map-services");
  await expectAccessible(page, "map services");
  await page.getByRole("button", { name: "Next" }).click();

  // Review → Finish → the pop-up with live progress and a link to Reconcile.
  await expect(page.getByTestId("review-excluded")).not.toHaveText("0");
  await screenshotStep(page, testInfo, "08-review");
  await expectAccessible(page, "review");
  await page.getByRole("button", { name: "Finish" }).click();
  const popup = page.getByRole("dialog", { name: "Setup complete" });
  await expect(popup).toContainText("a few seconds to several minutes");
  await expect(popup.getByRole("progressbar")).toBeVisible();
  await screenshotStep(page, testInfo, "09-syncing");
  await expect(popup.getByRole("link", { name: "Go to Reconcile" })).toBeVisible({ timeout: 90_000 });
  await expect(popup.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "100");
  await screenshotStep(page, testInfo, "10-sync-done");
  await expectAccessible(page, "setup complete");
  await popup.getByRole("link", { name: "Back to Integrations" }).click();

  // Integrations shows it connected; the Connected filter keeps it.
  await page.getByRole("button", { name: "Connected" }).click();
  await expect(page).toHaveURL(/status=connected/);
  await expect(card.getByText("Connected")).toBeVisible();
  await screenshotStep(page, testInfo, "11-connected");
  await card.getByRole("link", { name: "Configure" }).click();

  await expect(page.getByTestId("key-hint")).toContainText("••••");
  await screenshotStep(page, testInfo, "12-configure");
  await expectAccessible(page, "configure");
  await page.getByRole("button", { name: "Disconnect" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Disconnect SpamTitan?" });
  await expect(confirm.getByRole("list", { name: "What will be removed" })).toContainText("account mapping");
  await expect(confirm).toContainText("turn off the API key in SpamTitan");
  await screenshotStep(page, testInfo, "13-disconnect");
  await expectAccessible(page, "disconnect");
  await confirm.getByRole("button", { name: "Confirm" }).click();

  // Back on Integrations the card is available again, and the mappings are gone.
  await expect(page).toHaveURL(/\/integrations/);
  await expect(card.getByRole("link", { name: "Connect" })).toBeVisible();
  await screenshotStep(page, testInfo, "14-available-again");
  const catalog = await (await page.request.get("/api/v1/integrations")).json();
  const entries: { vendor: string; status: string; counts: { mapped: number } }[] = Array.isArray(catalog)
    ? catalog
    : catalog.items;
  expect(entries.find((entry) => entry.vendor === "spamtitan")).toMatchObject({
    status: "available",
    counts: { mapped: 0 },
  });
});

test("a viewer sees no Connect or Disconnect", async ({ page, browser }, testInfo) => {
  await signIn(page, owner.email, owner.password);
  const viewer = { email: `viewer-${Date.now()}@example.com`, password: "viewer-password-123" };
  await apiWrite(page, "POST", "/api/v1/users", {
    email: viewer.email,
    name: "Vic Viewer",
    role: "viewer",
    password: viewer.password,
  });

  const context = await browser.newContext();
  const viewerPage = await context.newPage();
  await signIn(viewerPage, viewer.email, viewer.password);
  await viewerPage.goto("/integrations");
  const card = viewerPage.getByRole("article", { name: "SpamTitan" });
  await expect(card).toBeVisible();
  await expect(viewerPage.getByRole("link", { name: "Connect" })).toHaveCount(0);
  await expect(viewerPage.getByRole("button", { name: "Disconnect" })).toHaveCount(0);
  await screenshotStep(viewerPage, testInfo, "viewer-integrations");
  await expectAccessible(viewerPage, "viewer integrations");
  await viewerPage.goto("/integrations/spamtitan/connect");
  await expect(viewerPage.getByText("Only an owner or admin can connect integrations")).toBeVisible();
  await context.close();
});
