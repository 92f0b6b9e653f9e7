export * from "./emergency-phrases.data.ts";
export * from "./fields.ts";
export * from "./routes.data.ts";
export * from "./screen.ts";
