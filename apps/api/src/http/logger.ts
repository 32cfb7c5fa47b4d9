/** Structured log fields; never put secrets here. */
export type LogFields = Record<string, unknown>;

/** What the API logs through; index.ts passes the console one, tests a silent one. */
export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** A logger writing one JSON line per entry to the console. */
export function createConsoleLogger(): Logger {
  const write = (level: string, message: string, fields?: LogFields) =>
    console.log(JSON.stringify({ level, at: new Date().toISOString(), message, ...fields }));
  return {
    info: (m, f) => write("info", m, f),
    warn: (m, f) => write("warn", m, f),
    error: (m, f) => write("error", m, f),
  };
}

/** A logger that keeps entries in memory, for tests to assert on. */
export function createMemoryLogger(): Logger & { entries: { level: string; message: string; fields?: LogFields }[] } {
  const entries: { level: string; message: string; fields?: LogFields }[] = [];
  const push = (level: string) => (message: string, fields?: LogFields) =>
    entries.push(fields ? { level, message, fields } : { level, message });
  return { entries, info: push("info"), warn: push("warn"), error: push("error") };
}
