import { describe, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestUser } from "../testing/create-test-app.ts";

const csv = [
  "type,name,external_id,domain,active,sku,unit_price,unit_cost,account,contract,service,quantity,start_date",
  'account,"Acme, Inc.",PSA-1,acme.example,,,,,,,,,',
  "account,Globex,,,no,,,,,,,,",
  "service,SpamTitan Email Security,,,,ST-1,2.5,1.1,,,,,",
  "contract_line,,,,,,,,PSA-1,Email,ST-1,40,2026-01-01",
  "contract_line,,,,,,,,Globex,,SpamTitan Email Security,7,",
].join("\r\n");

async function importCsv(t: TestApp, user: TestUser, text: string, dryRun: boolean) {
  return t.request(`/api/v1/imports/directory${dryRun ? "?dryRun=true" : ""}`, {
    method: "POST",
    headers: { ...user.bearerHeaders, "content-type": "text/csv" },
    body: text,
  });
}

async function countRows(t: TestApp) {
  return {
    accounts: (await t.db.selectFrom("accounts").select("id").execute()).length,
    services: (await t.db.selectFrom("services").select("id").execute()).length,
    contracts: (await t.db.selectFrom("contracts").select("id").execute()).length,
    lines: (await t.db.selectFrom("contract_lines").select("id").execute()).length,
    audit: (await t.db.selectFrom("audit_events").select("id").execute()).length,
  };
}

describe("POST /api/v1/imports/directory", () => {
  it("reports per row what a dry run would do and writes nothing", async () => {
    const t = await createTestApp();
    const user = await t.createUser("reconciler");
    const before = await countRows(t);
    const response = await importCsv(t, user, csv, true);
    expect(response.status).toBe(200);
    const result = await response.json();
    expect(result).toMatchObject({
      dryRun: true,
      applied: false,
      summary: { created: 5, updated: 0, unchanged: 0, rejected: 0 },
      rows: [
        { line: 2, type: "account", action: "created", id: null },
        { line: 3, type: "account", action: "created" },
        { line: 4, type: "service", action: "created" },
        { line: 5, type: "contract_line", action: "created" },
        { line: 6, type: "contract_line", action: "created" },
      ],
    });
    expect(await countRows(t)).toEqual(before);
  });

  it("applies in one go what the dry run said, and a second import finds nothing to change", async () => {
    const t = await createTestApp();
    const user = await t.createUser("reconciler");
    const dry = (await (await importCsv(t, user, csv, true)).json()) as { summary: unknown };
    const applied = await importCsv(t, user, csv, false);
    expect(applied.status).toBe(200);
    const result = (await applied.json()) as { summary: unknown; applied: boolean };
    expect(result.applied).toBe(true);
    expect(result.summary).toEqual(dry.summary);
    const accounts = await t.db.selectFrom("accounts").selectAll().orderBy("name").execute();
    expect(accounts.map((a) => [a.name, a.external_id, a.domain, a.active])).toEqual([
      ["Acme, Inc.", "PSA-1", "acme.example", 1],
      ["Globex", null, null, 0],
    ]);
    const lines = await t.db
      .selectFrom("contract_lines")
      .innerJoin("contracts", "contracts.id", "contract_lines.contract_id")
      .innerJoin("accounts", "accounts.id", "contracts.account_id")
      .select([
        "accounts.name as account",
        "contracts.name as contract",
        "contracts.start_date",
        "contract_lines.quantity",
        "contract_lines.unit_price",
      ])
      .orderBy("accounts.name")
      .execute();
    expect(lines).toEqual([
      { account: "Acme, Inc.", contract: "Email", start_date: "2026-01-01", quantity: 40, unit_price: "2.5" },
      { account: "Globex", contract: "Main", start_date: "2026-12-03", quantity: 7, unit_price: "2.5" },
    ]);
    const again = (await (await importCsv(t, user, csv, false)).json()) as { summary: unknown };
    expect(again.summary).toEqual({ created: 0, updated: 0, unchanged: 5, rejected: 0 });
    expect(
      (await t.db.selectFrom("audit_events").select("id").where("type", "=", "import.directory.applied").execute())
        .length,
    ).toBe(2);
  });

  it("updates matched rows and rejects bad ones with a reason; applying with rejections writes nothing (422)", async () => {
    const t = await createTestApp();
    const user = await t.createUser("reconciler");
    await importCsv(t, user, csv, false);
    const before = await countRows(t);
    const changes = [
      "Type,Name,External ID,Quantity,Account,Service,Unit Price",
      "account,Acme Renamed,PSA-1,,,,",
      "contract_line,,,41,PSA-1,ST-1,",
      "contract_line,,,-3,PSA-1,ST-1,",
      "contract_line,,,5,Nobody,ST-1,",
      "service,Backup,,,,,lots",
      "widget,x,,,,,",
    ].join("\n");
    const dry = (await (await importCsv(t, user, changes, true)).json()) as {
      rows: { action: string; reason: string | null }[];
    };
    expect(dry.rows.map((r) => r.action)).toEqual([
      "updated",
      "updated",
      "rejected",
      "rejected",
      "rejected",
      "rejected",
    ]);
    expect(dry.rows[2]?.reason).toMatch(/quantity/);
    expect(dry.rows[3]?.reason).toMatch(/no account "Nobody"/);
    expect(dry.rows[4]?.reason).toMatch(/unit_price/);
    expect(dry.rows[5]?.reason).toMatch(/type/);
    const apply = await importCsv(t, user, changes, false);
    expect(apply.status).toBe(422);
    const problem = (await apply.json()) as { code: string; errors: { path: string }[] };
    expect(problem.code).toBe("validation_failed");
    expect(problem.errors.map((e) => e.path)).toEqual(["line 4", "line 5", "line 6", "line 7"]);
    expect(await countRows(t)).toEqual(before);
    const valid = changes.split("\n").slice(0, 3).join("\n");
    expect((await importCsv(t, user, valid, false)).status).toBe(200);
    const acme = await t.db
      .selectFrom("accounts")
      .select("name")
      .where("external_id", "=", "PSA-1")
      .executeTakeFirstOrThrow();
    expect(acme.name).toBe("Acme Renamed");
    const line = await t.db.selectFrom("contract_lines").select("quantity").where("quantity", "=", 41).execute();
    expect(line).toHaveLength(1);
  });

  it("accepts JSON {csv} and rejects malformed CSV, a missing type column and other media types", async () => {
    const t = await createTestApp();
    const user = await t.createUser("reconciler");
    const json = await t.requestJson("/api/v1/imports/directory?dryRun=true", "POST", user.bearerHeaders, {
      csv: "type,name\naccount,A",
    });
    expect(await json.json()).toMatchObject({ summary: { created: 1 } });
    const emptyJson = await t.requestJson("/api/v1/imports/directory", "POST", user.bearerHeaders, { csv: "" });
    expect(emptyJson.status).toBe(422);
    const broken = await importCsv(t, user, 'type,name\naccount,"open', true);
    expect(broken.status).toBe(422);
    expect(await broken.json()).toMatchObject({ detail: expect.stringContaining("line 2") });
    expect((await importCsv(t, user, "name\nA", true)).status).toBe(422);
    const xml = await t.request("/api/v1/imports/directory", {
      method: "POST",
      headers: { ...user.bearerHeaders, "content-type": "application/xml" },
      body: "<a/>",
    });
    expect(xml.status).toBe(415);
  });

  it("is for reconcilers and up", async () => {
    const t = await createTestApp();
    const viewer = await t.createUser("viewer");
    expect((await importCsv(t, viewer, csv, true)).status).toBe(403);
  });
});
