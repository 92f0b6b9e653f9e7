import * as z from "zod/mini";

/** A percentile as the histogram bucket it falls in (hours). */
const WaitBound = z.nullable(
  z.union([z.object({ withinHours: z.number() }), z.object({ longerThanHours: z.number() })]),
);

/** How many waits were counted, and the median and 90th percentile bucket. */
export const WaitFigures = z.object({ count: z.number(), median: WaitBound, p90: WaitBound });
