import { testConfig } from "@tally/vitest-config";

export default testConfig();
