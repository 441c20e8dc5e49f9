/**
 * What `launchgate config` says about the prefilter section against the tool registry it names:
 * core tools that are not in it, pages whose entries name no tool or category (a request from such
 * a page gets no context), and a reduction gate the core tools make impossible.
 */
import type { Finding } from '../report/types.js';
import { type PrefilterConfig } from './settings.js';
import type { Tool } from './types.js';
/** Pages of the config that map to no tool of the catalogue, with the entries that name nothing. */
export declare function pagesWithoutTools(config: PrefilterConfig, tools: readonly Tool[]): Array<{
    page: string;
    unknown: string[];
}>;
/**
 * Findings of the prefilter section against its registry.
 * @param file the config file, where the findings point
 */
export declare function checkPrefilterConfig(config: PrefilterConfig, tools: readonly Tool[], file: string): Finding[];
