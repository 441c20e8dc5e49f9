import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  parseTree,
  printParseErrorCode
} from "./chunk-X3IRMFFO.js";
import {
  ConfigurationError
} from "./chunk-KA2W5GDI.js";

// src/prefilter/formats.ts
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function detectFormat(value) {
  if (!isObject(value)) return void 0;
  if (value.type === "function" && isObject(value.function)) return "openai";
  if ("input_schema" in value) return "anthropic";
  if ("inputSchema" in value) return "mcp";
  if ("name" in value || "parameters" in value || "description" in value) return "function";
  return void 0;
}
function fieldsOf(value, format) {
  switch (format) {
    case "openai": {
      const fn = value.function;
      return { name: fn.name, description: fn.description, schema: fn.parameters };
    }
    case "anthropic":
      return { name: value.name, description: value.description, schema: value.input_schema };
    case "mcp":
      return { name: value.name, description: value.description, schema: value.inputSchema };
    case "function":
      return { name: value.name, description: value.description, schema: value.parameters };
  }
}
function schemaProblem(schema) {
  if (schema === void 0) return void 0;
  if (!isObject(schema)) return `parameters must be a JSON Schema object, got ${describe(schema)}`;
  if (schema.type !== void 0 && schema.type !== "object" && schema.type !== "dict") {
    return `parameters must have "type": "object", got ${JSON.stringify(schema.type)}`;
  }
  if (schema.properties !== void 0 && !isObject(schema.properties)) {
    return `parameters.properties must be an object, got ${describe(schema.properties)}`;
  }
  if (schema.required !== void 0 && !Array.isArray(schema.required)) {
    return `parameters.required must be an array, got ${describe(schema.required)}`;
  }
  return void 0;
}
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "string" ? `string ${JSON.stringify(value)}` : typeof value;
}
function readTool(value, index) {
  const format = detectFormat(value);
  if (!format) {
    return { index, message: "not a tool definition (expected OpenAI, Anthropic or MCP format)" };
  }
  const { name, description, schema } = fieldsOf(value, format);
  if (typeof name !== "string" || name.trim() === "") {
    return { index, message: `missing tool name (${format} format needs a non-empty string "name")` };
  }
  const problem = schemaProblem(schema);
  if (problem) return { index, name, message: `tool ${name}: ${problem}` };
  if (description !== void 0 && typeof description !== "string") {
    return {
      index,
      name,
      message: `tool ${name}: description must be a string, got ${describe(description)}`
    };
  }
  const category = isObject(value) && typeof value.category === "string" ? value.category : void 0;
  return {
    name,
    description: description ?? "",
    parameters: schema ?? {},
    format,
    definition: value,
    ...category ? { category } : {}
  };
}
function readTools(values) {
  const tools = [];
  const problems = [];
  const firstIndex = /* @__PURE__ */ new Map();
  values.forEach((value, index) => {
    const read = readTool(value, index);
    if ("message" in read) {
      problems.push(read);
      return;
    }
    const first = firstIndex.get(read.name);
    if (first !== void 0) {
      problems.push({
        index,
        name: read.name,
        message: `duplicate tool name ${read.name} (first at index ${first})`
      });
      return;
    }
    firstIndex.set(read.name, index);
    tools.push(read);
  });
  return { tools, problems };
}

// src/prefilter/tool-file.ts
var ToolFileError = class extends ConfigurationError {
  name = "ToolFileError";
  problems;
  constructor(problems) {
    const [first, ...rest] = problems;
    const more = rest.map((p) => `
  ${where(p.position)}: ${label(p)}`);
    super(`${label(first)}${more.join("")}`, { position: first.position });
    this.problems = problems;
  }
};
function label(problem) {
  return problem.index >= 0 ? `tools[${problem.index}]: ${problem.message}` : problem.message;
}
function where(position) {
  return [position.file, position.line, position.column].filter((p) => p !== void 0).join(":");
}
function lineColumn(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
function definitionsNode(root) {
  if (root.type === "array") return root;
  if (root.type !== "object") return void 0;
  const tools = root.children?.find((p) => p.children?.[0]?.value === "tools")?.children?.[1];
  return tools?.type === "array" ? tools : void 0;
}
function parseToolFile(text, file) {
  const errors = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || !root) {
    const first = errors[0];
    const at = first ? { file, ...lineColumn(text, first.offset) } : { file };
    const code = first ? printParseErrorCode(first.error) : "empty file";
    throw new ToolFileError([{ index: -1, message: `invalid JSON (${code})`, position: at }]);
  }
  const array = definitionsNode(root);
  if (!array) {
    throw new ToolFileError([
      {
        index: -1,
        message: 'expected a JSON array of tool definitions or an object with a "tools" array',
        position: { file, ...lineColumn(text, root.offset) }
      }
    ]);
  }
  const elements = array.children ?? [];
  const values = JSON.parse(text.slice(array.offset, array.offset + array.length));
  const { tools, problems } = readTools(values);
  if (problems.length > 0) {
    throw new ToolFileError(
      problems.map((p) => ({
        ...p,
        position: { file, ...lineColumn(text, elements[p.index]?.offset ?? 0) }
      }))
    );
  }
  return tools;
}

export {
  detectFormat,
  readTools,
  ToolFileError,
  lineColumn,
  parseToolFile
};
