import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { apiInfo, buildOpenApiDocument, routeList } from "@front-door/contracts";

/**
 * Lints the OpenAPI document the service serves with Redocly's rules (recommended-strict: its
 * warnings are errors too), so the document is checked by a tool the project did not write.
 */
const dir = mkdtempSync(join(tmpdir(), "front-door-openapi-"));
const file = join(dir, "openapi.json");
try {
  writeFileSync(file, JSON.stringify(buildOpenApiDocument(routeList, apiInfo), null, 2));
  const result = spawnSync(
    "redocly",
    ["lint", file, "--extends", "recommended-strict", "--format", "stylish"],
    {
      stdio: "inherit",
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
    },
  );
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
