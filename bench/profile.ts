import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";

/**
 * A CPU profile of this process between start and stop, written as a `.cpuprofile` (Chrome
 * DevTools and speedscope open it) when a path is given; nothing otherwise. The rush uses it for
 * the API's process during the rush alone: FRONT_DOOR_BENCH_PROFILE=/tmp/rush.cpuprofile.
 */
export async function startProfile(path: string | undefined): Promise<{ stop(): Promise<void> }> {
  if (!path) return { stop: async () => {} };
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 500 });
  await session.post("Profiler.start");
  return {
    async stop() {
      const { profile } = await session.post("Profiler.stop");
      writeFileSync(path, JSON.stringify(profile));
      session.disconnect();
    },
  };
}
