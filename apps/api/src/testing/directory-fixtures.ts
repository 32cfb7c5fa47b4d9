import type { TestApp, TestUser } from "./create-test-app.ts";

/** Creates an account, a service, a contract and a line through the API, returning their ids. */
export async function createDirectory(t: TestApp, user: TestUser) {
  const post = async (path: string, body: unknown) => {
    const response = await t.requestJson(path, "POST", user.bearerHeaders, body);
    if (response.status !== 201) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as { id: string };
  };
  const account = await post("/api/v1/accounts", { name: "Acme Ltd", externalId: "PSA-1", domain: "acme.example" });
  const service = await post("/api/v1/services", {
    name: "SpamTitan Email Security",
    sku: "ST-1",
    unitPrice: 2.5,
    unitCost: 1.1,
  });
  const contract = await post("/api/v1/contracts", { accountId: account.id, name: "Email", startDate: "2026-01-01" });
  const line = await post(`/api/v1/contracts/${contract.id}/lines`, { serviceId: service.id, quantity: 40 });
  return { accountId: account.id, serviceId: service.id, contractId: contract.id, lineId: line.id };
}
