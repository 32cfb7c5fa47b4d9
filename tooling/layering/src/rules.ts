import { builtinModules } from "node:module";

/** One import found in a source file. */
export interface FoundImport {
  specifier: string;
  typeOnly: boolean;
  isTest: boolean;
}

/** A workspace package as the layering rules see it. */
export interface PackageInfo {
  /** The package name, e.g. `@tally/core`. */
  name: string;
}

const ioPackages = new Set([
  "better-sqlite3",
  "kysely",
  "ofetch",
  "hono",
  "@hono/node-server",
  "pg",
  "undici",
  "ws",
  "axios",
]);

/** Packages `core` may use at run time: pure computation only. */
const corePureDependencies = new Set<string>([]);

const builtins = new Set(builtinModules);

/** `hono/client` → `hono`, `@scope/pkg/x` → `@scope/pkg`. */
export function packageOf(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
}

function isBuiltin(specifier: string): boolean {
  return specifier.startsWith("node:") || builtins.has(packageOf(specifier));
}

function isRelative(specifier: string): boolean {
  return specifier.startsWith(".") || specifier.startsWith("/");
}

/**
 * Why one import breaks the dependency direction of DESIGN.md, or `null` when it is allowed.
 *
 * @example importViolation({ name: "@tally/core" }, { specifier: "node:fs", typeOnly: false, isTest: false })
 */
export function importViolation(pkg: PackageInfo, found: FoundImport): string | null {
  const { specifier } = found;
  if (/^@tally\/[^/]+\/src(\/|$)/.test(specifier) || /(^|\/)(packages|apps)\/[^/]+\/src(\/|$)/.test(specifier)) {
    return `imports another package's src/ (${specifier}); use its exports map`;
  }
  const target = isRelative(specifier) ? null : packageOf(specifier);
  const workspaceTarget = target?.startsWith("@tally/") ? target : null;
  const isConfigPackage = workspaceTarget === "@tally/vitest-config" || workspaceTarget === "@tally/layering";

  switch (pkg.name) {
    case "@tally/core": {
      if (workspaceTarget && !(found.isTest && isConfigPackage))
        return `core imports a workspace package (${specifier})`;
      if (isBuiltin(specifier)) return `core does no I/O but imports ${specifier}`;
      if (target && ioPackages.has(target)) return `core does no I/O but imports ${specifier}`;
      if (target && !found.isTest && !corePureDependencies.has(target)) {
        return `core may only import its own modules, not ${specifier}`;
      }
      return null;
    }
    case "@tally/spamtitan":
    case "@tally/spamtitan-sim": {
      // The client's tests talk to the simulator over real HTTP; its runtime code never does.
      const testsTheClient = pkg.name === "@tally/spamtitan" && workspaceTarget === "@tally/spamtitan-sim";
      if (workspaceTarget && !(found.isTest && (isConfigPackage || testsTheClient))) {
        return `${pkg.name} imports nothing of ours, but imports ${specifier}`;
      }
      return null;
    }
    case "@tally/web":
      if (workspaceTarget === "@tally/core" && !found.typeOnly) {
        return `web imports only types from core (use "import type" for ${specifier})`;
      }
      if (workspaceTarget === "@tally/api" && specifier !== "@tally/api/client") {
        return `web imports only the API's typed client (@tally/api/client), not ${specifier}`;
      }
      if (workspaceTarget && !["@tally/core", "@tally/api", "@tally/vitest-config"].includes(workspaceTarget)) {
        return `web imports ${specifier}; it may use core types and the API client only`;
      }
      return null;
    case "@tally/api":
      if (workspaceTarget === "@tally/web") return `the API does not import the web app (${specifier})`;
      return null;
    default:
      return null;
  }
}
