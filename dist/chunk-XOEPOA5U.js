import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));

// src/report/budget.ts
var COMMENT_MAX_CHARS = 65536;
var SUMMARY_MAX_BYTES = 1024 * 1024;
var ChunkWriter = class {
  chunks = [];
  open = [];
  /** Appends text; `closeAfter` is added when this chunk itself leaves something open (a code fence). */
  write(text, closeAfter = "") {
    this.chunks.push({ text, close: closeAfter + this.closing() });
  }
  /** Appends text that opens a structure closed by `closer` (e.g. `<details>` … `</details>`). */
  begin(text, closer) {
    this.open.push(closer);
    this.write(text);
  }
  /** Closes the innermost structure opened with {@link begin}. */
  end() {
    const closer = this.open.pop();
    if (closer !== void 0) this.write(closer);
  }
  closing() {
    return [...this.open].reverse().join("");
  }
};
function bytes(text) {
  return Buffer.byteLength(text, "utf8");
}
function fitChunks(chunks, budget, note) {
  const all = chunks.map((c) => c.text).join("");
  if (all.length <= budget.maxChars && bytes(all) <= budget.maxBytes) return { text: all, truncated: false };
  const noteChars = note.length;
  const noteBytes = bytes(note);
  let chars = 0;
  let size = 0;
  let best = -1;
  let bestClose = "";
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i];
    chars += chunk.text.length;
    size += bytes(chunk.text);
    if (chars > budget.maxChars || size > budget.maxBytes) break;
    if (chars + chunk.close.length + noteChars <= budget.maxChars && size + bytes(chunk.close) + noteBytes <= budget.maxBytes) {
      best = i;
      bestClose = chunk.close;
    }
  }
  const kept = chunks.slice(0, best + 1).map((c) => c.text).join("");
  const text = kept + bestClose + note;
  if (text.length > budget.maxChars || bytes(text) > budget.maxBytes) return { text: "", truncated: true };
  return { text, truncated: true };
}

