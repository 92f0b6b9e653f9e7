export * from "./front-door.ts";
export * from "./nag-packs.ts";
export * from "./route-function.ts";
export * from "./stateful-stack.ts";
export * from "./stateless-stack.ts";
