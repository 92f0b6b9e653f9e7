export * from "./appointments.ts";
export * from "./blocking.ts";
export * from "./booking.ts";
export * from "./daily-counts.ts";
export * from "./messages.ts";
export * from "./requests.ts";
export * from "./slots.ts";
export * from "./waiting-list.ts";
