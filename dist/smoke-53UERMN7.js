import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  commonOptions,
  withCommonOptions
} from "./chunk-X5XZXVEU.js";
import {
  checkRunnable,
  latencyVerdict,
  runSmokeTests,
  smokeBaseUrl,
  smokeReport
} from "./chunk-3O4TQSTH.js";
import "./chunk-DC3JCGCL.js";
import "./chunk-VI4JOLYY.js";
import "./chunk-PKGDVOV4.js";
import "./chunk-DKRXTEUG.js";
import "./chunk-HVKD6FED.js";
import "./chunk-MULV5GKG.js";
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

// src/deploy/smoke/standalone.ts
import path from "node:path";
async function runStandaloneSmoke(deploy, options) {
  const config = withBaseUrl(deploy, options.baseUrl);
  if (config.smoke.tests.length === 0)
    throw new ConfigurationError("there are no smoke tests to run: add some to deploy.smoke.tests", {
      key: "deploy.smoke.tests"
    });
  checkRunnable(config);
  const baseUrl = smokeBaseUrl(config);
  options.log(`running ${config.smoke.tests.length} smoke test(s) against ${baseUrl}`);
  const results = await runSmokeTests(config.smoke, {
    baseUrl,
    env: options.env,
    log: options.log,
    artifactsDir: path.resolve(options.root, config.smoke["artifacts-dir"])
  });
  return smokeReport(baseUrl, results, latencyVerdict(results, config["p95-budget-ms"]));
}
function withBaseUrl(deploy, baseUrl) {
  if (baseUrl === void 0) return deploy;
  let url;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new UsageError(
      `--base-url must be an http(s) URL such as https://staging.example.com, got ${baseUrl}`
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new UsageError(`--base-url must be an http(s) URL, got ${baseUrl}`);
  return { ...deploy, smoke: { ...deploy.smoke, "base-url": baseUrl } };
}

// src/cli/commands/smoke.ts
function registerSmoke(program, io, done) {
  withCommonOptions(
    program.command("smoke").description("run the configured smoke tests against a URL (staging before a deploy), nothing else")
  ).option(
    "--base-url <url>",
    "where the app is (default: deploy.smoke.base-url, then the first target URL)"
  ).action(async (raw) => {
    const options = commonOptions(raw, io);
    const { config } = await loadConfig({ root: options.root, configPath: options.configPath });
    const report = await runStandaloneSmoke(config.deploy, {
      baseUrl: typeof raw.baseUrl === "string" ? raw.baseUrl : void 0,
      root: options.root,
      env: io.env,
      log: (line) => io.stderr(`${line}
`)
    });
    done(emitReport(io, report, options.format));
  });
}
export {
  registerSmoke
};
