import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { type FoundImport, importViolation } from "./rules.ts";

/** One import that breaks the layering. */
export interface LayeringViolation {
  file: string;
  specifier: string;
  reason: string;
}

const sourceExtensions = /\.(ts|tsx|mts|cts|js|jsx|mjs)$/;
const skippedDirectories = new Set(["node_modules", "dist", "test-results", "playwright-report", ".turbo"]);

function listSourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    if (skippedDirectories.has(entry)) return [];
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) return listSourceFiles(path);
    return sourceExtensions.test(entry) ? [path] : [];
  });
}

/** Every static, re-exported and dynamic import of a TypeScript/JavaScript file. */
export function findImports(fileName: string, text: string): FoundImport[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const isTest =
    /\.(test|spec|bench|config)\.[cm]?[jt]sx?$/.test(fileName) || /(^|\/)(test|e2e|bench)\//.test(fileName);
  const found: FoundImport[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((element) => element.isTypeOnly)));
      found.push({ specifier: node.moduleSpecifier.text, typeOnly, isTest });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly, isTest });
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === "require")) &&
      node.arguments[0] !== undefined &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push({ specifier: node.arguments[0].text, typeOnly: false, isTest });
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      found.push({ specifier: node.argument.literal.text, typeOnly: true, isTest });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Checks every workspace package under `root` (apps/*, packages/*) against the dependency
 * direction of DESIGN.md and returns the imports that break it.
 *
 * @example checkLayering(process.cwd()).length === 0
 */
export function checkLayering(root: string): LayeringViolation[] {
  const violations: LayeringViolation[] = [];
  for (const group of ["packages", "apps"]) {
    let entries: string[];
    try {
      entries = readdirSync(join(root, group));
    } catch {
      continue;
    }
    for (const entry of entries) {
      const packageDirectory = join(root, group, entry);
      let name: string;
      try {
        name = JSON.parse(readFileSync(join(packageDirectory, "package.json"), "utf8")).name;
      } catch {
        continue;
      }
      for (const file of listSourceFiles(packageDirectory)) {
        const shown = relative(root, file);
        for (const found of findImports(relative(packageDirectory, file), readFileSync(file, "utf8"))) {
          const reason = importViolation({ name }, found);
          if (reason) violations.push({ file: shown, specifier: found.specifier, reason });
        }
      }
    }
  }
  return violations;
}
