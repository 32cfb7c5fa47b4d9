/** The connect wizard's steps, in order, as they appear in the URL (`?step=`). */
export const wizardSteps = ["module", "credentials", "accounts", "services", "review"] as const;

/** One step of the connect wizard. */
export type WizardStep = (typeof wizardSteps)[number];

/** The step indicator's labels, in the guide's words. */
export const wizardStepLabels = ["Module", "Authenticate", "Map accounts", "Map services", "Review"] as const;

/**
 * The step to show for the URL: the mapping steps need an integration id, the first two make
 * sense only before there is one (a reload after Next resumes at the mapping).
 *
 * @example resolveStep("review", undefined) === "module"
 */
export function resolveStep(step: string | undefined, integrationId: string | undefined): WizardStep {
  const known = wizardSteps.find((candidate) => candidate === step) ?? "module";
  if (!integrationId && known !== "credentials") return "module";
  if (integrationId && (known === "module" || known === "credentials")) return "accounts";
  return known;
}
