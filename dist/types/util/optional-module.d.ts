/** A package launchgate loads at run time but leaves to the project to install. */
export interface OptionalPeer {
    /** The npm package. */
    name: string;
    /** The versions that work: package.json's `peerDependencies` range (test/package checks they agree). */
    range: string;
    /** What needs it, in the user's words. */
    usedFor: string;
}
/** TypeScript, for typescript-eslint's parser: the review's ESLint pass over .ts and .tsx files. */
export declare const TYPESCRIPT: OptionalPeer;
/** playwright-core, which drives the browser of the `browser` and visual smoke tests. */
export declare const PLAYWRIGHT: OptionalPeer;
/** Every optional peer, for the manifest test and the bundler. */
export declare const OPTIONAL_PEERS: readonly OptionalPeer[];
/** Neither the vendored copy nor an installed package: what to run to get it. */
export declare class MissingPeerError extends Error {
    readonly peer: OptionalPeer;
    readonly name: string;
    constructor(peer: OptionalPeer);
}
/** The command that installs `peer` at a version launchgate supports. */
export declare function installCommand(peer: OptionalPeer): string;
/** The sentence a report prints when `peer` is missing. */
export declare function missingPeer(peer: OptionalPeer): string;
/**
 * Where `peer` would load from: the vendored copy, else the installed package's entry, found
 * without running it (a caller that only needs to know can ask before loading anything heavy).
 */
export declare function findPeer(peer: OptionalPeer): {
    file: string;
} | {
    missing: string;
};
/**
 * The module of `peer`, loaded synchronously (a CommonJS dependency may `require` it at its own
 * load): the vendored copy, else the installed package.
 * @throws MissingPeerError when neither is there
 */
export declare function requirePeer<T>(peer: OptionalPeer): T;
/** {@link requirePeer} for callers that report a missing peer instead of failing. */
export declare function loadPeer<T>(peer: OptionalPeer): {
    module: T;
} | {
    missing: string;
};
