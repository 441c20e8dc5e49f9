import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  benchmarkSources,
  compareBenchmarks,
  parseAssociations
} from "./chunk-43FGFROV.js";
import {
  readFileAtRef
} from "./chunk-TQIISSPJ.js";
import {
  DEFAULT_CONFIG_PATH,
  parseConfig
} from "./chunk-XEJXVRDQ.js";
import {
  describeError
} from "./chunk-WONG65HV.js";

// src/prefilter/benchmark-at-ref.ts
async function benchmarkAtRef(root, ref, configPath) {
  try {
    const configFile = configPath ?? DEFAULT_CONFIG_PATH;
    const configText = await readFileAtRef(root, ref, configFile);
    const config = parseConfig(configText ?? "", configFile).prefilter;
    if (!config.tools || !config.cases)
      return { note: `The base (${ref.slice(0, 12)}) has no prefilter benchmark yet.` };
    const [tools, cases] = await Promise.all([
      readFileAtRef(root, ref, config.tools),
      readFileAtRef(root, ref, config.cases)
    ]);
    if (tools === void 0 || cases === void 0) {
      return {
        note: `The base (${ref.slice(0, 12)}) has no ${tools === void 0 ? config.tools : config.cases}.`
      };
    }
    const learned = config.associations ? await readFileAtRef(root, ref, config.associations) : void 0;
    const associations = learned !== void 0 && config.associations ? parseAssociations(learned, config.associations) : void 0;
    return {
      benchmark: benchmarkSources(
        { text: tools, name: config.tools },
        { text: cases, name: config.cases },
        config,
        void 0,
        associations
      ),
      ...config.associations && learned === void 0 ? {
        note: `The base (${ref.slice(0, 12)}) has no ${config.associations}; measured without learned associations.`
      } : {}
    };
  } catch (error) {
    const note = `The base (${ref.slice(0, 12)}) could not be benchmarked: ${describeError(error)}. Check out with fetch-depth: 0 so the base commit is present.`;
    return { note, problem: true };
  }
}

// src/prefilter/pull-request.ts
function pullRequestReport(head, base, baseNote) {
  const comparison = compareBenchmarks(base?.run.figures, head.run.figures);
  const ok = head.report.ok && comparison.ok;
  const gateWord = head.report.ok ? "gates passed" : "gates failed";
  return {
    capability: "prefilter",
    title: `${comparison.title}; ${gateWord}`,
    ok,
    findings: [...comparison.findings, ...head.report.findings],
    sections: [
      {
        title: "Base vs head",
        ...baseNote ? { text: baseNote } : {},
        ...comparison.sections?.[0]?.table ? { table: comparison.sections[0].table } : {}
      },
      ...head.report.sections ?? []
    ],
    data: { ...head.report.data, base: base?.run.figures ?? null, regression: !comparison.ok }
  };
}

export {
  benchmarkAtRef,
  pullRequestReport
};
