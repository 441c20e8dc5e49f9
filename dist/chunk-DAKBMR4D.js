import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  GATE_MARKER,
  markerComment,
  parseGateComment,
  renderGateComment
} from "./chunk-XOEPOA5U.js";

// src/github/gate-comment-writer.ts
var GateCommentContentionError = class extends Error {
  name = "GateCommentContentionError";
};
var MARKER = markerComment(GATE_MARKER);
function holds(body, section) {
  const found = parseGateComment(body).find((s) => s.capability === section.capability);
  return found !== void 0 && found.status === section.status && found.reasons === section.reasons && // A section shortened to fit the comment still counts as written.
  (found.details === section.details || found.details.startsWith("_Too long for this comment"));
}
async function gateComments(forge, pullNumber) {
  return (await forge.listComments(pullNumber)).filter((c) => c.body.includes(MARKER)).sort((a, b) => a.id - b.id);
}
function merged(comments, section) {
  const sections = /* @__PURE__ */ new Map();
  for (const comment of comments)
    for (const s of parseGateComment(comment.body))
      if (!sections.has(s.capability)) sections.set(s.capability, s);
  sections.set(section.capability, section);
  return [...sections.values()];
}
async function upsertGateSection(forge, pullNumber, section, options = {}) {
  const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  const attempts = options.attempts ?? 5;
  let result;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const comments = await gateComments(forge, pullNumber);
    const [keep, ...duplicates] = comments;
    const body = renderGateComment(merged(comments, section), options);
    if (!keep) {
      const created = await forge.createComment(pullNumber, body);
      result ??= { action: "created", commentId: created.id };
    } else {
      if (keep.body !== body) await forge.updateComment(keep.id, body);
      for (const duplicate of duplicates) await forge.deleteComment(duplicate.id);
      result ??= { action: keep.body === body ? "unchanged" : "updated", commentId: keep.id };
    }
    await sleep(options.settleMs ?? 1500);
    const now = await gateComments(forge, pullNumber);
    if (now.length === 1 && holds(now[0].body, section))
      return { ...result, commentId: now[0].id, rewrites: attempt };
  }
  throw new GateCommentContentionError(
    `the ${section.capability} section of the PR gate comment on #${pullNumber} was overwritten ${attempts} times by concurrent jobs`
  );
}

export {
  upsertGateSection
};
