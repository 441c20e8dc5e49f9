export type Ecosystem = 'npm' | 'PyPI';
export interface PinnedPackage {
    ecosystem: Ecosystem;
    name: string;
    version: string;
    /** 1-based line in the file where the version is pinned. */
    line: number;
}
/** Lockfiles and manifests this review reads. */
export declare const DEPENDENCY_FILE: RegExp;
/** Every version a dependency file pins. */
export declare function pinnedPackages(path: string, text: string): PinnedPackage[];
/** The versions pinned at head that base did not pin (new packages and upgrades). */
export declare function changedPackages(path: string, base: string | undefined, head: string): PinnedPackage[];
