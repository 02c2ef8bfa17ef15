/** A Chrome trace: the JSON object format or the bare array of events. */
export type ChromeTrace = { traceEvents: readonly object[] } | readonly object[];

/** Key-down to presentation, in ms, one per keystroke in the order pressed (see eventLatency.mjs). */
export declare function keyLatencies(trace: ChromeTrace): number[];
