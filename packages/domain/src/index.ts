export * from "./district-centroids.ts";
export * from "./errors.ts";
export * from "./geo.ts";
export * from "./mobile.ts";
export * from "./nhs-number.ts";
export * from "./postcode.ts";
export * from "./site-search.ts";
