import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  upsertStickyComment
} from "./chunk-CI3N5E6X.js";
import {
  core_exports,
  info,
  setOutput,
  summary,
  warning
} from "./chunk-TMHFKGZV.js";
import {
  TOOL
} from "./chunk-VHZ4TNNN.js";
import {
  emitAnnotations,
  planAnnotations,
  renderJson,
  renderSarif
} from "./chunk-K7T24VU2.js";
import {
  COMMENT_MAX_CHARS,
  renderMarkdown
} from "./chunk-YOIBVPTW.js";
import {
  describeError
} from "./chunk-KA2W5GDI.js";

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
  await summary.addRaw(renderMarkdown(report, { maxChars: Infinity }), true).write();
  return { json, sarif };
}
function fromWorkspace(report, rootInWorkspace) {
  if (!rootInWorkspace) return report;
  const findings = report.findings.map(
    (f) => f.file ? { ...f, file: path.posix.join(rootInWorkspace, f.file) } : f
  );
  return { ...report, findings };
}
async function publishPullRequestComment(forge, pullNumber, report) {
  const body = renderMarkdown(report, { maxChars: COMMENT_MAX_CHARS - 200 });
  try {
    const result = await upsertStickyComment(forge, pullNumber, report.capability, body);
    info(`PR comment ${result.action} (#${pullNumber}, comment ${result.commentId})`);
  } catch (error) {
    warning(`could not post the ${report.capability} comment on #${pullNumber}: ${describeError(error)}`);
  }
}

export {
  publishReport,
  publishPullRequestComment
};
