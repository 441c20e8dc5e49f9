import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  commonOptions,
  withCommonOptions
} from "./chunk-YWJ33PDR.js";
import {
  casesFromLog,
  chainRedactors,
  filterReport,
  learnAssociations,
  parseAssociations,
  parseLog,
  redactPersonalData
} from "./chunk-GB4HGAY3.js";
import {
  benchmarkSources
} from "./chunk-Z3DBXTF2.js";
import {
  ToolPrefilter,
  optionsFromConfig,
  withAssociations
} from "./chunk-3GGROXD5.js";
import {
  parseToolFile
} from "./chunk-ZQE65B6M.js";
import "./chunk-X3IRMFFO.js";
import "./chunk-BOBXEPTZ.js";
import {
  emitReport
} from "./chunk-KOKZDJOV.js";
import "./chunk-QAQJHAYC.js";
import "./chunk-U3ZWNE57.js";
import "./chunk-VYLDFHRP.js";
import "./chunk-VHZ4TNNN.js";
import "./chunk-K7T24VU2.js";
import {
  confinedPath,
  loadConfig,
  readInputFile
} from "./chunk-YOIBVPTW.js";
import {
  UsageError
} from "./chunk-KA2W5GDI.js";
import "./chunk-2ORNAKAZ.js";

// src/cli/commands/prefilter.ts
import { writeFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import path from "node:path";
function inputPath(flag, configured, io, options, what) {
  if (typeof flag === "string" && flag !== "") return { absolute: path.resolve(io.cwd, flag), shown: flag };
  if (configured)
    return { absolute: confinedPath(options.root, configured, `prefilter.${what}`), shown: configured };
  throw new UsageError(`no ${what} file: pass --${what} <file> or set prefilter.${what} in the config`);
}
function readInput(file, what) {
  return readInputFile(file.absolute, { display: file.shown, what: `${what} file` });
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
async function associationsOf(configured, options) {
  if (!configured) return void 0;
  const file = { absolute: path.resolve(options.root, configured), shown: configured };
  return parseAssociations(await readInput(file, "associations"), configured);
}
async function prepare(raw, io) {
  const options = commonOptions(raw, io);
  const { config } = await loadConfig({ root: options.root, configPath: options.configPath });
  const tools = inputPath(raw.tools, config.prefilter.tools, io, options, "tools");
  const parsed = parseToolFile(await readInput(tools, "tools"), tools.shown);
  const learned = await associationsOf(config.prefilter.associations, options);
  const prefilterOptions = withAssociations(optionsFromConfig(config.prefilter, coreList(raw.core)), learned);
  return { options, config, tools, prefilter: new ToolPrefilter(parsed, prefilterOptions) };
}
async function redactorOf(raw, io) {
  if (typeof raw !== "string" || raw === "") return redactPersonalData;
  const hook = (await import(pathToFileURL(path.resolve(io.cwd, raw)).href)).default;
  if (typeof hook !== "function")
    throw new UsageError(`--redact ${raw} must export a default function (message: string) => string`);
  return chainRedactors(redactPersonalData, hook);
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
      coreList(raw.core),
      await associationsOf(config.prefilter.associations, options)
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
  withCommonOptions(
    group.command("learn").description("learn aliases and companions from logged turns into an association file").requiredOption("--log <file>", 'JSON Lines: {"message", "context"?, "calledTools": [tool names]}').option(
      "--out <file>",
      "association file (default: prefilter.associations or .github/prefilter-associations.json)"
    ).option("--cases-out <file>", "also write benchmark cases (redacted) harvested from the log").option(
      "--redact <module>",
      "ES module whose default export redacts a message (after the built-in pass)"
    ).option("--tools <file>", "tool registry; cases expecting tools not in it are skipped")
  ).action(async (raw) => {
    const options = commonOptions(raw, io);
    const { config } = await loadConfig({ root: options.root, configPath: options.configPath });
    const log = inputPath(raw.log, void 0, io, options, "log");
    const turns = parseLog(await readInput(log, "log"), log.shown);
    const learned = learnAssociations(turns);
    const out = inputPath(
      raw.out,
      config.prefilter.associations ?? ".github/prefilter-associations.json",
      io,
      options,
      "out"
    );
    await writeFile(out.absolute, `${JSON.stringify(learned, null, 2)}
`);
    let cases = 0;
    if (typeof raw.casesOut === "string") {
      const tools = inputPath(raw.tools, config.prefilter.tools, io, options, "tools");
      const names = new Set(parseToolFile(await readInput(tools, "tools"), tools.shown).map((t) => t.name));
      const lines = casesFromLog(turns, await redactorOf(raw.redact, io), names);
      await writeFile(path.resolve(io.cwd, raw.casesOut), lines.map((l) => `${l}
`).join(""));
      cases = lines.length;
    }
    const aliases = Object.keys(learned.aliases).length;
    const companions = Object.keys(learned.companions).length;
    done(
      emitReport(
        io,
        {
          capability: "prefilter",
          title: `Learned from ${turns.length} turns: aliases for ${aliases} tools, companions for ${companions}${cases ? `, ${cases} cases` : ""} -> ${out.shown}`,
          ok: true,
          findings: [],
          data: { ...learned, file: out.shown, cases }
        },
        options.format
      )
    );
  });
}
export {
  registerPrefilter
};
