import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  runGit
} from "./chunk-BPJGBRTH.js";

// src/ports/local-forge-diff.ts
var MAX_PATCH_CHARS = 256 * 1024;
var STATUS = {
  A: "added",
  M: "modified",
  D: "removed",
  R: "renamed",
  C: "copied",
  T: "changed"
};
async function changedFiles(cwd, from, to, env) {
  const common = ["diff", "--no-color", "--no-ext-diff", "--find-renames"];
  const names = await runGit([...common, "--name-status", "-z", from, to], { cwd, env });
  const patch = await runGit([...common, "--patch", from, to], { cwd, env });
  const files = parseNameStatus(names.stdout);
  const patches = splitPatch(patch.stdout);
  if (patches.length !== files.length) return files;
  return files.map((file, i) => {
    const hunks = patches[i];
    return hunks === void 0 ? file : { ...file, patch: hunks };
  });
}
function parseNameStatus(output) {
  const fields = output.split("\0");
  const files = [];
  for (let i = 0; i < fields.length; ) {
    const code = fields[i] ?? "";
    if (code === "") break;
    const status = STATUS[code.charAt(0)] ?? "changed";
    if (status === "renamed" || status === "copied") {
      files.push({ path: fields[i + 2] ?? "", status, previousPath: fields[i + 1] ?? "" });
      i += 3;
    } else {
      files.push({ path: fields[i + 1] ?? "", status });
      i += 2;
    }
  }
  return files;
}
function splitPatch(output) {
  if (output.trim() === "") return [];
  const sections = `
${output}`.split("\ndiff --git ").slice(1);
  return sections.map((section) => {
    const start = section.startsWith("@@") ? 0 : section.indexOf("\n@@");
    if (start === -1) return void 0;
    const hunks = section.slice(start === 0 ? 0 : start + 1).replace(/\n$/, "");
    return hunks.length > MAX_PATCH_CHARS ? void 0 : hunks;
  });
}

export {
  changedFiles,
  parseNameStatus
};
