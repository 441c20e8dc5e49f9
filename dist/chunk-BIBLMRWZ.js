import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  upsertStickyComment
} from "./chunk-ZJBFD35P.js";
import {
  core_exports,
  debug,
  setOutput,
  summary
} from "./chunk-GHAYBQNU.js";
import {
  TOOL,
  emitAnnotations,
  planAnnotations,
  renderJson,
  renderSarif
} from "./chunk-EAUYJHNS.js";
import {
  COMMENT_MAX_CHARS,
  renderMarkdown
} from "./chunk-X3BO67NU.js";
import {
  describeError
} from "./chunk-WONG65HV.js";

// src/actions/publish.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
async function publishReport(report, options = {}) {
  const outDir = options.outDir ?? path.join(process.env.RUNNER_TEMP || ".", "launchgate");
  await mkdir(outDir, { recursive: true });
  const json = path.join(outDir, `${report.capability}.json`);
  await writeFile(json, renderJson(report));
  setOutput("ok", String(report.ok));
  setOutput("report", json);
  let sarif;
  if (options.sarif) {
    sarif = path.join(outDir, `${report.capability}.sarif`);
    await writeFile(sarif, renderSarif(fromWorkspace(report, options.rootInWorkspace), TOOL));
    setOutput("sarif", sarif);
  }
  emitAnnotations(planAnnotations(fromWorkspace(report, options.rootInWorkspace).findings), core_exports);
  await writeJobSummary(renderMarkdown(report, { maxChars: Infinity }));
  return { json, sarif };
}
async function writeJobSummary(markdown) {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    debug("no job summary: GITHUB_STEP_SUMMARY is not set");
    return;
  }
  await summary.addRaw(markdown, true).write();
}
function fromWorkspace(report, rootInWorkspace) {
  if (!rootInWorkspace) return report;
  const findings = report.findings.map(
    (f) => f.file ? { ...f, file: path.posix.join(rootInWorkspace, f.file) } : f
  );
  return { ...report, findings };
}
async function publishPullRequestComment(forge, pullNumber, report, logger) {
  const body = renderMarkdown(report, { maxChars: COMMENT_MAX_CHARS - 200 });
  try {
    const result = await upsertStickyComment(forge, pullNumber, report.capability, body);
    logger.info(`PR comment ${result.action} (#${pullNumber}, comment ${result.commentId})`);
  } catch (error) {
    logger.warning(
      `could not post the ${report.capability} comment on #${pullNumber}: ${describeError(error)}`
    );
  }
}

export {
  publishReport,
  writeJobSummary,
  publishPullRequestComment
};
