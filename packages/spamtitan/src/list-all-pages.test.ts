import { describe, expect, it } from "vitest";
import { SpamTitanError } from "./spamtitan-error.ts";
import { clientFor, startFixedServer, startSimulator } from "./test/start-simulator.ts";

describe("listDomainGroups pagination (against the simulator over HTTP)", () => {
  it.each([
    ["a bare array", { envelope: "bare" as const }, 1],
    ["{ data } alone", { envelope: "data" as const }, 1],
    ["{ data, meta, links } following links.next", { pageSize: 7 }, 6],
    ["{ data, meta } stepping ?page=N", { pageSize: 7, nextLinks: false }, 6],
    ["{ data, meta, links } with one exact page", { pageSize: 40 }, 1],
  ])("reads every group from %s", async (_, options, expectedRequests) => {
    const { sim, server } = await startSimulator({ groups: 40, ...options });
    const groups = await clientFor(server.apiUrl, sim.token).listDomainGroups();
    expect(groups).toEqual(sim.data.groups());
    expect(sim.stats.requests).toBe(expectedRequests);
  });

  it("keeps tricky Unicode and HTML-looking names exactly as sent", async () => {
    const { sim, server } = await startSimulator({ pageSize: 5 });
    const names = (await clientFor(server.apiUrl, sim.token).listDomainGroups()).map((g) => g.name);
    expect(names).toContain("Ｆｕｌｌｗｉｄｔｈ Ｔｒａｄｉｎｇ Ｃｏ");
    expect(names).toContain("<b>Bold</b> & Sons");
    expect(names.filter((n) => n === "Globex Corporation")).toHaveLength(2);
  });

  it("stops on an empty page even when meta claims more", async () => {
    const server = await startFixedServer({
      status: 200,
      contentType: "application/json",
      body: JSON.stringify({ data: [], meta: { current_page: 1, last_page: 9 }, links: { next: "?page=2" } }),
    });
    expect(await clientFor(server.apiUrl, "k").listDomainGroups()).toEqual([]);
    expect(server.seen).toHaveLength(1);
  });

  it("refuses a server that returns the same page forever with invalid_response", async () => {
    const { sim, server } = await startSimulator({ faults: { endlessPages: true } });
    const error = await clientFor(server.apiUrl, sim.token)
      .listDomainGroups()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpamTitanError);
    expect(error).toMatchObject({ code: "invalid_response" });
    expect((error as SpamTitanError).message).toContain("repeats an earlier page");
    expect(sim.stats.requests).toBe(2);
  });

  it("refuses a next link that points back at the same page", async () => {
    const server = await startFixedServer({
      status: 200,
      contentType: "application/json",
      body: JSON.stringify({ data: [{ id: 1, name: "A" }], links: { next: "/restapi/domain-groups" } }),
    });
    await expect(clientFor(server.apiUrl, "k").listDomainGroups()).rejects.toMatchObject({ code: "invalid_response" });
  });

  it("never follows a next link to another host (it would carry the key there)", async () => {
    const server = await startFixedServer({
      status: 200,
      contentType: "application/json",
      body: JSON.stringify({ data: [{ id: 1, name: "A" }], links: { next: "http://203.0.113.9/steal?page=2" } }),
    });
    expect(await clientFor(server.apiUrl, "k").listDomainGroups()).toEqual([{ id: 1, name: "A" }]);
    expect(server.seen).toHaveLength(1);
  });

  it("tolerates extra fields and string ids, and rejects an item without an id", async () => {
    const extra = await startFixedServer({
      status: 200,
      contentType: "application/json",
      body: JSON.stringify({ data: [{ id: "12", name: "Acme", colour: "red" }], extra: true }),
    });
    expect(await clientFor(extra.apiUrl, "k").listDomainGroups()).toEqual([{ id: 12, name: "Acme" }]);
    const broken = await startFixedServer({
      status: 200,
      contentType: "application/json",
      body: JSON.stringify({ data: [{ name: "No id" }] }),
    });
    await expect(clientFor(broken.apiUrl, "k").listDomainGroups()).rejects.toMatchObject({ code: "invalid_response" });
  });
});
