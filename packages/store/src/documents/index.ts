export * from "./document-attach.ts";
export * from "./document-files.ts";
export * from "./documents.ts";
