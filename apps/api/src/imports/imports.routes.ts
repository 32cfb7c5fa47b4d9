import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { describeRoute, resolver, validator } from "hono-openapi";
import * as v from "valibot";
import { writeContextOf } from "../audit/write-context.ts";
import { requireRole } from "../auth/authenticate.ts";
import { ApiError } from "../http/api-error.ts";
import type { AppEnv } from "../http/app-env.ts";
import { idempotent } from "../http/idempotency.ts";
import { BooleanQuery } from "../http/list-query.ts";
import { authProblems, jsonResponseSpec, problemResponseSpec } from "../http/problem-schema.ts";
import { rejectInvalid } from "../http/validation.ts";
import { importDirectoryCsv } from "./directory-import.service.ts";

const maxBytes = 5 * 1024 * 1024;
const JsonBody = v.object({ csv: v.pipe(v.string(), v.minLength(1, "must not be empty")) });
const ImportQuery = v.object({ dryRun: BooleanQuery });

const ImportResultSchema = v.object({
  dryRun: v.boolean(),
  applied: v.boolean(),
  summary: v.object({ created: v.number(), updated: v.number(), unchanged: v.number(), rejected: v.number() }),
  rows: v.array(
    v.object({
      line: v.number(),
      type: v.string(),
      action: v.picklist(["created", "updated", "unchanged", "rejected"]),
      id: v.nullable(v.string()),
      reason: v.nullable(v.string()),
    }),
  ),
});

const description = `One CSV (text/csv body, or JSON {"csv": "..."}) with a header and a \`type\` column:
- \`account\`: name, external_id, domain, active — matched by external_id, else exact name
- \`service\`: name, sku, unit_price, unit_cost — matched by sku, else exact name
- \`contract_line\`: account (external id or name), service (sku or name), quantity, unit_price (defaults to the service's), contract (optional name). The one line of that account × service is updated (on the named contract, if given); otherwise a line is added to the named contract, or the account's only contract, or a new contract ("Main" unless named, starting start_date or today). Anything ambiguous is rejected.

Rows run in file order, so a line may use an account created above it. \`?dryRun=true\` reports per row what would be created/updated/unchanged/rejected and changes nothing. Applying is all-or-nothing: if any row is rejected nothing is written and the answer is 422 listing the rejected lines.`;

/** Bulk directory import from CSV. */
export const importsRoutes = new Hono<AppEnv>().post(
  "/directory",
  describeRoute({
    tags: ["directory"],
    summary: "Import accounts, services and contract lines from CSV (dry-run first; accepts Idempotency-Key)",
    description,
    requestBody: {
      content: {
        "text/csv": { schema: { type: "string" } },
        "application/json": { schema: resolver(JsonBody) },
      },
    },
    responses: {
      200: jsonResponseSpec("What was (or would be) done per row", ImportResultSchema),
      413: problemResponseSpec("Larger than 5 MB"),
      415: problemResponseSpec("Neither text/csv nor JSON"),
      422: problemResponseSpec("Malformed CSV, or rejected rows when applying"),
      ...authProblems,
    },
  }),
  requireRole("reconciler"),
  validator("query", ImportQuery, rejectInvalid),
  bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ApiError(413, "malformed_request", "The import is larger than 5 MB; split it.");
    },
  }),
  idempotent(),
  async (c) => {
    const type = (c.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
    let csv: string;
    if (type === "text/csv" || type === "text/plain") {
      csv = await c.req.text();
    } else if (type === "application/json") {
      const body = v.safeParse(JsonBody, await c.req.json().catch(() => undefined));
      if (!body.success) {
        throw new ApiError(422, "validation_failed", 'Send JSON {"csv": "..."} with the CSV text.', {
          errors: body.issues.map((issue) => ({ path: v.getDotPath(issue) ?? "", message: issue.message })),
        });
      }
      csv = body.output.csv;
    } else {
      throw new ApiError(415, "malformed_request", 'Send the CSV as text/csv, or JSON {"csv": "..."}.');
    }
    const dryRun = c.req.valid("query").dryRun ?? false;
    const result = await importDirectoryCsv(c.var.deps.db, writeContextOf(c.var.actor, c.var.deps.clock()), csv, {
      dryRun,
    });
    if (!dryRun && !result.applied) {
      throw new ApiError(
        422,
        "validation_failed",
        `${result.summary.rejected} row(s) were rejected, so nothing was imported; fix them (try ?dryRun=true).`,
        {
          errors: result.rows
            .filter((r) => r.action === "rejected")
            .map((r) => ({ path: `line ${r.line}`, message: r.reason ?? "rejected" })),
        },
      );
    }
    return c.json(result, 200);
  },
);
