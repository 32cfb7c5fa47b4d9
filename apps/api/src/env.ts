import { Cron } from "croner";
import * as v from "valibot";

const isCron = (expression: string) => {
  try {
    new Cron(expression, { paused: true }).stop();
    return true;
  } catch {
    return false;
  }
};

const isBase64Key = (value: string) => {
  const key = Buffer.from(value, "base64");
  return key.length === 32 && key.toString("base64").replace(/=+$/, "") === value.trim().replace(/=+$/, "");
};

const EnvSchema = v.object({
  PORT: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d+$/, "must be a port number"),
      v.toNumber(),
      v.integer(),
      v.minValue(0),
      v.maxValue(65535),
    ),
    "8787",
  ),
  TALLY_DATA_DIR: v.optional(v.pipe(v.string(), v.minLength(1, "must not be empty")), "./data"),
  DATABASE_URL: v.optional(v.pipe(v.string(), v.regex(/^postgres(ql)?:\/\/\S+$/, "must be a postgres:// URL"))),
  TALLY_SECRET_KEY: v.optional(
    v.pipe(v.string(), v.check(isBase64Key, "must be 32 bytes encoded as base64 (openssl rand -base64 32)")),
  ),
  TALLY_ADMIN_EMAIL: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.check((s) => /^[^\s@]+@[^\s@]+$/.test(s), "must be an email address"),
    ),
  ),
  TALLY_ADMIN_PASSWORD: v.optional(v.pipe(v.string(), v.minLength(12, "must be at least 12 characters"))),
  TALLY_DEMO: v.optional(
    v.pipe(
      v.picklist(["0", "1"], 'must be "1" or "0"'),
      v.transform((s) => s === "1"),
    ),
  ),
  TALLY_SYNC_SCHEDULE: v.optional(
    v.pipe(
      v.string(),
      v.check((s) => s === "off" || isCron(s), 'must be a cron expression or "off"'),
      v.transform((s) => (s === "off" ? null : s)),
    ),
    "0 3 * * *",
  ),
});

/** The validated configuration, read once from the environment. */
export type Env = v.InferOutput<typeof EnvSchema>;

/**
 * Reads and validates the environment; an invalid value throws naming the variable. Empty
 * strings count as unset. `demoByDefault` is on under `pnpm start`.
 *
 * @example const env = readEnv(process.env);
 */
export function readEnv(
  source: Record<string, string | undefined>,
  options: { demoByDefault?: boolean } = {},
): Env & { TALLY_DEMO: boolean } {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const result = v.safeParse(EnvSchema, present);
  if (!result.success) {
    const problems = result.issues.map((issue) => `${v.getDotPath(issue) ?? "?"}: ${issue.message}`);
    throw new Error(`Invalid configuration: ${problems.join("; ")}`);
  }
  return { ...result.output, TALLY_DEMO: result.output.TALLY_DEMO ?? options.demoByDefault ?? false };
}

/** Where the data lives, or why the configuration cannot be served yet. */
export type DatabaseTarget = { ok: true; kind: "sqlite"; file: string } | { ok: false; message: string };

/** Picks the database: SQLite in the data dir, or PostgreSQL when DATABASE_URL is set (not supported yet). */
export function resolveDatabaseTarget(
  env: Pick<Env, "DATABASE_URL" | "TALLY_DATA_DIR">,
  join: (a: string, b: string) => string,
): DatabaseTarget {
  if (env.DATABASE_URL !== undefined) {
    return {
      ok: false,
      message: "DATABASE_URL: PostgreSQL is not supported yet; unset DATABASE_URL to use SQLite in TALLY_DATA_DIR.",
    };
  }
  return { ok: true, kind: "sqlite", file: join(env.TALLY_DATA_DIR, "tally.sqlite") };
}
