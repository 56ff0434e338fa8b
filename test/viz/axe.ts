// axe-core (npm, pinned) injected into a page under test: `expectNoAxeViolations` runs it on the whole
// document and fails with every violation (rule, impact, help, the offending nodes' selectors), so a
// failing state names what to fix rather than a count.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe on the page as it is now (WCAG 2.x A/AA rules and axe's best practices). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const injected = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== "undefined");
  // Evaluated through the devtools protocol, not a <script> tag: kg serve's CSP forbids inline scripts.
  if (!injected) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    type AxeResult = { violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }> };
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${JSON.stringify(n.target)}${n.failureSummary ? `: ${n.failureSummary.replace(/\s+/g, " ")}` : ""}`),
    }));
  });
}

export class AxeViolationsError extends Error {
  constructor(state: string, readonly violations: AxeViolation[]) {
    super(
      `axe-core: ${violations.length} violation(s) in state "${state}":\n` +
        violations.map((v) => `- ${v.id} (${v.impact ?? "?"}): ${v.help}\n    ${v.nodes.slice(0, 8).join("\n    ")}${v.nodes.length > 8 ? `\n    … ${v.nodes.length - 8} more` : ""}`).join("\n"),
    );
    this.name = "AxeViolationsError";
  }
}

/** Fails (throws) with the violation list when axe finds anything in the page's current state. */
export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length) throw new AxeViolationsError(state, violations);
}
