export { formatCalendarDate, isWeekendDay, parseCalendarDate } from "./calendar-date.ts";
export {
  computeLicenseUsage,
  type DailySeries,
  type LicenseUsageDay,
  type LicenseUsageFigures,
  type LicenseUsageWindow,
  type MaximumOver,
  ROLLING_WINDOW_DAYS,
} from "./compute-license-usage.ts";
export { createPrng, type Prng } from "./create-prng.ts";
export {
  createSpamTitanSimulator,
  type LicenseUsageShape,
  type ListEnvelope,
  type SimulatorData,
  type SimulatorOptions,
  type SimulatorStats,
  type SpamTitanSimulator,
} from "./create-simulator.ts";
export type { SimulatedDomain, SimulatedGroup } from "./generate-dataset.ts";
export { demoGroupNames, generateGroupNames } from "./generate-group-names.ts";
export type { RetryAfterFormat, SimulatorFaults } from "./simulator-faults.ts";
export { type SimulatorServer, startSimulatorServer } from "./start-simulator-server.ts";
