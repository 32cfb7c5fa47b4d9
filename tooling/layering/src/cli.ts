import { resolve } from "node:path";
import { checkLayering } from "./check-layering.ts";

const root = resolve(process.argv[2] ?? ".");
const violations = checkLayering(root);
for (const violation of violations) {
  console.error(`${violation.file}: ${violation.reason}`);
}
if (violations.length > 0) {
  console.error(`layering: ${violations.length} forbidden import(s)`);
  process.exit(1);
}
console.log("layering: every import follows the dependency direction");
