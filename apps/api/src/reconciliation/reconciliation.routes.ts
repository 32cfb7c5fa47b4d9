import { type DecisionRequest, type Period, periodOfDate } from "@tally/core";
import { Hono } from "hono";
import { describeRoute, validator } from "hono-openapi";
import * as v from "valibot";
import { writeContextOf } from "../audit/write-context.ts";
import { requireRole, requireUser } from "../auth/authenticate.ts";
import { ContractLineSchema } from "../contracts/contract.ts";
import type { AppEnv } from "../http/app-env.ts";
import { idempotent } from "../http/idempotency.ts";
import { BooleanQuery, SearchText } from "../http/list-query.ts";
import { PageQuery, pageOf } from "../http/pagination.ts";
import { authProblems, jsonResponseSpec, problemResponseSpec } from "../http/problem-schema.ts";
import { rejectInvalid } from "../http/validation.ts";
import { BulkResultSchema, bulkDecide } from "./bulk-decide.service.ts";
import { CardSchema } from "./card.ts";
import { loadCardSet } from "./card-cache.ts";
import { CardDetailsSchema, getCardDetails } from "./card-details.ts";
import {
  type CardFilter,
  CardGroupSchema,
  filterCards,
  pageCardGroups,
  pageCards,
  SummarySchema,
  summarizeCards,
} from "./card-query.ts";
import { decideCard } from "./decide-card.service.ts";
import { writeCardsCsv, writeChangesCsv } from "./reconciliation-export.ts";

const tags = ["reconciliation"];
const kinds = ["no_change", "reconcile", "new_revenue", "missing_usage", "review"] as const;

const PeriodText = v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a period YYYY-MM"));
const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const DateText = v.pipe(v.string(), v.isoDate("must be a date YYYY-MM-DD"));
const Note = v.pipe(v.string(), v.trim(), v.maxLength(2000));
const KindList = v.pipe(
  v.string(),
  v.transform((text) => text.split(",").map((kind) => kind.trim())),
  v.array(v.picklist(kinds, `must be one or more of ${kinds.join(", ")} (comma-separated)`)),
);

const FilterEntries = {
  period: v.optional(PeriodText),
  vendor: v.optional(v.pipe(v.string(), v.maxLength(50))),
  kind: v.optional(KindList),
  accountId: v.optional(Id),
  serviceId: v.optional(Id),
  q: SearchText,
};
const StatusQuery = v.optional(v.picklist(["open", "decided", "all"]), "open");

const CardsQuery = v.object({
  ...PageQuery.entries,
  ...FilterEntries,
  status: StatusQuery,
  groupBy: v.optional(v.picklist(["account", "service", "contract"])),
});
const ExportQuery = v.object({ ...FilterEntries, status: v.optional(v.picklist(["open", "decided", "all"]), "all") });
const SummaryQuery = v.object(FilterEntries);
const PeriodQuery = v.object({ period: v.optional(PeriodText) });
const CardParam = v.object({ id: v.pipe(v.string(), v.minLength(1), v.maxLength(400)) });

const ApproveBody = v.object({ effectiveDate: v.optional(DateText), note: v.optional(Note) });
const AdjustBody = v.object({
  quantity: v.pipe(v.number(), v.integer("must be a whole number"), v.minValue(0), v.maxValue(10_000_000)),
  effectiveDate: v.optional(DateText),
  note: v.optional(Note),
});
const DismissBody = v.object({ note: v.optional(Note) });
const AttachBody = v.object({ contractId: Id, effectiveDate: v.optional(DateText), note: v.optional(Note) });
const BulkBody = v.object({
  action: v.picklist(["approve", "dismiss"]),
  cardIds: v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(400))), v.minLength(1), v.maxLength(5000)),
  effectiveDate: v.optional(DateText),
});
const BulkQuery = v.object({ dryRun: BooleanQuery });

const DecisionResultSchema = v.object({
  card: CardSchema,
  contractLine: v.nullable(ContractLineSchema),
  auditEventId: v.string(),
});

const decisionResponses = {
  200: jsonResponseSpec("The decided card, the changed or created line, and the audit event", DecisionResultSchema),
  404: problemResponseSpec("No such card"),
  409: problemResponseSpec(
    "stale_card (If-Match differs from the card's version), already_decided (another decision holds) or wrong_kind (not allowed for this kind of card); the body's `card` is the fresh card",
  ),
  ...authProblems,
};
const decisionDescription =
  "Applies the decision in one transaction (line change + decision + audit event). Send `If-Match: <card version>` to refuse a card that changed since it was loaded (409 stale_card, fresh card in the body). Accepts `Idempotency-Key`: a repeat replays the first answer. The effective date defaults to the first day of next month.";

