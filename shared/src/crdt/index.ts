export * from "./fields.ts";
export * from "./roster/index.ts";
export * from "./board.ts";
export * from "./minutes.ts";
export * from "./meta.ts";
export * from "./internal.ts";
export * from "./plan.ts";
export * from "./audit.ts";
