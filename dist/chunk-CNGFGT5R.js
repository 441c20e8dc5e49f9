import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  CAPABILITIES,
  DEFAULT_CONFIG_PATH
} from "./chunk-XEJXVRDQ.js";

// src/config/check.ts
function describeConfig(loaded, checked = []) {
  const c = loaded.config;
  const source = loaded.file ?? `${DEFAULT_CONFIG_PATH} (absent: defaults apply)`;
  const rows = CAPABILITIES.flatMap(
    (capability) => capability.describe ? [[capability.name, capability.describe(c)]] : []
  );
  const broken = checked.filter((f) => f.severity === "HIGH" || f.severity === "CRITICAL").length;
  return {
    capability: "config",
    title: broken === 0 ? `Config ${source} is valid` : `Config ${source} has ${broken} broken reference(s)`,
    ok: broken === 0,
    findings: checked,
    sections: [{ title: "Capabilities", table: { columns: ["capability", "settings"], rows } }],
    data: { file: loaded.file ?? null, config: c }
  };
}
async function checkConfig(loaded, root) {
  const findings = [];
  for (const capability of CAPABILITIES) {
    if (capability.check) findings.push(...await (await capability.check())(loaded, root));
  }
  return findings;
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

export {
  describeConfig,
  checkConfig,
  describeConfigProblems
};
