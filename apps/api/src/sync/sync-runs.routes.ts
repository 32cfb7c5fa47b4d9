import { Hono } from "hono";
import { streamSSE } from "hono/streaming";
import { describeRoute, validator } from "hono-openapi";
import { requireUser } from "../auth/authenticate.ts";
import { notFound } from "../http/api-error.ts";
import type { AppEnv } from "../http/app-env.ts";
import { IdParam } from "../http/id-param.ts";
import { authProblems, jsonResponseSpec, problemResponseSpec } from "../http/problem-schema.ts";
import { rejectInvalid } from "../http/validation.ts";
import { isFinishedStatus, rowToSyncRun, type SyncRun, SyncRunSchema } from "./sync-run.ts";
import { findSyncRunRow } from "./sync-runs.repository.ts";

const tags = ["integrations"];

/** Sync runs by id: status and progress, and a live Server-Sent Events stream. */
export const syncRunsRoutes = new Hono<AppEnv>()
  .get(
    "/:id",
    describeRoute({
      tags,
      summary: "A sync run: status, progress {done,total}, counts, error, per-group failures",
      responses: {
        200: jsonResponseSpec("The run", SyncRunSchema),
        404: problemResponseSpec("No such run"),
        ...authProblems,
      },
    }),
    requireUser(),
    validator("param", IdParam, rejectInvalid),
    async (c) => {
      const row = await findSyncRunRow(c.var.deps.db, c.var.actor.organizationId, c.req.valid("param").id);
      if (!row) throw notFound("sync run");
      return c.json(rowToSyncRun(row, c.var.syncs.progressOf(row.id)), 200);
    },
  )
  .get(
    "/:id/events",
    describeRoute({
      tags,
      summary:
        "Server-Sent Events: `progress` events (data = the SyncRun) while the run goes, then one `finished` event, then the stream closes",
      responses: {
        200: { description: "text/event-stream" },
        404: problemResponseSpec("No such run"),
        ...authProblems,
      },
    }),
    requireUser(),
    validator("param", IdParam, rejectInvalid),
    async (c) => {
      const { db } = c.var.deps;
      const syncs = c.var.syncs;
      const id = c.req.valid("param").id;
      const first = await findSyncRunRow(db, c.var.actor.organizationId, id);
      if (!first) throw notFound("sync run");
      return streamSSE(c, async (stream) => {
        const queue: { run: SyncRun; finished: boolean }[] = [];
        let wake: (() => void) | undefined;
        // Subscribe before re-reading the row so no change falls between the read and the subscription.
        const unsubscribe = syncs.subscribe(id, (run, finished) => {
          queue.push({ run, finished });
          wake?.();
        });
        stream.onAbort(() => {
          unsubscribe();
          wake?.();
        });
        try {
          const row = (await findSyncRunRow(db, first.organization_id, id)) ?? first;
          const current = rowToSyncRun(row, syncs.progressOf(id));
          // A run no job of this process owns (interrupted by a restart) will not change any more.
          const finished = isFinishedStatus(row.status) || syncs.progressOf(id) === undefined;
          await stream.writeSSE({ event: finished ? "finished" : "progress", data: JSON.stringify(current), id: "0" });
          if (finished) return;
          let n = 0;
          while (!stream.aborted) {
            const next = queue.shift();
            if (!next) {
              await new Promise<void>((resolve) => {
                wake = resolve;
              });
              wake = undefined;
              continue;
            }
            n += 1;
            await stream.writeSSE({
              event: next.finished ? "finished" : "progress",
              data: JSON.stringify(next.run),
              id: String(n),
            });
            if (next.finished) return;
          }
        } finally {
          unsubscribe();
        }
      });
    },
  );
