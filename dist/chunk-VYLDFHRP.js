import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  DEFAULT_CONFIG_PATH
} from "./chunk-YOIBVPTW.js";

// src/config/check.ts
function describeConfig(loaded, broken = []) {
  const c = loaded.config;
  const source = loaded.file ?? `${DEFAULT_CONFIG_PATH} (absent: defaults apply)`;
  const rows = [
    [
      "consolidation",
      `${c.consolidation.concerns.length} concern(s): ${names(c.consolidation.concerns) || "none"}`
    ],
    [
      "prefilter",
      `min token reduction ${pct(c.prefilter["min-token-reduction"])}, min completeness ${pct(c.prefilter["min-completeness"])}, core tools ${c.prefilter["core-tools"].join(", ") || "none"}`
    ],
    [
      "review",
      `${c.review.agents.length} agents, provider ${c.review.provider}, each area > ${c.review["min-score"]}/10`
    ],
    ["deploy", `${c.deploy["source-branch"]} -> ${c.deploy["target-branch"]} (${c.deploy.environment})`],
    [
      "monitor",
      `error rate > ${pct(c.monitor.thresholds["error-rate"])}, WebSocket failures > ${pct(c.monitor.thresholds["websocket-failure-rate"])}, P95 > ${c.monitor.thresholds["p95-ms"]} ms, for ${c.monitor["window-hours"]} h`
    ]
  ];
  const findings = broken.map((b) => ({
    rule: b.rule,
    severity: "HIGH",
    message: b.message,
    ...loaded.file ? { file: loaded.file } : {},
    properties: { key: b.key }
  }));
  return {
    capability: "config",
    title: broken.length === 0 ? `Config ${source} is valid` : `Config ${source} has ${broken.length} broken reference(s)`,
    ok: broken.length === 0,
    findings,
    sections: [{ title: "Capabilities", table: { columns: ["capability", "settings"], rows } }],
    data: { file: loaded.file ?? null, config: c }
  };
}
function describeConfigProblems(problems) {
  const findings = problems.map((p) => ({
    rule: "invalid-config",
    severity: "HIGH",
    message: p.message,
    file: p.position.file,
    line: p.position.line,
    column: p.position.column,
    properties: { key: p.key }
  }));
  return {
    capability: "config",
    title: `Config ${problems[0]?.position.file ?? ""} has ${problems.length} problem(s)`,
    ok: false,
    findings,
    data: { file: problems[0]?.position.file ?? null }
  };
}
function names(concerns) {
  return concerns.map((c) => c.name).join(", ");
}
function pct(share) {
  return `${Math.round(share * 1e3) / 10}%`;
}

export {
  describeConfig,
  describeConfigProblems
};
