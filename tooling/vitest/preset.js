import { defineConfig, mergeConfig } from "vitest/config";

/**
 * The shared vitest preset: every package writes a JSON report to `test-results/vitest.json`
 * so `.ci/run` can print the real totals over all runners. Plain JS because vitest loads a
 * config's workspace dependencies with Node, which does not strip types on Node 20.
 *
 * @param {import("vitest/config").ViteUserConfig} [overrides]
 * @returns {import("vitest/config").ViteUserConfig}
 * @example export default testConfig({ test: { testTimeout: 20_000 } });
 */
export function testConfig(overrides = {}) {
  return mergeConfig(
    defineConfig({
      test: {
        include: ["src/**/*.test.ts", "test/**/*.test.ts"],
        reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
        restoreMocks: true,
        // Integration tests run real servers on a shared 2-core machine: allow for a slow neighbour.
        testTimeout: 20_000,
        hookTimeout: 20_000,
      },
    }),
    overrides,
  );
}
