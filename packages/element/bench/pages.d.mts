/** The bench's pages by name, with the label each has in the table. */
export declare const PAGES: Record<'kit' | 'plain' | 'bare', { entry: string; label: string }>;
