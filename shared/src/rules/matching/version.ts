/**
 * The version of the matching rules (normalisation, comparison levels, blocking,
 * estimation, decisions). Every recorded decision carries it, so a pair linked
 * under older rules can be told apart. Change it whenever a rule changes what a
 * pair scores or how it is decided.
 */
export const RULE_VERSION = "match-2026.11-1";
