export declare const BREAKDOWN_CATEGORIES: string[];
export declare function mainThreadBreakdown(
  trace: unknown,
): Record<'script' | 'style' | 'layout' | 'paint' | 'hit test and input' | 'other', number>;
