import { readFileSync } from "node:fs";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { callApi, connectAndSyncDemo, makeReviewCase } from "./demo-setup.ts";
import { captureScreen, expectNoSeriousAxeViolations, signInAs, startedOwner } from "./screen-checks.ts";

test.describe.configure({ mode: "serial" });

const run = Date.now().toString(36);
const viewer = { email: `reconcile-viewer-${run}@example.com`, password: "viewer-password-123" };
const kinds = ["reconcile", "new_revenue", "missing_usage", "review", "no_change"] as const;

const cards = (page: Page): Locator => page.locator("article.card-tile");
const count = async (page: Page, kind: string): Promise<number> =>
  Number((await page.getByTestId(`count-${kind}`).textContent())?.replace(/\D/g, "") ?? "0");

async function showKind(page: Page, label: string): Promise<void> {
  await page.getByLabel("Kind", { exact: true }).selectOption({ label });
  await expect(cards(page).first()).toBeVisible();
}

async function expectToast(page: Page, text: RegExp): Promise<Locator> {
  const toast = page.getByRole("region", { name: "Notifications" }).getByRole("status").filter({ hasText: text });
  await expect(toast).toBeVisible();
  return toast;
}

test("a reconciler works through the month's SpamTitan cards", async ({ page }, testInfo) => {
  await signInAs(page, startedOwner.email, startedOwner.password);
  await connectAndSyncDemo(page);
  const reviewAccount = await makeReviewCase(page);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reconcile" }).click();
  await expect(page.getByLabel("Period")).toHaveValue(/^\d{4}-\d{2}$/);
  await expect(page.getByLabel("Period").locator("option:checked")).toHaveText(/^[A-Z][a-z]+ \d{4}$/);
  await expect(cards(page).first()).toBeVisible();

  // The guide: select the filter option and choose the vendor.
  await page.getByLabel("Vendor", { exact: true }).selectOption({ label: "SpamTitan" });
  for (const kind of kinds) expect(await count(page, kind), `${kind} cards`).toBeGreaterThan(0);
  await expect(page.getByRole("button", { name: /Review/ })).toBeVisible();
  await page.getByLabel("Search cards").fill(reviewAccount);
  await expect(cards(page).filter({ hasText: "Review" })).toHaveCount(1);
  await page.getByLabel("Search cards").fill("");
  await expectNoSeriousAxeViolations(page, "Reconcile");
  await captureScreen(page, testInfo, "reconcile-cards");
  await page.getByRole("button", { name: "List", exact: true }).click();
  await expectNoSeriousAxeViolations(page, "Reconcile list view");
  await captureScreen(page, testInfo, "reconcile-list");
  await page.getByRole("button", { name: "Cards", exact: true }).click();

  // Approve one.
  await showKind(page, "Reconcile");
  const reconcileBefore = await count(page, "reconcile");
  const approved = cards(page).first();
  const approvedName = (await approved.locator(".card-account").textContent()) ?? "";
  await approved.getByRole("button", { name: /^Approve / }).click();
  const approveToast = await expectToast(page, new RegExp(`Approved ${escapeRegExp(approvedName)}`));
  await expect(approveToast.getByRole("link", { name: "View in audit log" })).toHaveAttribute("href", /event=/);
  await expect(page.getByTestId("count-reconcile")).toHaveText(String(reconcileBefore - 1));
  await expect(cards(page).filter({ hasText: approvedName })).toHaveCount(0);

  // Adjust one with a note.
  const adjusted = cards(page).first();
  const adjustedName = (await adjusted.locator(".card-account").textContent()) ?? "";
  const vendorQuantity = Number((await adjusted.getByTestId("vendor-quantity").textContent())?.replace(/\D/g, ""));
  await adjusted.getByRole("button", { name: /^Adjust / }).click();
  const adjustDialog = page.getByRole("dialog", { name: "Adjust quantity" });
  await expect(adjustDialog.getByLabel("Effective date")).toHaveValue(/^\d{4}-\d{2}-01$/);
  await adjustDialog.getByLabel("Quantity to bill").fill("-2");
  await adjustDialog.getByRole("button", { name: "Adjust" }).click();
  await expect(adjustDialog.getByText("Use a whole number, 0 or more.")).toBeVisible();
  await adjustDialog.getByLabel("Quantity to bill").fill(String(vendorQuantity + 1));
  await adjustDialog.getByLabel("Note").fill(`Agreed one spare mailbox ${run}`);
  await expectNoSeriousAxeViolations(page, "Adjust dialog");
  await captureScreen(page, testInfo, "adjust-dialog");
  await adjustDialog.getByRole("button", { name: "Adjust" }).click();
  await expect(adjustDialog).toBeHidden();
  await expectToast(page, new RegExp(`Adjusted ${escapeRegExp(adjustedName)}.* to ${vendorQuantity + 1}`));

  // Dismiss one.
  await showKind(page, "Missing usage");
  const dismissed = cards(page).first();
  const dismissedName = (await dismissed.locator(".card-account").textContent()) ?? "";
  await dismissed.getByRole("button", { name: /^Dismiss / }).click();
  const dismissDialog = page.getByRole("dialog", { name: "Dismiss card" });
  await dismissDialog.getByLabel("Note").fill("Customer moved to another vendor");
  await dismissDialog.getByRole("button", { name: "Dismiss" }).click();
  await expectToast(page, new RegExp(`Dismissed ${escapeRegExp(dismissedName)}`));

  // Attach a new-revenue card to a contract of its account.
  await showKind(page, "New revenue");
  const attached = cards(page).first();
  const attachedName = (await attached.locator(".card-account").textContent()) ?? "";
  await ensureContractFor(page, attachedName);
  await attached.getByRole("button", { name: /^Attach / }).click();
  const attachDialog = page.getByRole("dialog", { name: "Attach to a contract" });
  await expect(attachDialog.getByRole("radio").first()).toBeChecked();
  await expectNoSeriousAxeViolations(page, "Attach dialog");
  await attachDialog.getByRole("button", { name: "Attach" }).click();
  await expectToast(page, new RegExp(`Attached ${escapeRegExp(attachedName)}`));

  // Bulk-approve three after reading the dry run.
  await showKind(page, "No change");
  const noChangeBefore = await count(page, "no_change");
  const chosen: string[] = [];
  for (let index = 0; index < 3; index += 1) {
    const card = cards(page).nth(index);
    chosen.push((await card.locator(".card-account").textContent()) ?? "");
    await card.getByRole("checkbox").check();
  }
  await expect(page.getByText("3 selected")).toBeVisible();
  await page.getByRole("button", { name: "Approve selected…" }).click();
  const bulkDialog = page.getByRole("dialog", { name: "Approve 3 cards" });
  const diff = bulkDialog.getByRole("table", { name: "What the bulk action would change" });
  await expect(diff.getByRole("row")).toHaveCount(4);
  for (const name of chosen) await expect(diff).toContainText(name);
  await expect(bulkDialog.getByRole("status")).toContainText("Dry run: 3 cards change");
  await expectNoSeriousAxeViolations(page, "Bulk dry run");
  await captureScreen(page, testInfo, "bulk-dry-run");
  await bulkDialog.getByRole("button", { name: "Approve 3 cards" }).click();
  await expect(bulkDialog).toBeHidden();
  await expectToast(page, /Approved 3 cards/);
  await expect(page.getByTestId("count-no_change")).toHaveText(String(noChangeBefore - 3));

  // Why this number? The chart's maximum is the card's vendor quantity.
  await showKind(page, "Reconcile");
  const explained = cards(page).first();
  const explainedQuantity = (await explained.getByTestId("vendor-quantity").textContent())?.trim();
  await explained.getByRole("button", { name: /^Why this number\?/ }).click();
  const why = page.getByRole("dialog", { name: "Why this number?" });
  await expect(why.locator("figure.usage-chart")).toHaveAttribute(
    "data-max",
    String(explainedQuantity).replace(/\D/g, ""),
  );
  await expect(why.getByTestId("chart-max")).toHaveText(String(explainedQuantity));
  await expect(why.getByTestId("billed-quantity")).toHaveText(String(explainedQuantity));
  await expect(why.getByTestId("portal-quantity")).not.toBeEmpty();
  await expect(why.getByRole("img", { name: /\d+ daily values, maximum \d/ })).toBeVisible();
  await expect(why.getByText("Synced")).toBeVisible();
  await expectNoSeriousAxeViolations(page, "Why this number?");
  await captureScreen(page, testInfo, "why-this-number");
  await why.getByRole("button", { name: "Close" }).click();

  // Export: the changes CSV has the approved and adjusted lines; the cards CSV every decided card.
  const changesDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export changes CSV" }).click();
  const changes = readFileSync((await (await changesDownload).path()) ?? "", "utf8");
  const changeRows = changes.trim().split(/\r?\n/);
  // The header, then one row per line whose quantity changes (approve and adjust here; attach adds a line).
  expect(changeRows[0]).toMatch(/account/i);
  expect(changeRows.length).toBeGreaterThanOrEqual(3);
  expect(changes).toContain(approvedName);
  expect(changes).toContain(adjustedName);
  expect(changes).toContain(String(vendorQuantity + 1));
  const cardsDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export cards CSV" }).click();
  const cardsCsv = readFileSync((await (await cardsDownload).path()) ?? "", "utf8");
  expect(cardsCsv).toContain("Customer moved to another vendor");
  expect(cardsCsv).toContain(`Agreed one spare mailbox ${run}`);
  for (const name of [...chosen, attachedName, dismissedName]) expect(cardsCsv).toContain(name.replace(/"/g, '""'));

  // The toast's link leads to the decision in the audit log.
  await page.getByLabel("Show", { exact: true }).selectOption("decided");
  await page.getByLabel("Kind", { exact: true }).selectOption({ label: "All kinds" });
  await page.getByLabel("Search cards").fill(approvedName);
  await expect(cards(page).filter({ hasText: approvedName }).first()).toBeVisible();
  await expect(
    cards(page)
      .first()
      .getByRole("button", { name: /^Approve / }),
  ).toHaveCount(0);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit log" }).click();
  await page.getByLabel("Event type", { exact: true }).selectOption({ label: "Reconciliation decisions" });
  const events = page.getByRole("list", { name: "Audit events, newest first" });
  await expect(events.getByRole("listitem").filter({ hasText: "Card adjusted" }).first()).toContainText(
    String(vendorQuantity + 1),
  );
  await expect(events.getByRole("listitem").filter({ hasText: "Card approved" })).toHaveCount(4);

  // A viewer for the next test.
  await callApi(page, "POST", "/api/v1/users", { ...viewer, name: "Reconcile Viewer", role: "viewer" });
});

test("a card someone else changed shows the fresh values and asks again", async ({ page }, testInfo) => {
  await signInAs(page, startedOwner.email, startedOwner.password);
  await page.goto("/reconcile");
  await showKind(page, "Reconcile");
  const card = cards(page).first();
  const name = (await card.locator(".card-account").textContent()) ?? "";
  const listed = await callApi<{
    items: { accountName: string; contractLineId: string | null; psaQuantity: number }[];
  }>(page, "GET", `/api/v1/reconciliation/cards?kind=reconcile&q=${encodeURIComponent(name)}`);
  const target = listed.items.find((item) => item.accountName === name);
  if (!target?.contractLineId) throw new Error(`no line behind ${name}`);
  // Someone else changes the billed quantity after this page loaded the card.
  await callApi(page, "PATCH", `/api/v1/contract-lines/${target.contractLineId}`, {
    quantity: target.psaQuantity + 5,
  });
  await card.getByRole("button", { name: /^Approve / }).click();
  const stale = page.getByRole("alertdialog", { name: "This card changed" });
  await expect(stale.getByRole("row", { name: /PSA quantity/ })).toContainText(String(target.psaQuantity));
  await expect(stale.getByRole("row", { name: /PSA quantity/ })).toContainText(String(target.psaQuantity + 5));
  await expectNoSeriousAxeViolations(page, "Stale card");
  await captureScreen(page, testInfo, "stale-card");
  await stale.getByRole("button", { name: "Approve with the fresh values" }).click();
  await expect(stale).toBeHidden();
  await expectToast(page, new RegExp(`Approved ${escapeRegExp(name)}`));
});

test("a viewer reads the cards and their explanations but sees no action", async ({ page }, testInfo) => {
  await signInAs(page, viewer.email, viewer.password);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reconcile" }).click();
  await expect(cards(page).first()).toBeVisible();
  for (const name of [/^Approve/, /^Adjust/, /^Dismiss/, /^Attach/, /selected…$/]) {
    await expect(page.getByRole("button", { name })).toHaveCount(0);
  }
  await expect(page.getByRole("checkbox")).toHaveCount(0);
  await cards(page)
    .first()
    .getByRole("button", { name: /^Why this number\?/ })
    .click();
  await expect(page.getByRole("dialog", { name: "Why this number?" })).toBeVisible();
  await expectNoSeriousAxeViolations(page, "Reconcile as viewer");
  await captureScreen(page, testInfo, "reconcile-viewer");
});

/** New revenue can only be attached to an existing contract: give the card's account one if it has none. */
async function ensureContractFor(page: Page, accountName: string): Promise<void> {
  const listed = await callApi<{ items: { accountId: string; accountName: string }[] }>(
    page,
    "GET",
    `/api/v1/reconciliation/cards?kind=new_revenue&q=${encodeURIComponent(accountName)}`,
  );
  const card = listed.items.find((item) => item.accountName === accountName);
  if (!card) throw new Error(`no new-revenue card for ${accountName}`);
  const contracts = await callApi<{ items: unknown[] }>(page, "GET", `/api/v1/contracts?accountId=${card.accountId}`);
  if (contracts.items.length === 0) {
    await callApi(page, "POST", "/api/v1/contracts", {
      accountId: card.accountId,
      name: "Managed services",
      startDate: "2026-01-01",
    });
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