// src/report/escape.ts
var UNSAFE_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
function visibleControls(text) {
  return text.replace(UNSAFE_CHARS, (c) => `\\u{${c.codePointAt(0)?.toString(16) ?? ""}}`);
}
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
function breakMentions(text) {
  return text.replace(/(?<![\w.+-])@(?=[A-Za-z0-9])/g, "@\u200B");
}
var MARKDOWN_INLINE = /[\\`*_[\]|~$]/g;
function escapeInline(text, newline = " ") {
  const safe = escapeHtml(visibleControls(text)).replace(MARKDOWN_INLINE, (c) => `\\${c}`);
  return breakMentions(safe).replace(/\r\n|\r|\n/g, newline);
}
function escapeCell(value, maxChars = 1e3) {
  return escapeInline(truncateChars(String(value), maxChars), "<br>");
}
function escapeHtmlInline(text) {
  return breakMentions(escapeHtml(visibleControls(text))).replace(/\r\n|\r|\n/g, " ");
}
function truncateChars(text, max) {
  if (text.length <= max) return text;
  const points = Array.from(text);
  if (points.length <= max) return text;
  return points.slice(0, Math.max(0, max - 1)).join("") + "\u2026";
}
var FENCE = /^ {0,3}(`{3,}|~{3,})/;
function sanitizeMarkdownLines(text) {
  const out = [];
  let fence;
  for (const raw of visibleControls(text).split(/\r\n|\r|\n/)) {
    const match = FENCE.exec(raw)?.[1];
    if (fence !== void 0) {
      if (match !== void 0 && match[0] === fence[0] && match.length >= fence.length && raw.trim() === match) {
        fence = void 0;
      }
      out.push(fence === void 0 ? { line: raw } : { line: raw, openFence: fence });
    } else if (match !== void 0) {
      fence = match;
      out.push({ line: raw, openFence: fence });
    } else {
      out.push({ line: breakMentions(raw.replace(/<(?=[A-Za-z/!?])/g, "&lt;")) });
    }
  }
  if (fence !== void 0) out.push({ line: fence });
  return out;
}
function safeUrl(url) {
  if (url === void 0) return void 0;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return void 0;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return void 0;
  return parsed.href.replace(
    /[\s()<>|"'`\\[\]]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`
  );
}

// src/report/severity.ts
var SEVERITIES = ["CRITICAL", "HIGH", "MEDIUM", "LOW", "INFO"];
function severityRank(severity) {
  const rank = SEVERITIES.indexOf(severity);
  return rank === -1 ? SEVERITIES.length : rank;
}
function compareText(a, b) {
  if (a === b) return 0;
  if (a === void 0) return 1;
  if (b === void 0) return -1;
  return a < b ? -1 : 1;
}
function compareNumber(a, b) {
  return (a ?? Number.MAX_SAFE_INTEGER) - (b ?? Number.MAX_SAFE_INTEGER);
}
function compareFindings(a, b) {
  return severityRank(a.severity) - severityRank(b.severity) || compareText(a.file, b.file) || compareNumber(a.line, b.line) || compareNumber(a.column, b.column) || compareText(a.rule, b.rule) || compareText(a.message, b.message);
}
function compareByLocation(a, b) {
  return compareText(a.file, b.file) || compareNumber(a.line, b.line) || compareNumber(a.column, b.column) || compareFindings(a, b);
}
function sortFindings(findings, compare = compareFindings) {
  return [...findings].sort(compare);
}
function severityCounts(findings) {
  return SEVERITIES.map((severity) => ({
    severity,
    count: findings.filter((f) => f.severity === severity).length
  })).filter((c) => c.count > 0);
}
function describeCounts(findings) {
  if (findings.length === 0) return "no findings";
  const noun = findings.length === 1 ? "finding" : "findings";
  const parts = severityCounts(findings).map((c) => `${c.count} ${c.severity}`);
  return `${findings.length} ${noun} (${parts.join(", ")})`;
}
function formatLocation(finding) {
  if (finding.file === void 0 || finding.file === "") return void 0;
  let where = finding.file;
  if (finding.line !== void 0 && finding.line >= 1) {
    where += `:${finding.line}`;
    if (finding.column !== void 0 && finding.column >= 1) where += `:${finding.column}`;
  }
  return where;
}

// src/report/markdown.ts
var DEFAULT_MAX_FINDINGS = 100;
var LONG_SECTION_LINES = 20;
var DEFAULT_NOTE = "**Truncated:** this report exceeded GitHub's size limit. The full report is in the job log and in the JSON or SARIF output.";
function markerComment(marker) {
  const safe = visibleControls(marker).replace(/[<>\r\n]/g, "").replace(/-{2,}/g, "-").trim();
  return `<!-- ${safe} -->`;
}
function codeSpan(text) {
  const flat = visibleControls(text).replace(/\r\n|\r|\n/g, " ");
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat.replace(/\|/g, "\\|")}${pad}${fence}`;
}
function tableRow(cells) {
  return `| ${cells.join(" | ")} |
`;
}
function writeTable(out, table) {
  if (table.columns.length === 0) return;
  if (table.title) out.write(`**${escapeInline(table.title)}**

`);
  const width = table.columns.length;
  out.write(tableRow(table.columns.map((c) => escapeCell(c))) + tableRow(table.columns.map(() => "---")));
  for (const row of table.rows) {
    const cells = Array.from({ length: width }, (_, i) => escapeCell(row[i] ?? ""));
    out.write(tableRow(cells));
  }
  out.write("\n");
}
function writeText(out, text) {
  for (const { line, openFence } of sanitizeMarkdownLines(text)) {
    out.write(`${line}
`, openFence === void 0 ? "" : `${openFence}
`);
  }
  out.write("\n");
}
function sectionSize(section) {
  return (section.table?.rows.length ?? 0) + (section.text?.split("\n").length ?? 0);
}
function writeSection(out, section) {
  const collapse = section.collapsed === true || sectionSize(section) > LONG_SECTION_LINES;
  if (collapse) {
    const rows = section.table ? ` (${section.table.rows.length} rows)` : "";
    out.begin(
      `<details>
<summary><strong>${escapeHtmlInline(section.title)}</strong>${rows}</summary>

`,
      "\n</details>\n\n"
    );
  } else {
    out.write(`### ${escapeInline(section.title)}

`);
  }
  if (section.text) writeText(out, section.text);
  if (section.table) writeTable(out, section.table);
  if (collapse) out.end();
}
function locationCell(finding, links) {
  const where = formatLocation(finding);
  if (where === void 0) return "";
  const url = safeUrl(links?.(finding));
  return url === void 0 ? codeSpan(where) : `[${codeSpan(where)}](${url})`;
}
function writeFindings(out, findings, options) {
  if (findings.length === 0) return;
  const max = Math.max(0, options.maxFindings ?? DEFAULT_MAX_FINDINGS);
  const shown = sortFindings(findings).slice(0, max);
  out.write("### Findings\n\n");
  if (shown.length > 0) {
    out.write(tableRow(["Severity", "Rule", "Location", "Message"]) + tableRow(["---", "---", "---", "---"]));
    for (const f of shown) {
      const message = f.title && f.title !== f.message ? `**${escapeCell(f.title)}**<br>${escapeCell(f.message)}` : escapeCell(f.message);
      out.write(tableRow([f.severity, codeSpan(f.rule), locationCell(f, options.links), message]));
    }
    out.write("\n");
  }
  const rest = findings.length - shown.length;
  if (rest > 0) {
    out.write(`_\u2026and ${rest} more ${rest === 1 ? "finding" : "findings"}, in the JSON or SARIF output._

`);
  }
}
function renderMarkdown(report, options = {}) {
  const out = new ChunkWriter();
  if (options.marker !== void 0) out.write(`${markerComment(options.marker)}
`);
  const status = report.ok ? "\u2705 Passed" : report.inconclusive ? "\u26A0\uFE0F Inconclusive" : "\u274C Failed";
  out.write(`## ${status}: ${escapeInline(report.title)}

`);
  out.write(`**${escapeInline(report.capability)}** \xB7 ${describeCounts(report.findings)}

`);
  writeFindings(out, report.findings, options);
  for (const section of report.sections ?? []) writeSection(out, section);
  const budget = {
    maxChars: options.maxChars ?? COMMENT_MAX_CHARS,
    maxBytes: options.maxBytes ?? SUMMARY_MAX_BYTES
  };
  const note = `
${options.truncationNote ?? DEFAULT_NOTE}
`;
  return fitChunks(out.chunks, budget, note).text;
}

// src/report/gate-links.ts
function lineUrl(finding, head) {
  const file = finding.file?.replace(/\\/g, "/").replace(/^\.\//, "");
  if (!file || file.startsWith("/") || file.split("/").includes("..")) return void 0;
  const server = (head.serverUrl ?? "https://github.com").replace(/\/+$/, "");
  const path = file.split("/").map(encodeURIComponent).join("/");
  const lines = finding.line === void 0 ? "" : finding.endLine !== void 0 && finding.endLine > finding.line ? `#L${finding.line}-L${finding.endLine}` : `#L${finding.line}`;
  return safeUrl(`${server}/${head.repository}/blob/${head.sha}/${path}${lines}`);
}

