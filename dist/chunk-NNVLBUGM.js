import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  renderJson,
  renderSarif
} from "./chunk-4VAGRVGA.js";
import {
  compareByLocation,
  describeCounts,
  formatLocation,
  renderMarkdown,
  sortFindings,
  visibleControls
} from "./chunk-XOEPOA5U.js";

// src/report/text.ts
function width(text) {
  return Array.from(text).length;
}
function pad(text, to) {
  return text + " ".repeat(Math.max(0, to - width(text)));
}
function oneLine(value) {
  return visibleControls(String(value)).replace(/\r\n|\r|\n/g, " ");
}
function alignRows(rows) {
  const widths = [];
  for (const row of rows) row.forEach((cell, i) => widths[i] = Math.max(widths[i] ?? 0, width(cell)));
  return rows.map(
    (row) => row.map((cell, i) => i === row.length - 1 ? cell : pad(cell, widths[i] ?? 0)).join("  ").trimEnd()
  );
}
function renderTable(table) {
  if (table.columns.length === 0) return [];
  const header = table.columns.map(oneLine);
  const body = table.rows.map((row) => header.map((_, i) => oneLine(row[i] ?? "")));
  const rule = header.map((h, i) => "-".repeat(Math.max(width(h), ...body.map((r) => width(r[i] ?? "")))));
  const lines = alignRows([header, rule, ...body]);
  return table.title ? [oneLine(table.title), ...lines] : lines;
}
function renderSection(section) {
  const title = oneLine(section.title);
  const lines = [title, "-".repeat(width(title))];
  if (section.text) lines.push(...visibleControls(section.text).split(/\r\n|\r|\n/));
  if (section.text && section.table) lines.push("");
  if (section.table) lines.push(...renderTable(section.table));
  return lines;
}
function renderFindings(findings) {
  const sorted = sortFindings(findings, compareByLocation);
  const rows = sorted.map((f) => [
    oneLine(formatLocation(f) ?? "(no file)"),
    f.severity,
    oneLine(f.rule),
    "x"
  ]);
  const prefixes = alignRows(rows).map((line) => line.slice(0, -1));
  const lines = [];
  sorted.forEach((f, i) => {
    if (i > 0 && f.file !== sorted[i - 1]?.file) lines.push("");
    const prefix = prefixes[i] ?? "";
    const indent = " ".repeat(width(prefix));
    const message = f.title && f.title !== f.message ? `${f.title}: ${f.message}` : f.message;
    visibleControls(message).split(/\r\n|\r|\n/).forEach((part, j) => lines.push(`${j === 0 ? prefix : indent}${part}`.trimEnd()));
  });
  return lines;
}
function renderText(report) {
  const lines = [
    `${report.ok ? "PASS" : report.inconclusive ? "INCONCLUSIVE" : "FAIL"}  ${oneLine(report.capability)}: ${oneLine(report.title)}`,
    describeCounts(report.findings)
  ];
  for (const section of report.sections ?? []) lines.push("", ...renderSection(section));
  if (report.findings.length > 0) lines.push("", "Findings", "--------", ...renderFindings(report.findings));
  return `${lines.join("\n")}
`;
}

// src/report/types.ts
var FORMATS = ["text", "json", "markdown", "sarif"];

// src/report/index.ts
function render(report, format, options) {
  switch (format) {
    case "text":
      return renderText(report);
    case "json":
      return renderJson(report);
    case "markdown":
      return renderMarkdown(report, options.markdown);
    case "sarif":
      return renderSarif(report, options.tool);
    default: {
      const unknown = format;
      throw new TypeError(`unknown report format: ${String(unknown)}`);
    }
  }
}

export {
  FORMATS,
  render
};
