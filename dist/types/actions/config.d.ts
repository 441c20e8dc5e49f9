import type { Runtime } from '../runtime/runtime.js';
export declare function configAction(runtime: Runtime): Promise<void>;
