/** Every benchmark case: seeded defects by area, then clean pull requests. */
import { APP_CASES } from './cases-app.js'
import { CLEAN_CASES } from './cases-clean.js'
import { INFRA_CASES } from './cases-infra.js'
import type { BenchCase } from './case-kit.js'

export type { BenchCase, SeedSpec } from './case-kit.js'

export const CASES: BenchCase[] = [...APP_CASES, ...INFRA_CASES, ...CLEAN_CASES]
