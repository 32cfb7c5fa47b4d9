import { demoGroupNames } from "@tally/spamtitan-sim";

/**
 * The simulator settings the demo directory is built against; the in-process simulator started
 * for TALLY_DEMO must use the same seed and group count so names line up.
 */
export const demoSimulatorSettings = { seed: 7, groups: 55 } as const;

/** The simulator's domain group names for the demo settings. */
export function loadDemoGroupNames(): string[] {
  return demoGroupNames(demoSimulatorSettings.seed, demoSimulatorSettings.groups);
}
