export * from "./documents.ts";
export * from "./roles.ts";
export * from "./token.ts";
export * from "./ids.ts";
export * from "./household.ts";
export * from "./intervention.ts";
export * from "./meeting.ts";
export * from "./workspace.ts";
