import * as v from "valibot";

const EnvSchema = v.object({
  PORT: v.optional(v.pipe(v.string(), v.toNumber(), v.integer(), v.minValue(0), v.maxValue(65535)), "8787"),
});

/** The validated configuration, read once from the environment. */
export type Env = v.InferOutput<typeof EnvSchema>;

/**
 * Reads and validates the environment; an invalid value stops the process naming the variable.
 *
 * @example const env = readEnv(process.env);
 */
export function readEnv(source: Record<string, string | undefined>): Env {
  const result = v.safeParse(EnvSchema, source);
  if (!result.success) {
    const problems = result.issues.map((issue) => `${v.getDotPath(issue) ?? "?"}: ${issue.message}`);
    throw new Error(`Invalid configuration: ${problems.join("; ")}`);
  }
  return result.output;
}
