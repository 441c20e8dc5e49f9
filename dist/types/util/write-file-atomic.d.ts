export interface AtomicWriteOptions {
    /**
     * Flush to the disk before the rename (default true): state that must survive a crash. A cache,
     * rebuilt when lost, skips it and the time it costs.
     */
    flush?: boolean;
}
export declare function writeFileAtomic(file: string, content: string, options?: AtomicWriteOptions): Promise<void>;
