import { request } from "./request.ts";
import type { ImportResult } from "./types.ts";

/**
 * `POST /api/v1/imports/directory` with the CSV text: `dryRun` reports per row what would happen
 * and changes nothing; applying is all-or-nothing (rejected rows → 422 `validation_failed`).
 */
export function importDirectoryCsv(csv: string, dryRun: boolean): Promise<ImportResult> {
  return request<ImportResult>("POST", "/api/v1/imports/directory", { body: { csv }, query: { dryRun } });
}
