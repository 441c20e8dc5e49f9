import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  isStopWord,
  words
} from "./chunk-WP4GETIQ.js";
import {
  ConfigurationError
} from "./chunk-KA2W5GDI.js";

// src/prefilter/learn.ts
var DEFAULT_LEARN = { minCount: 2, minShare: 0.6, maxAliases: 12 };
var LogFileError = class extends ConfigurationError {
  name = "LogFileError";
};
function parseLog(text, file) {
  const turns = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === "") return;
    const line = i + 1;
    let value;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      throw new LogFileError(`invalid JSON: ${error.message}`, { position: { file, line } });
    }
    const v = value;
    const called = v?.calledTools;
    if (typeof v?.message !== "string" || !Array.isArray(called) || !called.every((t) => typeof t === "string"))
      throw new LogFileError(
        'expected {"message": string, "calledTools": [tool names], "context"?: object}',
        {
          position: { file, line }
        }
      );
    const context = typeof v.context === "object" && v.context !== null ? v.context : {};
    turns.push({ line, message: v.message, context, calledTools: called });
  });
  return turns;
}
function count(map, key) {
  map.set(key, (map.get(key) ?? 0) + 1);
}
function contentWords(message) {
  return new Set(words(message).filter((w) => w.length > 2 && !isStopWord(w) && !/^\d+$/.test(w)));
}
function sortedRecord(map) {
  return Object.fromEntries([...map].filter(([, v]) => v.length > 0).sort(([a], [b]) => a.localeCompare(b)));
}
function learnAssociations(turns, options = DEFAULT_LEARN) {
  const wordTurns = /* @__PURE__ */ new Map();
  const pairTurns = /* @__PURE__ */ new Map();
  const follows = /* @__PURE__ */ new Map();
  const calls = /* @__PURE__ */ new Map();
  for (const turn of turns) {
    const said = contentWords(turn.message);
    const called = [...new Set(turn.calledTools)];
    for (const w of said) count(wordTurns, w);
    for (const tool of called) {
      count(calls, tool);
      for (const w of said) count(pairTurns, `${tool}\0${w}`);
    }
    const recent = Array.isArray(turn.context.recentTools) ? turn.context.recentTools.at(-1) : void 0;
    const sequence = [...typeof recent === "string" ? [recent] : [], ...turn.calledTools];
    for (let i = 1; i < sequence.length; i++)
      if (sequence[i] !== sequence[i - 1]) count(follows, `${sequence[i - 1]}\0${sequence[i]}`);
  }
  const aliases = /* @__PURE__ */ new Map();
  for (const [key, n] of pairTurns) {
    const [tool, word] = key.split("\0");
    if (n < options.minCount || n / wordTurns.get(word) < options.minShare) continue;
    const list = aliases.get(tool) ?? [];
    list.push([word, n]);
    aliases.set(tool, list);
  }
  const companions = /* @__PURE__ */ new Map();
  for (const [key, n] of follows) {
    const [before, after] = key.split("\0");
    if (n < options.minCount) continue;
    const list = companions.get(before) ?? [];
    list.push([after, n]);
    companions.set(before, list);
  }
  const best = (list, max) => list.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, max).map(([name]) => name);
  return {
    version: 1,
    turns: turns.length,
    aliases: sortedRecord(new Map([...aliases].map(([t, l]) => [t, best(l, options.maxAliases)]))),
    companions: sortedRecord(new Map([...companions].map(([t, l]) => [t, best(l, 5)])))
  };
}
function parseAssociations(text, file) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`invalid association file: ${error.message}`, {
      position: { file }
    });
  }
  const v = value;
  if (v?.version !== 1 || typeof v.aliases !== "object" || typeof v.companions !== "object")
    throw new ConfigurationError("not an association file (expected version 1 with aliases and companions)", {
      position: { file }
    });
  return v;
}
var CASE_CONTEXT_KEYS = ["page", "recentTools"];
function casesFromLog(turns, redact, catalogue) {
  const seen = /* @__PURE__ */ new Set();
  const lines = [];
  for (const turn of turns) {
    const expected = [...new Set(turn.calledTools)].filter((t) => catalogue.has(t)).sort();
    if (expected.length === 0) continue;
    const message = redact(turn.message);
    const key = `${message}\0${expected.join(",")}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const context = Object.fromEntries(
      CASE_CONTEXT_KEYS.filter((k) => turn.context[k] !== void 0).map((k) => [k, turn.context[k]])
    );
    lines.push(JSON.stringify({ message, ...Object.keys(context).length > 0 ? { context } : {}, expected }));
  }
  return lines;
}

export {
  parseLog,
  learnAssociations,
  parseAssociations,
  casesFromLog
};
