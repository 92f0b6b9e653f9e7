import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { App } from "aws-cdk-lib";
import { buildFrontDoor, type FrontDoor } from "../src/front-door.ts";
import type { MessagingOptions } from "../src/messaging.ts";
import { registerNagPacks } from "../src/nag-packs.ts";

const here = path.dirname(fileURLToPath(import.meta.url));

/** A concrete account, so account-dependent names resolve the way they do in a deployment. */
export const testEnv = { account: "123456789012", region: "eu-west-2" };

export interface TestApp extends FrontDoor {
  app: App;
  /** Removes the synthesised assembly (bundles included) from the temp directory. */
  cleanUp: () => void;
}

/**
 * The deployed app, as bin/app.ts builds it, with a one-file web build so the infra tests do
 * not depend on `npm run build:web`. cdk-nag only when asked: its findings make synthesis
 * throw, so the template tests run without it and nag.test.ts runs it on its own. Functions
 * are bundled only when `bundle` is set.
 */
export function buildTestApp(
  options: { nag?: boolean; messaging?: MessagingOptions; bundle?: boolean } = {},
): TestApp {
  // Bundling ~80 functions is most of a synthesis' time: only the tests that read the bundles
  // ask for it; the others get CDK's placeholder assets (no stack selected for bundling).
  const app = new App(options.bundle ? {} : { context: { "aws:cdk:bundling-stacks": [] } });
  if (options.nag) registerNagPacks(app);
  const frontDoor = buildFrontDoor(app, {
    stage: "test",
    env: testEnv,
    webDistDir: path.join(here, "fixtures", "web-dist"),
    ...(options.messaging ? { messaging: options.messaging } : {}),
  });
  return {
    app,
    ...frontDoor,
    cleanUp: () => rmSync(app.outdir, { recursive: true, force: true }),
  };
}
