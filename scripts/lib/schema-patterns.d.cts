/** A copy of a JSON schema whose `pattern`s and `patternProperties` keys all compile with the `u` flag. */
export declare function repairPatterns<T>(schema: T): T;
