export function buildSchema(): Record<string, unknown>;
