export * from "./london-time.ts";
export * from "./publish-slots.ts";
export * from "./same-day.ts";
export * from "./session-template.ts";
export * from "./slot-rules.ts";
export * from "./staff-booking.ts";
export * from "./statuses.ts";
