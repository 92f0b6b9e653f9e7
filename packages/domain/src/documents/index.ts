export * from "./document-access.ts";
export * from "./document-rules.ts";
