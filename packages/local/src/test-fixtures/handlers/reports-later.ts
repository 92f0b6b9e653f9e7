import { channel } from "node:diagnostics_channel";

/** Test fixture: publishes a store retry after it has answered, as a late background task might. */
export async function handler() {
  setTimeout(() => {
    channel("front-door:store-retry").publish({ retry: 2, errorName: "FixtureLater" });
  }, 20);
  return { answered: true };
}
