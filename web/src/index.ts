import { fileURLToPath } from "node:url";

/** Where `npm run build:web` writes the site, for the local runner and the CDK stack to serve. */
export const webDistDir = fileURLToPath(new URL("../dist", import.meta.url));
