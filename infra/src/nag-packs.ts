import { type App, Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks, HIPAASecurityChecks } from "cdk-nag";

/**
 * cdk-nag 3 runs as a policy-validation plugin: any unacknowledged finding stops synthesis.
 * Acknowledgements live in nag-acknowledgements.ts.
 */
export function registerNagPacks(app: App): void {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new HIPAASecurityChecks(app));
}
