import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  mergeArtifacts,
  readArtifacts,
  resolveReviewSettings
} from "./chunk-AZVEL3SJ.js";
import {
  judgeReview,
  readWaivers,
  reviewReport
} from "./chunk-DEWBUOPC.js";

// src/review/aggregate.ts
import path from "node:path";
async function aggregateReview(runtime, request) {
  const { config } = await runtime.config();
  const settings = resolveReviewSettings(config.review, {
    agents: request.agents,
    minScore: request.minScore
  });
  const dir = path.resolve(runtime.cwd, request.findingsDir);
  const { collection, missingAgents } = mergeArtifacts(await readArtifacts(dir), settings.agents);
  const outcome = judgeReview(collection, {
    waivers: await readWaivers(runtime.root, collection.head, config.review.waivers),
    minScore: settings.minScore,
    today: runtime.today(),
    missingAgents
  });
  for (const notice of outcome.notices) runtime.logger.warning(`launchgate review: ${notice}`);
  return { outcome, report: reviewReport(outcome, settings.minScore), waivers: config.review.waivers };
}

export {
  aggregateReview
};
