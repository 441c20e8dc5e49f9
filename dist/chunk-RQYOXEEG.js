import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  AGENT_FOCUS,
  REVIEW_SEVERITIES
} from "./chunk-7BHMM5HP.js";

// src/review/report.ts
function areaPasses(outcome, agent, minScore) {
  if (outcome.missingAgents.includes(agent)) return false;
  const mine = outcome.findings.filter((f) => f.properties.agents.includes(agent));
  return outcome.scores[agent] > minScore && !mine.some((f) => f.severity === "CRITICAL" || f.severity === "HIGH");
}
function areaTable(outcome, minScore) {
  const rows = outcome.agents.map((agent) => {
    const mine = outcome.findings.filter((f) => f.properties.agents.includes(agent));
    const missing = outcome.missingAgents.includes(agent);
    return [
      agent,
      missing ? "not reviewed" : `${outcome.scores[agent]}/10`,
      ...REVIEW_SEVERITIES.map((s) => mine.filter((f) => f.severity === s).length),
      areaPasses(outcome, agent, minScore) ? "pass" : "FAIL",
      AGENT_FOCUS[agent]
    ];
  });
  return {
    title: "Areas",
    table: { columns: ["area", "score", ...REVIEW_SEVERITIES, "gate", "looks at"], rows }
  };
}
function llmSection(llm) {
  const dropped = Object.entries(llm.dropped).filter(([, n]) => n > 0).map(([why, n]) => `${n} ${why}`);
  return {
    title: "LLM pass",
    text: [
      `${llm.provider} (${llm.model}): ${llm.requests} request${llm.requests === 1 ? "" : "s"}, ${llm.usage.inputTokens} input tokens (${llm.usage.cachedInputTokens} from the prompt cache), ${llm.usage.outputTokens} output tokens.`,
      `${llm.findings} finding${llm.findings === 1 ? "" : "s"} kept on the diff${dropped.length > 0 ? `; dropped: ${dropped.join(", ")}` : ""}.`,
      ...llm.incomplete.length > 0 ? [`Analyzers only (LLM pass failed): ${llm.incomplete.join(", ")}.`] : []
    ].join("\n")
  };
}
function reviewReport(outcome, minScore) {
  const sections = [];
  if (outcome.notices.length > 0)
    sections.push({ title: "Notices", text: outcome.notices.map((n) => `- ${n}`).join("\n") });
  sections.push(areaTable(outcome, minScore));
  if (outcome.llm) sections.push(llmSection(outcome.llm));
  if (!outcome.gate.passed)
    sections.push({
      title: "Why the gate failed",
      text: outcome.gate.reasons.map((r) => `- ${r}`).join("\n")
    });
  if (outcome.waived.length > 0) {
    sections.push({
      title: "Waived",
      collapsed: true,
      table: {
        columns: ["fingerprint", "rule", "where", "reason", "expires"],
        rows: outcome.waived.map(({ finding, waiver }) => [
          finding.fingerprint,
          finding.rule,
          `${finding.file}:${finding.line}`,
          waiver.reason,
          waiver.expires
        ])
      }
    });
  }
  const short = (sha) => sha.slice(0, 12);
  const verdict = outcome.gate.passed ? "passed" : "failed";
  return {
    capability: "review",
    title: `Review of ${short(outcome.base)}..${short(outcome.head)}: gate ${verdict}, ${outcome.findings.length} open finding${outcome.findings.length === 1 ? "" : "s"} in ${outcome.filesChanged} changed file${outcome.filesChanged === 1 ? "" : "s"}`,
    ok: outcome.gate.passed,
    findings: outcome.findings,
    findingFields: ["agent"],
    sections,
    data: {
      base: outcome.base,
      head: outcome.head,
      agents: outcome.agents,
      scores: outcome.scores,
      gate: outcome.gate,
      minScore,
      provider: outcome.provider,
      notices: outcome.notices,
      outsideDiff: outcome.outsideDiff,
      waived: outcome.waived.map(({ finding, waiver }) => ({
        ...waiver,
        rule: finding.rule,
        file: finding.file,
        line: finding.line
      })),
      expiredWaivers: outcome.expiredWaivers,
      failedAnalyzers: outcome.failedAnalyzers,
      missingAgents: outcome.missingAgents,
      ...outcome.llm ? { llm: outcome.llm } : {}
    }
  };
}

export {
  reviewReport
};
