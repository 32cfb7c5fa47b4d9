/**
 * Cleans a pasted RestAPI key: trims spaces and newlines and drops a leading "Bearer ".
 *
 * @example normalizeApiKey("  Bearer abc123\n") // "abc123"
 */
export function normalizeApiKey(input: string): string {
  return input
    .trim()
    .replace(/^bearer(\s+|$)/i, "")
    .trim();
}
