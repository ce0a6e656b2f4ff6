export declare const CLI_ENTRY: string;
export declare function isCliStale(): boolean;
export declare function buildCli(): Promise<string>;
export declare function ensureCliBuilt(): Promise<string>;
