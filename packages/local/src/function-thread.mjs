// The entry of one function thread (see function-threads.ts). Plain JavaScript so that a worker
// can start it under any runner: it teaches this thread TypeScript, then loads the real code.
import { register } from "tsx/esm/api";

register();
await import("./function-thread-worker.ts");
