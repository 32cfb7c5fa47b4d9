import { expect, test } from "@playwright/test";
import { captureScreen, expectNoSeriousAxeViolations, signInAs, startedOwner } from "./screen-checks.ts";

test.describe.configure({ mode: "serial" });

// Unique per run, so a reused server (TALLY_E2E_REUSE=1) does not trip over earlier runs.
const run = Date.now().toString(36);
const accountName = `Brightline Dental ${run}`;
const serviceName = `Cloud Backup ${run}`;
const viewer = { email: `viewer-${run}@example.com`, name: `Vera Viewer ${run}`, password: "viewer-password-123" };

test("an owner keeps the directory, reads the audit log and manages users and tokens", async ({ page }, testInfo) => {
  await signInAs(page, startedOwner.email, startedOwner.password);

  // Accounts: validation in place, then create, edit and find.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Accounts" }).click();
  await expect(page.getByRole("heading", { name: "Accounts", level: 1 })).toBeVisible();
  await expect(page.getByRole("table", { name: "Accounts" })).toBeVisible();
  await expectNoSeriousAxeViolations(page, "Accounts");
  await captureScreen(page, testInfo, "accounts");
  await page.getByRole("button", { name: "New account" }).click();
  const accountDialog = page.getByRole("dialog", { name: "New account" });
  await accountDialog.getByLabel("Domain").fill("not a domain");
  await accountDialog.getByRole("button", { name: "Create account" }).click();
  await expect(accountDialog.getByText("Enter the account's name.")).toBeVisible();
  await expect(accountDialog.getByText("Use a domain like example.com.")).toBeVisible();
  await expect(accountDialog.getByLabel("Domain")).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousAxeViolations(page, "New account with errors");
  await captureScreen(page, testInfo, "account-form-errors");
  await accountDialog.getByLabel("Name").fill(accountName);
  await accountDialog.getByLabel("PSA id").fill(`PSA-${run}`);
  await accountDialog.getByLabel("Domain").fill("brightline.example");
  await accountDialog.getByRole("button", { name: "Create account" }).click();
  await expect(accountDialog).toBeHidden();
  await page.getByLabel("Search accounts").fill(`psa-${run}`);
  const row = page.getByRole("row", { name: new RegExp(accountName) });
  await expect(row).toContainText("brightline.example");
  await row.getByRole("button", { name: `Edit ${accountName}` }).click();
  const editDialog = page.getByRole("dialog", { name: "Edit account" });
  await editDialog.getByLabel("Domain").fill("brightline-dental.example");
  await editDialog.getByRole("button", { name: "Save" }).click();
  await expect(editDialog).toBeHidden();
  await expect(row).toContainText("brightline-dental.example");

  // The server's own answer lands under its field: a PSA id that is taken.
  await page.getByRole("button", { name: "New account" }).click();
  await accountDialog.getByLabel("Name").fill(`${accountName} twin`);
  await accountDialog.getByLabel("PSA id").fill(`PSA-${run}`);
  await accountDialog.getByRole("button", { name: "Create account" }).click();
  await expect(accountDialog.getByLabel("PSA id")).toHaveAttribute("aria-invalid", "true");
  await accountDialog.getByRole("button", { name: "Cancel" }).click();

  // CSV import: the dry run shows each row; a rejected row blocks Apply until fixed.
  await page.getByRole("button", { name: "Import CSV" }).click();
  const importDialog = page.getByRole("dialog", { name: "Import from CSV" });
  await importDialog
    .getByLabel("Or paste the CSV")
    .fill(`type,name,external_id\naccount,Imported ${run},IMP-${run}\naccount,,IMP-bad-${run}\n`);
  await importDialog.getByRole("button", { name: "Preview" }).click();
  const preview = importDialog.getByRole("table", { name: "What each row would do" });
  await expect(preview.getByRole("row")).toHaveCount(3);
  await expect(preview.getByRole("row").nth(1)).toContainText("Create");
  await expect(preview.getByRole("row").nth(2)).toContainText("Rejected");
  await expect(importDialog.getByRole("button", { name: "Apply import" })).toBeDisabled();
  await expectNoSeriousAxeViolations(page, "Import preview");
  await captureScreen(page, testInfo, "import-preview");
  await importDialog.getByLabel("Or paste the CSV").fill(`type,name,external_id\naccount,Imported ${run},IMP-${run}\n`);
  await importDialog.getByRole("button", { name: "Preview" }).click();
  await expect(importDialog.getByText(/Dry run: 1 to create/)).toBeVisible();
  await importDialog.getByRole("button", { name: "Apply import" }).click();
  await expect(importDialog).toBeHidden();
  await page.getByLabel("Search accounts").fill(`Imported ${run}`);
  await expect(page.getByRole("row", { name: new RegExp(`Imported ${run}`) })).toBeVisible();

  // Services: a bad price is explained, a good one saved.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Services" }).click();
  await expect(page.getByRole("table", { name: "Services" })).toBeVisible();
  await expectNoSeriousAxeViolations(page, "Services");
  await captureScreen(page, testInfo, "services");
  await page.getByRole("button", { name: "New service" }).click();
  const serviceDialog = page.getByRole("dialog", { name: "New service" });
  await serviceDialog.getByLabel("Name").fill(serviceName);
  await serviceDialog.getByLabel("Unit price").fill("abc");
  await serviceDialog.getByRole("button", { name: "Create service" }).click();
  await expect(serviceDialog.getByText(/Enter a price like 2.50/)).toBeVisible();
  await serviceDialog.getByLabel("Unit price").fill("3.25");
  await serviceDialog.getByRole("button", { name: "Create service" }).click();
  await expect(serviceDialog).toBeHidden();
  await expect(page.getByRole("row", { name: new RegExp(serviceName) })).toContainText("$3.25");

  // Contracts with their lines.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Contracts" }).click();
  await expect(page.getByRole("table", { name: "Contracts" })).toBeVisible();
  await page.getByRole("button", { name: "New contract" }).click();
  const contractDialog = page.getByRole("dialog", { name: "New contract" });
  await contractDialog.getByLabel("Account").selectOption({ label: accountName });
  await contractDialog.getByLabel("Name").fill("Managed backup");
  await contractDialog.getByRole("button", { name: "Create contract" }).click();
  await expect(contractDialog).toBeHidden();
  const lines = page.getByRole("region", { name: "Managed backup" });
  await expect(lines.getByText("No lines yet")).toBeVisible();
  await lines.getByRole("button", { name: "Add line" }).click();
  const lineDialog = page.getByRole("dialog", { name: "Add line" });
  await lineDialog.getByLabel("Service").selectOption({ label: serviceName });
  await lineDialog.getByLabel("Quantity").fill("2.5");
  await lineDialog.getByRole("button", { name: "Add line" }).click();
  await expect(lineDialog.getByText("Use a whole number, 0 or more.")).toBeVisible();
  await lineDialog.getByLabel("Quantity").fill("12");
  await lineDialog.getByRole("button", { name: "Add line" }).click();
  await expect(lineDialog).toBeHidden();
  const line = lines.getByRole("row", { name: new RegExp(serviceName) });
  await expect(line).toContainText("12");
  await expect(line).toContainText("$3.25");
  await expect(line).toContainText("$39.00");
  await expectNoSeriousAxeViolations(page, "Contracts with lines");
  await captureScreen(page, testInfo, "contracts-lines");

  // Settings: add a viewer, create a token (shown once), revoke it.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("table", { name: "Users" })).toBeVisible();
  await page.getByRole("button", { name: "Add user" }).click();
  const userDialog = page.getByRole("dialog", { name: "Add user" });
  await userDialog.getByLabel("Email").fill(viewer.email);
  await userDialog.getByLabel("Name").fill(viewer.name);
  await userDialog.getByLabel("Role").selectOption("viewer");
  await userDialog.getByLabel("Initial password").fill("short");
  await userDialog.getByRole("button", { name: "Add user" }).click();
  await expect(userDialog.getByText("Use at least 12 characters.")).toBeVisible();
  await userDialog.getByLabel("Initial password").fill(viewer.password);
  await userDialog.getByRole("button", { name: "Add user" }).click();
  await expect(userDialog).toBeHidden();
  await expect(page.getByLabel(`Role of ${viewer.name}`)).toHaveValue("viewer");

  await page.getByRole("button", { name: "Create token" }).click();
  const tokenDialog = page.getByRole("dialog", { name: "Create API token" });
  await tokenDialog.getByLabel("Name").fill(`e2e ${run}`);
  await tokenDialog.getByRole("button", { name: "Create token" }).click();
  const onceDialog = page.getByRole("dialog", { name: "Copy your new token" });
  const secret = await onceDialog.getByLabel(`e2e ${run}`).inputValue();
  expect(secret.length).toBeGreaterThan(20);
  await expectNoSeriousAxeViolations(page, "Token shown once");
  await captureScreen(page, testInfo, "token-shown-once");
  // The token works as a Bearer token.
  const me = await page.request.get("/api/v1/auth/me", { headers: { authorization: `Bearer ${secret}` } });
  expect(me.status()).toBe(200);
  await onceDialog.getByRole("button", { name: "Done" }).click();
  await expect(page.getByText(secret)).toHaveCount(0);
  await page.getByRole("button", { name: `Revoke e2e ${run}` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Revoke token" }).click();
  await expect(page.getByRole("row", { name: new RegExp(`e2e ${run}`) })).toContainText("Revoked");
  const after = await page.request.get("/api/v1/auth/me", { headers: { authorization: `Bearer ${secret}` } });
  expect(after.status()).toBe(401);
  await expectNoSeriousAxeViolations(page, "Settings");
  await captureScreen(page, testInfo, "settings");

  // Audit log: what just happened, before → after.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit log" }).click();
  await page.getByLabel("Event type", { exact: true }).selectOption({ label: "Accounts" });
  const events = page.getByRole("list", { name: "Audit events, newest first" });
  const updated = events.getByRole("listitem").filter({ hasText: "Account updated" }).first();
  await expect(updated).toContainText("brightline.example");
  await expect(updated).toContainText("brightline-dental.example");
  await expect(events.getByRole("listitem").filter({ hasText: "Account created" }).first()).toBeVisible();
  await expectNoSeriousAxeViolations(page, "Audit log");
  await captureScreen(page, testInfo, "audit-log");
});

test("a viewer reads the directory but sees no way to change it", async ({ page }, testInfo) => {
  await signInAs(page, viewer.email, viewer.password);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Accounts" }).click();
  await expect(page.getByRole("table", { name: "Accounts" })).toBeVisible();
  await expect(page.getByRole("button", { name: "New account" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Import CSV" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Edit / })).toHaveCount(0);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Contracts" }).click();
  await page
    .getByRole("button", { name: /^Lines of Managed backup/ })
    .first()
    .click();
  await expect(page.getByRole("button", { name: "Add line" })).toHaveCount(0);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
  await expect(page.getByText("Users are managed by the owners and admins")).toBeVisible();
  await expect(page.getByRole("table", { name: "Users" })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page, "Settings as viewer");
  await captureScreen(page, testInfo, "settings-viewer");
});
