export { createSpamTitanSimulator } from "./create-simulator.ts";
