/**
 * A workflow or action metadata file parsed once with positions, and the views every rule reads:
 * triggers, jobs, steps (a workflow's or a composite action's), env scopes, inputs. Pure.
 */
import { isMap, isScalar, isSeq, LineCounter, type Node, type YAMLMap } from 'yaml';
/** `workflow` for .github/workflows/*.yml, `action` for action.yml metadata, `dependabot` for dependabot.yml. */
export type DocumentKind = 'workflow' | 'action' | 'dependabot';
/** A job of a workflow: a normal job with steps, or a reusable-workflow call (`uses:`). */
export interface Job {
    id: string;
    node: YAMLMap;
    key: Node;
}
/** A step with the job it belongs to (none in a composite action). */
export interface Step {
    node: YAMLMap;
    job?: Job;
    index: number;
}
export interface AuditedDocument {
    file: string;
    kind: DocumentKind;
    text: string;
    lines: LineCounter;
    root: YAMLMap;
    /** Trigger names (`push`, `pull_request_target`...), empty for actions. */
    triggers: string[];
    jobs: Job[];
    steps: Step[];
}
/** The YAML error of a file that does not parse, with its offset. */
export interface DocumentError {
    message: string;
    offset: number;
    lines: LineCounter;
}
/** Action metadata files are named action.yml / action.yaml; everything else is a workflow. */
export declare function kindOf(file: string): DocumentKind;
/** Parses a file; a YAML error or a document that is not a mapping is returned as an error. */
export declare function parseAudited(file: string, text: string): AuditedDocument | DocumentError;
export declare function isDocumentError(d: AuditedDocument | DocumentError): d is DocumentError;
/** A key of a mapping node, as a node (undefined when absent or not a mapping). */
export declare function get(map: unknown, key: string): Node | undefined;
/** A key of a mapping whatever its case: expression contexts are case-insensitive. */
export declare function getIgnoringCase(map: unknown, key: string): Node | undefined;
/** The key node of `key` in a mapping, for findings about a key's presence. */
export declare function keyNode(map: unknown, key: string): Node | undefined;
/** A scalar's value as a string; undefined for collections and absent nodes. */
export declare function str(node: unknown): string | undefined;
/** The raw source of a node (what the author wrote, block scalar header included). */
export declare function source(doc: AuditedDocument, node: Node): {
    text: string;
    offset: number;
};
/** The `on:` node of a workflow (the key when present, else the root). */
export declare function triggerNode(doc: AuditedDocument): Node;
/** A step's `uses:` split into its parts; undefined for `run:` steps. */
export interface UsesRef {
    raw: string;
    node: Node;
    /** `owner/repo` lowercased, `./path`, or `docker://image`. */
    slug: string;
    /** `owner/repo/path` lowercased (the action's full name). */
    action: string;
    ref?: string;
    kind: 'repository' | 'local' | 'docker';
}
export declare function parseUses(node: Node | undefined): UsesRef | undefined;
/** `uses:` matches an action by `owner/repo[/path]`, case-insensitively, any ref. */
export declare function usesAction(uses: UsesRef | undefined, name: string): boolean;
/**
 * The `env:` value of `name` nearest a step (step, then job, then workflow, or the action's
 * `runs.env`); contexts are case-insensitive, so is the lookup.
 */
export declare function envValue(doc: AuditedDocument, step: Step | undefined, name: string): Node | undefined;
/** Whether a mapping's key set includes `key` with any value. */
export declare function has(map: unknown, key: string): boolean;
export { isMap, isScalar, isSeq };
export type { Node, YAMLMap };
