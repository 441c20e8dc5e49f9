import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  markerComment
} from "./chunk-X3BO67NU.js";

// src/github/sticky-comment.ts
function stickyMarker(key) {
  if (!/^[\w.:/-]+$/.test(key)) {
    throw new Error(`sticky comment key "${key}" must be letters, digits, and . : / _ - only`);
  }
  return markerComment(`launchgate:sticky:${key}`);
}
async function upsertStickyComment(forge, issueNumber, key, body) {
  const marker = stickyMarker(key);
  const text = `${marker}
${body}`;
  const mine = (await forge.listComments(issueNumber)).filter((comment) => comment.body.includes(marker)).sort((a, b) => a.id - b.id);
  const [keep, ...duplicates] = mine;
  if (!keep) {
    const created = await forge.createComment(issueNumber, text);
    return { action: "created", commentId: created.id };
  }
  for (const duplicate of duplicates) await forge.deleteComment(duplicate.id);
  if (keep.body === text) return { action: "unchanged", commentId: keep.id };
  await forge.updateComment(keep.id, text);
  return { action: "updated", commentId: keep.id };
}

export {
  upsertStickyComment
};
