import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  commonOptions,
  withCommonOptions
} from "./chunk-X5XZXVEU.js";
import {
  filterReport
} from "./chunk-YPSMOB2Y.js";
import {
  benchmarkSources
} from "./chunk-T3UHIKF3.js";
import {
  ToolPrefilter,
  optionsFromConfig
} from "./chunk-R6G23PVB.js";
import {
  parseToolFile
} from "./chunk-OSYDG5QL.js";
import "./chunk-X3IRMFFO.js";
import "./chunk-BOBXEPTZ.js";
import {
  emitReport
} from "./chunk-I3D7YJNX.js";
import "./chunk-QAQJHAYC.js";
import "./chunk-TG6EERQF.js";
import "./chunk-7KQ6SKYN.js";
import "./chunk-VHZ4TNNN.js";
import "./chunk-W25A755P.js";
import {
  loadConfig
} from "./chunk-UJINPOB7.js";
import {
  ConfigurationError,
  UsageError
} from "./chunk-QRZZAVTQ.js";
import "./chunk-2ORNAKAZ.js";

// src/cli/commands/prefilter.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
function inputPath(flag, configured, io, options, what) {
  if (typeof flag === "string" && flag !== "") return { absolute: path.resolve(io.cwd, flag), shown: flag };
  if (configured) return { absolute: path.resolve(options.root, configured), shown: configured };
  throw new UsageError(`no ${what} file: pass --${what} <file> or set prefilter.${what} in the config`);
}
async function readInput(file, what) {
  try {
    return await readFile(file.absolute, "utf8");
  } catch (error) {
    throw new ConfigurationError(`cannot read ${what} file ${file.shown}: ${error.message}`, {
      position: { file: file.shown },
      cause: error
    });
  }
}
function coreList(raw) {
  if (typeof raw !== "string") return void 0;
  return raw.split(",").map((s) => s.trim()).filter((s) => s !== "");
}
function contextOf(raw) {
  if (raw === void 0) return {};
  let value;
  try {
    value = JSON.parse(String(raw));
  } catch (error) {
    throw new UsageError(`--context must be a JSON object: ${error.message}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new UsageError(
      '--context must be a JSON object, e.g. {"page": "/trips", "recentTools": ["plan_trip"]}'
    );
  }
  return value;
}
async function prepare(raw, io) {
  const options = commonOptions(raw, io);
  const { config } = await loadConfig({ root: options.root, configPath: options.configPath });
  const tools = inputPath(raw.tools, config.prefilter.tools, io, options, "tools");
  const parsed = parseToolFile(await readInput(tools, "tools"), tools.shown);
  const prefilter = new ToolPrefilter(parsed, optionsFromConfig(config.prefilter, coreList(raw.core)));
  return { options, config, tools, prefilter };
}
function registerPrefilter(program, io, done) {
  const group = program.command("prefilter").description("send only the tools a message needs (launch plan phase 4)");
  withCommonOptions(
    group.command("bench").description("benchmark the prefilter on labelled cases; exit 1 when a gate fails").option("--tools <file>", "JSON array of tool definitions (OpenAI, Anthropic or MCP format)").option("--cases <file>", 'JSON Lines: {"message", "context"?, "expected": [tool names]}').option("--core <names>", "comma-separated core tools (default: prefilter.core-tools)")
  ).action(async (raw) => {
    const options = commonOptions(raw, io);
    const { config } = await loadConfig({ root: options.root, configPath: options.configPath });
    const tools = inputPath(raw.tools, config.prefilter.tools, io, options, "tools");
    const casesFile = inputPath(raw.cases, config.prefilter.cases, io, options, "cases");
    const { report } = benchmarkSources(
      { text: await readInput(tools, "tools"), name: tools.shown },
      { text: await readInput(casesFile, "cases"), name: casesFile.shown },
      config.prefilter,
      coreList(raw.core)
    );
    done(emitReport(io, report, options.format));
  });
  withCommonOptions(
    group.command("filter").description("print the tools to send for one message (use --format json from a backend)").option("--tools <file>", "JSON array of tool definitions (OpenAI, Anthropic or MCP format)").requiredOption("--message <text>", "the user's message").option("--context <json>", "JSON object: page, location, userState, recentTools, turns").option("--core <names>", "comma-separated core tools (default: prefilter.core-tools)")
  ).action(async (raw) => {
    const context = contextOf(raw.context);
    const { options, prefilter } = await prepare(raw, io);
    const result = prefilter.filter(String(raw.message ?? ""), context);
    done(emitReport(io, filterReport(result, prefilter.counting, prefilter.missingCore), options.format));
  });
}
export {
  registerPrefilter
};
