import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  ToolPrefilter,
  describeMissing,
  impossibleGate,
  parseToolFile
} from "./chunk-CLW7FOZR.js";
import "./chunk-X3IRMFFO.js";
import "./chunk-BOBXEPTZ.js";
import {
  optionsFromConfig
} from "./chunk-XVBKFZHQ.js";
import "./chunk-43CQW6Z7.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
import "./chunk-WONG65HV.js";
import "./chunk-2ORNAKAZ.js";

// src/prefilter/config-file-check.ts
import { readFile } from "node:fs/promises";
import path from "node:path";

// src/prefilter/config-check.ts
function pagesWithoutTools(config, tools) {
  const names = new Set(tools.map((t) => t.name));
  const categories = new Set(Object.keys(config.categories ?? {}));
  for (const t of tools) if (t.category) categories.add(t.category);
  const out = [];
  for (const [page, entries] of Object.entries(config.pages ?? {})) {
    const unknown = entries.filter((e) => !names.has(e) && !categories.has(e));
    if (unknown.length === entries.length) out.push({ page, unknown });
  }
  return out;
}
function checkPrefilterConfig(config, tools, file) {
  const prefilter = new ToolPrefilter(tools, optionsFromConfig(config));
  const findings = prefilter.missingCore.map((missing) => ({
    rule: "prefilter-core-missing",
    severity: "HIGH",
    message: `core tool ${describeMissing(missing)} is not in ${config.tools}`,
    file
  }));
  for (const { page, unknown } of pagesWithoutTools(config, tools)) {
    findings.push({
      rule: "prefilter-page-without-tools",
      severity: "MEDIUM",
      message: `page ${page} maps to no tool: ${unknown.join(", ")} ${unknown.length === 1 ? "is" : "are"} neither a tool nor a category of ${config.tools}, so requests from it get no page context`,
      file
    });
  }
  const why = impossibleGate(config["min-token-reduction"], prefilter.coreShare, prefilter.coreToolNames);
  if (why) findings.push({ rule: "prefilter-impossible-gate", severity: "HIGH", message: why, file });
  return findings;
}

// src/prefilter/config-file-check.ts
async function checkPrefilterFile(loaded, root) {
  const file = loaded.config.prefilter.tools;
  if (!file) return [];
  const text = await readFile(path.resolve(root, file), "utf8").catch(() => void 0);
  if (text === void 0) return [];
  return checkPrefilterConfig(loaded.config.prefilter, parseToolFile(text, file), loaded.file ?? file);
}
export {
  checkPrefilterFile
};
