// Prints "N passed, N failed, N skipped" over every JSON report the test runners wrote.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const roots = ["apps", "packages", "tooling"];
const totals = { passed: 0, failed: 0, skipped: 0 };

for (const root of roots) {
  if (!existsSync(root)) continue;
  for (const entry of readdirSync(root)) {
    const dir = join(root, entry, "test-results");
    const vitest = join(dir, "vitest.json");
    if (existsSync(vitest)) {
      const report = JSON.parse(readFileSync(vitest, "utf8"));
      totals.passed += report.numPassedTests ?? 0;
      totals.failed += (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0);
      totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    }
    const playwright = join(dir, "playwright.json");
    if (existsSync(playwright)) {
      const { stats } = JSON.parse(readFileSync(playwright, "utf8"));
      totals.passed += (stats?.expected ?? 0) + (stats?.flaky ?? 0);
      totals.failed += stats?.unexpected ?? 0;
      totals.skipped += stats?.skipped ?? 0;
    }
  }
}

console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
