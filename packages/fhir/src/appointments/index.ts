export * from "./appointment-resource.ts";
