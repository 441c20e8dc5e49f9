/**
 * Gates that fit the catalogue: the core tools are sent on every request, so no filter that keeps
 * them saves more than 1 - core tokens / all tokens. A gate above that can never pass; it is a
 * configuration mistake to say so with a number that can, not a benchmark failure to chase.
 */
import { type SourcePosition } from '../errors.js';
import type { ToolIndex } from './index-build.js';
/** The core tools' share of a catalogue's tokens and what that leaves to save. */
export interface CoreShare {
    coreTokens: number;
    totalTokens: number;
    /** 1 - core tokens / all tokens. */
    attainableReduction: number;
}
/** The core share of an index, for core tools given as indexes. */
export declare function coreShare(index: ToolIndex, core: readonly number[]): CoreShare;
/**
 * A gate that can pass on this catalogue: 90% of the attainable reduction (relevant tools cost
 * tokens too; about 90% of the non-core part is what a good filter saves), rounded down to 0.01.
 */
export declare function suggestedGate(share: CoreShare): number;
/**
 * Why `minTokenReduction` cannot be met, or undefined when it can.
 * @param coreNames the core tools, named in the message
 */
export declare function impossibleGate(minTokenReduction: number, share: CoreShare, coreNames: readonly string[]): string | undefined;
/** Throws the {@link impossibleGate} message as a configuration error. */
export declare function assertGatePossible(minTokenReduction: number, share: CoreShare, coreNames: readonly string[], position?: SourcePosition): void;