// src/report/gate-section.ts
var FOLDED = /* @__PURE__ */ new Set(["LOW", "INFO"]);
var BLOCKING = /* @__PURE__ */ new Set(["CRITICAL", "HIGH"]);
var STATUS_ICON = {
  passed: "\u2705",
  failed: "\u274C",
  inconclusive: "\u26A0\uFE0F",
  pending: "\u23F3"
};
function statusOf(report) {
  if (report.ok) return "passed";
  return report.inconclusive ? "inconclusive" : "failed";
}
function locationLink(finding, head) {
  const where = formatLocation(finding);
  if (where === void 0) return "";
  const url = head && lineUrl(finding, head);
  return url ? `[${escapeInline(where)}](${url})` : escapeInline(where);
}
function oneLineMessage(f, max) {
  const text = f.title && f.title !== f.message ? `${f.title}: ${f.message}` : f.message;
  return truncateChars(text.replace(/\s+/g, " ").trim(), max);
}
function reasonsOf(report, status, options) {
  if (status === "passed" || status === "pending") return "";
  const max = options.maxReasons ?? 5;
  const blocking = sortFindings(report.findings.filter((f) => BLOCKING.has(f.severity)));
  const head = `- ${STATUS_ICON[status]} **${escapeInline(report.capability)}**: ${escapeInline(report.title)}`;
  const lines = blocking.slice(0, max).map((f) => {
    const where = locationLink(f, options.head);
    return `  - ${f.severity} \`${f.rule.replace(/`/g, "'")}\`${where ? ` at ${where}` : ""}: ${escapeInline(oneLineMessage(f, options.maxMessageChars ?? 240))}`;
  });
  if (blocking.length > max) lines.push(`  - \u2026and ${blocking.length - max} more below`);
  return [head, ...lines].join("\n");
}
function findingsTable(findings, options) {
  if (findings.length === 0) return [];
  const max = options.maxRows ?? 30;
  const rows = findings.slice(0, max).map((f) => {
    const cells = [
      f.severity,
      locationLink(f, options.head),
      `\`${f.rule.replace(/[`|]/g, "'")}\``,
      escapeCell(oneLineMessage(f, options.maxMessageChars ?? 240))
    ];
    return `| ${cells.join(" | ")} |`;
  });
  const more = findings.length > max ? [`_\u2026and ${findings.length - max} more in the job summary._`, ""] : [];
  return ["| Severity | Where | Rule | Message |", "| --- | --- | --- | --- |", ...rows, "", ...more];
}
function foldedTable(findings, head) {
  if (findings.length === 0) return [];
  const byRule = /* @__PURE__ */ new Map();
  for (const f of sortFindings(findings)) byRule.set(f.rule, [...byRule.get(f.rule) ?? [], f]);
  const rows = [...byRule].map(([rule, list]) => {
    const where = list.slice(0, 3).map((f) => locationLink(f, head)).filter(Boolean);
    const rest = list.length > 3 ? `, +${list.length - 3}` : "";
    return `| \`${rule.replace(/[`|]/g, "'")}\` | ${list.length} | ${where.join(", ")}${rest} |`;
  });
  const summary = `${findings.length} LOW/INFO finding${findings.length === 1 ? "" : "s"} in ${byRule.size} rule${byRule.size === 1 ? "" : "s"}`;
  return [
    `<details><summary>${summary}</summary>`,
    "",
    "| Rule | Count | Where |",
    "| --- | --- | --- |",
    ...rows,
    "",
    "</details>",
    ""
  ];
}
function foldedSection(section) {
  const body = [];
  if (section.text) body.push(...sanitizeMarkdownLines(section.text).map((l) => l.line), "");
  if (section.table && section.table.columns.length > 0) {
    const t = section.table;
    body.push(`| ${t.columns.map((c) => escapeCell(c)).join(" | ")} |`);
    body.push(`| ${t.columns.map(() => "---").join(" | ")} |`);
    for (const row of t.rows)
      body.push(`| ${t.columns.map((_, i) => escapeCell(row[i] ?? "", 240)).join(" | ")} |`);
    body.push("");
  }
  return [`<details><summary>${escapeHtmlInline(section.title)}</summary>`, "", ...body, "</details>", ""];
}
function gateSection(report, options = {}) {
  const status = statusOf(report);
  const shown = sortFindings(report.findings.filter((f) => !FOLDED.has(f.severity)));
  const folded = report.findings.filter((f) => FOLDED.has(f.severity));
  const details = [
    `${escapeInline(report.title)} \xB7 ${describeCounts(report.findings)}`,
    "",
    ...findingsTable(shown, options),
    ...foldedTable(folded, options.head),
    ...(report.sections ?? []).flatMap(foldedSection)
  ];
  return {
    capability: report.capability.toLowerCase().replace(/[^a-z0-9-]/g, "-"),
    status,
    reasons: reasonsOf(report, status, options),
    details: details.join("\n").trimEnd()
  };
}