function periodOf(query: { period?: string | undefined }, now: Date): Period {
  // The regex above is stricter than core's period check, so this is always a valid Period.
  return (query.period ?? periodOfDate(now)) as Period;
}

function filterOf(query: v.InferOutput<typeof SummaryQuery>, status: CardFilter["status"]): CardFilter {
  return {
    vendor: query.vendor,
    kinds: query.kind,
    accountId: query.accountId,
    serviceId: query.serviceId,
    q: query.q,
    status,
  };
}

function expectedVersionOf(header: string | undefined): { expectedVersion?: string } {
  if (header === undefined || header.trim() === "" || header.trim() === "*") return {};
  return {
    expectedVersion: header
      .trim()
      .replace(/^W\//, "")
      .replace(/^"(.*)"$/, "$1"),
  };
}

function optional<T extends object>(entries: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}

const csvHeaders = (name: string) => ({
  "content-type": "text/csv; charset=utf-8",
  "content-disposition": `attachment; filename="${name}"`,
});

/** Reconciliation: cards, details, decisions, bulk actions, summary and CSV exports. */
export const reconciliationRoutes = new Hono<AppEnv>()
  .get(
    "/cards",
    describeRoute({
      tags,
      summary: "List a period's cards (open by default), filtered, optionally grouped with subtotals",
      description:
        "period defaults to the current month (UTC). kind accepts a comma-separated list. q searches account, service and contract names. status=open (default) | decided | all; a decided card whose vendor quantity changed since is open again with changedSinceDecision and the reason. With groupBy=account|service|contract the items are groups with subtotals and `limit` counts groups.",
      responses: {
        200: jsonResponseSpec("A page of cards, or of groups", v.union([pageOf(CardSchema), pageOf(CardGroupSchema)])),
        ...authProblems,
      },
    }),
    requireUser(),
    validator("query", CardsQuery, rejectInvalid),
    async (c) => {
      const query = c.req.valid("query");
      const period = periodOf(query, c.var.deps.clock());
      const set = await loadCardSet(c.var.deps.db, c.var.actor.organizationId, period);
      const filter = filterOf(query, query.status);
      if (query.groupBy !== undefined) {
        return c.json(pageCardGroups(set, filter, query.groupBy, query.limit, query.cursor), 200);
      }
      return c.json(pageCards(set, filter, query.limit, query.cursor), 200);
    },
  )
  .get(
    "/cards/:id",
    describeRoute({
      tags,
      summary: "One card with its lines, usage explanation (window, max day, daily series, portal view) and history",
      responses: {
        200: jsonResponseSpec("The card and what explains it", CardDetailsSchema),
        404: problemResponseSpec("No such card"),
        ...authProblems,
      },
    }),
    requireUser(),
    validator("param", CardParam, rejectInvalid),
    async (c) => c.json(await getCardDetails(c.var.deps.db, c.var.actor.organizationId, c.req.valid("param").id), 200),
  )
  .post(
    "/cards/:id/approve",
    describeRoute({
      tags,
      summary: "Approve: the line quantity becomes the vendor quantity",
      description: decisionDescription,
      responses: decisionResponses,
    }),
    requireRole("reconciler"),
    idempotent(),
    validator("param", CardParam, rejectInvalid),
    validator("json", ApproveBody, rejectInvalid),
    async (c) => {
      const body = c.req.valid("json");
      const request: DecisionRequest = {
        action: "approve",
        ...optional(body),
        ...expectedVersionOf(c.req.header("if-match")),
      };
      const ctx = writeContextOf(c.var.actor, c.var.deps.clock());
      return c.json(await decideCard(c.var.deps.db, ctx, c.req.valid("param").id, request), 200);
    },
  )
  .post(
    "/cards/:id/adjust",
    describeRoute({
      tags,
      summary: "Adjust: the line quantity becomes the chosen quantity",
      description: decisionDescription,
      responses: decisionResponses,
    }),
    requireRole("reconciler"),
    idempotent(),
    validator("param", CardParam, rejectInvalid),
    validator("json", AdjustBody, rejectInvalid),
    async (c) => {
      const body = c.req.valid("json");
      const request: DecisionRequest = {
        action: "adjust",
        ...optional(body),
        quantity: body.quantity,
        ...expectedVersionOf(c.req.header("if-match")),
      };
      const ctx = writeContextOf(c.var.actor, c.var.deps.clock());
      return c.json(await decideCard(c.var.deps.db, ctx, c.req.valid("param").id, request), 200);
    },
  )
  .post(
    "/cards/:id/dismiss",
    describeRoute({
      tags,
      summary: "Dismiss: hide the card for the period (no line changes)",
      description: decisionDescription,
      responses: decisionResponses,
    }),
    requireRole("reconciler"),
    idempotent(),
    validator("param", CardParam, rejectInvalid),
    validator("json", DismissBody, rejectInvalid),
    async (c) => {
      const request: DecisionRequest = {
        action: "dismiss",
        ...optional(c.req.valid("json")),
        ...expectedVersionOf(c.req.header("if-match")),
      };
      const ctx = writeContextOf(c.var.actor, c.var.deps.clock());
      return c.json(await decideCard(c.var.deps.db, ctx, c.req.valid("param").id, request), 200);
    },
  )
  .post(
    "/cards/:id/attach",
    describeRoute({
      tags,
      summary: "Attach a new_revenue card: a new line on the account's contract at the service's unit price",
      description: decisionDescription,
      responses: decisionResponses,
    }),
    requireRole("reconciler"),
    idempotent(),
    validator("param", CardParam, rejectInvalid),
    validator("json", AttachBody, rejectInvalid),
    async (c) => {
      const body = c.req.valid("json");
      const request: DecisionRequest = {
        action: "attach",
        ...optional(body),
        contractId: body.contractId,
        ...expectedVersionOf(c.req.header("if-match")),
      };
      const ctx = writeContextOf(c.var.actor, c.var.deps.clock());
      return c.json(await decideCard(c.var.deps.db, ctx, c.req.valid("param").id, request), 200);
    },
  )
  .post(
    "/bulk",
    describeRoute({
      tags,
      summary: "Approve or dismiss many cards (per-card results; ?dryRun=true changes nothing)",
      description:
        "Per-card results, not all-or-nothing: in one transaction every card is decided exactly as its single action would be; cards that cannot be (wrong kind, decided otherwise, unknown id) come back `rejected` and are left alone while the rest are applied. `?dryRun=true` returns the same items (outcome, before → after quantity, effective date) and writes nothing. Accepts `Idempotency-Key`.",
      responses: { 200: jsonResponseSpec("What changed (or would)", BulkResultSchema), ...authProblems },
    }),
    requireRole("reconciler"),
    idempotent(),
    validator("query", BulkQuery, rejectInvalid),
    validator("json", BulkBody, rejectInvalid),
    async (c) => {
      const ctx = writeContextOf(c.var.actor, c.var.deps.clock());
      const dryRun = c.req.valid("query").dryRun ?? false;
      return c.json(await bulkDecide(c.var.deps.db, ctx, c.req.valid("json"), { dryRun }), 200);
    },
  )
  .get(
    "/summary",
    describeRoute({
      tags,
      summary: "Counts and revenue deltas of a period's cards by kind and by vendor",
      responses: { 200: jsonResponseSpec("The summary", SummarySchema), ...authProblems },
    }),
    requireUser(),
    validator("query", SummaryQuery, rejectInvalid),
    async (c) => {
      const query = c.req.valid("query");
      const period = periodOf(query, c.var.deps.clock());
      const set = await loadCardSet(c.var.deps.db, c.var.actor.organizationId, period);
      const { status: _, ...filter } = filterOf(query, "all");
      return c.json(summarizeCards(set, filter), 200);
    },
  )
  .get(
    "/export.csv",
    describeRoute({
      tags,
      summary: "The period's cards with decisions and notes as CSV (status=all by default)",
      responses: {
        200: { description: "RFC 4180 CSV", content: { "text/csv": { schema: { type: "string" } } } },
        ...authProblems,
      },
    }),
    requireUser(),
    validator("query", ExportQuery, rejectInvalid),
    async (c) => {
      const query = c.req.valid("query");
      const period = periodOf(query, c.var.deps.clock());
      const set = await loadCardSet(c.var.deps.db, c.var.actor.organizationId, period);
      const csv = writeCardsCsv(filterCards(set, filterOf(query, query.status)));
      return c.body(csv, 200, csvHeaders(`reconciliation-${period}.csv`));
    },
  )
  .get(
    "/changes.csv",
    describeRoute({
      tags,
      summary: "The period's approved, adjusted and attached lines (old → new quantity) as CSV, for the PSA",
      responses: {
        200: { description: "RFC 4180 CSV", content: { "text/csv": { schema: { type: "string" } } } },
        ...authProblems,
      },
    }),
    requireUser(),
    validator("query", PeriodQuery, rejectInvalid),
    async (c) => {
      const period = periodOf(c.req.valid("query"), c.var.deps.clock());
      const csv = await writeChangesCsv(c.var.deps.db, c.var.actor.organizationId, period);
      return c.body(csv, 200, csvHeaders(`changes-${period}.csv`));
    },
  );
