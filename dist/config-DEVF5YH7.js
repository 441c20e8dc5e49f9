import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  commonOptions,
  withCommonOptions
} from "./chunk-YWJ33PDR.js";
import {
  findMissingCanonicals,
  missingCanonicalMessage
} from "./chunk-B5JBEF5E.js";
import "./chunk-DPPD5FIM.js";
import "./chunk-HVKD6FED.js";
import {
  emitReport
} from "./chunk-KOKZDJOV.js";
import "./chunk-QAQJHAYC.js";
import "./chunk-U3ZWNE57.js";
import {
  describeConfig
} from "./chunk-VYLDFHRP.js";
import "./chunk-VHZ4TNNN.js";
import "./chunk-K7T24VU2.js";
import {
  loadConfig
} from "./chunk-YOIBVPTW.js";
import "./chunk-KA2W5GDI.js";
import "./chunk-2ORNAKAZ.js";

// src/cli/commands/config.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
function registerConfig(program, io, done) {
  withCommonOptions(
    program.command("config").description("validate .github/launchgate.yml and show the settings")
  ).action(async (raw) => {
    const options = commonOptions(raw, io);
    const loaded = await loadConfig({ root: options.root, configPath: options.configPath });
    const concerns = loaded.config.consolidation.concerns;
    const missing = await findMissingCanonicals(options.root, concerns);
    const broken = missing.map((m) => ({
      rule: "missing-canonical",
      key: `consolidation.concerns.${m.index}.canonical`,
      message: missingCanonicalMessage(m)
    }));
    const report = describeConfig(loaded, broken);
    report.findings.push(...await prefilterFindings(loaded, options.root));
    if (report.findings.some((f) => f.severity === "HIGH" || f.severity === "CRITICAL")) report.ok = false;
    done(emitReport(io, report, options.format));
  });
}
async function prefilterFindings(loaded, root) {
  const file = loaded.config.prefilter.tools;
  if (!file) return [];
  const text = await readFile(path.resolve(root, file), "utf8").catch(() => void 0);
  if (text === void 0) return [];
  const { checkPrefilterConfig } = await import("./config-check-53K7GQFI.js");
  const { parseToolFile } = await import("./tool-file-EQVLX6AX.js");
  return checkPrefilterConfig(loaded.config.prefilter, parseToolFile(text, file), loaded.file ?? file);
}
export {
  registerConfig
};