// src/report/gate-comment.ts
var GATE_MARKER = "launchgate:pr-gate";
var ORDER = ["consolidation", "prefilter", "review", "workflow-audit"];
var STATUSES = ["passed", "failed", "inconclusive", "pending"];
var open = (kind, s) => `<!-- launchgate:${kind} ${s.capability} status=${s.status} -->`;
var close = (kind, s) => `<!-- /launchgate:${kind} ${s.capability} -->`;
var neutral = (text) => text.replace(/<!--/g, "<!\u200B--");
function ordered(sections) {
  const rank = (s) => ORDER.includes(s.capability) ? ORDER.indexOf(s.capability) : ORDER.length;
  return sections.map((s, i) => ({ s, i })).sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i).map(({ s }) => s);
}
function headline(sections) {
  const named = (status) => sections.filter((s) => s.status === status).map((s) => s.capability).join(", ");
  if (sections.some((s) => s.status === "failed")) return `## \u274C launchgate PR gate fails: ${named("failed")}`;
  if (sections.some((s) => s.status === "pending"))
    return `## \u23F3 launchgate PR gate: waiting for ${named("pending")}`;
  if (sections.some((s) => s.status === "inconclusive"))
    return `## \u26A0\uFE0F launchgate PR gate is inconclusive: ${named("inconclusive")}`;
  return sections.length === 0 ? "## \u23F3 launchgate PR gate: no result yet" : "## \u2705 launchgate PR gate passes";
}
function detailsBlock(s, details) {
  return [
    open("details", s),
    `<details><summary>${STATUS_ICON[s.status]} <strong>${s.capability}</strong></summary>`,
    "",
    neutral(details),
    "",
    "</details>",
    close("details", s)
  ].join("\n");
}
function assemble(sections, details) {
  const reasons = sections.filter((s) => s.reasons !== "").map((s) => [open("reasons", s), neutral(s.reasons), close("reasons", s)].join("\n"));
  const line = sections.map((s) => `${STATUS_ICON[s.status]} ${s.capability}`).join(" \xB7 ");
  return [
    markerComment(GATE_MARKER),
    headline(sections),
    "",
    ...reasons.length ? [reasons.join("\n"), ""] : [],
    ...line ? [line, ""] : [],
    ...sections.map((s) => `${detailsBlock(s, details.get(s.capability) ?? s.details)}
`)
  ].join("\n").trimEnd().concat("\n");
}
function renderGateComment(sections, options = {}) {
  const max = options.maxChars ?? COMMENT_MAX_CHARS;
  const list = ordered(sections);
  const details = new Map(list.map((s) => [s.capability, s.details]));
  let text = assemble(list, details);
  const where = options.fullReportUrl ? ` ([full report](${options.fullReportUrl}))` : " (in the job summary)";
  for (const s of [...list].sort((a, b) => b.details.length - a.details.length)) {
    if (text.length <= max) break;
    details.set(s.capability, `_Too long for this comment; the full report is in the job's summary${where}._`);
    text = assemble(list, details);
  }
  return text;
}
function parseGateComment(body) {
  const found = /* @__PURE__ */ new Map();
  const part = /<!-- launchgate:(reasons|details) ([a-z0-9-]+) status=([a-z]+) -->\n([\s\S]*?)\n<!-- \/launchgate:\1 \2 -->/g;
  for (const [, kind, capability, rawStatus, content] of body.matchAll(part)) {
    const status = STATUSES.includes(rawStatus) ? rawStatus : "pending";
    const section = found.get(capability) ?? { capability, status, reasons: "", details: "" };
    if (kind === "reasons") section.reasons = content;
    else section.details = unwrapDetails(content);
    section.status = status;
    found.set(capability, section);
  }
  return [...found.values()];
}
function unwrapDetails(block) {
  const lines = block.split("\n");
  return lines.slice(2, -2).join("\n");
}
function renderGateSummary(section, title) {
  const verdict = {
    passed: "passes",
    failed: "fails",
    inconclusive: "is inconclusive",
    pending: "is running"
  };
  return [
    `## ${STATUS_ICON[section.status]} launchgate ${section.capability} ${verdict[section.status]}: ${title}`,
    "",
    ...section.reasons ? [section.reasons, ""] : [],
    section.details,
    ""
  ].join("\n");
}

export {
  COMMENT_MAX_CHARS,
  visibleControls,
  escapeInline,
  escapeCell,
  compareFindings,
  compareByLocation,
  sortFindings,
  describeCounts,
  formatLocation,
  markerComment,
  renderMarkdown,
  gateSection,
  GATE_MARKER,
  renderGateComment,
  parseGateComment,
  renderGateSummary
};
