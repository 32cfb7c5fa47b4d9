import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";

/** A simulator listening on a port. */
export interface SimulatorServer {
  /** `http://host:port` */
  origin: string;
  /** The API URL to paste: `http://host:port/restapi`. */
  apiUrl: string;
  port: number;
  /** Stops listening and drops open connections (including hung "timeout" requests). */
  close(): Promise<void>;
}

/**
 * Serves a fetch handler (a simulator's) over HTTP, on 127.0.0.1 and a free port unless told otherwise.
 *
 * @example const server = await startSimulatorServer(sim); client = createSpamTitanClient({ apiUrl: server.apiUrl, apiKey: sim.token });
 */
export function startSimulatorServer(
  simulator: { fetch: (request: Request) => Response | Promise<Response> },
  options: { port?: number; host?: string } = {},
): Promise<SimulatorServer> {
  const host = options.host ?? "127.0.0.1";
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: simulator.fetch, port: options.port ?? 0, hostname: host }, (info: AddressInfo) => {
      const origin = `http://${host.includes(":") ? `[${host}]` : host}:${info.port}`;
      resolve({
        origin,
        apiUrl: `${origin}/restapi`,
        port: info.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            if ("closeAllConnections" in server) server.closeAllConnections();
          }),
      });
    });
    server.once("error", reject);
  });
}
