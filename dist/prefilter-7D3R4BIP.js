import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  SemanticIndex,
  chainRedactors,
  filterReport,
  filterWithEmbeddings,
  redactPersonalData
} from "./chunk-F6MTGRYS.js";
import {
  cliRuntime
} from "./chunk-75CLYDBS.js";
import {
  commonOptions,
  withCommonOptions
} from "./chunk-O5DXK52N.js";
import {
  nameList,
  prefilterBenchRequest,
  prefilterInput,
  readAssociations,
  readPrefilterInput,
  runPrefilterBench
} from "./chunk-G2ZA777P.js";
import "./chunk-46OXVG5F.js";
import {
  casesFromLog,
  learnAssociations,
  parseLog
} from "./chunk-43FGFROV.js";
import {
  ToolPrefilter,
  parseToolFile
} from "./chunk-CLW7FOZR.js";
import "./chunk-WLCSS6DB.js";
import "./chunk-X3IRMFFO.js";
import "./chunk-BOBXEPTZ.js";
import "./chunk-TQIISSPJ.js";
import "./chunk-H5KE5NYW.js";
import "./chunk-7LINYY5G.js";
import "./chunk-FK6VXFIS.js";
import "./chunk-SPUF24IV.js";
import "./chunk-GHAYBQNU.js";
import "./chunk-3YHOWPRC.js";
import {
  optionsFromConfig,
  withAssociations
} from "./chunk-XVBKFZHQ.js";
import "./chunk-43CQW6Z7.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
import {
  emitReport
} from "./chunk-4NM4Y4CI.js";
import "./chunk-QAQJHAYC.js";
import "./chunk-NNVLBUGM.js";
import "./chunk-CNGFGT5R.js";
import "./chunk-4VAGRVGA.js";
import "./chunk-XOEPOA5U.js";
import "./chunk-XEJXVRDQ.js";
import {
  UsageError
} from "./chunk-WONG65HV.js";
import "./chunk-2ORNAKAZ.js";

// src/cli/commands/prefilter.ts
import { writeFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import path from "node:path";
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
async function prepare(runtime) {
  const { config } = await runtime.config();
  const tools = prefilterInput(runtime, runtime.request.text("tools"), config.prefilter.tools, "tools");
  const parsed = parseToolFile(await readPrefilterInput(tools, "tools"), tools.shown);
  const learned = await readAssociations(runtime);
  const core = nameList(runtime.request.text("core"));
  const prefilterOptions = withAssociations(optionsFromConfig(config.prefilter, core), learned);
  return { config, tools, prefilter: new ToolPrefilter(parsed, prefilterOptions) };
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
    group.command("bench").description("benchmark the prefilter on labelled cases; exit 1 when a gate fails").option("--tools <file>", "JSON array of tool definitions (OpenAI, Anthropic or MCP format)").option("--cases <file>", 'JSON Lines: {"message", "context"?, "expected": [tool names]}').option("--core <names>", "comma-separated core tools (default: prefilter.core-tools)").option("--base <ref>", "also benchmark this git ref (its registry, cases and config) and compare")
  ).action(async (raw) => {
    const options = commonOptions(raw, io);
    const runtime = cliRuntime(io, options, raw);
    const { report } = await runPrefilterBench(runtime, prefilterBenchRequest(runtime));
    done(emitReport(io, report, options.format));
  });
  withCommonOptions(
    group.command("filter").description("print the tools to send for one message (use --format json from a backend)").option("--tools <file>", "JSON array of tool definitions (OpenAI, Anthropic or MCP format)").requiredOption("--message <text>", "the user's message").option("--context <json>", "JSON object: page, location, userState, recentTools, turns").option("--core <names>", "comma-separated core tools (default: prefilter.core-tools)")
  ).action(async (raw) => {
    const context = contextOf(raw.context);
    const options = commonOptions(raw, io);
    const runtime = cliRuntime(io, options, raw);
    const { prefilter, config } = await prepare(runtime);
    const message = String(raw.message ?? "");
    const embeddings = runtime.embeddings(config.prefilter);
    if (embeddings.warning) runtime.logger.warning(embeddings.warning);
    const result = embeddings.provider ? await filterWithEmbeddings(
      prefilter,
      await SemanticIndex.prepare(prefilter, embeddings.provider, { log: runtime.logger }),
      message,
      context
    ) : prefilter.filter(message, context);
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
    const runtime = cliRuntime(io, options, raw);
    const { config } = await runtime.config();
    const log = prefilterInput(runtime, runtime.request.text("log"), void 0, "log");
    const turns = parseLog(await readPrefilterInput(log, "log"), log.shown);
    const learned = learnAssociations(turns);
    const out = prefilterInput(
      runtime,
      runtime.request.text("out"),
      config.prefilter.associations ?? ".github/prefilter-associations.json",
      "out"
    );
    await writeFile(out.absolute, `${JSON.stringify(learned, null, 2)}
`);
    let cases = 0;
    if (typeof raw.casesOut === "string") {
      const tools = prefilterInput(runtime, runtime.request.text("tools"), config.prefilter.tools, "tools");
      const names = new Set(
        parseToolFile(await readPrefilterInput(tools, "tools"), tools.shown).map((t) => t.name)
      );
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
