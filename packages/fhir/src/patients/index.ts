export * from "./patient-resource.ts";
