import type { ViteUserConfig } from "vitest/config";

/** The shared vitest preset, merged with a package's overrides. */
export declare function testConfig(overrides?: ViteUserConfig): ViteUserConfig;
