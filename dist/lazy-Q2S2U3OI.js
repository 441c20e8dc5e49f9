import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  rawTransferSupported
} from "./chunk-JC6K2LR6.js";
import {
  getBufferOffset,
  parseRaw,
  parseRawSync
} from "./chunk-LGJ7OVES.js";
import "./chunk-2ORNAKAZ.js";

// node_modules/oxc-parser/src-js/generated/constants.js
var BLOCK_SIZE = 2147483632;
var BLOCK_ALIGN = 4294967296;
var BUFFER_SIZE = 2147483576;
var ACTIVE_SIZE = 2147483560;
var DATA_POINTER_POS_32 = 536870890;
var PROGRAM_OFFSET = 0;

// node_modules/oxc-parser/src-js/raw-transfer/lazy-common.js
var TOKEN = {};
function constructorError() {
  throw new Error("Constructor is for internal use only");
}

// node_modules/oxc-parser/src-js/raw-transfer/node-array.js
var ARRAY = /* @__PURE__ */ Symbol();
var getInternalFromProxy;
var getLength;
var getElement;
var NodeArray = class _NodeArray extends Array {
  #internal;
  /**
   * Create a `NodeArray`.
   *
   * Constructor does not actually return a `NodeArray`, but one wrapped in a `Proxy`.
   * The proxy intercepts accesses to elements and lazily deserializes them,
   * and blocks mutation of elements or `length` property.
   *
   * @class
   * @param {number} pos - Buffer position of first element
   * @param {number} length - Number of elements
   * @param {number} stride - Element size in bytes
   * @param {Function} construct - Function to deserialize element
   * @param {Object} ast - AST object
   * @returns {Proxy<NodeArray>} - `NodeArray` wrapped in a `Proxy`
   */
  constructor(pos, length, stride, construct2, ast) {
    if (ast?.token !== TOKEN) constructorError();
    super();
    this.#internal = { pos, length, ast, stride, construct: construct2 };
    return new Proxy(this, PROXY_HANDLERS);
  }
  // Allow `arr.filter`, `arr.map` etc.
  static [Symbol.species] = Array;
  // Override `values` method with a more efficient one that avoids going via proxy for every iteration.
  // TODO: Benchmark to check that this is actually faster.
  values() {
    return new NodeArrayValuesIterator(this);
  }
  // Override `keys` method with a more efficient one that avoids going via proxy for every iteration.
  // TODO: Benchmark to check that this is actually faster.
  keys() {
    return new NodeArrayKeysIterator(this);
  }
  // Override `entries` method with a more efficient one that avoids going via proxy for every iteration.
  // TODO: Benchmark to check that this is actually faster.
  entries() {
    return new NodeArrayEntriesIterator(this);
  }
  // This method is overwritten with reference to `values` method below.
  // Defining dummy method here to prevent the later assignment altering the shape of class prototype.
  [Symbol.iterator]() {
  }
  /**
   * Override `slice` method to return a `NodeArray`.
   *
   * @this {NodeArray}
   * @param {*} start - Start of slice
   * @param {*} end - End of slice
   * @returns {NodeArray} - `NodeArray` containing slice of this one
   */
  slice(start, end) {
    const internal = this[ARRAY].#internal, { length } = internal;
    start = toInt(start);
    if (start < 0) {
      start = length + start;
      if (start < 0) start = 0;
    }
    if (end === void 0) {
      end = length;
    } else {
      end = toInt(end);
      if (end < 0) {
        end += length;
        if (end < 0) end = 0;
      } else if (end > length) {
        end = length;
      }
    }
    let sliceLength = end - start;
    if (sliceLength <= 0 || start >= length) {
      start = 0;
      sliceLength = 0;
    }
    const { stride } = internal;
    return new _NodeArray(
      internal.pos + start * stride,
      sliceLength,
      stride,
      internal.construct,
      internal.ast
    );
  }
  // Make `console.log` deserialize all elements.
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    const values = [...this.values()];
    Object.setPrototypeOf(values, DebugNodeArray.prototype);
    return values;
  }
  static {
    getInternalFromProxy = (proxy) => proxy[ARRAY].#internal;
    getLength = (arr) => arr.#internal.length;
    getElement = (arr, index) => {
      const internal = arr.#internal;
      if (index >= internal.length) return void 0;
      return (0, internal.construct)(internal.pos + index * internal.stride, internal.ast);
    };
  }
};
NodeArray.prototype[Symbol.iterator] = NodeArray.prototype.values;
var NodeArrayValuesIterator = class {
  #internal;
  constructor(proxy) {
    const internal = getInternalFromProxy(proxy), { pos, stride } = internal;
    this.#internal = {
      pos,
      endPos: pos + internal.length * stride,
      ast: internal.ast,
      construct: internal.construct,
      stride
    };
  }
  next() {
    const internal = this.#internal, { pos } = internal;
    if (pos === internal.endPos) return { done: true, value: null };
    internal.pos = pos + internal.stride;
    return { done: false, value: (0, internal.construct)(pos, internal.ast) };
  }
  [Symbol.iterator]() {
    return this;
  }
};
var NodeArrayKeysIterator = class {
  #internal;
  constructor(proxy) {
    const internal = getInternalFromProxy(proxy);
    this.#internal = { index: 0, length: internal.length };
  }
  next() {
    const internal = this.#internal, { index } = internal;
    if (index === internal.length) return { done: true, value: null };
    internal.index = index + 1;
    return { done: false, value: index };
  }
  [Symbol.iterator]() {
    return this;
  }
};
var NodeArrayEntriesIterator = class {
  #internal;
  constructor(proxy) {
    const internal = getInternalFromProxy(proxy);
    this.#internal = {
      index: 0,
      length: internal.length,
      pos: internal.pos,
      ast: internal.ast,
      construct: internal.construct,
      stride: internal.stride
    };
  }
  next() {
    const internal = this.#internal, { index } = internal;
    if (index === internal.length) return { done: true, value: null };
    internal.index = index + 1;
    return {
      done: false,
      value: [index, (0, internal.construct)(internal.pos + index * internal.stride, internal.ast)]
    };
  }
  [Symbol.iterator]() {
    return this;
  }
};
var DebugNodeArray = class NodeArray2 extends Array {
};
var PROXY_HANDLERS = {
  // Return `true` for indexes which are in bounds.
  // e.g. `'0' in arr`.
  has(arr, key) {
    const index = toIndex(key);
    if (index !== null) return index < getLength(arr);
    return Reflect.has(arr, key);
  },
  // Get elements and length.
  get(arr, key) {
    if (key === ARRAY) return arr;
    if (key === "length") return getLength(arr);
    const index = toIndex(key);
    if (index !== null) return getElement(arr, index);
    return Reflect.get(arr, key);
  },
  // Get descriptors for elements and length.
  getOwnPropertyDescriptor(arr, key) {
    if (key === "length") {
      return { value: getLength(arr), writable: true, enumerable: false, configurable: false };
    }
    const index = toIndex(key);
    if (index !== null) {
      const value = getElement(arr, index);
      if (value === void 0) return void 0;
      return { value, writable: false, enumerable: true, configurable: true };
    }
    return Reflect.getOwnPropertyDescriptor(arr, key);
  },
  // Prevent setting `length` or entries.
  // Catches:
  // * `Object.defineProperty(arr, 0, {value: null})`.
  // * `arr[1] = null`.
  // * `arr.length = 0`.
  // * `Object.defineProperty(arr, 'length', {value: 0})`.
  // * Other operations which mutate entries e.g. `arr.push(123)`.
  defineProperty(arr, key, descriptor) {
    if (key === "length" || toIndex(key) !== null) return false;
    return Reflect.defineProperty(arr, key, descriptor);
  },
  // Prevent deleting entries.
  deleteProperty(arr, key) {
    if (toIndex(key) !== null) return false;
    return Reflect.deleteProperty(arr, key);
  },
  // Get keys, including element indexes.
  ownKeys(arr) {
    const keys = [], length = getLength(arr);
    for (let i = 0; i < length; i++) {
      keys.push(i + "");
    }
    keys.push(...Reflect.ownKeys(arr));
    return keys;
  }
};
function toIndex(key) {
  if (typeof key === "string") {
    if (key === "0") return 0;
    if (INDEX_REGEX.test(key)) {
      const index = +key;
      if (index < 4294967295) return index;
    }
  }
  return null;
}
var INDEX_REGEX = /^[1-9]\d*$/;
function toInt(value) {
  value = Math.trunc(+value);
  if (value === 0 || Number.isNaN(value)) return 0;
  return value;
}

// node_modules/oxc-parser/src-js/generated/lazy/constructors.js
var textDecoder = new TextDecoder("utf-8", { ignoreBOM: true });
var decodeStr = textDecoder.decode.bind(textDecoder);
var { fromCodePoint } = String;
var inspectSymbol = /* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom");
var Program = class {
  type = "Program";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $body: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get sourceType() {
    const internal = this.#internal;
    return new SourceType(internal.pos + 136, internal.ast);
  }
  get hashbang() {
    const internal = this.#internal;
    return constructOptionHashbang(internal.pos + 56, internal.ast);
  }
  get body() {
    const internal = this.#internal, cached = internal.$body;
    if (cached !== void 0) return cached;
    return internal.$body = constructVecStatement(internal.pos + 112, internal.ast);
  }
  toJSON() {
    return {
      type: "Program",
      start: this.start,
      end: this.end,
      sourceType: this.sourceType,
      hashbang: this.hashbang,
      body: this.body
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugProgram.prototype);
  }
};
var DebugProgram = class Program2 {
};
function constructExpression(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return constructBoxBooleanLiteral(pos + 8, ast);
    case 1:
      return constructBoxNullLiteral(pos + 8, ast);
    case 2:
      return constructBoxNumericLiteral(pos + 8, ast);
    case 3:
      return constructBoxBigIntLiteral(pos + 8, ast);
    case 4:
      return constructBoxRegExpLiteral(pos + 8, ast);
    case 5:
      return constructBoxStringLiteral(pos + 8, ast);
    case 6:
      return constructBoxTemplateLiteral(pos + 8, ast);
    case 7:
      return constructBoxIdentifierReference(pos + 8, ast);
    case 8:
      return constructBoxSuper(pos + 8, ast);
    case 9:
      return constructBoxArrayExpression(pos + 8, ast);
    case 10:
      return constructBoxArrowFunctionExpression(pos + 8, ast);
    case 11:
      return constructBoxAssignmentExpression(pos + 8, ast);
    case 12:
      return constructBoxAwaitExpression(pos + 8, ast);
    case 13:
      return constructBoxBinaryExpression(pos + 8, ast);
    case 14:
      return constructBoxCallExpression(pos + 8, ast);
    case 15:
      return constructBoxChainExpression(pos + 8, ast);
    case 16:
      return constructBoxClass(pos + 8, ast);
    case 17:
      return constructBoxConditionalExpression(pos + 8, ast);
    case 18:
      return constructBoxFunction(pos + 8, ast);
    case 19:
      return constructBoxImportExpression(pos + 8, ast);
    case 20:
      return constructBoxLogicalExpression(pos + 8, ast);
    case 21:
      return constructBoxNewExpression(pos + 8, ast);
    case 22:
      return constructBoxObjectExpression(pos + 8, ast);
    case 23:
      return constructBoxParenthesizedExpression(pos + 8, ast);
    case 24:
      return constructBoxSequenceExpression(pos + 8, ast);
    case 25:
      return constructBoxTaggedTemplateExpression(pos + 8, ast);
    case 26:
      return constructBoxThisExpression(pos + 8, ast);
    case 27:
      return constructBoxUnaryExpression(pos + 8, ast);
    case 28:
      return constructBoxUpdateExpression(pos + 8, ast);
    case 29:
      return constructBoxYieldExpression(pos + 8, ast);
    case 30:
      return constructBoxPrivateInExpression(pos + 8, ast);
    case 31:
      return constructBoxImportMeta(pos + 8, ast);
    case 32:
      return constructBoxNewTarget(pos + 8, ast);
    case 33:
      return constructBoxJSXElement(pos + 8, ast);
    case 34:
      return constructBoxJSXFragment(pos + 8, ast);
    case 35:
      return constructBoxTSAsExpression(pos + 8, ast);
    case 36:
      return constructBoxTSSatisfiesExpression(pos + 8, ast);
    case 37:
      return constructBoxTSTypeAssertion(pos + 8, ast);
    case 38:
      return constructBoxTSNonNullExpression(pos + 8, ast);
    case 39:
      return constructBoxTSInstantiationExpression(pos + 8, ast);
    case 40:
      return constructBoxV8IntrinsicExpression(pos + 8, ast);
    case 48:
      return constructBoxComputedMemberExpression(pos + 8, ast);
    case 49:
      return constructBoxStaticMemberExpression(pos + 8, ast);
    case 50:
      return constructBoxPrivateFieldExpression(pos + 8, ast);
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for Expression`);
  }
}
var IdentifierName = class {
  type = "IdentifierName";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $name: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get name() {
    const internal = this.#internal, cached = internal.$name;
    if (cached !== void 0) return cached;
    return internal.$name = constructStr(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "IdentifierName",
      start: this.start,
      end: this.end,
      name: this.name
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugIdentifierName.prototype);
  }
};
var DebugIdentifierName = class IdentifierName2 {
};
var IdentifierReference = class {
  type = "IdentifierReference";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $name: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get name() {
    const internal = this.#internal, cached = internal.$name;
    if (cached !== void 0) return cached;
    return internal.$name = constructStr(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "IdentifierReference",
      start: this.start,
      end: this.end,
      name: this.name
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugIdentifierReference.prototype);
  }
};
var DebugIdentifierReference = class IdentifierReference2 {
};
var BindingIdentifier = class {
  type = "BindingIdentifier";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $name: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get name() {
    const internal = this.#internal, cached = internal.$name;
    if (cached !== void 0) return cached;
    return internal.$name = constructStr(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "BindingIdentifier",
      start: this.start,
      end: this.end,
      name: this.name
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugBindingIdentifier.prototype);
  }
};
var DebugBindingIdentifier = class BindingIdentifier2 {
};
var LabelIdentifier = class {
  type = "LabelIdentifier";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $name: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get name() {
    const internal = this.#internal, cached = internal.$name;
    if (cached !== void 0) return cached;
    return internal.$name = constructStr(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "LabelIdentifier",
      start: this.start,
      end: this.end,
      name: this.name
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugLabelIdentifier.prototype);
  }
};
var DebugLabelIdentifier = class LabelIdentifier2 {
};
var ThisExpression = class {
  type = "ThisExpression";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  toJSON() {
    return {
      type: "ThisExpression",
      start: this.start,
      end: this.end
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugThisExpression.prototype);
  }
};
var DebugThisExpression = class ThisExpression2 {
};
var ArrayExpression = class {
  type = "ArrayExpression";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $elements: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get elements() {
    const internal = this.#internal, cached = internal.$elements;
    if (cached !== void 0) return cached;
    return internal.$elements = constructVecArrayExpressionElement(
      internal.pos + 16,
      internal.ast
    );
  }
  toJSON() {
    return {
      type: "ArrayExpression",
      start: this.start,
      end: this.end,
      elements: this.elements
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugArrayExpression.prototype);
  }
};
var DebugArrayExpression = class ArrayExpression2 {
};
function constructArrayExpressionElement(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return constructBoxBooleanLiteral(pos + 8, ast);
    case 1:
      return constructBoxNullLiteral(pos + 8, ast);
    case 2:
      return constructBoxNumericLiteral(pos + 8, ast);
    case 3:
      return constructBoxBigIntLiteral(pos + 8, ast);
    case 4:
      return constructBoxRegExpLiteral(pos + 8, ast);
    case 5:
      return constructBoxStringLiteral(pos + 8, ast);
    case 6:
      return constructBoxTemplateLiteral(pos + 8, ast);
    case 7:
      return constructBoxIdentifierReference(pos + 8, ast);
    case 8:
      return constructBoxSuper(pos + 8, ast);
    case 9:
      return constructBoxArrayExpression(pos + 8, ast);
    case 10:
      return constructBoxArrowFunctionExpression(pos + 8, ast);
    case 11:
      return constructBoxAssignmentExpression(pos + 8, ast);
    case 12:
      return constructBoxAwaitExpression(pos + 8, ast);
    case 13:
      return constructBoxBinaryExpression(pos + 8, ast);
    case 14:
      return constructBoxCallExpression(pos + 8, ast);
    case 15:
      return constructBoxChainExpression(pos + 8, ast);
    case 16:
      return constructBoxClass(pos + 8, ast);
    case 17:
      return constructBoxConditionalExpression(pos + 8, ast);
    case 18:
      return constructBoxFunction(pos + 8, ast);
    case 19:
      return constructBoxImportExpression(pos + 8, ast);
    case 20:
      return constructBoxLogicalExpression(pos + 8, ast);
    case 21:
      return constructBoxNewExpression(pos + 8, ast);
    case 22:
      return constructBoxObjectExpression(pos + 8, ast);
    case 23:
      return constructBoxParenthesizedExpression(pos + 8, ast);
    case 24:
      return constructBoxSequenceExpression(pos + 8, ast);
    case 25:
      return constructBoxTaggedTemplateExpression(pos + 8, ast);
    case 26:
      return constructBoxThisExpression(pos + 8, ast);
    case 27:
      return constructBoxUnaryExpression(pos + 8, ast);
    case 28:
      return constructBoxUpdateExpression(pos + 8, ast);
    case 29:
      return constructBoxYieldExpression(pos + 8, ast);
    case 30:
      return constructBoxPrivateInExpression(pos + 8, ast);
    case 31:
      return constructBoxImportMeta(pos + 8, ast);
    case 32:
      return constructBoxNewTarget(pos + 8, ast);
    case 33:
      return constructBoxJSXElement(pos + 8, ast);
    case 34:
      return constructBoxJSXFragment(pos + 8, ast);
    case 35:
      return constructBoxTSAsExpression(pos + 8, ast);
    case 36:
      return constructBoxTSSatisfiesExpression(pos + 8, ast);
    case 37:
      return constructBoxTSTypeAssertion(pos + 8, ast);
    case 38:
      return constructBoxTSNonNullExpression(pos + 8, ast);
    case 39:
      return constructBoxTSInstantiationExpression(pos + 8, ast);
    case 40:
      return constructBoxV8IntrinsicExpression(pos + 8, ast);
    case 48:
      return constructBoxComputedMemberExpression(pos + 8, ast);
    case 49:
      return constructBoxStaticMemberExpression(pos + 8, ast);
    case 50:
      return constructBoxPrivateFieldExpression(pos + 8, ast);
    case 64:
      return constructBoxSpreadElement(pos + 8, ast);
    case 65:
      return constructBoxElision(pos + 8, ast);
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for ArrayExpressionElement`);
  }
}
var Elision = class {
  type = "Elision";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  toJSON() {
    return {
      type: "Elision",
      start: this.start,
      end: this.end
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugElision.prototype);
  }
};
var DebugElision = class Elision2 {
};
var ObjectExpression = class {
  type = "ObjectExpression";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $properties: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get properties() {
    const internal = this.#internal, cached = internal.$properties;
    if (cached !== void 0) return cached;
    return internal.$properties = constructVecObjectPropertyKind(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "ObjectExpression",
      start: this.start,
      end: this.end,
      properties: this.properties
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugObjectExpression.prototype);
  }
};
var DebugObjectExpression = class ObjectExpression2 {
};
function constructObjectPropertyKind(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return constructBoxObjectProperty(pos + 8, ast);
    case 1:
      return constructBoxSpreadElement(pos + 8, ast);
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for ObjectPropertyKind`);
  }
}
var ObjectProperty = class {
  type = "ObjectProperty";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get kind() {
    const internal = this.#internal;
    return constructPropertyKind(internal.pos + 12, internal.ast);
  }
  get key() {
    const internal = this.#internal;
    return constructPropertyKey(internal.pos + 16, internal.ast);
  }
  get value() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 32, internal.ast);
  }
  get method() {
    const internal = this.#internal;
    return constructBool(internal.pos + 13, internal.ast);
  }
  get shorthand() {
    const internal = this.#internal;
    return constructBool(internal.pos + 14, internal.ast);
  }
  get computed() {
    const internal = this.#internal;
    return constructBool(internal.pos + 15, internal.ast);
  }
  toJSON() {
    return {
      type: "ObjectProperty",
      start: this.start,
      end: this.end,
      kind: this.kind,
      key: this.key,
      value: this.value,
      method: this.method,
      shorthand: this.shorthand,
      computed: this.computed
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugObjectProperty.prototype);
  }
};
var DebugObjectProperty = class ObjectProperty2 {
};
function constructPropertyKey(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return constructBoxBooleanLiteral(pos + 8, ast);
    case 1:
      return constructBoxNullLiteral(pos + 8, ast);
    case 2:
      return constructBoxNumericLiteral(pos + 8, ast);
    case 3:
      return constructBoxBigIntLiteral(pos + 8, ast);
    case 4:
      return constructBoxRegExpLiteral(pos + 8, ast);
    case 5:
      return constructBoxStringLiteral(pos + 8, ast);
    case 6:
      return constructBoxTemplateLiteral(pos + 8, ast);
    case 7:
      return constructBoxIdentifierReference(pos + 8, ast);
    case 8:
      return constructBoxSuper(pos + 8, ast);
    case 9:
      return constructBoxArrayExpression(pos + 8, ast);
    case 10:
      return constructBoxArrowFunctionExpression(pos + 8, ast);
    case 11:
      return constructBoxAssignmentExpression(pos + 8, ast);
    case 12:
      return constructBoxAwaitExpression(pos + 8, ast);
    case 13:
      return constructBoxBinaryExpression(pos + 8, ast);
    case 14:
      return constructBoxCallExpression(pos + 8, ast);
    case 15:
      return constructBoxChainExpression(pos + 8, ast);
    case 16:
      return constructBoxClass(pos + 8, ast);
    case 17:
      return constructBoxConditionalExpression(pos + 8, ast);
    case 18:
      return constructBoxFunction(pos + 8, ast);
    case 19:
      return constructBoxImportExpression(pos + 8, ast);
    case 20:
      return constructBoxLogicalExpression(pos + 8, ast);
    case 21:
      return constructBoxNewExpression(pos + 8, ast);
    case 22:
      return constructBoxObjectExpression(pos + 8, ast);
    case 23:
      return constructBoxParenthesizedExpression(pos + 8, ast);
    case 24:
      return constructBoxSequenceExpression(pos + 8, ast);
    case 25:
      return constructBoxTaggedTemplateExpression(pos + 8, ast);
    case 26:
      return constructBoxThisExpression(pos + 8, ast);
    case 27:
      return constructBoxUnaryExpression(pos + 8, ast);
    case 28:
      return constructBoxUpdateExpression(pos + 8, ast);
    case 29:
      return constructBoxYieldExpression(pos + 8, ast);
    case 30:
      return constructBoxPrivateInExpression(pos + 8, ast);
    case 31:
      return constructBoxImportMeta(pos + 8, ast);
    case 32:
      return constructBoxNewTarget(pos + 8, ast);
    case 33:
      return constructBoxJSXElement(pos + 8, ast);
    case 34:
      return constructBoxJSXFragment(pos + 8, ast);
    case 35:
      return constructBoxTSAsExpression(pos + 8, ast);
    case 36:
      return constructBoxTSSatisfiesExpression(pos + 8, ast);
    case 37:
      return constructBoxTSTypeAssertion(pos + 8, ast);
    case 38:
      return constructBoxTSNonNullExpression(pos + 8, ast);
    case 39:
      return constructBoxTSInstantiationExpression(pos + 8, ast);
    case 40:
      return constructBoxV8IntrinsicExpression(pos + 8, ast);
    case 48:
      return constructBoxComputedMemberExpression(pos + 8, ast);
    case 49:
      return constructBoxStaticMemberExpression(pos + 8, ast);
    case 50:
      return constructBoxPrivateFieldExpression(pos + 8, ast);
    case 64:
      return constructBoxIdentifierName(pos + 8, ast);
    case 65:
      return constructBoxPrivateIdentifier(pos + 8, ast);
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for PropertyKey`);
  }
}
function constructPropertyKind(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return "init";
    case 1:
      return "get";
    case 2:
      return "set";
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for PropertyKind`);
  }
}
var TemplateLiteral = class {
  type = "TemplateLiteral";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $quasis: void 0, $expressions: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get quasis() {
    const internal = this.#internal, cached = internal.$quasis;
    if (cached !== void 0) return cached;
    return internal.$quasis = constructVecTemplateElement(internal.pos + 16, internal.ast);
  }
  get expressions() {
    const internal = this.#internal, cached = internal.$expressions;
    if (cached !== void 0) return cached;
    return internal.$expressions = constructVecExpression(internal.pos + 40, internal.ast);
  }
  toJSON() {
    return {
      type: "TemplateLiteral",
      start: this.start,
      end: this.end,
      quasis: this.quasis,
      expressions: this.expressions
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTemplateLiteral.prototype);
  }
};
var DebugTemplateLiteral = class TemplateLiteral2 {
};
var TaggedTemplateExpression = class {
  type = "TaggedTemplateExpression";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get tag() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 16, internal.ast);
  }
  get typeArguments() {
    const internal = this.#internal;
    return constructOptionBoxTSTypeParameterInstantiation(internal.pos + 32, internal.ast);
  }
  get quasi() {
    const internal = this.#internal;
    return new TemplateLiteral(internal.pos + 40, internal.ast);
  }
  toJSON() {
    return {
      type: "TaggedTemplateExpression",
      start: this.start,
      end: this.end,
      tag: this.tag,
      typeArguments: this.typeArguments,
      quasi: this.quasi
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTaggedTemplateExpression.prototype);
  }
};
var DebugTaggedTemplateExpression = class TaggedTemplateExpression2 {
};
var TemplateElement = class {
  type = "TemplateElement";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get value() {
    const internal = this.#internal;
    return new TemplateElementValue(internal.pos + 16, internal.ast);
  }
  get tail() {
    const internal = this.#internal;
    return constructBool(internal.pos + 12, internal.ast);
  }
  toJSON() {
    return {
      type: "TemplateElement",
      start: this.start,
      end: this.end,
      value: this.value,
      tail: this.tail
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTemplateElement.prototype);
  }
};
var DebugTemplateElement = class TemplateElement2 {
};
var TemplateElementValue = class {
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $raw: void 0, $cooked: void 0 };
    nodes.set(pos, this);
  }
  get raw() {
    const internal = this.#internal, cached = internal.$raw;
    if (cached !== void 0) return cached;
    return internal.$raw = constructStr(internal.pos, internal.ast);
  }
  get cooked() {
    const internal = this.#internal, cached = internal.$cooked;
    if (cached !== void 0) return cached;
    return internal.$cooked = constructOptionJSStr(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      raw: this.raw,
      cooked: this.cooked
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTemplateElementValue.prototype);
  }
};
var DebugTemplateElementValue = class TemplateElementValue2 {
};
var ComputedMemberExpression = class {
  type = "ComputedMemberExpression";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get object() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 16, internal.ast);
  }
  get property() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 32, internal.ast);
  }
  get optional() {
    const internal = this.#internal;
    return constructBool(internal.pos + 12, internal.ast);
  }
  toJSON() {
    return {
      type: "ComputedMemberExpression",
      start: this.start,
      end: this.end,
      object: this.object,
      property: this.property,
      optional: this.optional
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugComputedMemberExpression.prototype);
  }
};
var DebugComputedMemberExpression = class ComputedMemberExpression2 {
};
var StaticMemberExpression = class {
  type = "StaticMemberExpression";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get object() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 16, internal.ast);
  }
  get property() {
    const internal = this.#internal;
    return new IdentifierName(internal.pos + 32, internal.ast);
  }
  get optional() {
    const internal = this.#internal;
    return constructBool(internal.pos + 12, internal.ast);
  }
  toJSON() {
    return {
      type: "StaticMemberExpression",
      start: this.start,
      end: this.end,
      object: this.object,
      property: this.property,
      optional: this.optional
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugStaticMemberExpression.prototype);
  }
};
var DebugStaticMemberExpression = class StaticMemberExpression2 {
};
var PrivateFieldExpression = class {
  type = "PrivateFieldExpression";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get object() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 16, internal.ast);
  }
  get property() {
    const internal = this.#internal;
    return new PrivateIdentifier(internal.pos + 32, internal.ast);
  }
  get optional() {
    const internal = this.#internal;
    return constructBool(internal.pos + 12, internal.ast);
  }
  toJSON() {
    return {
      type: "PrivateFieldExpression",
      start: this.start,
      end: this.end,
      object: this.object,
      property: this.property,
      optional: this.optional
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugPrivateFieldExpression.prototype);
  }
};
var DebugPrivateFieldExpression = class PrivateFieldExpression2 {
};
var CallExpression = class {
  type = "CallExpression";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $arguments: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get callee() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 16, internal.ast);
  }
  get typeArguments() {
    const internal = this.#internal;
    return constructOptionBoxTSTypeParameterInstantiation(internal.pos + 32, internal.ast);
  }
  get arguments() {
    const internal = this.#internal, cached = internal.$arguments;
    if (cached !== void 0) return cached;
    return internal.$arguments = constructVecArgument(internal.pos + 40, internal.ast);
  }
  get optional() {
    const internal = this.#internal;
    return constructBool(internal.pos + 12, internal.ast);
  }
  toJSON() {
    return {
      type: "CallExpression",
      start: this.start,
      end: this.end,
      callee: this.callee,
      typeArguments: this.typeArguments,
      arguments: this.arguments,
      optional: this.optional
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugCallExpression.prototype);
  }
};
var DebugCallExpression = class CallExpression2 {
};
var NewExpression = class {
  type = "NewExpression";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $arguments: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get callee() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 16, internal.ast);
  }
  get typeArguments() {
    const internal = this.#internal;
    return constructOptionBoxTSTypeParameterInstantiation(internal.pos + 32, internal.ast);
  }
  get arguments() {
    const internal = this.#internal, cached = internal.$arguments;
    if (cached !== void 0) return cached;
    return internal.$arguments = constructVecArgument(internal.pos + 40, internal.ast);
  }
  toJSON() {
    return {
      type: "NewExpression",
      start: this.start,
      end: this.end,
      callee: this.callee,
      typeArguments: this.typeArguments,
      arguments: this.arguments
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugNewExpression.prototype);
  }
};
var DebugNewExpression = class NewExpression2 {
};
var ImportMeta = class {
  type = "ImportMeta";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  toJSON() {
    return {
      type: "ImportMeta",
      start: this.start,
      end: this.end
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugImportMeta.prototype);
  }
};
var DebugImportMeta = class ImportMeta2 {
};
var NewTarget = class {
  type = "NewTarget";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  toJSON() {
    return {
      type: "NewTarget",
      start: this.start,
      end: this.end
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugNewTarget.prototype);
  }
};
var DebugNewTarget = class NewTarget2 {
};
var SpreadElement = class {
  type = "SpreadElement";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get argument() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "SpreadElement",
      start: this.start,
      end: this.end,
      argument: this.argument
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugSpreadElement.prototype);
  }
};
var DebugSpreadElement = class SpreadElement2 {
};
function constructArgument(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return constructBoxBooleanLiteral(pos + 8, ast);
    case 1:
      return constructBoxNullLiteral(pos + 8, ast);
    case 2:
      return constructBoxNumericLiteral(pos + 8, ast);
    case 3:
      return constructBoxBigIntLiteral(pos + 8, ast);
    case 4:
      return constructBoxRegExpLiteral(pos + 8, ast);
    case 5:
      return constructBoxStringLiteral(pos + 8, ast);
    case 6:
      return constructBoxTemplateLiteral(pos + 8, ast);
    case 7:
      return constructBoxIdentifierReference(pos + 8, ast);
    case 8:
      return constructBoxSuper(pos + 8, ast);
    case 9:
      return constructBoxArrayExpression(pos + 8, ast);
    case 10:
      return constructBoxArrowFunctionExpression(pos + 8, ast);
    case 11:
      return constructBoxAssignmentExpression(pos + 8, ast);
    case 12:
      return constructBoxAwaitExpression(pos + 8, ast);
    case 13:
      return constructBoxBinaryExpression(pos + 8, ast);
    case 14:
      return constructBoxCallExpression(pos + 8, ast);
    case 15:
      return constructBoxChainExpression(pos + 8, ast);
    case 16:
      return constructBoxClass(pos + 8, ast);
    case 17:
      return constructBoxConditionalExpression(pos + 8, ast);
    case 18:
      return constructBoxFunction(pos + 8, ast);
    case 19:
      return constructBoxImportExpression(pos + 8, ast);
    case 20:
      return constructBoxLogicalExpression(pos + 8, ast);
    case 21:
      return constructBoxNewExpression(pos + 8, ast);
    case 22:
      return constructBoxObjectExpression(pos + 8, ast);
    case 23:
      return constructBoxParenthesizedExpression(pos + 8, ast);
    case 24:
      return constructBoxSequenceExpression(pos + 8, ast);
    case 25:
      return constructBoxTaggedTemplateExpression(pos + 8, ast);
    case 26:
      return constructBoxThisExpression(pos + 8, ast);
    case 27:
      return constructBoxUnaryExpression(pos + 8, ast);
    case 28:
      return constructBoxUpdateExpression(pos + 8, ast);
    case 29:
      return constructBoxYieldExpression(pos + 8, ast);
    case 30:
      return constructBoxPrivateInExpression(pos + 8, ast);
    case 31:
      return constructBoxImportMeta(pos + 8, ast);
    case 32:
      return constructBoxNewTarget(pos + 8, ast);
    case 33:
      return constructBoxJSXElement(pos + 8, ast);
    case 34:
      return constructBoxJSXFragment(pos + 8, ast);
    case 35:
      return constructBoxTSAsExpression(pos + 8, ast);
    case 36:
      return constructBoxTSSatisfiesExpression(pos + 8, ast);
    case 37:
      return constructBoxTSTypeAssertion(pos + 8, ast);
    case 38:
      return constructBoxTSNonNullExpression(pos + 8, ast);
    case 39:
      return constructBoxTSInstantiationExpression(pos + 8, ast);
    case 40:
      return constructBoxV8IntrinsicExpression(pos + 8, ast);
    case 48:
      return constructBoxComputedMemberExpression(pos + 8, ast);
    case 49:
      return constructBoxStaticMemberExpression(pos + 8, ast);
    case 50:
      return constructBoxPrivateFieldExpression(pos + 8, ast);
    case 64:
      return constructBoxSpreadElement(pos + 8, ast);
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for Argument`);
  }
}
var UpdateExpression = class {
  type = "UpdateExpression";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get operator() {
    const internal = this.#internal;
    return constructUpdateOperator(internal.pos + 12, internal.ast);
  }
  get prefix() {
    const internal = this.#internal;
    return constructBool(internal.pos + 13, internal.ast);
  }
  get argument() {
    const internal = this.#internal;
    return constructSimpleAssignmentTarget(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "UpdateExpression",
      start: this.start,
      end: this.end,
      operator: this.operator,
      prefix: this.prefix,
      argument: this.argument
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugUpdateExpression.prototype);
  }
};
var DebugUpdateExpression = class UpdateExpression2 {
};
var UnaryExpression = class {
  type = "UnaryExpression";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get operator() {
    const internal = this.#internal;
    return constructUnaryOperator(internal.pos + 12, internal.ast);
  }
  get argument() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "UnaryExpression",
      start: this.start,
      end: this.end,
      operator: this.operator,
      argument: this.argument
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugUnaryExpression.prototype);
  }
};
var DebugUnaryExpression = class UnaryExpression2 {
};
var BinaryExpression = class {
  type = "BinaryExpression";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get left() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 16, internal.ast);
  }
  get operator() {
    const internal = this.#internal;
    return constructBinaryOperator(internal.pos + 12, internal.ast);
  }
  get right() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 32, internal.ast);
  }
  toJSON() {
    return {
      type: "BinaryExpression",
      start: this.start,
      end: this.end,
      left: this.left,
      operator: this.operator,
      right: this.right
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugBinaryExpression.prototype);
  }
};
var DebugBinaryExpression = class BinaryExpression2 {
};
var PrivateInExpression = class {
  type = "PrivateInExpression";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get left() {
    const internal = this.#internal;
    return new PrivateIdentifier(internal.pos + 16, internal.ast);
  }
  get right() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 48, internal.ast);
  }
  toJSON() {
    return {
      type: "PrivateInExpression",
      start: this.start,
      end: this.end,
      left: this.left,
      right: this.right
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugPrivateInExpression.prototype);
  }
};
var DebugPrivateInExpression = class PrivateInExpression2 {
};
var LogicalExpression = class {
  type = "LogicalExpression";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get left() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 16, internal.ast);
  }
  get operator() {
    const internal = this.#internal;
    return constructLogicalOperator(internal.pos + 12, internal.ast);
  }
  get right() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 32, internal.ast);
  }
  toJSON() {
    return {
      type: "LogicalExpression",
      start: this.start,
      end: this.end,
      left: this.left,
      operator: this.operator,
      right: this.right
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugLogicalExpression.prototype);
  }
};
var DebugLogicalExpression = class LogicalExpression2 {
};
var ConditionalExpression = class {
  type = "ConditionalExpression";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get test() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 16, internal.ast);
  }
  get consequent() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 32, internal.ast);
  }
  get alternate() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 48, internal.ast);
  }
  toJSON() {
    return {
      type: "ConditionalExpression",
      start: this.start,
      end: this.end,
      test: this.test,
      consequent: this.consequent,
      alternate: this.alternate
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugConditionalExpression.prototype);
  }
};
var DebugConditionalExpression = class ConditionalExpression2 {
};
var AssignmentExpression = class {
  type = "AssignmentExpression";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get operator() {
    const internal = this.#internal;
    return constructAssignmentOperator(internal.pos + 12, internal.ast);
  }
  get left() {
    const internal = this.#internal;
    return constructAssignmentTarget(internal.pos + 16, internal.ast);
  }
  get right() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 32, internal.ast);
  }
  toJSON() {
    return {
      type: "AssignmentExpression",
      start: this.start,
      end: this.end,
      operator: this.operator,
      left: this.left,
      right: this.right
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugAssignmentExpression.prototype);
  }
};
var DebugAssignmentExpression = class AssignmentExpression2 {
};
function constructAssignmentTarget(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return constructBoxIdentifierReference(pos + 8, ast);
    case 1:
      return constructBoxTSAsExpression(pos + 8, ast);
    case 2:
      return constructBoxTSSatisfiesExpression(pos + 8, ast);
    case 3:
      return constructBoxTSNonNullExpression(pos + 8, ast);
    case 4:
      return constructBoxTSTypeAssertion(pos + 8, ast);
    case 8:
      return constructBoxArrayAssignmentTarget(pos + 8, ast);
    case 9:
      return constructBoxObjectAssignmentTarget(pos + 8, ast);
    case 48:
      return constructBoxComputedMemberExpression(pos + 8, ast);
    case 49:
      return constructBoxStaticMemberExpression(pos + 8, ast);
    case 50:
      return constructBoxPrivateFieldExpression(pos + 8, ast);
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for AssignmentTarget`);
  }
}
function constructSimpleAssignmentTarget(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return constructBoxIdentifierReference(pos + 8, ast);
    case 1:
      return constructBoxTSAsExpression(pos + 8, ast);
    case 2:
      return constructBoxTSSatisfiesExpression(pos + 8, ast);
    case 3:
      return constructBoxTSNonNullExpression(pos + 8, ast);
    case 4:
      return constructBoxTSTypeAssertion(pos + 8, ast);
    case 48:
      return constructBoxComputedMemberExpression(pos + 8, ast);
    case 49:
      return constructBoxStaticMemberExpression(pos + 8, ast);
    case 50:
      return constructBoxPrivateFieldExpression(pos + 8, ast);
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for SimpleAssignmentTarget`);
  }
}
var ArrayAssignmentTarget = class {
  type = "ArrayAssignmentTarget";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $elements: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get elements() {
    const internal = this.#internal, cached = internal.$elements;
    if (cached !== void 0) return cached;
    return internal.$elements = constructVecOptionAssignmentTargetMaybeDefault(
      internal.pos + 16,
      internal.ast
    );
  }
  toJSON() {
    return {
      type: "ArrayAssignmentTarget",
      start: this.start,
      end: this.end,
      elements: this.elements
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugArrayAssignmentTarget.prototype);
  }
};
var DebugArrayAssignmentTarget = class ArrayAssignmentTarget2 {
};
var ObjectAssignmentTarget = class {
  type = "ObjectAssignmentTarget";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $properties: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get properties() {
    const internal = this.#internal, cached = internal.$properties;
    if (cached !== void 0) return cached;
    return internal.$properties = constructVecAssignmentTargetProperty(
      internal.pos + 16,
      internal.ast
    );
  }
  toJSON() {
    return {
      type: "ObjectAssignmentTarget",
      start: this.start,
      end: this.end,
      properties: this.properties
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugObjectAssignmentTarget.prototype);
  }
};
var DebugObjectAssignmentTarget = class ObjectAssignmentTarget2 {
};
var AssignmentTargetRest = class {
  type = "AssignmentTargetRest";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get argument() {
    const internal = this.#internal;
    return constructAssignmentTarget(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "AssignmentTargetRest",
      start: this.start,
      end: this.end,
      argument: this.argument
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugAssignmentTargetRest.prototype);
  }
};
var DebugAssignmentTargetRest = class AssignmentTargetRest2 {
};
function constructAssignmentTargetMaybeDefault(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return constructBoxIdentifierReference(pos + 8, ast);
    case 1:
      return constructBoxTSAsExpression(pos + 8, ast);
    case 2:
      return constructBoxTSSatisfiesExpression(pos + 8, ast);
    case 3:
      return constructBoxTSNonNullExpression(pos + 8, ast);
    case 4:
      return constructBoxTSTypeAssertion(pos + 8, ast);
    case 8:
      return constructBoxArrayAssignmentTarget(pos + 8, ast);
    case 9:
      return constructBoxObjectAssignmentTarget(pos + 8, ast);
    case 16:
      return constructBoxAssignmentTargetWithDefault(pos + 8, ast);
    case 48:
      return constructBoxComputedMemberExpression(pos + 8, ast);
    case 49:
      return constructBoxStaticMemberExpression(pos + 8, ast);
    case 50:
      return constructBoxPrivateFieldExpression(pos + 8, ast);
    default:
      throw new Error2(
        `Unexpected discriminant ${ast.buffer[pos]} for AssignmentTargetMaybeDefault`
      );
  }
}
var AssignmentTargetWithDefault = class {
  type = "AssignmentTargetWithDefault";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get left() {
    const internal = this.#internal;
    return constructAssignmentTarget(internal.pos + 16, internal.ast);
  }
  get right() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 32, internal.ast);
  }
  toJSON() {
    return {
      type: "AssignmentTargetWithDefault",
      start: this.start,
      end: this.end,
      left: this.left,
      right: this.right
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugAssignmentTargetWithDefault.prototype);
  }
};
var DebugAssignmentTargetWithDefault = class AssignmentTargetWithDefault2 {
};
function constructAssignmentTargetProperty(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return constructBoxAssignmentTargetPropertyIdentifier(pos + 8, ast);
    case 1:
      return constructBoxAssignmentTargetPropertyProperty(pos + 8, ast);
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for AssignmentTargetProperty`);
  }
}
var AssignmentTargetPropertyIdentifier = class {
  type = "AssignmentTargetPropertyIdentifier";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get key() {
    const internal = this.#internal;
    return new IdentifierReference(internal.pos + 16, internal.ast);
  }
  get value() {
    const internal = this.#internal;
    return constructOptionExpression(internal.pos + 48, internal.ast);
  }
  toJSON() {
    return {
      type: "AssignmentTargetPropertyIdentifier",
      start: this.start,
      end: this.end,
      key: this.key,
      value: this.value
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugAssignmentTargetPropertyIdentifier.prototype);
  }
};
var DebugAssignmentTargetPropertyIdentifier = class AssignmentTargetPropertyIdentifier2 {
};
var AssignmentTargetPropertyProperty = class {
  type = "AssignmentTargetPropertyProperty";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get key() {
    const internal = this.#internal;
    return constructPropertyKey(internal.pos + 16, internal.ast);
  }
  get value() {
    const internal = this.#internal;
    return constructAssignmentTargetMaybeDefault(internal.pos + 32, internal.ast);
  }
  get computed() {
    const internal = this.#internal;
    return constructBool(internal.pos + 12, internal.ast);
  }
  toJSON() {
    return {
      type: "AssignmentTargetPropertyProperty",
      start: this.start,
      end: this.end,
      key: this.key,
      value: this.value,
      computed: this.computed
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugAssignmentTargetPropertyProperty.prototype);
  }
};
var DebugAssignmentTargetPropertyProperty = class AssignmentTargetPropertyProperty2 {
};
var SequenceExpression = class {
  type = "SequenceExpression";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $expressions: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get expressions() {
    const internal = this.#internal, cached = internal.$expressions;
    if (cached !== void 0) return cached;
    return internal.$expressions = constructVecExpression(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "SequenceExpression",
      start: this.start,
      end: this.end,
      expressions: this.expressions
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugSequenceExpression.prototype);
  }
};
var DebugSequenceExpression = class SequenceExpression2 {
};
var Super = class {
  type = "Super";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  toJSON() {
    return {
      type: "Super",
      start: this.start,
      end: this.end
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugSuper.prototype);
  }
};
var DebugSuper = class Super2 {
};
var AwaitExpression = class {
  type = "AwaitExpression";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get argument() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "AwaitExpression",
      start: this.start,
      end: this.end,
      argument: this.argument
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugAwaitExpression.prototype);
  }
};
var DebugAwaitExpression = class AwaitExpression2 {
};
var ChainExpression = class {
  type = "ChainExpression";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get expression() {
    const internal = this.#internal;
    return constructChainElement(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "ChainExpression",
      start: this.start,
      end: this.end,
      expression: this.expression
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugChainExpression.prototype);
  }
};
var DebugChainExpression = class ChainExpression2 {
};
function constructChainElement(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return constructBoxCallExpression(pos + 8, ast);
    case 1:
      return constructBoxTSNonNullExpression(pos + 8, ast);
    case 48:
      return constructBoxComputedMemberExpression(pos + 8, ast);
    case 49:
      return constructBoxStaticMemberExpression(pos + 8, ast);
    case 50:
      return constructBoxPrivateFieldExpression(pos + 8, ast);
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for ChainElement`);
  }
}
var ParenthesizedExpression = class {
  type = "ParenthesizedExpression";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get expression() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "ParenthesizedExpression",
      start: this.start,
      end: this.end,
      expression: this.expression
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugParenthesizedExpression.prototype);
  }
};
var DebugParenthesizedExpression = class ParenthesizedExpression2 {
};
function constructStatement(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return constructBoxBlockStatement(pos + 8, ast);
    case 1:
      return constructBoxBreakStatement(pos + 8, ast);
    case 2:
      return constructBoxContinueStatement(pos + 8, ast);
    case 3:
      return constructBoxDebuggerStatement(pos + 8, ast);
    case 4:
      return constructBoxDoWhileStatement(pos + 8, ast);
    case 5:
      return constructBoxEmptyStatement(pos + 8, ast);
    case 6:
      return constructBoxExpressionStatement(pos + 8, ast);
    case 7:
      return constructBoxForInStatement(pos + 8, ast);
    case 8:
      return constructBoxForOfStatement(pos + 8, ast);
    case 9:
      return constructBoxForStatement(pos + 8, ast);
    case 10:
      return constructBoxIfStatement(pos + 8, ast);
    case 11:
      return constructBoxLabeledStatement(pos + 8, ast);
    case 12:
      return constructBoxReturnStatement(pos + 8, ast);
    case 13:
      return constructBoxSwitchStatement(pos + 8, ast);
    case 14:
      return constructBoxThrowStatement(pos + 8, ast);
    case 15:
      return constructBoxTryStatement(pos + 8, ast);
    case 16:
      return constructBoxWhileStatement(pos + 8, ast);
    case 17:
      return constructBoxWithStatement(pos + 8, ast);
    case 32:
      return constructBoxVariableDeclaration(pos + 8, ast);
    case 33:
      return constructBoxFunction(pos + 8, ast);
    case 34:
      return constructBoxClass(pos + 8, ast);
    case 35:
      return constructBoxTSTypeAliasDeclaration(pos + 8, ast);
    case 36:
      return constructBoxTSInterfaceDeclaration(pos + 8, ast);
    case 37:
      return constructBoxTSEnumDeclaration(pos + 8, ast);
    case 38:
      return constructBoxTSExternalModuleDeclaration(pos + 8, ast);
    case 39:
      return constructBoxTSNamespaceDeclaration(pos + 8, ast);
    case 40:
      return constructBoxTSGlobalDeclaration(pos + 8, ast);
    case 41:
      return constructBoxTSImportEqualsDeclaration(pos + 8, ast);
    case 64:
      return constructBoxImportDeclaration(pos + 8, ast);
    case 65:
      return constructBoxExportAllDeclaration(pos + 8, ast);
    case 66:
      return constructBoxExportDefaultDeclaration(pos + 8, ast);
    case 67:
      return constructBoxExportDeclaration(pos + 8, ast);
    case 68:
      return constructBoxExportNamedDeclaration(pos + 8, ast);
    case 69:
      return constructBoxExportFromDeclaration(pos + 8, ast);
    case 70:
      return constructBoxTSExportAssignment(pos + 8, ast);
    case 71:
      return constructBoxTSNamespaceExportDeclaration(pos + 8, ast);
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for Statement`);
  }
}
var Directive = class {
  type = "Directive";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $directive: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get expression() {
    const internal = this.#internal;
    return new StringLiteral(internal.pos + 16, internal.ast);
  }
  get directive() {
    const internal = this.#internal, cached = internal.$directive;
    if (cached !== void 0) return cached;
    return internal.$directive = constructStr(internal.pos + 64, internal.ast);
  }
  toJSON() {
    return {
      type: "Directive",
      start: this.start,
      end: this.end,
      expression: this.expression,
      directive: this.directive
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugDirective.prototype);
  }
};
var DebugDirective = class Directive2 {
};
var Hashbang = class {
  type = "Hashbang";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $value: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get value() {
    const internal = this.#internal, cached = internal.$value;
    if (cached !== void 0) return cached;
    return internal.$value = constructStr(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "Hashbang",
      start: this.start,
      end: this.end,
      value: this.value
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugHashbang.prototype);
  }
};
var DebugHashbang = class Hashbang2 {
};
var BlockStatement = class {
  type = "BlockStatement";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $body: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get body() {
    const internal = this.#internal, cached = internal.$body;
    if (cached !== void 0) return cached;
    return internal.$body = constructVecStatement(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "BlockStatement",
      start: this.start,
      end: this.end,
      body: this.body
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugBlockStatement.prototype);
  }
};
var DebugBlockStatement = class BlockStatement2 {
};
function constructDeclaration(pos, ast) {
  switch (ast.buffer[pos]) {
    case 32:
      return constructBoxVariableDeclaration(pos + 8, ast);
    case 33:
      return constructBoxFunction(pos + 8, ast);
    case 34:
      return constructBoxClass(pos + 8, ast);
    case 35:
      return constructBoxTSTypeAliasDeclaration(pos + 8, ast);
    case 36:
      return constructBoxTSInterfaceDeclaration(pos + 8, ast);
    case 37:
      return constructBoxTSEnumDeclaration(pos + 8, ast);
    case 38:
      return constructBoxTSExternalModuleDeclaration(pos + 8, ast);
    case 39:
      return constructBoxTSNamespaceDeclaration(pos + 8, ast);
    case 40:
      return constructBoxTSGlobalDeclaration(pos + 8, ast);
    case 41:
      return constructBoxTSImportEqualsDeclaration(pos + 8, ast);
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for Declaration`);
  }
}
var VariableDeclaration = class {
  type = "VariableDeclaration";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $declarations: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get kind() {
    const internal = this.#internal;
    return constructVariableDeclarationKind(internal.pos + 12, internal.ast);
  }
  get declarations() {
    const internal = this.#internal, cached = internal.$declarations;
    if (cached !== void 0) return cached;
    return internal.$declarations = constructVecVariableDeclarator(
      internal.pos + 16,
      internal.ast
    );
  }
  get declare() {
    const internal = this.#internal;
    return constructBool(internal.pos + 13, internal.ast);
  }
  toJSON() {
    return {
      type: "VariableDeclaration",
      start: this.start,
      end: this.end,
      kind: this.kind,
      declarations: this.declarations,
      declare: this.declare
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugVariableDeclaration.prototype);
  }
};
var DebugVariableDeclaration = class VariableDeclaration2 {
};
function constructVariableDeclarationKind(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return "var";
    case 1:
      return "let";
    case 2:
      return "const";
    case 3:
      return "using";
    case 4:
      return "await using";
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for VariableDeclarationKind`);
  }
}
var VariableDeclarator = class {
  type = "VariableDeclarator";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get id() {
    const internal = this.#internal;
    return constructBindingPattern(internal.pos + 16, internal.ast);
  }
  get init() {
    const internal = this.#internal;
    return constructOptionExpression(internal.pos + 40, internal.ast);
  }
  get definite() {
    const internal = this.#internal;
    return constructBool(internal.pos + 12, internal.ast);
  }
  toJSON() {
    return {
      type: "VariableDeclarator",
      start: this.start,
      end: this.end,
      id: this.id,
      init: this.init,
      definite: this.definite
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugVariableDeclarator.prototype);
  }
};
var DebugVariableDeclarator = class VariableDeclarator2 {
};
var EmptyStatement = class {
  type = "EmptyStatement";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  toJSON() {
    return {
      type: "EmptyStatement",
      start: this.start,
      end: this.end
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugEmptyStatement.prototype);
  }
};
var DebugEmptyStatement = class EmptyStatement2 {
};
var ExpressionStatement = class {
  type = "ExpressionStatement";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get expression() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "ExpressionStatement",
      start: this.start,
      end: this.end,
      expression: this.expression
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugExpressionStatement.prototype);
  }
};
var DebugExpressionStatement = class ExpressionStatement2 {
};
var IfStatement = class {
  type = "IfStatement";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get test() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 16, internal.ast);
  }
  get consequent() {
    const internal = this.#internal;
    return constructStatement(internal.pos + 32, internal.ast);
  }
  get alternate() {
    const internal = this.#internal;
    return constructOptionStatement(internal.pos + 48, internal.ast);
  }
  toJSON() {
    return {
      type: "IfStatement",
      start: this.start,
      end: this.end,
      test: this.test,
      consequent: this.consequent,
      alternate: this.alternate
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugIfStatement.prototype);
  }
};
var DebugIfStatement = class IfStatement2 {
};
var DoWhileStatement = class {
  type = "DoWhileStatement";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get body() {
    const internal = this.#internal;
    return constructStatement(internal.pos + 16, internal.ast);
  }
  get test() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 32, internal.ast);
  }
  toJSON() {
    return {
      type: "DoWhileStatement",
      start: this.start,
      end: this.end,
      body: this.body,
      test: this.test
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugDoWhileStatement.prototype);
  }
};
var DebugDoWhileStatement = class DoWhileStatement2 {
};
var WhileStatement = class {
  type = "WhileStatement";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get test() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 16, internal.ast);
  }
  get body() {
    const internal = this.#internal;
    return constructStatement(internal.pos + 32, internal.ast);
  }
  toJSON() {
    return {
      type: "WhileStatement",
      start: this.start,
      end: this.end,
      test: this.test,
      body: this.body
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugWhileStatement.prototype);
  }
};
var DebugWhileStatement = class WhileStatement2 {
};
var ForStatement = class {
  type = "ForStatement";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get init() {
    const internal = this.#internal;
    return constructOptionForStatementInit(internal.pos + 16, internal.ast);
  }
  get test() {
    const internal = this.#internal;
    return constructOptionExpression(internal.pos + 32, internal.ast);
  }
  get update() {
    const internal = this.#internal;
    return constructOptionExpression(internal.pos + 48, internal.ast);
  }
  get body() {
    const internal = this.#internal;
    return constructStatement(internal.pos + 64, internal.ast);
  }
  toJSON() {
    return {
      type: "ForStatement",
      start: this.start,
      end: this.end,
      init: this.init,
      test: this.test,
      update: this.update,
      body: this.body
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugForStatement.prototype);
  }
};
var DebugForStatement = class ForStatement2 {
};
function constructForStatementInit(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return constructBoxBooleanLiteral(pos + 8, ast);
    case 1:
      return constructBoxNullLiteral(pos + 8, ast);
    case 2:
      return constructBoxNumericLiteral(pos + 8, ast);
    case 3:
      return constructBoxBigIntLiteral(pos + 8, ast);
    case 4:
      return constructBoxRegExpLiteral(pos + 8, ast);
    case 5:
      return constructBoxStringLiteral(pos + 8, ast);
    case 6:
      return constructBoxTemplateLiteral(pos + 8, ast);
    case 7:
      return constructBoxIdentifierReference(pos + 8, ast);
    case 8:
      return constructBoxSuper(pos + 8, ast);
    case 9:
      return constructBoxArrayExpression(pos + 8, ast);
    case 10:
      return constructBoxArrowFunctionExpression(pos + 8, ast);
    case 11:
      return constructBoxAssignmentExpression(pos + 8, ast);
    case 12:
      return constructBoxAwaitExpression(pos + 8, ast);
    case 13:
      return constructBoxBinaryExpression(pos + 8, ast);
    case 14:
      return constructBoxCallExpression(pos + 8, ast);
    case 15:
      return constructBoxChainExpression(pos + 8, ast);
    case 16:
      return constructBoxClass(pos + 8, ast);
    case 17:
      return constructBoxConditionalExpression(pos + 8, ast);
    case 18:
      return constructBoxFunction(pos + 8, ast);
    case 19:
      return constructBoxImportExpression(pos + 8, ast);
    case 20:
      return constructBoxLogicalExpression(pos + 8, ast);
    case 21:
      return constructBoxNewExpression(pos + 8, ast);
    case 22:
      return constructBoxObjectExpression(pos + 8, ast);
    case 23:
      return constructBoxParenthesizedExpression(pos + 8, ast);
    case 24:
      return constructBoxSequenceExpression(pos + 8, ast);
    case 25:
      return constructBoxTaggedTemplateExpression(pos + 8, ast);
    case 26:
      return constructBoxThisExpression(pos + 8, ast);
    case 27:
      return constructBoxUnaryExpression(pos + 8, ast);
    case 28:
      return constructBoxUpdateExpression(pos + 8, ast);
    case 29:
      return constructBoxYieldExpression(pos + 8, ast);
    case 30:
      return constructBoxPrivateInExpression(pos + 8, ast);
    case 31:
      return constructBoxImportMeta(pos + 8, ast);
    case 32:
      return constructBoxNewTarget(pos + 8, ast);
    case 33:
      return constructBoxJSXElement(pos + 8, ast);
    case 34:
      return constructBoxJSXFragment(pos + 8, ast);
    case 35:
      return constructBoxTSAsExpression(pos + 8, ast);
    case 36:
      return constructBoxTSSatisfiesExpression(pos + 8, ast);
    case 37:
      return constructBoxTSTypeAssertion(pos + 8, ast);
    case 38:
      return constructBoxTSNonNullExpression(pos + 8, ast);
    case 39:
      return constructBoxTSInstantiationExpression(pos + 8, ast);
    case 40:
      return constructBoxV8IntrinsicExpression(pos + 8, ast);
    case 48:
      return constructBoxComputedMemberExpression(pos + 8, ast);
    case 49:
      return constructBoxStaticMemberExpression(pos + 8, ast);
    case 50:
      return constructBoxPrivateFieldExpression(pos + 8, ast);
    case 64:
      return constructBoxVariableDeclaration(pos + 8, ast);
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for ForStatementInit`);
  }
}
var ForInStatement = class {
  type = "ForInStatement";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get left() {
    const internal = this.#internal;
    return constructForStatementLeft(internal.pos + 16, internal.ast);
  }
  get right() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 32, internal.ast);
  }
  get body() {
    const internal = this.#internal;
    return constructStatement(internal.pos + 48, internal.ast);
  }
  toJSON() {
    return {
      type: "ForInStatement",
      start: this.start,
      end: this.end,
      left: this.left,
      right: this.right,
      body: this.body
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugForInStatement.prototype);
  }
};
var DebugForInStatement = class ForInStatement2 {
};
function constructForStatementLeft(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return constructBoxIdentifierReference(pos + 8, ast);
    case 1:
      return constructBoxTSAsExpression(pos + 8, ast);
    case 2:
      return constructBoxTSSatisfiesExpression(pos + 8, ast);
    case 3:
      return constructBoxTSNonNullExpression(pos + 8, ast);
    case 4:
      return constructBoxTSTypeAssertion(pos + 8, ast);
    case 8:
      return constructBoxArrayAssignmentTarget(pos + 8, ast);
    case 9:
      return constructBoxObjectAssignmentTarget(pos + 8, ast);
    case 16:
      return constructBoxVariableDeclaration(pos + 8, ast);
    case 48:
      return constructBoxComputedMemberExpression(pos + 8, ast);
    case 49:
      return constructBoxStaticMemberExpression(pos + 8, ast);
    case 50:
      return constructBoxPrivateFieldExpression(pos + 8, ast);
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for ForStatementLeft`);
  }
}
var ForOfStatement = class {
  type = "ForOfStatement";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get await() {
    const internal = this.#internal;
    return constructBool(internal.pos + 64, internal.ast);
  }
  get left() {
    const internal = this.#internal;
    return constructForStatementLeft(internal.pos + 16, internal.ast);
  }
  get right() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 32, internal.ast);
  }
  get body() {
    const internal = this.#internal;
    return constructStatement(internal.pos + 48, internal.ast);
  }
  toJSON() {
    return {
      type: "ForOfStatement",
      start: this.start,
      end: this.end,
      await: this.await,
      left: this.left,
      right: this.right,
      body: this.body
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugForOfStatement.prototype);
  }
};
var DebugForOfStatement = class ForOfStatement2 {
};
var ContinueStatement = class {
  type = "ContinueStatement";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get label() {
    const internal = this.#internal;
    return constructOptionLabelIdentifier(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "ContinueStatement",
      start: this.start,
      end: this.end,
      label: this.label
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugContinueStatement.prototype);
  }
};
var DebugContinueStatement = class ContinueStatement2 {
};
var BreakStatement = class {
  type = "BreakStatement";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get label() {
    const internal = this.#internal;
    return constructOptionLabelIdentifier(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "BreakStatement",
      start: this.start,
      end: this.end,
      label: this.label
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugBreakStatement.prototype);
  }
};
var DebugBreakStatement = class BreakStatement2 {
};
var ReturnStatement = class {
  type = "ReturnStatement";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get argument() {
    const internal = this.#internal;
    return constructOptionExpression(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "ReturnStatement",
      start: this.start,
      end: this.end,
      argument: this.argument
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugReturnStatement.prototype);
  }
};
var DebugReturnStatement = class ReturnStatement2 {
};
var WithStatement = class {
  type = "WithStatement";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get object() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 16, internal.ast);
  }
  get body() {
    const internal = this.#internal;
    return constructStatement(internal.pos + 32, internal.ast);
  }
  toJSON() {
    return {
      type: "WithStatement",
      start: this.start,
      end: this.end,
      object: this.object,
      body: this.body
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugWithStatement.prototype);
  }
};
var DebugWithStatement = class WithStatement2 {
};
var SwitchStatement = class {
  type = "SwitchStatement";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $cases: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get discriminant() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 16, internal.ast);
  }
  get cases() {
    const internal = this.#internal, cached = internal.$cases;
    if (cached !== void 0) return cached;
    return internal.$cases = constructVecSwitchCase(internal.pos + 32, internal.ast);
  }
  toJSON() {
    return {
      type: "SwitchStatement",
      start: this.start,
      end: this.end,
      discriminant: this.discriminant,
      cases: this.cases
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugSwitchStatement.prototype);
  }
};
var DebugSwitchStatement = class SwitchStatement2 {
};
var SwitchCase = class {
  type = "SwitchCase";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $consequent: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get test() {
    const internal = this.#internal;
    return constructOptionExpression(internal.pos + 16, internal.ast);
  }
  get consequent() {
    const internal = this.#internal, cached = internal.$consequent;
    if (cached !== void 0) return cached;
    return internal.$consequent = constructVecStatement(internal.pos + 32, internal.ast);
  }
  toJSON() {
    return {
      type: "SwitchCase",
      start: this.start,
      end: this.end,
      test: this.test,
      consequent: this.consequent
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugSwitchCase.prototype);
  }
};
var DebugSwitchCase = class SwitchCase2 {
};
var LabeledStatement = class {
  type = "LabeledStatement";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get label() {
    const internal = this.#internal;
    return new LabelIdentifier(internal.pos + 16, internal.ast);
  }
  get body() {
    const internal = this.#internal;
    return constructStatement(internal.pos + 48, internal.ast);
  }
  toJSON() {
    return {
      type: "LabeledStatement",
      start: this.start,
      end: this.end,
      label: this.label,
      body: this.body
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugLabeledStatement.prototype);
  }
};
var DebugLabeledStatement = class LabeledStatement2 {
};
var ThrowStatement = class {
  type = "ThrowStatement";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get argument() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "ThrowStatement",
      start: this.start,
      end: this.end,
      argument: this.argument
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugThrowStatement.prototype);
  }
};
var DebugThrowStatement = class ThrowStatement2 {
};
var TryStatement = class {
  type = "TryStatement";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get block() {
    const internal = this.#internal;
    return constructBoxBlockStatement(internal.pos + 16, internal.ast);
  }
  get handler() {
    const internal = this.#internal;
    return constructOptionBoxCatchClause(internal.pos + 24, internal.ast);
  }
  get finalizer() {
    const internal = this.#internal;
    return constructOptionBoxBlockStatement(internal.pos + 32, internal.ast);
  }
  toJSON() {
    return {
      type: "TryStatement",
      start: this.start,
      end: this.end,
      block: this.block,
      handler: this.handler,
      finalizer: this.finalizer
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTryStatement.prototype);
  }
};
var DebugTryStatement = class TryStatement2 {
};
var CatchClause = class {
  type = "CatchClause";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get param() {
    const internal = this.#internal;
    return constructOptionCatchParameter(internal.pos + 16, internal.ast);
  }
  get body() {
    const internal = this.#internal;
    return constructBoxBlockStatement(internal.pos + 56, internal.ast);
  }
  toJSON() {
    return {
      type: "CatchClause",
      start: this.start,
      end: this.end,
      param: this.param,
      body: this.body
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugCatchClause.prototype);
  }
};
var DebugCatchClause = class CatchClause2 {
};
var CatchParameter = class {
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get pattern() {
    const internal = this.#internal;
    return constructBindingPattern(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      start: this.start,
      end: this.end,
      pattern: this.pattern
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugCatchParameter.prototype);
  }
};
var DebugCatchParameter = class CatchParameter2 {
};
var DebuggerStatement = class {
  type = "DebuggerStatement";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  toJSON() {
    return {
      type: "DebuggerStatement",
      start: this.start,
      end: this.end
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugDebuggerStatement.prototype);
  }
};
var DebugDebuggerStatement = class DebuggerStatement2 {
};
function constructBindingPattern(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return constructBoxBindingIdentifier(pos + 8, ast);
    case 1:
      return constructBoxObjectPattern(pos + 8, ast);
    case 2:
      return constructBoxArrayPattern(pos + 8, ast);
    case 3:
      return constructBoxAssignmentPattern(pos + 8, ast);
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for BindingPattern`);
  }
}
var AssignmentPattern = class {
  type = "AssignmentPattern";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get left() {
    const internal = this.#internal;
    return constructBindingPattern(internal.pos + 16, internal.ast);
  }
  get right() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 32, internal.ast);
  }
  toJSON() {
    return {
      type: "AssignmentPattern",
      start: this.start,
      end: this.end,
      left: this.left,
      right: this.right
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugAssignmentPattern.prototype);
  }
};
var DebugAssignmentPattern = class AssignmentPattern2 {
};
var ObjectPattern = class {
  type = "ObjectPattern";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $properties: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get properties() {
    const internal = this.#internal, cached = internal.$properties;
    if (cached !== void 0) return cached;
    return internal.$properties = constructVecBindingProperty(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "ObjectPattern",
      start: this.start,
      end: this.end,
      properties: this.properties
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugObjectPattern.prototype);
  }
};
var DebugObjectPattern = class ObjectPattern2 {
};
var BindingProperty = class {
  type = "BindingProperty";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get key() {
    const internal = this.#internal;
    return constructPropertyKey(internal.pos + 16, internal.ast);
  }
  get value() {
    const internal = this.#internal;
    return constructBindingPattern(internal.pos + 32, internal.ast);
  }
  get shorthand() {
    const internal = this.#internal;
    return constructBool(internal.pos + 12, internal.ast);
  }
  get computed() {
    const internal = this.#internal;
    return constructBool(internal.pos + 13, internal.ast);
  }
  toJSON() {
    return {
      type: "BindingProperty",
      start: this.start,
      end: this.end,
      key: this.key,
      value: this.value,
      shorthand: this.shorthand,
      computed: this.computed
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugBindingProperty.prototype);
  }
};
var DebugBindingProperty = class BindingProperty2 {
};
var ArrayPattern = class {
  type = "ArrayPattern";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $elements: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get elements() {
    const internal = this.#internal, cached = internal.$elements;
    if (cached !== void 0) return cached;
    return internal.$elements = constructVecOptionBindingPattern(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "ArrayPattern",
      start: this.start,
      end: this.end,
      elements: this.elements
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugArrayPattern.prototype);
  }
};
var DebugArrayPattern = class ArrayPattern2 {
};
var BindingRestElement = class {
  type = "BindingRestElement";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get argument() {
    const internal = this.#internal;
    return constructBindingPattern(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "BindingRestElement",
      start: this.start,
      end: this.end,
      argument: this.argument
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugBindingRestElement.prototype);
  }
};
var DebugBindingRestElement = class BindingRestElement2 {
};
var Function = class {
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get type() {
    const internal = this.#internal;
    return constructFunctionType(internal.pos + 88, internal.ast);
  }
  get id() {
    const internal = this.#internal;
    return constructOptionBindingIdentifier(internal.pos + 16, internal.ast);
  }
  get generator() {
    const internal = this.#internal;
    return constructBool(internal.pos + 89, internal.ast);
  }
  get async() {
    const internal = this.#internal;
    return constructBool(internal.pos + 90, internal.ast);
  }
  get declare() {
    const internal = this.#internal;
    return constructBool(internal.pos + 91, internal.ast);
  }
  get typeParameters() {
    const internal = this.#internal;
    return constructOptionBoxTSTypeParameterDeclaration(internal.pos + 48, internal.ast);
  }
  get params() {
    const internal = this.#internal;
    return constructBoxFormalParameters(internal.pos + 64, internal.ast);
  }
  get returnType() {
    const internal = this.#internal;
    return constructOptionBoxTSTypeAnnotation(internal.pos + 72, internal.ast);
  }
  get body() {
    const internal = this.#internal;
    return constructOptionBoxFunctionBody(internal.pos + 80, internal.ast);
  }
  toJSON() {
    return {
      start: this.start,
      end: this.end,
      type: this.type,
      id: this.id,
      generator: this.generator,
      async: this.async,
      declare: this.declare,
      typeParameters: this.typeParameters,
      params: this.params,
      returnType: this.returnType,
      body: this.body
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugFunction.prototype);
  }
};
var DebugFunction = class Function2 {
};
function constructFunctionType(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return "FunctionDeclaration";
    case 1:
      return "FunctionExpression";
    case 2:
      return "TSDeclareFunction";
    case 3:
      return "TSEmptyBodyFunctionExpression";
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for FunctionType`);
  }
}
var FormalParameters = class {
  type = "FormalParameters";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $items: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get kind() {
    const internal = this.#internal;
    return constructFormalParameterKind(internal.pos + 12, internal.ast);
  }
  get items() {
    const internal = this.#internal, cached = internal.$items;
    if (cached !== void 0) return cached;
    return internal.$items = constructVecFormalParameter(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "FormalParameters",
      start: this.start,
      end: this.end,
      kind: this.kind,
      items: this.items
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugFormalParameters.prototype);
  }
};
var DebugFormalParameters = class FormalParameters2 {
};
var FormalParameter = class {
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $decorators: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get decorators() {
    const internal = this.#internal, cached = internal.$decorators;
    if (cached !== void 0) return cached;
    return internal.$decorators = constructVecDecorator(internal.pos + 16, internal.ast);
  }
  get pattern() {
    const internal = this.#internal;
    return constructBindingPattern(internal.pos + 40, internal.ast);
  }
  get typeAnnotation() {
    const internal = this.#internal;
    return constructOptionBoxTSTypeAnnotation(internal.pos + 56, internal.ast);
  }
  get initializer() {
    const internal = this.#internal;
    return constructOptionBoxExpression(internal.pos + 64, internal.ast);
  }
  get optional() {
    const internal = this.#internal;
    return constructBool(internal.pos + 12, internal.ast);
  }
  toJSON() {
    return {
      start: this.start,
      end: this.end,
      decorators: this.decorators,
      pattern: this.pattern,
      typeAnnotation: this.typeAnnotation,
      initializer: this.initializer,
      optional: this.optional
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugFormalParameter.prototype);
  }
};
var DebugFormalParameter = class FormalParameter2 {
};
function constructFormalParameterKind(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return "FormalParameter";
    case 1:
      return "UniqueFormalParameters";
    case 2:
      return "ArrowFormalParameters";
    case 3:
      return "Signature";
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for FormalParameterKind`);
  }
}
var FunctionBody = class {
  type = "FunctionBody";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $body: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get body() {
    const internal = this.#internal, cached = internal.$body;
    if (cached !== void 0) return cached;
    return internal.$body = constructVecStatement(internal.pos + 40, internal.ast);
  }
  toJSON() {
    return {
      type: "FunctionBody",
      start: this.start,
      end: this.end,
      body: this.body
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugFunctionBody.prototype);
  }
};
var DebugFunctionBody = class FunctionBody2 {
};
function constructArrowFunctionBody(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return constructBoxBooleanLiteral(pos + 8, ast);
    case 1:
      return constructBoxNullLiteral(pos + 8, ast);
    case 2:
      return constructBoxNumericLiteral(pos + 8, ast);
    case 3:
      return constructBoxBigIntLiteral(pos + 8, ast);
    case 4:
      return constructBoxRegExpLiteral(pos + 8, ast);
    case 5:
      return constructBoxStringLiteral(pos + 8, ast);
    case 6:
      return constructBoxTemplateLiteral(pos + 8, ast);
    case 7:
      return constructBoxIdentifierReference(pos + 8, ast);
    case 8:
      return constructBoxSuper(pos + 8, ast);
    case 9:
      return constructBoxArrayExpression(pos + 8, ast);
    case 10:
      return constructBoxArrowFunctionExpression(pos + 8, ast);
    case 11:
      return constructBoxAssignmentExpression(pos + 8, ast);
    case 12:
      return constructBoxAwaitExpression(pos + 8, ast);
    case 13:
      return constructBoxBinaryExpression(pos + 8, ast);
    case 14:
      return constructBoxCallExpression(pos + 8, ast);
    case 15:
      return constructBoxChainExpression(pos + 8, ast);
    case 16:
      return constructBoxClass(pos + 8, ast);
    case 17:
      return constructBoxConditionalExpression(pos + 8, ast);
    case 18:
      return constructBoxFunction(pos + 8, ast);
    case 19:
      return constructBoxImportExpression(pos + 8, ast);
    case 20:
      return constructBoxLogicalExpression(pos + 8, ast);
    case 21:
      return constructBoxNewExpression(pos + 8, ast);
    case 22:
      return constructBoxObjectExpression(pos + 8, ast);
    case 23:
      return constructBoxParenthesizedExpression(pos + 8, ast);
    case 24:
      return constructBoxSequenceExpression(pos + 8, ast);
    case 25:
      return constructBoxTaggedTemplateExpression(pos + 8, ast);
    case 26:
      return constructBoxThisExpression(pos + 8, ast);
    case 27:
      return constructBoxUnaryExpression(pos + 8, ast);
    case 28:
      return constructBoxUpdateExpression(pos + 8, ast);
    case 29:
      return constructBoxYieldExpression(pos + 8, ast);
    case 30:
      return constructBoxPrivateInExpression(pos + 8, ast);
    case 31:
      return constructBoxImportMeta(pos + 8, ast);
    case 32:
      return constructBoxNewTarget(pos + 8, ast);
    case 33:
      return constructBoxJSXElement(pos + 8, ast);
    case 34:
      return constructBoxJSXFragment(pos + 8, ast);
    case 35:
      return constructBoxTSAsExpression(pos + 8, ast);
    case 36:
      return constructBoxTSSatisfiesExpression(pos + 8, ast);
    case 37:
      return constructBoxTSTypeAssertion(pos + 8, ast);
    case 38:
      return constructBoxTSNonNullExpression(pos + 8, ast);
    case 39:
      return constructBoxTSInstantiationExpression(pos + 8, ast);
    case 40:
      return constructBoxV8IntrinsicExpression(pos + 8, ast);
    case 48:
      return constructBoxComputedMemberExpression(pos + 8, ast);
    case 49:
      return constructBoxStaticMemberExpression(pos + 8, ast);
    case 50:
      return constructBoxPrivateFieldExpression(pos + 8, ast);
    case 64:
      return constructBoxFunctionBody(pos + 8, ast);
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for ArrowFunctionBody`);
  }
}
var ArrowFunctionExpression = class {
  type = "ArrowFunctionExpression";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get async() {
    const internal = this.#internal;
    return constructBool(internal.pos + 56, internal.ast);
  }
  get typeParameters() {
    const internal = this.#internal;
    return constructOptionBoxTSTypeParameterDeclaration(internal.pos + 16, internal.ast);
  }
  get params() {
    const internal = this.#internal;
    return constructBoxFormalParameters(internal.pos + 24, internal.ast);
  }
  get returnType() {
    const internal = this.#internal;
    return constructOptionBoxTSTypeAnnotation(internal.pos + 32, internal.ast);
  }
  get body() {
    const internal = this.#internal;
    return constructArrowFunctionBody(internal.pos + 40, internal.ast);
  }
  toJSON() {
    return {
      type: "ArrowFunctionExpression",
      start: this.start,
      end: this.end,
      async: this.async,
      typeParameters: this.typeParameters,
      params: this.params,
      returnType: this.returnType,
      body: this.body
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugArrowFunctionExpression.prototype);
  }
};
var DebugArrowFunctionExpression = class ArrowFunctionExpression2 {
};
var YieldExpression = class {
  type = "YieldExpression";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get delegate() {
    const internal = this.#internal;
    return constructBool(internal.pos + 12, internal.ast);
  }
  get argument() {
    const internal = this.#internal;
    return constructOptionExpression(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "YieldExpression",
      start: this.start,
      end: this.end,
      delegate: this.delegate,
      argument: this.argument
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugYieldExpression.prototype);
  }
};
var DebugYieldExpression = class YieldExpression2 {
};
var Class = class {
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $decorators: void 0, $implements: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get type() {
    const internal = this.#internal;
    return constructClassType(internal.pos + 136, internal.ast);
  }
  get decorators() {
    const internal = this.#internal, cached = internal.$decorators;
    if (cached !== void 0) return cached;
    return internal.$decorators = constructVecDecorator(internal.pos + 16, internal.ast);
  }
  get id() {
    const internal = this.#internal;
    return constructOptionBindingIdentifier(internal.pos + 40, internal.ast);
  }
  get typeParameters() {
    const internal = this.#internal;
    return constructOptionBoxTSTypeParameterDeclaration(internal.pos + 72, internal.ast);
  }
  get implements() {
    const internal = this.#internal, cached = internal.$implements;
    if (cached !== void 0) return cached;
    return internal.$implements = constructVecTSClassImplements(internal.pos + 104, internal.ast);
  }
  get body() {
    const internal = this.#internal;
    return constructBoxClassBody(internal.pos + 128, internal.ast);
  }
  get abstract() {
    const internal = this.#internal;
    return constructBool(internal.pos + 137, internal.ast);
  }
  get declare() {
    const internal = this.#internal;
    return constructBool(internal.pos + 138, internal.ast);
  }
  toJSON() {
    return {
      start: this.start,
      end: this.end,
      type: this.type,
      decorators: this.decorators,
      id: this.id,
      typeParameters: this.typeParameters,
      implements: this.implements,
      body: this.body,
      abstract: this.abstract,
      declare: this.declare
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugClass.prototype);
  }
};
var DebugClass = class Class2 {
};
function constructClassType(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return "ClassDeclaration";
    case 1:
      return "ClassExpression";
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for ClassType`);
  }
}
var ClassBody = class {
  type = "ClassBody";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $body: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get body() {
    const internal = this.#internal, cached = internal.$body;
    if (cached !== void 0) return cached;
    return internal.$body = constructVecClassElement(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "ClassBody",
      start: this.start,
      end: this.end,
      body: this.body
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugClassBody.prototype);
  }
};
var DebugClassBody = class ClassBody2 {
};
function constructClassElement(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return constructBoxStaticBlock(pos + 8, ast);
    case 1:
      return constructBoxMethodDefinition(pos + 8, ast);
    case 2:
      return constructBoxPropertyDefinition(pos + 8, ast);
    case 3:
      return constructBoxAccessorProperty(pos + 8, ast);
    case 4:
      return constructBoxTSIndexSignature(pos + 8, ast);
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for ClassElement`);
  }
}
var MethodDefinition = class {
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $decorators: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get type() {
    const internal = this.#internal;
    return constructMethodDefinitionType(internal.pos + 12, internal.ast);
  }
  get decorators() {
    const internal = this.#internal, cached = internal.$decorators;
    if (cached !== void 0) return cached;
    return internal.$decorators = constructVecDecorator(internal.pos + 16, internal.ast);
  }
  get key() {
    const internal = this.#internal;
    return constructPropertyKey(internal.pos + 40, internal.ast);
  }
  get value() {
    const internal = this.#internal;
    return constructBoxFunction(internal.pos + 56, internal.ast);
  }
  get kind() {
    const internal = this.#internal;
    return constructMethodDefinitionKind(internal.pos + 13, internal.ast);
  }
  get computed() {
    const internal = this.#internal;
    return constructBool(internal.pos + 14, internal.ast);
  }
  get static() {
    const internal = this.#internal;
    return constructBool(internal.pos + 15, internal.ast);
  }
  get override() {
    const internal = this.#internal;
    return constructBool(internal.pos + 64, internal.ast);
  }
  get optional() {
    const internal = this.#internal;
    return constructBool(internal.pos + 65, internal.ast);
  }
  get accessibility() {
    const internal = this.#internal;
    return constructOptionTSAccessibility(internal.pos + 66, internal.ast);
  }
  toJSON() {
    return {
      start: this.start,
      end: this.end,
      type: this.type,
      decorators: this.decorators,
      key: this.key,
      value: this.value,
      kind: this.kind,
      computed: this.computed,
      static: this.static,
      override: this.override,
      optional: this.optional,
      accessibility: this.accessibility
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugMethodDefinition.prototype);
  }
};
var DebugMethodDefinition = class MethodDefinition2 {
};
function constructMethodDefinitionType(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return "MethodDefinition";
    case 1:
      return "TSAbstractMethodDefinition";
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for MethodDefinitionType`);
  }
}
var PropertyDefinition = class {
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $decorators: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get type() {
    const internal = this.#internal;
    return constructPropertyDefinitionType(internal.pos + 12, internal.ast);
  }
  get decorators() {
    const internal = this.#internal, cached = internal.$decorators;
    if (cached !== void 0) return cached;
    return internal.$decorators = constructVecDecorator(internal.pos + 16, internal.ast);
  }
  get key() {
    const internal = this.#internal;
    return constructPropertyKey(internal.pos + 40, internal.ast);
  }
  get typeAnnotation() {
    const internal = this.#internal;
    return constructOptionBoxTSTypeAnnotation(internal.pos + 56, internal.ast);
  }
  get value() {
    const internal = this.#internal;
    return constructOptionExpression(internal.pos + 64, internal.ast);
  }
  get computed() {
    const internal = this.#internal;
    return constructBool(internal.pos + 13, internal.ast);
  }
  get static() {
    const internal = this.#internal;
    return constructBool(internal.pos + 14, internal.ast);
  }
  get declare() {
    const internal = this.#internal;
    return constructBool(internal.pos + 15, internal.ast);
  }
  get override() {
    const internal = this.#internal;
    return constructBool(internal.pos + 80, internal.ast);
  }
  get optional() {
    const internal = this.#internal;
    return constructBool(internal.pos + 81, internal.ast);
  }
  get definite() {
    const internal = this.#internal;
    return constructBool(internal.pos + 82, internal.ast);
  }
  get readonly() {
    const internal = this.#internal;
    return constructBool(internal.pos + 83, internal.ast);
  }
  get accessibility() {
    const internal = this.#internal;
    return constructOptionTSAccessibility(internal.pos + 84, internal.ast);
  }
  toJSON() {
    return {
      start: this.start,
      end: this.end,
      type: this.type,
      decorators: this.decorators,
      key: this.key,
      typeAnnotation: this.typeAnnotation,
      value: this.value,
      computed: this.computed,
      static: this.static,
      declare: this.declare,
      override: this.override,
      optional: this.optional,
      definite: this.definite,
      readonly: this.readonly,
      accessibility: this.accessibility
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugPropertyDefinition.prototype);
  }
};
var DebugPropertyDefinition = class PropertyDefinition2 {
};
function constructPropertyDefinitionType(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return "PropertyDefinition";
    case 1:
      return "TSAbstractPropertyDefinition";
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for PropertyDefinitionType`);
  }
}
function constructMethodDefinitionKind(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return "constructor";
    case 1:
      return "method";
    case 2:
      return "get";
    case 3:
      return "set";
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for MethodDefinitionKind`);
  }
}
var PrivateIdentifier = class {
  type = "PrivateIdentifier";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $name: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get name() {
    const internal = this.#internal, cached = internal.$name;
    if (cached !== void 0) return cached;
    return internal.$name = constructStr(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "PrivateIdentifier",
      start: this.start,
      end: this.end,
      name: this.name
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugPrivateIdentifier.prototype);
  }
};
var DebugPrivateIdentifier = class PrivateIdentifier2 {
};
var StaticBlock = class {
  type = "StaticBlock";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $body: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get body() {
    const internal = this.#internal, cached = internal.$body;
    if (cached !== void 0) return cached;
    return internal.$body = constructVecStatement(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "StaticBlock",
      start: this.start,
      end: this.end,
      body: this.body
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugStaticBlock.prototype);
  }
};
var DebugStaticBlock = class StaticBlock2 {
};
function constructAccessorPropertyType(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return "AccessorProperty";
    case 1:
      return "TSAbstractAccessorProperty";
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for AccessorPropertyType`);
  }
}
var AccessorProperty = class {
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $decorators: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get type() {
    const internal = this.#internal;
    return constructAccessorPropertyType(internal.pos + 12, internal.ast);
  }
  get decorators() {
    const internal = this.#internal, cached = internal.$decorators;
    if (cached !== void 0) return cached;
    return internal.$decorators = constructVecDecorator(internal.pos + 16, internal.ast);
  }
  get key() {
    const internal = this.#internal;
    return constructPropertyKey(internal.pos + 40, internal.ast);
  }
  get typeAnnotation() {
    const internal = this.#internal;
    return constructOptionBoxTSTypeAnnotation(internal.pos + 56, internal.ast);
  }
  get value() {
    const internal = this.#internal;
    return constructOptionExpression(internal.pos + 64, internal.ast);
  }
  get computed() {
    const internal = this.#internal;
    return constructBool(internal.pos + 13, internal.ast);
  }
  get static() {
    const internal = this.#internal;
    return constructBool(internal.pos + 14, internal.ast);
  }
  get override() {
    const internal = this.#internal;
    return constructBool(internal.pos + 15, internal.ast);
  }
  get definite() {
    const internal = this.#internal;
    return constructBool(internal.pos + 80, internal.ast);
  }
  get accessibility() {
    const internal = this.#internal;
    return constructOptionTSAccessibility(internal.pos + 81, internal.ast);
  }
  toJSON() {
    return {
      start: this.start,
      end: this.end,
      type: this.type,
      decorators: this.decorators,
      key: this.key,
      typeAnnotation: this.typeAnnotation,
      value: this.value,
      computed: this.computed,
      static: this.static,
      override: this.override,
      definite: this.definite,
      accessibility: this.accessibility
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugAccessorProperty.prototype);
  }
};
var DebugAccessorProperty = class AccessorProperty2 {
};
var ImportExpression = class {
  type = "ImportExpression";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get source() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 16, internal.ast);
  }
  get options() {
    const internal = this.#internal;
    return constructOptionExpression(internal.pos + 32, internal.ast);
  }
  get phase() {
    const internal = this.#internal;
    return constructOptionImportPhase(internal.pos + 12, internal.ast);
  }
  toJSON() {
    return {
      type: "ImportExpression",
      start: this.start,
      end: this.end,
      source: this.source,
      options: this.options,
      phase: this.phase
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugImportExpression.prototype);
  }
};
var DebugImportExpression = class ImportExpression2 {
};
var ImportDeclaration = class {
  type = "ImportDeclaration";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $specifiers: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get specifiers() {
    const internal = this.#internal, cached = internal.$specifiers;
    if (cached !== void 0) return cached;
    return internal.$specifiers = constructOptionVecImportDeclarationSpecifier(
      internal.pos + 16,
      internal.ast
    );
  }
  get source() {
    const internal = this.#internal;
    return new StringLiteral(internal.pos + 40, internal.ast);
  }
  get phase() {
    const internal = this.#internal;
    return constructOptionImportPhase(internal.pos + 12, internal.ast);
  }
  get attributes() {
    const internal = this.#internal;
    return constructOptionBoxWithClause(internal.pos + 88, internal.ast);
  }
  get importKind() {
    const internal = this.#internal;
    return constructImportOrExportKind(internal.pos + 13, internal.ast);
  }
  toJSON() {
    return {
      type: "ImportDeclaration",
      start: this.start,
      end: this.end,
      specifiers: this.specifiers,
      source: this.source,
      phase: this.phase,
      attributes: this.attributes,
      importKind: this.importKind
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugImportDeclaration.prototype);
  }
};
var DebugImportDeclaration = class ImportDeclaration2 {
};
function constructImportPhase(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return "source";
    case 1:
      return "defer";
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for ImportPhase`);
  }
}
function constructImportDeclarationSpecifier(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return constructBoxImportSpecifier(pos + 8, ast);
    case 1:
      return constructBoxImportDefaultSpecifier(pos + 8, ast);
    case 2:
      return constructBoxImportNamespaceSpecifier(pos + 8, ast);
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for ImportDeclarationSpecifier`);
  }
}
var ImportSpecifier = class {
  type = "ImportSpecifier";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get imported() {
    const internal = this.#internal;
    return constructModuleExportName(internal.pos + 16, internal.ast);
  }
  get local() {
    const internal = this.#internal;
    return new BindingIdentifier(internal.pos + 72, internal.ast);
  }
  get importKind() {
    const internal = this.#internal;
    return constructImportOrExportKind(internal.pos + 12, internal.ast);
  }
  toJSON() {
    return {
      type: "ImportSpecifier",
      start: this.start,
      end: this.end,
      imported: this.imported,
      local: this.local,
      importKind: this.importKind
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugImportSpecifier.prototype);
  }
};
var DebugImportSpecifier = class ImportSpecifier2 {
};
var ImportDefaultSpecifier = class {
  type = "ImportDefaultSpecifier";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get local() {
    const internal = this.#internal;
    return new BindingIdentifier(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "ImportDefaultSpecifier",
      start: this.start,
      end: this.end,
      local: this.local
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugImportDefaultSpecifier.prototype);
  }
};
var DebugImportDefaultSpecifier = class ImportDefaultSpecifier2 {
};
var ImportNamespaceSpecifier = class {
  type = "ImportNamespaceSpecifier";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get local() {
    const internal = this.#internal;
    return new BindingIdentifier(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "ImportNamespaceSpecifier",
      start: this.start,
      end: this.end,
      local: this.local
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugImportNamespaceSpecifier.prototype);
  }
};
var DebugImportNamespaceSpecifier = class ImportNamespaceSpecifier2 {
};
var WithClause = class {
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $attributes: void 0 };
    nodes.set(pos, this);
  }
  get attributes() {
    const internal = this.#internal, cached = internal.$attributes;
    if (cached !== void 0) return cached;
    return internal.$attributes = constructVecImportAttribute(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      attributes: this.attributes
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugWithClause.prototype);
  }
};
var DebugWithClause = class WithClause2 {
};
var ImportAttribute = class {
  type = "ImportAttribute";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get key() {
    const internal = this.#internal;
    return constructImportAttributeKey(internal.pos + 16, internal.ast);
  }
  get value() {
    const internal = this.#internal;
    return new StringLiteral(internal.pos + 72, internal.ast);
  }
  toJSON() {
    return {
      type: "ImportAttribute",
      start: this.start,
      end: this.end,
      key: this.key,
      value: this.value
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugImportAttribute.prototype);
  }
};
var DebugImportAttribute = class ImportAttribute2 {
};
function constructImportAttributeKey(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return new IdentifierName(pos + 8, ast);
    case 1:
      return new StringLiteral(pos + 8, ast);
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for ImportAttributeKey`);
  }
}
var ExportDeclaration = class {
  type = "ExportDeclaration";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get declaration() {
    const internal = this.#internal;
    return constructDeclaration(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "ExportDeclaration",
      start: this.start,
      end: this.end,
      declaration: this.declaration
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugExportDeclaration.prototype);
  }
};
var DebugExportDeclaration = class ExportDeclaration2 {
};
var ExportNamedDeclaration = class {
  type = "ExportNamedDeclaration";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $specifiers: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get specifiers() {
    const internal = this.#internal, cached = internal.$specifiers;
    if (cached !== void 0) return cached;
    return internal.$specifiers = constructVecExportSpecifier(internal.pos + 16, internal.ast);
  }
  get exportKind() {
    const internal = this.#internal;
    return constructImportOrExportKind(internal.pos + 12, internal.ast);
  }
  toJSON() {
    return {
      type: "ExportNamedDeclaration",
      start: this.start,
      end: this.end,
      specifiers: this.specifiers,
      exportKind: this.exportKind
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugExportNamedDeclaration.prototype);
  }
};
var DebugExportNamedDeclaration = class ExportNamedDeclaration2 {
};
var ExportFromDeclaration = class {
  type = "ExportFromDeclaration";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $specifiers: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get specifiers() {
    const internal = this.#internal, cached = internal.$specifiers;
    if (cached !== void 0) return cached;
    return internal.$specifiers = constructVecExportSpecifier(internal.pos + 16, internal.ast);
  }
  get source() {
    const internal = this.#internal;
    return new StringLiteral(internal.pos + 40, internal.ast);
  }
  get exportKind() {
    const internal = this.#internal;
    return constructImportOrExportKind(internal.pos + 12, internal.ast);
  }
  get attributes() {
    const internal = this.#internal;
    return constructOptionBoxWithClause(internal.pos + 88, internal.ast);
  }
  toJSON() {
    return {
      type: "ExportFromDeclaration",
      start: this.start,
      end: this.end,
      specifiers: this.specifiers,
      source: this.source,
      exportKind: this.exportKind,
      attributes: this.attributes
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugExportFromDeclaration.prototype);
  }
};
var DebugExportFromDeclaration = class ExportFromDeclaration2 {
};
var ExportDefaultDeclaration = class {
  type = "ExportDefaultDeclaration";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get declaration() {
    const internal = this.#internal;
    return constructExportDefaultDeclarationKind(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "ExportDefaultDeclaration",
      start: this.start,
      end: this.end,
      declaration: this.declaration
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugExportDefaultDeclaration.prototype);
  }
};
var DebugExportDefaultDeclaration = class ExportDefaultDeclaration2 {
};
var ExportAllDeclaration = class {
  type = "ExportAllDeclaration";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get exported() {
    const internal = this.#internal;
    return constructOptionModuleExportName(internal.pos + 16, internal.ast);
  }
  get source() {
    const internal = this.#internal;
    return new StringLiteral(internal.pos + 72, internal.ast);
  }
  get attributes() {
    const internal = this.#internal;
    return constructOptionBoxWithClause(internal.pos + 120, internal.ast);
  }
  get exportKind() {
    const internal = this.#internal;
    return constructImportOrExportKind(internal.pos + 12, internal.ast);
  }
  toJSON() {
    return {
      type: "ExportAllDeclaration",
      start: this.start,
      end: this.end,
      exported: this.exported,
      source: this.source,
      attributes: this.attributes,
      exportKind: this.exportKind
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugExportAllDeclaration.prototype);
  }
};
var DebugExportAllDeclaration = class ExportAllDeclaration2 {
};
var ExportSpecifier = class {
  type = "ExportSpecifier";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get local() {
    const internal = this.#internal;
    return constructModuleExportName(internal.pos + 16, internal.ast);
  }
  get exported() {
    const internal = this.#internal;
    return constructModuleExportName(internal.pos + 72, internal.ast);
  }
  get exportKind() {
    const internal = this.#internal;
    return constructImportOrExportKind(internal.pos + 12, internal.ast);
  }
  toJSON() {
    return {
      type: "ExportSpecifier",
      start: this.start,
      end: this.end,
      local: this.local,
      exported: this.exported,
      exportKind: this.exportKind
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugExportSpecifier.prototype);
  }
};
var DebugExportSpecifier = class ExportSpecifier2 {
};
function constructExportDefaultDeclarationKind(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return constructBoxBooleanLiteral(pos + 8, ast);
    case 1:
      return constructBoxNullLiteral(pos + 8, ast);
    case 2:
      return constructBoxNumericLiteral(pos + 8, ast);
    case 3:
      return constructBoxBigIntLiteral(pos + 8, ast);
    case 4:
      return constructBoxRegExpLiteral(pos + 8, ast);
    case 5:
      return constructBoxStringLiteral(pos + 8, ast);
    case 6:
      return constructBoxTemplateLiteral(pos + 8, ast);
    case 7:
      return constructBoxIdentifierReference(pos + 8, ast);
    case 8:
      return constructBoxSuper(pos + 8, ast);
    case 9:
      return constructBoxArrayExpression(pos + 8, ast);
    case 10:
      return constructBoxArrowFunctionExpression(pos + 8, ast);
    case 11:
      return constructBoxAssignmentExpression(pos + 8, ast);
    case 12:
      return constructBoxAwaitExpression(pos + 8, ast);
    case 13:
      return constructBoxBinaryExpression(pos + 8, ast);
    case 14:
      return constructBoxCallExpression(pos + 8, ast);
    case 15:
      return constructBoxChainExpression(pos + 8, ast);
    case 16:
      return constructBoxClass(pos + 8, ast);
    case 17:
      return constructBoxConditionalExpression(pos + 8, ast);
    case 18:
      return constructBoxFunction(pos + 8, ast);
    case 19:
      return constructBoxImportExpression(pos + 8, ast);
    case 20:
      return constructBoxLogicalExpression(pos + 8, ast);
    case 21:
      return constructBoxNewExpression(pos + 8, ast);
    case 22:
      return constructBoxObjectExpression(pos + 8, ast);
    case 23:
      return constructBoxParenthesizedExpression(pos + 8, ast);
    case 24:
      return constructBoxSequenceExpression(pos + 8, ast);
    case 25:
      return constructBoxTaggedTemplateExpression(pos + 8, ast);
    case 26:
      return constructBoxThisExpression(pos + 8, ast);
    case 27:
      return constructBoxUnaryExpression(pos + 8, ast);
    case 28:
      return constructBoxUpdateExpression(pos + 8, ast);
    case 29:
      return constructBoxYieldExpression(pos + 8, ast);
    case 30:
      return constructBoxPrivateInExpression(pos + 8, ast);
    case 31:
      return constructBoxImportMeta(pos + 8, ast);
    case 32:
      return constructBoxNewTarget(pos + 8, ast);
    case 33:
      return constructBoxJSXElement(pos + 8, ast);
    case 34:
      return constructBoxJSXFragment(pos + 8, ast);
    case 35:
      return constructBoxTSAsExpression(pos + 8, ast);
    case 36:
      return constructBoxTSSatisfiesExpression(pos + 8, ast);
    case 37:
      return constructBoxTSTypeAssertion(pos + 8, ast);
    case 38:
      return constructBoxTSNonNullExpression(pos + 8, ast);
    case 39:
      return constructBoxTSInstantiationExpression(pos + 8, ast);
    case 40:
      return constructBoxV8IntrinsicExpression(pos + 8, ast);
    case 48:
      return constructBoxComputedMemberExpression(pos + 8, ast);
    case 49:
      return constructBoxStaticMemberExpression(pos + 8, ast);
    case 50:
      return constructBoxPrivateFieldExpression(pos + 8, ast);
    case 64:
      return constructBoxFunction(pos + 8, ast);
    case 65:
      return constructBoxClass(pos + 8, ast);
    case 66:
      return constructBoxTSInterfaceDeclaration(pos + 8, ast);
    default:
      throw new Error2(
        `Unexpected discriminant ${ast.buffer[pos]} for ExportDefaultDeclarationKind`
      );
  }
}
function constructModuleExportName(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return new IdentifierName(pos + 8, ast);
    case 1:
      return new IdentifierReference(pos + 8, ast);
    case 2:
      return new StringLiteral(pos + 8, ast);
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for ModuleExportName`);
  }
}
var V8IntrinsicExpression = class {
  type = "V8IntrinsicExpression";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $arguments: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get name() {
    const internal = this.#internal;
    return new IdentifierName(internal.pos + 16, internal.ast);
  }
  get arguments() {
    const internal = this.#internal, cached = internal.$arguments;
    if (cached !== void 0) return cached;
    return internal.$arguments = constructVecArgument(internal.pos + 48, internal.ast);
  }
  toJSON() {
    return {
      type: "V8IntrinsicExpression",
      start: this.start,
      end: this.end,
      name: this.name,
      arguments: this.arguments
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugV8IntrinsicExpression.prototype);
  }
};
var DebugV8IntrinsicExpression = class V8IntrinsicExpression2 {
};
var BooleanLiteral = class {
  type = "BooleanLiteral";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get value() {
    const internal = this.#internal;
    return constructBool(internal.pos + 12, internal.ast);
  }
  toJSON() {
    return {
      type: "BooleanLiteral",
      start: this.start,
      end: this.end,
      value: this.value
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugBooleanLiteral.prototype);
  }
};
var DebugBooleanLiteral = class BooleanLiteral2 {
};
var NullLiteral = class {
  type = "NullLiteral";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  toJSON() {
    return {
      type: "NullLiteral",
      start: this.start,
      end: this.end
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugNullLiteral.prototype);
  }
};
var DebugNullLiteral = class NullLiteral2 {
};
var NumericLiteral = class {
  type = "NumericLiteral";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $raw: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get value() {
    const internal = this.#internal;
    return constructF64(internal.pos + 32, internal.ast);
  }
  get raw() {
    const internal = this.#internal, cached = internal.$raw;
    if (cached !== void 0) return cached;
    return internal.$raw = constructOptionStr(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "NumericLiteral",
      start: this.start,
      end: this.end,
      value: this.value,
      raw: this.raw
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugNumericLiteral.prototype);
  }
};
var DebugNumericLiteral = class NumericLiteral2 {
};
var StringLiteral = class {
  type = "StringLiteral";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $value: void 0, $raw: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get value() {
    const internal = this.#internal, cached = internal.$value;
    if (cached !== void 0) return cached;
    return internal.$value = constructJSStr(internal.pos + 16, internal.ast);
  }
  get raw() {
    const internal = this.#internal, cached = internal.$raw;
    if (cached !== void 0) return cached;
    return internal.$raw = constructOptionStr(internal.pos + 32, internal.ast);
  }
  toJSON() {
    return {
      type: "StringLiteral",
      start: this.start,
      end: this.end,
      value: this.value,
      raw: this.raw
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugStringLiteral.prototype);
  }
};
var DebugStringLiteral = class StringLiteral2 {
};
var BigIntLiteral = class {
  type = "BigIntLiteral";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $value: void 0, $raw: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get value() {
    const internal = this.#internal, cached = internal.$value;
    if (cached !== void 0) return cached;
    return internal.$value = constructStr(internal.pos + 16, internal.ast);
  }
  get raw() {
    const internal = this.#internal, cached = internal.$raw;
    if (cached !== void 0) return cached;
    return internal.$raw = constructOptionStr(internal.pos + 32, internal.ast);
  }
  toJSON() {
    return {
      type: "BigIntLiteral",
      start: this.start,
      end: this.end,
      value: this.value,
      raw: this.raw
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugBigIntLiteral.prototype);
  }
};
var DebugBigIntLiteral = class BigIntLiteral2 {
};
var RegExpLiteral = class {
  type = "RegExpLiteral";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $raw: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get regex() {
    const internal = this.#internal;
    return new RegExp(internal.pos + 16, internal.ast);
  }
  get raw() {
    const internal = this.#internal, cached = internal.$raw;
    if (cached !== void 0) return cached;
    return internal.$raw = constructOptionStr(internal.pos + 48, internal.ast);
  }
  toJSON() {
    return {
      type: "RegExpLiteral",
      start: this.start,
      end: this.end,
      regex: this.regex,
      raw: this.raw
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugRegExpLiteral.prototype);
  }
};
var DebugRegExpLiteral = class RegExpLiteral2 {
};
var RegExp = class {
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos + 1);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos + 1, this);
  }
  get pattern() {
    const internal = this.#internal;
    return new RegExpPattern(internal.pos, internal.ast);
  }
  get flags() {
    const internal = this.#internal;
    return new RegExpFlags(internal.pos + 24, internal.ast);
  }
  toJSON() {
    return {
      pattern: this.pattern,
      flags: this.flags
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugRegExp.prototype);
  }
};
var DebugRegExp = class RegExp2 {
};
var RegExpPattern = class {
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $pattern: void 0 };
    nodes.set(pos, this);
  }
  get pattern() {
    const internal = this.#internal, cached = internal.$pattern;
    if (cached !== void 0) return cached;
    return internal.$pattern = constructStr(internal.pos, internal.ast);
  }
  toJSON() {
    return {
      pattern: this.pattern
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugRegExpPattern.prototype);
  }
};
var DebugRegExpPattern = class RegExpPattern2 {
};
var RegExpFlags = class {
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  toJSON() {
    return {};
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugRegExpFlags.prototype);
  }
};
var DebugRegExpFlags = class RegExpFlags2 {
};
var JSXElement = class {
  type = "JSXElement";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $children: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get openingElement() {
    const internal = this.#internal;
    return constructBoxJSXOpeningElement(internal.pos + 16, internal.ast);
  }
  get children() {
    const internal = this.#internal, cached = internal.$children;
    if (cached !== void 0) return cached;
    return internal.$children = constructVecJSXChild(internal.pos + 24, internal.ast);
  }
  get closingElement() {
    const internal = this.#internal;
    return constructOptionBoxJSXClosingElement(internal.pos + 48, internal.ast);
  }
  toJSON() {
    return {
      type: "JSXElement",
      start: this.start,
      end: this.end,
      openingElement: this.openingElement,
      children: this.children,
      closingElement: this.closingElement
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugJSXElement.prototype);
  }
};
var DebugJSXElement = class JSXElement2 {
};
var JSXOpeningElement = class {
  type = "JSXOpeningElement";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $attributes: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get name() {
    const internal = this.#internal;
    return constructJSXElementName(internal.pos + 16, internal.ast);
  }
  get typeArguments() {
    const internal = this.#internal;
    return constructOptionBoxTSTypeParameterInstantiation(internal.pos + 32, internal.ast);
  }
  get attributes() {
    const internal = this.#internal, cached = internal.$attributes;
    if (cached !== void 0) return cached;
    return internal.$attributes = constructVecJSXAttributeItem(internal.pos + 40, internal.ast);
  }
  toJSON() {
    return {
      type: "JSXOpeningElement",
      start: this.start,
      end: this.end,
      name: this.name,
      typeArguments: this.typeArguments,
      attributes: this.attributes
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugJSXOpeningElement.prototype);
  }
};
var DebugJSXOpeningElement = class JSXOpeningElement2 {
};
var JSXClosingElement = class {
  type = "JSXClosingElement";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get name() {
    const internal = this.#internal;
    return constructJSXElementName(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "JSXClosingElement",
      start: this.start,
      end: this.end,
      name: this.name
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugJSXClosingElement.prototype);
  }
};
var DebugJSXClosingElement = class JSXClosingElement2 {
};
var JSXFragment = class {
  type = "JSXFragment";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $children: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get openingFragment() {
    const internal = this.#internal;
    return new JSXOpeningFragment(internal.pos + 16, internal.ast);
  }
  get children() {
    const internal = this.#internal, cached = internal.$children;
    if (cached !== void 0) return cached;
    return internal.$children = constructVecJSXChild(internal.pos + 32, internal.ast);
  }
  get closingFragment() {
    const internal = this.#internal;
    return new JSXClosingFragment(internal.pos + 56, internal.ast);
  }
  toJSON() {
    return {
      type: "JSXFragment",
      start: this.start,
      end: this.end,
      openingFragment: this.openingFragment,
      children: this.children,
      closingFragment: this.closingFragment
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugJSXFragment.prototype);
  }
};
var DebugJSXFragment = class JSXFragment2 {
};
var JSXOpeningFragment = class {
  type = "JSXOpeningFragment";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  toJSON() {
    return {
      type: "JSXOpeningFragment",
      start: this.start,
      end: this.end
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugJSXOpeningFragment.prototype);
  }
};
var DebugJSXOpeningFragment = class JSXOpeningFragment2 {
};
var JSXClosingFragment = class {
  type = "JSXClosingFragment";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  toJSON() {
    return {
      type: "JSXClosingFragment",
      start: this.start,
      end: this.end
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugJSXClosingFragment.prototype);
  }
};
var DebugJSXClosingFragment = class JSXClosingFragment2 {
};
function constructJSXElementName(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return constructBoxJSXIdentifier(pos + 8, ast);
    case 1:
      return constructBoxIdentifierReference(pos + 8, ast);
    case 2:
      return constructBoxJSXNamespacedName(pos + 8, ast);
    case 3:
      return constructBoxJSXMemberExpression(pos + 8, ast);
    case 4:
      return constructBoxThisExpression(pos + 8, ast);
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for JSXElementName`);
  }
}
var JSXNamespacedName = class {
  type = "JSXNamespacedName";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get namespace() {
    const internal = this.#internal;
    return new JSXIdentifier(internal.pos + 16, internal.ast);
  }
  get name() {
    const internal = this.#internal;
    return new JSXIdentifier(internal.pos + 48, internal.ast);
  }
  toJSON() {
    return {
      type: "JSXNamespacedName",
      start: this.start,
      end: this.end,
      namespace: this.namespace,
      name: this.name
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugJSXNamespacedName.prototype);
  }
};
var DebugJSXNamespacedName = class JSXNamespacedName2 {
};
var JSXMemberExpression = class {
  type = "JSXMemberExpression";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get object() {
    const internal = this.#internal;
    return constructJSXMemberExpressionObject(internal.pos + 16, internal.ast);
  }
  get property() {
    const internal = this.#internal;
    return new JSXIdentifier(internal.pos + 32, internal.ast);
  }
  toJSON() {
    return {
      type: "JSXMemberExpression",
      start: this.start,
      end: this.end,
      object: this.object,
      property: this.property
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugJSXMemberExpression.prototype);
  }
};
var DebugJSXMemberExpression = class JSXMemberExpression2 {
};
function constructJSXMemberExpressionObject(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return constructBoxIdentifierReference(pos + 8, ast);
    case 1:
      return constructBoxJSXMemberExpression(pos + 8, ast);
    case 2:
      return constructBoxThisExpression(pos + 8, ast);
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for JSXMemberExpressionObject`);
  }
}
var JSXExpressionContainer = class {
  type = "JSXExpressionContainer";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get expression() {
    const internal = this.#internal;
    return constructJSXExpression(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "JSXExpressionContainer",
      start: this.start,
      end: this.end,
      expression: this.expression
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugJSXExpressionContainer.prototype);
  }
};
var DebugJSXExpressionContainer = class JSXExpressionContainer2 {
};
function constructJSXExpression(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return constructBoxBooleanLiteral(pos + 8, ast);
    case 1:
      return constructBoxNullLiteral(pos + 8, ast);
    case 2:
      return constructBoxNumericLiteral(pos + 8, ast);
    case 3:
      return constructBoxBigIntLiteral(pos + 8, ast);
    case 4:
      return constructBoxRegExpLiteral(pos + 8, ast);
    case 5:
      return constructBoxStringLiteral(pos + 8, ast);
    case 6:
      return constructBoxTemplateLiteral(pos + 8, ast);
    case 7:
      return constructBoxIdentifierReference(pos + 8, ast);
    case 8:
      return constructBoxSuper(pos + 8, ast);
    case 9:
      return constructBoxArrayExpression(pos + 8, ast);
    case 10:
      return constructBoxArrowFunctionExpression(pos + 8, ast);
    case 11:
      return constructBoxAssignmentExpression(pos + 8, ast);
    case 12:
      return constructBoxAwaitExpression(pos + 8, ast);
    case 13:
      return constructBoxBinaryExpression(pos + 8, ast);
    case 14:
      return constructBoxCallExpression(pos + 8, ast);
    case 15:
      return constructBoxChainExpression(pos + 8, ast);
    case 16:
      return constructBoxClass(pos + 8, ast);
    case 17:
      return constructBoxConditionalExpression(pos + 8, ast);
    case 18:
      return constructBoxFunction(pos + 8, ast);
    case 19:
      return constructBoxImportExpression(pos + 8, ast);
    case 20:
      return constructBoxLogicalExpression(pos + 8, ast);
    case 21:
      return constructBoxNewExpression(pos + 8, ast);
    case 22:
      return constructBoxObjectExpression(pos + 8, ast);
    case 23:
      return constructBoxParenthesizedExpression(pos + 8, ast);
    case 24:
      return constructBoxSequenceExpression(pos + 8, ast);
    case 25:
      return constructBoxTaggedTemplateExpression(pos + 8, ast);
    case 26:
      return constructBoxThisExpression(pos + 8, ast);
    case 27:
      return constructBoxUnaryExpression(pos + 8, ast);
    case 28:
      return constructBoxUpdateExpression(pos + 8, ast);
    case 29:
      return constructBoxYieldExpression(pos + 8, ast);
    case 30:
      return constructBoxPrivateInExpression(pos + 8, ast);
    case 31:
      return constructBoxImportMeta(pos + 8, ast);
    case 32:
      return constructBoxNewTarget(pos + 8, ast);
    case 33:
      return constructBoxJSXElement(pos + 8, ast);
    case 34:
      return constructBoxJSXFragment(pos + 8, ast);
    case 35:
      return constructBoxTSAsExpression(pos + 8, ast);
    case 36:
      return constructBoxTSSatisfiesExpression(pos + 8, ast);
    case 37:
      return constructBoxTSTypeAssertion(pos + 8, ast);
    case 38:
      return constructBoxTSNonNullExpression(pos + 8, ast);
    case 39:
      return constructBoxTSInstantiationExpression(pos + 8, ast);
    case 40:
      return constructBoxV8IntrinsicExpression(pos + 8, ast);
    case 48:
      return constructBoxComputedMemberExpression(pos + 8, ast);
    case 49:
      return constructBoxStaticMemberExpression(pos + 8, ast);
    case 50:
      return constructBoxPrivateFieldExpression(pos + 8, ast);
    case 64:
      return constructBoxJSXEmptyExpression(pos + 8, ast);
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for JSXExpression`);
  }
}
var JSXEmptyExpression = class {
  type = "JSXEmptyExpression";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  toJSON() {
    return {
      type: "JSXEmptyExpression",
      start: this.start,
      end: this.end
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugJSXEmptyExpression.prototype);
  }
};
var DebugJSXEmptyExpression = class JSXEmptyExpression2 {
};
function constructJSXAttributeItem(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return constructBoxJSXAttribute(pos + 8, ast);
    case 1:
      return constructBoxJSXSpreadAttribute(pos + 8, ast);
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for JSXAttributeItem`);
  }
}
var JSXAttribute = class {
  type = "JSXAttribute";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get name() {
    const internal = this.#internal;
    return constructJSXAttributeName(internal.pos + 16, internal.ast);
  }
  get value() {
    const internal = this.#internal;
    return constructOptionJSXAttributeValue(internal.pos + 32, internal.ast);
  }
  toJSON() {
    return {
      type: "JSXAttribute",
      start: this.start,
      end: this.end,
      name: this.name,
      value: this.value
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugJSXAttribute.prototype);
  }
};
var DebugJSXAttribute = class JSXAttribute2 {
};
var JSXSpreadAttribute = class {
  type = "JSXSpreadAttribute";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get argument() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "JSXSpreadAttribute",
      start: this.start,
      end: this.end,
      argument: this.argument
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugJSXSpreadAttribute.prototype);
  }
};
var DebugJSXSpreadAttribute = class JSXSpreadAttribute2 {
};
function constructJSXAttributeName(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return constructBoxJSXIdentifier(pos + 8, ast);
    case 1:
      return constructBoxJSXNamespacedName(pos + 8, ast);
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for JSXAttributeName`);
  }
}
function constructJSXAttributeValue(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return constructBoxStringLiteral(pos + 8, ast);
    case 1:
      return constructBoxJSXExpressionContainer(pos + 8, ast);
    case 2:
      return constructBoxJSXElement(pos + 8, ast);
    case 3:
      return constructBoxJSXFragment(pos + 8, ast);
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for JSXAttributeValue`);
  }
}
var JSXIdentifier = class {
  type = "JSXIdentifier";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $name: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get name() {
    const internal = this.#internal, cached = internal.$name;
    if (cached !== void 0) return cached;
    return internal.$name = constructStr(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "JSXIdentifier",
      start: this.start,
      end: this.end,
      name: this.name
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugJSXIdentifier.prototype);
  }
};
var DebugJSXIdentifier = class JSXIdentifier2 {
};
function constructJSXChild(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return constructBoxJSXText(pos + 8, ast);
    case 1:
      return constructBoxJSXElement(pos + 8, ast);
    case 2:
      return constructBoxJSXFragment(pos + 8, ast);
    case 3:
      return constructBoxJSXExpressionContainer(pos + 8, ast);
    case 4:
      return constructBoxJSXSpreadChild(pos + 8, ast);
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for JSXChild`);
  }
}
var JSXSpreadChild = class {
  type = "JSXSpreadChild";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get expression() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "JSXSpreadChild",
      start: this.start,
      end: this.end,
      expression: this.expression
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugJSXSpreadChild.prototype);
  }
};
var DebugJSXSpreadChild = class JSXSpreadChild2 {
};
var JSXText = class {
  type = "JSXText";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $value: void 0, $raw: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get value() {
    const internal = this.#internal, cached = internal.$value;
    if (cached !== void 0) return cached;
    return internal.$value = constructStr(internal.pos + 16, internal.ast);
  }
  get raw() {
    const internal = this.#internal, cached = internal.$raw;
    if (cached !== void 0) return cached;
    return internal.$raw = constructOptionStr(internal.pos + 32, internal.ast);
  }
  toJSON() {
    return {
      type: "JSXText",
      start: this.start,
      end: this.end,
      value: this.value,
      raw: this.raw
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugJSXText.prototype);
  }
};
var DebugJSXText = class JSXText2 {
};
var TSThisParameter = class {
  type = "TSThisParameter";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get typeAnnotation() {
    const internal = this.#internal;
    return constructOptionBoxTSTypeAnnotation(internal.pos + 24, internal.ast);
  }
  toJSON() {
    return {
      type: "TSThisParameter",
      start: this.start,
      end: this.end,
      typeAnnotation: this.typeAnnotation
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSThisParameter.prototype);
  }
};
var DebugTSThisParameter = class TSThisParameter2 {
};
var TSEnumDeclaration = class {
  type = "TSEnumDeclaration";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get id() {
    const internal = this.#internal;
    return new BindingIdentifier(internal.pos + 16, internal.ast);
  }
  get body() {
    const internal = this.#internal;
    return new TSEnumBody(internal.pos + 48, internal.ast);
  }
  get const() {
    const internal = this.#internal;
    return constructBool(internal.pos + 12, internal.ast);
  }
  get declare() {
    const internal = this.#internal;
    return constructBool(internal.pos + 13, internal.ast);
  }
  toJSON() {
    return {
      type: "TSEnumDeclaration",
      start: this.start,
      end: this.end,
      id: this.id,
      body: this.body,
      const: this.const,
      declare: this.declare
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSEnumDeclaration.prototype);
  }
};
var DebugTSEnumDeclaration = class TSEnumDeclaration2 {
};
var TSEnumBody = class {
  type = "TSEnumBody";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $members: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get members() {
    const internal = this.#internal, cached = internal.$members;
    if (cached !== void 0) return cached;
    return internal.$members = constructVecTSEnumMember(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "TSEnumBody",
      start: this.start,
      end: this.end,
      members: this.members
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSEnumBody.prototype);
  }
};
var DebugTSEnumBody = class TSEnumBody2 {
};
var TSEnumMember = class {
  type = "TSEnumMember";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get id() {
    const internal = this.#internal;
    return constructTSEnumMemberName(internal.pos + 16, internal.ast);
  }
  get initializer() {
    const internal = this.#internal;
    return constructOptionExpression(internal.pos + 32, internal.ast);
  }
  toJSON() {
    return {
      type: "TSEnumMember",
      start: this.start,
      end: this.end,
      id: this.id,
      initializer: this.initializer
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSEnumMember.prototype);
  }
};
var DebugTSEnumMember = class TSEnumMember2 {
};
function constructTSEnumMemberName(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return constructBoxIdentifierName(pos + 8, ast);
    case 1:
      return constructBoxStringLiteral(pos + 8, ast);
    case 2:
      return constructBoxStringLiteral(pos + 8, ast);
    case 3:
      return constructBoxTemplateLiteral(pos + 8, ast);
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for TSEnumMemberName`);
  }
}
var TSTypeAnnotation = class {
  type = "TSTypeAnnotation";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get typeAnnotation() {
    const internal = this.#internal;
    return constructTSType(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "TSTypeAnnotation",
      start: this.start,
      end: this.end,
      typeAnnotation: this.typeAnnotation
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSTypeAnnotation.prototype);
  }
};
var DebugTSTypeAnnotation = class TSTypeAnnotation2 {
};
var TSLiteralType = class {
  type = "TSLiteralType";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get literal() {
    const internal = this.#internal;
    return constructTSLiteral(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "TSLiteralType",
      start: this.start,
      end: this.end,
      literal: this.literal
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSLiteralType.prototype);
  }
};
var DebugTSLiteralType = class TSLiteralType2 {
};
function constructTSLiteral(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return constructBoxBooleanLiteral(pos + 8, ast);
    case 1:
      return constructBoxNumericLiteral(pos + 8, ast);
    case 2:
      return constructBoxBigIntLiteral(pos + 8, ast);
    case 3:
      return constructBoxStringLiteral(pos + 8, ast);
    case 4:
      return constructBoxTemplateLiteral(pos + 8, ast);
    case 5:
      return constructBoxUnaryExpression(pos + 8, ast);
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for TSLiteral`);
  }
}
function constructTSType(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return constructBoxTSAnyKeyword(pos + 8, ast);
    case 1:
      return constructBoxTSBigIntKeyword(pos + 8, ast);
    case 2:
      return constructBoxTSBooleanKeyword(pos + 8, ast);
    case 3:
      return constructBoxTSIntrinsicKeyword(pos + 8, ast);
    case 4:
      return constructBoxTSNeverKeyword(pos + 8, ast);
    case 5:
      return constructBoxTSNullKeyword(pos + 8, ast);
    case 6:
      return constructBoxTSNumberKeyword(pos + 8, ast);
    case 7:
      return constructBoxTSObjectKeyword(pos + 8, ast);
    case 8:
      return constructBoxTSStringKeyword(pos + 8, ast);
    case 9:
      return constructBoxTSSymbolKeyword(pos + 8, ast);
    case 10:
      return constructBoxTSThisType(pos + 8, ast);
    case 11:
      return constructBoxTSUndefinedKeyword(pos + 8, ast);
    case 12:
      return constructBoxTSUnknownKeyword(pos + 8, ast);
    case 13:
      return constructBoxTSVoidKeyword(pos + 8, ast);
    case 14:
      return constructBoxTSArrayType(pos + 8, ast);
    case 15:
      return constructBoxTSConditionalType(pos + 8, ast);
    case 16:
      return constructBoxTSConstructorType(pos + 8, ast);
    case 17:
      return constructBoxTSFunctionType(pos + 8, ast);
    case 18:
      return constructBoxTSImportType(pos + 8, ast);
    case 19:
      return constructBoxTSIndexedAccessType(pos + 8, ast);
    case 20:
      return constructBoxTSInferType(pos + 8, ast);
    case 21:
      return constructBoxTSIntersectionType(pos + 8, ast);
    case 22:
      return constructBoxTSLiteralType(pos + 8, ast);
    case 23:
      return constructBoxTSMappedType(pos + 8, ast);
    case 24:
      return constructBoxTSNamedTupleMember(pos + 8, ast);
    case 26:
      return constructBoxTSTemplateLiteralType(pos + 8, ast);
    case 27:
      return constructBoxTSTupleType(pos + 8, ast);
    case 28:
      return constructBoxTSTypeLiteral(pos + 8, ast);
    case 29:
      return constructBoxTSTypeOperator(pos + 8, ast);
    case 30:
      return constructBoxTSTypePredicate(pos + 8, ast);
    case 31:
      return constructBoxTSTypeQuery(pos + 8, ast);
    case 32:
      return constructBoxTSTypeReference(pos + 8, ast);
    case 33:
      return constructBoxTSUnionType(pos + 8, ast);
    case 34:
      return constructBoxTSParenthesizedType(pos + 8, ast);
    case 35:
      return constructBoxJSDocNullableType(pos + 8, ast);
    case 36:
      return constructBoxJSDocNonNullableType(pos + 8, ast);
    case 37:
      return constructBoxJSDocUnknownType(pos + 8, ast);
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for TSType`);
  }
}
var TSConditionalType = class {
  type = "TSConditionalType";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get checkType() {
    const internal = this.#internal;
    return constructTSType(internal.pos + 16, internal.ast);
  }
  get extendsType() {
    const internal = this.#internal;
    return constructTSType(internal.pos + 32, internal.ast);
  }
  get trueType() {
    const internal = this.#internal;
    return constructTSType(internal.pos + 48, internal.ast);
  }
  get falseType() {
    const internal = this.#internal;
    return constructTSType(internal.pos + 64, internal.ast);
  }
  toJSON() {
    return {
      type: "TSConditionalType",
      start: this.start,
      end: this.end,
      checkType: this.checkType,
      extendsType: this.extendsType,
      trueType: this.trueType,
      falseType: this.falseType
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSConditionalType.prototype);
  }
};
var DebugTSConditionalType = class TSConditionalType2 {
};
var TSUnionType = class {
  type = "TSUnionType";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $types: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get types() {
    const internal = this.#internal, cached = internal.$types;
    if (cached !== void 0) return cached;
    return internal.$types = constructVecTSType(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "TSUnionType",
      start: this.start,
      end: this.end,
      types: this.types
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSUnionType.prototype);
  }
};
var DebugTSUnionType = class TSUnionType2 {
};
var TSIntersectionType = class {
  type = "TSIntersectionType";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $types: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get types() {
    const internal = this.#internal, cached = internal.$types;
    if (cached !== void 0) return cached;
    return internal.$types = constructVecTSType(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "TSIntersectionType",
      start: this.start,
      end: this.end,
      types: this.types
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSIntersectionType.prototype);
  }
};
var DebugTSIntersectionType = class TSIntersectionType2 {
};
var TSParenthesizedType = class {
  type = "TSParenthesizedType";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get typeAnnotation() {
    const internal = this.#internal;
    return constructTSType(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "TSParenthesizedType",
      start: this.start,
      end: this.end,
      typeAnnotation: this.typeAnnotation
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSParenthesizedType.prototype);
  }
};
var DebugTSParenthesizedType = class TSParenthesizedType2 {
};
var TSTypeOperator = class {
  type = "TSTypeOperator";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get operator() {
    const internal = this.#internal;
    return constructTSTypeOperatorOperator(internal.pos + 12, internal.ast);
  }
  get typeAnnotation() {
    const internal = this.#internal;
    return constructTSType(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "TSTypeOperator",
      start: this.start,
      end: this.end,
      operator: this.operator,
      typeAnnotation: this.typeAnnotation
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSTypeOperator.prototype);
  }
};
var DebugTSTypeOperator = class TSTypeOperator2 {
};
function constructTSTypeOperatorOperator(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return "keyof";
    case 1:
      return "unique";
    case 2:
      return "readonly";
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for TSTypeOperatorOperator`);
  }
}
var TSArrayType = class {
  type = "TSArrayType";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get elementType() {
    const internal = this.#internal;
    return constructTSType(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "TSArrayType",
      start: this.start,
      end: this.end,
      elementType: this.elementType
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSArrayType.prototype);
  }
};
var DebugTSArrayType = class TSArrayType2 {
};
var TSIndexedAccessType = class {
  type = "TSIndexedAccessType";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get objectType() {
    const internal = this.#internal;
    return constructTSType(internal.pos + 16, internal.ast);
  }
  get indexType() {
    const internal = this.#internal;
    return constructTSType(internal.pos + 32, internal.ast);
  }
  toJSON() {
    return {
      type: "TSIndexedAccessType",
      start: this.start,
      end: this.end,
      objectType: this.objectType,
      indexType: this.indexType
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSIndexedAccessType.prototype);
  }
};
var DebugTSIndexedAccessType = class TSIndexedAccessType2 {
};
var TSTupleType = class {
  type = "TSTupleType";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $elementTypes: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get elementTypes() {
    const internal = this.#internal, cached = internal.$elementTypes;
    if (cached !== void 0) return cached;
    return internal.$elementTypes = constructVecTSTupleElement(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "TSTupleType",
      start: this.start,
      end: this.end,
      elementTypes: this.elementTypes
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSTupleType.prototype);
  }
};
var DebugTSTupleType = class TSTupleType2 {
};
var TSNamedTupleMember = class {
  type = "TSNamedTupleMember";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get label() {
    const internal = this.#internal;
    return new IdentifierName(internal.pos + 16, internal.ast);
  }
  get elementType() {
    const internal = this.#internal;
    return constructTSTupleElement(internal.pos + 48, internal.ast);
  }
  get optional() {
    const internal = this.#internal;
    return constructBool(internal.pos + 12, internal.ast);
  }
  toJSON() {
    return {
      type: "TSNamedTupleMember",
      start: this.start,
      end: this.end,
      label: this.label,
      elementType: this.elementType,
      optional: this.optional
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSNamedTupleMember.prototype);
  }
};
var DebugTSNamedTupleMember = class TSNamedTupleMember2 {
};
var TSOptionalType = class {
  type = "TSOptionalType";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get typeAnnotation() {
    const internal = this.#internal;
    return constructTSType(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "TSOptionalType",
      start: this.start,
      end: this.end,
      typeAnnotation: this.typeAnnotation
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSOptionalType.prototype);
  }
};
var DebugTSOptionalType = class TSOptionalType2 {
};
var TSRestType = class {
  type = "TSRestType";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get typeAnnotation() {
    const internal = this.#internal;
    return constructTSType(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "TSRestType",
      start: this.start,
      end: this.end,
      typeAnnotation: this.typeAnnotation
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSRestType.prototype);
  }
};
var DebugTSRestType = class TSRestType2 {
};
function constructTSTupleElement(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return constructBoxTSAnyKeyword(pos + 8, ast);
    case 1:
      return constructBoxTSBigIntKeyword(pos + 8, ast);
    case 2:
      return constructBoxTSBooleanKeyword(pos + 8, ast);
    case 3:
      return constructBoxTSIntrinsicKeyword(pos + 8, ast);
    case 4:
      return constructBoxTSNeverKeyword(pos + 8, ast);
    case 5:
      return constructBoxTSNullKeyword(pos + 8, ast);
    case 6:
      return constructBoxTSNumberKeyword(pos + 8, ast);
    case 7:
      return constructBoxTSObjectKeyword(pos + 8, ast);
    case 8:
      return constructBoxTSStringKeyword(pos + 8, ast);
    case 9:
      return constructBoxTSSymbolKeyword(pos + 8, ast);
    case 10:
      return constructBoxTSThisType(pos + 8, ast);
    case 11:
      return constructBoxTSUndefinedKeyword(pos + 8, ast);
    case 12:
      return constructBoxTSUnknownKeyword(pos + 8, ast);
    case 13:
      return constructBoxTSVoidKeyword(pos + 8, ast);
    case 14:
      return constructBoxTSArrayType(pos + 8, ast);
    case 15:
      return constructBoxTSConditionalType(pos + 8, ast);
    case 16:
      return constructBoxTSConstructorType(pos + 8, ast);
    case 17:
      return constructBoxTSFunctionType(pos + 8, ast);
    case 18:
      return constructBoxTSImportType(pos + 8, ast);
    case 19:
      return constructBoxTSIndexedAccessType(pos + 8, ast);
    case 20:
      return constructBoxTSInferType(pos + 8, ast);
    case 21:
      return constructBoxTSIntersectionType(pos + 8, ast);
    case 22:
      return constructBoxTSLiteralType(pos + 8, ast);
    case 23:
      return constructBoxTSMappedType(pos + 8, ast);
    case 24:
      return constructBoxTSNamedTupleMember(pos + 8, ast);
    case 26:
      return constructBoxTSTemplateLiteralType(pos + 8, ast);
    case 27:
      return constructBoxTSTupleType(pos + 8, ast);
    case 28:
      return constructBoxTSTypeLiteral(pos + 8, ast);
    case 29:
      return constructBoxTSTypeOperator(pos + 8, ast);
    case 30:
      return constructBoxTSTypePredicate(pos + 8, ast);
    case 31:
      return constructBoxTSTypeQuery(pos + 8, ast);
    case 32:
      return constructBoxTSTypeReference(pos + 8, ast);
    case 33:
      return constructBoxTSUnionType(pos + 8, ast);
    case 34:
      return constructBoxTSParenthesizedType(pos + 8, ast);
    case 35:
      return constructBoxJSDocNullableType(pos + 8, ast);
    case 36:
      return constructBoxJSDocNonNullableType(pos + 8, ast);
    case 37:
      return constructBoxJSDocUnknownType(pos + 8, ast);
    case 64:
      return constructBoxTSOptionalType(pos + 8, ast);
    case 65:
      return constructBoxTSRestType(pos + 8, ast);
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for TSTupleElement`);
  }
}
var TSAnyKeyword = class {
  type = "TSAnyKeyword";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  toJSON() {
    return {
      type: "TSAnyKeyword",
      start: this.start,
      end: this.end
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSAnyKeyword.prototype);
  }
};
var DebugTSAnyKeyword = class TSAnyKeyword2 {
};
var TSStringKeyword = class {
  type = "TSStringKeyword";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  toJSON() {
    return {
      type: "TSStringKeyword",
      start: this.start,
      end: this.end
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSStringKeyword.prototype);
  }
};
var DebugTSStringKeyword = class TSStringKeyword2 {
};
var TSBooleanKeyword = class {
  type = "TSBooleanKeyword";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  toJSON() {
    return {
      type: "TSBooleanKeyword",
      start: this.start,
      end: this.end
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSBooleanKeyword.prototype);
  }
};
var DebugTSBooleanKeyword = class TSBooleanKeyword2 {
};
var TSNumberKeyword = class {
  type = "TSNumberKeyword";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  toJSON() {
    return {
      type: "TSNumberKeyword",
      start: this.start,
      end: this.end
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSNumberKeyword.prototype);
  }
};
var DebugTSNumberKeyword = class TSNumberKeyword2 {
};
var TSNeverKeyword = class {
  type = "TSNeverKeyword";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  toJSON() {
    return {
      type: "TSNeverKeyword",
      start: this.start,
      end: this.end
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSNeverKeyword.prototype);
  }
};
var DebugTSNeverKeyword = class TSNeverKeyword2 {
};
var TSIntrinsicKeyword = class {
  type = "TSIntrinsicKeyword";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  toJSON() {
    return {
      type: "TSIntrinsicKeyword",
      start: this.start,
      end: this.end
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSIntrinsicKeyword.prototype);
  }
};
var DebugTSIntrinsicKeyword = class TSIntrinsicKeyword2 {
};
var TSUnknownKeyword = class {
  type = "TSUnknownKeyword";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  toJSON() {
    return {
      type: "TSUnknownKeyword",
      start: this.start,
      end: this.end
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSUnknownKeyword.prototype);
  }
};
var DebugTSUnknownKeyword = class TSUnknownKeyword2 {
};
var TSNullKeyword = class {
  type = "TSNullKeyword";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  toJSON() {
    return {
      type: "TSNullKeyword",
      start: this.start,
      end: this.end
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSNullKeyword.prototype);
  }
};
var DebugTSNullKeyword = class TSNullKeyword2 {
};
var TSUndefinedKeyword = class {
  type = "TSUndefinedKeyword";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  toJSON() {
    return {
      type: "TSUndefinedKeyword",
      start: this.start,
      end: this.end
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSUndefinedKeyword.prototype);
  }
};
var DebugTSUndefinedKeyword = class TSUndefinedKeyword2 {
};
var TSVoidKeyword = class {
  type = "TSVoidKeyword";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  toJSON() {
    return {
      type: "TSVoidKeyword",
      start: this.start,
      end: this.end
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSVoidKeyword.prototype);
  }
};
var DebugTSVoidKeyword = class TSVoidKeyword2 {
};
var TSSymbolKeyword = class {
  type = "TSSymbolKeyword";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  toJSON() {
    return {
      type: "TSSymbolKeyword",
      start: this.start,
      end: this.end
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSSymbolKeyword.prototype);
  }
};
var DebugTSSymbolKeyword = class TSSymbolKeyword2 {
};
var TSThisType = class {
  type = "TSThisType";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  toJSON() {
    return {
      type: "TSThisType",
      start: this.start,
      end: this.end
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSThisType.prototype);
  }
};
var DebugTSThisType = class TSThisType2 {
};
var TSObjectKeyword = class {
  type = "TSObjectKeyword";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  toJSON() {
    return {
      type: "TSObjectKeyword",
      start: this.start,
      end: this.end
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSObjectKeyword.prototype);
  }
};
var DebugTSObjectKeyword = class TSObjectKeyword2 {
};
var TSBigIntKeyword = class {
  type = "TSBigIntKeyword";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  toJSON() {
    return {
      type: "TSBigIntKeyword",
      start: this.start,
      end: this.end
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSBigIntKeyword.prototype);
  }
};
var DebugTSBigIntKeyword = class TSBigIntKeyword2 {
};
var TSTypeReference = class {
  type = "TSTypeReference";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get typeName() {
    const internal = this.#internal;
    return constructTSTypeName(internal.pos + 16, internal.ast);
  }
  get typeArguments() {
    const internal = this.#internal;
    return constructOptionBoxTSTypeParameterInstantiation(internal.pos + 32, internal.ast);
  }
  toJSON() {
    return {
      type: "TSTypeReference",
      start: this.start,
      end: this.end,
      typeName: this.typeName,
      typeArguments: this.typeArguments
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSTypeReference.prototype);
  }
};
var DebugTSTypeReference = class TSTypeReference2 {
};
function constructTSTypeName(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return constructBoxIdentifierReference(pos + 8, ast);
    case 1:
      return constructBoxTSQualifiedName(pos + 8, ast);
    case 2:
      return constructBoxThisExpression(pos + 8, ast);
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for TSTypeName`);
  }
}
var TSQualifiedName = class {
  type = "TSQualifiedName";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get left() {
    const internal = this.#internal;
    return constructTSTypeName(internal.pos + 16, internal.ast);
  }
  get right() {
    const internal = this.#internal;
    return new IdentifierName(internal.pos + 32, internal.ast);
  }
  toJSON() {
    return {
      type: "TSQualifiedName",
      start: this.start,
      end: this.end,
      left: this.left,
      right: this.right
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSQualifiedName.prototype);
  }
};
var DebugTSQualifiedName = class TSQualifiedName2 {
};
var TSTypeParameterInstantiation = class {
  type = "TSTypeParameterInstantiation";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $params: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get params() {
    const internal = this.#internal, cached = internal.$params;
    if (cached !== void 0) return cached;
    return internal.$params = constructVecTSType(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "TSTypeParameterInstantiation",
      start: this.start,
      end: this.end,
      params: this.params
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSTypeParameterInstantiation.prototype);
  }
};
var DebugTSTypeParameterInstantiation = class TSTypeParameterInstantiation2 {
};
var TSTypeParameter = class {
  type = "TSTypeParameter";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get name() {
    const internal = this.#internal;
    return new BindingIdentifier(internal.pos + 16, internal.ast);
  }
  get constraint() {
    const internal = this.#internal;
    return constructOptionTSType(internal.pos + 48, internal.ast);
  }
  get default() {
    const internal = this.#internal;
    return constructOptionTSType(internal.pos + 64, internal.ast);
  }
  get in() {
    const internal = this.#internal;
    return constructBool(internal.pos + 12, internal.ast);
  }
  get out() {
    const internal = this.#internal;
    return constructBool(internal.pos + 13, internal.ast);
  }
  get const() {
    const internal = this.#internal;
    return constructBool(internal.pos + 14, internal.ast);
  }
  toJSON() {
    return {
      type: "TSTypeParameter",
      start: this.start,
      end: this.end,
      name: this.name,
      constraint: this.constraint,
      default: this.default,
      in: this.in,
      out: this.out,
      const: this.const
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSTypeParameter.prototype);
  }
};
var DebugTSTypeParameter = class TSTypeParameter2 {
};
var TSTypeParameterDeclaration = class {
  type = "TSTypeParameterDeclaration";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $params: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get params() {
    const internal = this.#internal, cached = internal.$params;
    if (cached !== void 0) return cached;
    return internal.$params = constructVecTSTypeParameter(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "TSTypeParameterDeclaration",
      start: this.start,
      end: this.end,
      params: this.params
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSTypeParameterDeclaration.prototype);
  }
};
var DebugTSTypeParameterDeclaration = class TSTypeParameterDeclaration2 {
};
var TSTypeAliasDeclaration = class {
  type = "TSTypeAliasDeclaration";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get id() {
    const internal = this.#internal;
    return new BindingIdentifier(internal.pos + 16, internal.ast);
  }
  get typeParameters() {
    const internal = this.#internal;
    return constructOptionBoxTSTypeParameterDeclaration(internal.pos + 48, internal.ast);
  }
  get typeAnnotation() {
    const internal = this.#internal;
    return constructTSType(internal.pos + 56, internal.ast);
  }
  get declare() {
    const internal = this.#internal;
    return constructBool(internal.pos + 72, internal.ast);
  }
  toJSON() {
    return {
      type: "TSTypeAliasDeclaration",
      start: this.start,
      end: this.end,
      id: this.id,
      typeParameters: this.typeParameters,
      typeAnnotation: this.typeAnnotation,
      declare: this.declare
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSTypeAliasDeclaration.prototype);
  }
};
var DebugTSTypeAliasDeclaration = class TSTypeAliasDeclaration2 {
};
function constructTSAccessibility(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return "private";
    case 1:
      return "protected";
    case 2:
      return "public";
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for TSAccessibility`);
  }
}
var TSClassImplements = class {
  type = "TSClassImplements";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get expression() {
    const internal = this.#internal;
    return constructTSTypeName(internal.pos + 16, internal.ast);
  }
  get typeArguments() {
    const internal = this.#internal;
    return constructOptionBoxTSTypeParameterInstantiation(internal.pos + 32, internal.ast);
  }
  toJSON() {
    return {
      type: "TSClassImplements",
      start: this.start,
      end: this.end,
      expression: this.expression,
      typeArguments: this.typeArguments
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSClassImplements.prototype);
  }
};
var DebugTSClassImplements = class TSClassImplements2 {
};
var TSInterfaceDeclaration = class {
  type = "TSInterfaceDeclaration";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $extends: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get id() {
    const internal = this.#internal;
    return new BindingIdentifier(internal.pos + 16, internal.ast);
  }
  get typeParameters() {
    const internal = this.#internal;
    return constructOptionBoxTSTypeParameterDeclaration(internal.pos + 48, internal.ast);
  }
  get extends() {
    const internal = this.#internal, cached = internal.$extends;
    if (cached !== void 0) return cached;
    return internal.$extends = constructVecTSInterfaceHeritage(internal.pos + 56, internal.ast);
  }
  get body() {
    const internal = this.#internal;
    return constructBoxTSInterfaceBody(internal.pos + 80, internal.ast);
  }
  get declare() {
    const internal = this.#internal;
    return constructBool(internal.pos + 88, internal.ast);
  }
  toJSON() {
    return {
      type: "TSInterfaceDeclaration",
      start: this.start,
      end: this.end,
      id: this.id,
      typeParameters: this.typeParameters,
      extends: this.extends,
      body: this.body,
      declare: this.declare
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSInterfaceDeclaration.prototype);
  }
};
var DebugTSInterfaceDeclaration = class TSInterfaceDeclaration2 {
};
var TSInterfaceBody = class {
  type = "TSInterfaceBody";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $body: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get body() {
    const internal = this.#internal, cached = internal.$body;
    if (cached !== void 0) return cached;
    return internal.$body = constructVecTSSignature(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "TSInterfaceBody",
      start: this.start,
      end: this.end,
      body: this.body
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSInterfaceBody.prototype);
  }
};
var DebugTSInterfaceBody = class TSInterfaceBody2 {
};
var TSPropertySignature = class {
  type = "TSPropertySignature";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get computed() {
    const internal = this.#internal;
    return constructBool(internal.pos + 12, internal.ast);
  }
  get optional() {
    const internal = this.#internal;
    return constructBool(internal.pos + 13, internal.ast);
  }
  get readonly() {
    const internal = this.#internal;
    return constructBool(internal.pos + 14, internal.ast);
  }
  get key() {
    const internal = this.#internal;
    return constructPropertyKey(internal.pos + 16, internal.ast);
  }
  get typeAnnotation() {
    const internal = this.#internal;
    return constructOptionBoxTSTypeAnnotation(internal.pos + 32, internal.ast);
  }
  toJSON() {
    return {
      type: "TSPropertySignature",
      start: this.start,
      end: this.end,
      computed: this.computed,
      optional: this.optional,
      readonly: this.readonly,
      key: this.key,
      typeAnnotation: this.typeAnnotation
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSPropertySignature.prototype);
  }
};
var DebugTSPropertySignature = class TSPropertySignature2 {
};
function constructTSSignature(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return constructBoxTSIndexSignature(pos + 8, ast);
    case 1:
      return constructBoxTSPropertySignature(pos + 8, ast);
    case 2:
      return constructBoxTSCallSignatureDeclaration(pos + 8, ast);
    case 3:
      return constructBoxTSConstructSignatureDeclaration(pos + 8, ast);
    case 4:
      return constructBoxTSMethodSignature(pos + 8, ast);
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for TSSignature`);
  }
}
var TSIndexSignature = class {
  type = "TSIndexSignature";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get parameters() {
    const internal = this.#internal;
    return new TSIndexSignatureName(internal.pos + 16, internal.ast);
  }
  get typeAnnotation() {
    const internal = this.#internal;
    return constructBoxTSTypeAnnotation(internal.pos + 56, internal.ast);
  }
  get readonly() {
    const internal = this.#internal;
    return constructBool(internal.pos + 12, internal.ast);
  }
  get static() {
    const internal = this.#internal;
    return constructBool(internal.pos + 13, internal.ast);
  }
  toJSON() {
    return {
      type: "TSIndexSignature",
      start: this.start,
      end: this.end,
      parameters: this.parameters,
      typeAnnotation: this.typeAnnotation,
      readonly: this.readonly,
      static: this.static
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSIndexSignature.prototype);
  }
};
var DebugTSIndexSignature = class TSIndexSignature2 {
};
var TSCallSignatureDeclaration = class {
  type = "TSCallSignatureDeclaration";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get typeParameters() {
    const internal = this.#internal;
    return constructOptionBoxTSTypeParameterDeclaration(internal.pos + 16, internal.ast);
  }
  get params() {
    const internal = this.#internal;
    return constructBoxFormalParameters(internal.pos + 32, internal.ast);
  }
  get returnType() {
    const internal = this.#internal;
    return constructOptionBoxTSTypeAnnotation(internal.pos + 40, internal.ast);
  }
  toJSON() {
    return {
      type: "TSCallSignatureDeclaration",
      start: this.start,
      end: this.end,
      typeParameters: this.typeParameters,
      params: this.params,
      returnType: this.returnType
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSCallSignatureDeclaration.prototype);
  }
};
var DebugTSCallSignatureDeclaration = class TSCallSignatureDeclaration2 {
};
function constructTSMethodSignatureKind(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return "method";
    case 1:
      return "get";
    case 2:
      return "set";
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for TSMethodSignatureKind`);
  }
}
var TSMethodSignature = class {
  type = "TSMethodSignature";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get key() {
    const internal = this.#internal;
    return constructPropertyKey(internal.pos + 16, internal.ast);
  }
  get computed() {
    const internal = this.#internal;
    return constructBool(internal.pos + 64, internal.ast);
  }
  get optional() {
    const internal = this.#internal;
    return constructBool(internal.pos + 65, internal.ast);
  }
  get kind() {
    const internal = this.#internal;
    return constructTSMethodSignatureKind(internal.pos + 66, internal.ast);
  }
  get typeParameters() {
    const internal = this.#internal;
    return constructOptionBoxTSTypeParameterDeclaration(internal.pos + 32, internal.ast);
  }
  get params() {
    const internal = this.#internal;
    return constructBoxFormalParameters(internal.pos + 48, internal.ast);
  }
  get returnType() {
    const internal = this.#internal;
    return constructOptionBoxTSTypeAnnotation(internal.pos + 56, internal.ast);
  }
  toJSON() {
    return {
      type: "TSMethodSignature",
      start: this.start,
      end: this.end,
      key: this.key,
      computed: this.computed,
      optional: this.optional,
      kind: this.kind,
      typeParameters: this.typeParameters,
      params: this.params,
      returnType: this.returnType
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSMethodSignature.prototype);
  }
};
var DebugTSMethodSignature = class TSMethodSignature2 {
};
var TSConstructSignatureDeclaration = class {
  type = "TSConstructSignatureDeclaration";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get typeParameters() {
    const internal = this.#internal;
    return constructOptionBoxTSTypeParameterDeclaration(internal.pos + 16, internal.ast);
  }
  get params() {
    const internal = this.#internal;
    return constructBoxFormalParameters(internal.pos + 24, internal.ast);
  }
  get returnType() {
    const internal = this.#internal;
    return constructOptionBoxTSTypeAnnotation(internal.pos + 32, internal.ast);
  }
  toJSON() {
    return {
      type: "TSConstructSignatureDeclaration",
      start: this.start,
      end: this.end,
      typeParameters: this.typeParameters,
      params: this.params,
      returnType: this.returnType
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSConstructSignatureDeclaration.prototype);
  }
};
var DebugTSConstructSignatureDeclaration = class TSConstructSignatureDeclaration2 {
};
var TSIndexSignatureName = class {
  type = "TSIndexSignatureName";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $name: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get name() {
    const internal = this.#internal, cached = internal.$name;
    if (cached !== void 0) return cached;
    return internal.$name = constructStr(internal.pos + 16, internal.ast);
  }
  get typeAnnotation() {
    const internal = this.#internal;
    return constructBoxTSTypeAnnotation(internal.pos + 32, internal.ast);
  }
  toJSON() {
    return {
      type: "TSIndexSignatureName",
      start: this.start,
      end: this.end,
      name: this.name,
      typeAnnotation: this.typeAnnotation
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSIndexSignatureName.prototype);
  }
};
var DebugTSIndexSignatureName = class TSIndexSignatureName2 {
};
var TSInterfaceHeritage = class {
  type = "TSInterfaceHeritage";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get expression() {
    const internal = this.#internal;
    return constructTSTypeName(internal.pos + 16, internal.ast);
  }
  get typeArguments() {
    const internal = this.#internal;
    return constructOptionBoxTSTypeParameterInstantiation(internal.pos + 32, internal.ast);
  }
  toJSON() {
    return {
      type: "TSInterfaceHeritage",
      start: this.start,
      end: this.end,
      expression: this.expression,
      typeArguments: this.typeArguments
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSInterfaceHeritage.prototype);
  }
};
var DebugTSInterfaceHeritage = class TSInterfaceHeritage2 {
};
var TSTypePredicate = class {
  type = "TSTypePredicate";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get parameterName() {
    const internal = this.#internal;
    return constructTSTypePredicateName(internal.pos + 16, internal.ast);
  }
  get asserts() {
    const internal = this.#internal;
    return constructBool(internal.pos + 12, internal.ast);
  }
  get typeAnnotation() {
    const internal = this.#internal;
    return constructOptionBoxTSTypeAnnotation(internal.pos + 32, internal.ast);
  }
  toJSON() {
    return {
      type: "TSTypePredicate",
      start: this.start,
      end: this.end,
      parameterName: this.parameterName,
      asserts: this.asserts,
      typeAnnotation: this.typeAnnotation
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSTypePredicate.prototype);
  }
};
var DebugTSTypePredicate = class TSTypePredicate2 {
};
function constructTSTypePredicateName(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return constructBoxIdentifierName(pos + 8, ast);
    case 1:
      return constructBoxTSThisType(pos + 8, ast);
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for TSTypePredicateName`);
  }
}
var TSExternalModuleDeclaration = class {
  type = "TSExternalModuleDeclaration";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get id() {
    const internal = this.#internal;
    return new StringLiteral(internal.pos + 16, internal.ast);
  }
  get body() {
    const internal = this.#internal;
    return constructOptionBoxTSModuleBlock(internal.pos + 64, internal.ast);
  }
  get declare() {
    const internal = this.#internal;
    return constructBool(internal.pos + 72, internal.ast);
  }
  toJSON() {
    return {
      type: "TSExternalModuleDeclaration",
      start: this.start,
      end: this.end,
      id: this.id,
      body: this.body,
      declare: this.declare
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSExternalModuleDeclaration.prototype);
  }
};
var DebugTSExternalModuleDeclaration = class TSExternalModuleDeclaration2 {
};
var TSNamespaceDeclaration = class {
  type = "TSNamespaceDeclaration";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get id() {
    const internal = this.#internal;
    return new BindingIdentifier(internal.pos + 16, internal.ast);
  }
  get body() {
    const internal = this.#internal;
    return constructTSNamespaceDeclarationBody(internal.pos + 48, internal.ast);
  }
  get kind() {
    const internal = this.#internal;
    return constructTSNamespaceDeclarationKind(internal.pos + 64, internal.ast);
  }
  get declare() {
    const internal = this.#internal;
    return constructBool(internal.pos + 65, internal.ast);
  }
  toJSON() {
    return {
      type: "TSNamespaceDeclaration",
      start: this.start,
      end: this.end,
      id: this.id,
      body: this.body,
      kind: this.kind,
      declare: this.declare
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSNamespaceDeclaration.prototype);
  }
};
var DebugTSNamespaceDeclaration = class TSNamespaceDeclaration2 {
};
function constructTSNamespaceDeclarationKind(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return "module";
    case 1:
      return "namespace";
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for TSNamespaceDeclarationKind`);
  }
}
function constructTSNamespaceDeclarationBody(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return constructBoxTSNamespaceDeclaration(pos + 8, ast);
    case 1:
      return constructBoxTSModuleBlock(pos + 8, ast);
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for TSNamespaceDeclarationBody`);
  }
}
var TSGlobalDeclaration = class {
  type = "TSGlobalDeclaration";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get body() {
    const internal = this.#internal;
    return new TSModuleBlock(internal.pos + 24, internal.ast);
  }
  get declare() {
    const internal = this.#internal;
    return constructBool(internal.pos + 88, internal.ast);
  }
  toJSON() {
    return {
      type: "TSGlobalDeclaration",
      start: this.start,
      end: this.end,
      body: this.body,
      declare: this.declare
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSGlobalDeclaration.prototype);
  }
};
var DebugTSGlobalDeclaration = class TSGlobalDeclaration2 {
};
var TSModuleBlock = class {
  type = "TSModuleBlock";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $body: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get body() {
    const internal = this.#internal, cached = internal.$body;
    if (cached !== void 0) return cached;
    return internal.$body = constructVecStatement(internal.pos + 40, internal.ast);
  }
  toJSON() {
    return {
      type: "TSModuleBlock",
      start: this.start,
      end: this.end,
      body: this.body
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSModuleBlock.prototype);
  }
};
var DebugTSModuleBlock = class TSModuleBlock2 {
};
var TSTypeLiteral = class {
  type = "TSTypeLiteral";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $members: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get members() {
    const internal = this.#internal, cached = internal.$members;
    if (cached !== void 0) return cached;
    return internal.$members = constructVecTSSignature(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "TSTypeLiteral",
      start: this.start,
      end: this.end,
      members: this.members
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSTypeLiteral.prototype);
  }
};
var DebugTSTypeLiteral = class TSTypeLiteral2 {
};
var TSInferType = class {
  type = "TSInferType";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get typeParameter() {
    const internal = this.#internal;
    return constructBoxTSTypeParameter(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "TSInferType",
      start: this.start,
      end: this.end,
      typeParameter: this.typeParameter
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSInferType.prototype);
  }
};
var DebugTSInferType = class TSInferType2 {
};
var TSTypeQuery = class {
  type = "TSTypeQuery";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get exprName() {
    const internal = this.#internal;
    return constructTSTypeQueryExprName(internal.pos + 16, internal.ast);
  }
  get typeArguments() {
    const internal = this.#internal;
    return constructOptionBoxTSTypeParameterInstantiation(internal.pos + 32, internal.ast);
  }
  toJSON() {
    return {
      type: "TSTypeQuery",
      start: this.start,
      end: this.end,
      exprName: this.exprName,
      typeArguments: this.typeArguments
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSTypeQuery.prototype);
  }
};
var DebugTSTypeQuery = class TSTypeQuery2 {
};
function constructTSTypeQueryExprName(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return constructBoxIdentifierReference(pos + 8, ast);
    case 1:
      return constructBoxTSQualifiedName(pos + 8, ast);
    case 2:
      return constructBoxThisExpression(pos + 8, ast);
    case 3:
      return constructBoxTSImportType(pos + 8, ast);
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for TSTypeQueryExprName`);
  }
}
var TSImportType = class {
  type = "TSImportType";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get source() {
    const internal = this.#internal;
    return new StringLiteral(internal.pos + 16, internal.ast);
  }
  get options() {
    const internal = this.#internal;
    return constructOptionBoxObjectExpression(internal.pos + 64, internal.ast);
  }
  get qualifier() {
    const internal = this.#internal;
    return constructOptionTSImportTypeQualifier(internal.pos + 72, internal.ast);
  }
  get typeArguments() {
    const internal = this.#internal;
    return constructOptionBoxTSTypeParameterInstantiation(internal.pos + 88, internal.ast);
  }
  toJSON() {
    return {
      type: "TSImportType",
      start: this.start,
      end: this.end,
      source: this.source,
      options: this.options,
      qualifier: this.qualifier,
      typeArguments: this.typeArguments
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSImportType.prototype);
  }
};
var DebugTSImportType = class TSImportType2 {
};
function constructTSImportTypeQualifier(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return constructBoxIdentifierName(pos + 8, ast);
    case 1:
      return constructBoxTSImportTypeQualifiedName(pos + 8, ast);
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for TSImportTypeQualifier`);
  }
}
var TSImportTypeQualifiedName = class {
  type = "TSImportTypeQualifiedName";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get left() {
    const internal = this.#internal;
    return constructTSImportTypeQualifier(internal.pos + 16, internal.ast);
  }
  get right() {
    const internal = this.#internal;
    return new IdentifierName(internal.pos + 32, internal.ast);
  }
  toJSON() {
    return {
      type: "TSImportTypeQualifiedName",
      start: this.start,
      end: this.end,
      left: this.left,
      right: this.right
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSImportTypeQualifiedName.prototype);
  }
};
var DebugTSImportTypeQualifiedName = class TSImportTypeQualifiedName2 {
};
var TSFunctionType = class {
  type = "TSFunctionType";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get typeParameters() {
    const internal = this.#internal;
    return constructOptionBoxTSTypeParameterDeclaration(internal.pos + 16, internal.ast);
  }
  get params() {
    const internal = this.#internal;
    return constructBoxFormalParameters(internal.pos + 32, internal.ast);
  }
  get returnType() {
    const internal = this.#internal;
    return constructBoxTSTypeAnnotation(internal.pos + 40, internal.ast);
  }
  toJSON() {
    return {
      type: "TSFunctionType",
      start: this.start,
      end: this.end,
      typeParameters: this.typeParameters,
      params: this.params,
      returnType: this.returnType
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSFunctionType.prototype);
  }
};
var DebugTSFunctionType = class TSFunctionType2 {
};
var TSConstructorType = class {
  type = "TSConstructorType";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get abstract() {
    const internal = this.#internal;
    return constructBool(internal.pos + 40, internal.ast);
  }
  get typeParameters() {
    const internal = this.#internal;
    return constructOptionBoxTSTypeParameterDeclaration(internal.pos + 16, internal.ast);
  }
  get params() {
    const internal = this.#internal;
    return constructBoxFormalParameters(internal.pos + 24, internal.ast);
  }
  get returnType() {
    const internal = this.#internal;
    return constructBoxTSTypeAnnotation(internal.pos + 32, internal.ast);
  }
  toJSON() {
    return {
      type: "TSConstructorType",
      start: this.start,
      end: this.end,
      abstract: this.abstract,
      typeParameters: this.typeParameters,
      params: this.params,
      returnType: this.returnType
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSConstructorType.prototype);
  }
};
var DebugTSConstructorType = class TSConstructorType2 {
};
var TSMappedType = class {
  type = "TSMappedType";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get key() {
    const internal = this.#internal;
    return new BindingIdentifier(internal.pos + 16, internal.ast);
  }
  get constraint() {
    const internal = this.#internal;
    return constructTSType(internal.pos + 48, internal.ast);
  }
  get nameType() {
    const internal = this.#internal;
    return constructOptionTSType(internal.pos + 64, internal.ast);
  }
  get typeAnnotation() {
    const internal = this.#internal;
    return constructOptionTSType(internal.pos + 80, internal.ast);
  }
  get optional() {
    const internal = this.#internal;
    return constructOptionTSMappedTypeModifierOperator(internal.pos + 96, internal.ast);
  }
  get readonly() {
    const internal = this.#internal;
    return constructOptionTSMappedTypeModifierOperator(internal.pos + 97, internal.ast);
  }
  toJSON() {
    return {
      type: "TSMappedType",
      start: this.start,
      end: this.end,
      key: this.key,
      constraint: this.constraint,
      nameType: this.nameType,
      typeAnnotation: this.typeAnnotation,
      optional: this.optional,
      readonly: this.readonly
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSMappedType.prototype);
  }
};
var DebugTSMappedType = class TSMappedType2 {
};
function constructTSMappedTypeModifierOperator(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return "true";
    case 1:
      return "+";
    case 2:
      return "-";
    default:
      throw new Error2(
        `Unexpected discriminant ${ast.buffer[pos]} for TSMappedTypeModifierOperator`
      );
  }
}
var TSTemplateLiteralType = class {
  type = "TSTemplateLiteralType";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $quasis: void 0, $types: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get quasis() {
    const internal = this.#internal, cached = internal.$quasis;
    if (cached !== void 0) return cached;
    return internal.$quasis = constructVecTemplateElement(internal.pos + 16, internal.ast);
  }
  get types() {
    const internal = this.#internal, cached = internal.$types;
    if (cached !== void 0) return cached;
    return internal.$types = constructVecTSType(internal.pos + 40, internal.ast);
  }
  toJSON() {
    return {
      type: "TSTemplateLiteralType",
      start: this.start,
      end: this.end,
      quasis: this.quasis,
      types: this.types
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSTemplateLiteralType.prototype);
  }
};
var DebugTSTemplateLiteralType = class TSTemplateLiteralType2 {
};
var TSAsExpression = class {
  type = "TSAsExpression";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get expression() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 16, internal.ast);
  }
  get typeAnnotation() {
    const internal = this.#internal;
    return constructTSType(internal.pos + 32, internal.ast);
  }
  toJSON() {
    return {
      type: "TSAsExpression",
      start: this.start,
      end: this.end,
      expression: this.expression,
      typeAnnotation: this.typeAnnotation
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSAsExpression.prototype);
  }
};
var DebugTSAsExpression = class TSAsExpression2 {
};
var TSSatisfiesExpression = class {
  type = "TSSatisfiesExpression";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get expression() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 16, internal.ast);
  }
  get typeAnnotation() {
    const internal = this.#internal;
    return constructTSType(internal.pos + 32, internal.ast);
  }
  toJSON() {
    return {
      type: "TSSatisfiesExpression",
      start: this.start,
      end: this.end,
      expression: this.expression,
      typeAnnotation: this.typeAnnotation
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSSatisfiesExpression.prototype);
  }
};
var DebugTSSatisfiesExpression = class TSSatisfiesExpression2 {
};
var TSTypeAssertion = class {
  type = "TSTypeAssertion";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get typeAnnotation() {
    const internal = this.#internal;
    return constructTSType(internal.pos + 16, internal.ast);
  }
  get expression() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 32, internal.ast);
  }
  toJSON() {
    return {
      type: "TSTypeAssertion",
      start: this.start,
      end: this.end,
      typeAnnotation: this.typeAnnotation,
      expression: this.expression
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSTypeAssertion.prototype);
  }
};
var DebugTSTypeAssertion = class TSTypeAssertion2 {
};
var TSImportEqualsDeclaration = class {
  type = "TSImportEqualsDeclaration";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get id() {
    const internal = this.#internal;
    return new BindingIdentifier(internal.pos + 16, internal.ast);
  }
  get moduleReference() {
    const internal = this.#internal;
    return constructTSModuleReference(internal.pos + 48, internal.ast);
  }
  get importKind() {
    const internal = this.#internal;
    return constructImportOrExportKind(internal.pos + 12, internal.ast);
  }
  toJSON() {
    return {
      type: "TSImportEqualsDeclaration",
      start: this.start,
      end: this.end,
      id: this.id,
      moduleReference: this.moduleReference,
      importKind: this.importKind
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSImportEqualsDeclaration.prototype);
  }
};
var DebugTSImportEqualsDeclaration = class TSImportEqualsDeclaration2 {
};
function constructTSModuleReference(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return constructBoxTSExternalModuleReference(pos + 8, ast);
    case 1:
      return constructBoxIdentifierReference(pos + 8, ast);
    case 2:
      return constructBoxTSQualifiedName(pos + 8, ast);
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for TSModuleReference`);
  }
}
var TSExternalModuleReference = class {
  type = "TSExternalModuleReference";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get expression() {
    const internal = this.#internal;
    return new StringLiteral(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "TSExternalModuleReference",
      start: this.start,
      end: this.end,
      expression: this.expression
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSExternalModuleReference.prototype);
  }
};
var DebugTSExternalModuleReference = class TSExternalModuleReference2 {
};
var TSNonNullExpression = class {
  type = "TSNonNullExpression";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get expression() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "TSNonNullExpression",
      start: this.start,
      end: this.end,
      expression: this.expression
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSNonNullExpression.prototype);
  }
};
var DebugTSNonNullExpression = class TSNonNullExpression2 {
};
var Decorator = class {
  type = "Decorator";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get expression() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "Decorator",
      start: this.start,
      end: this.end,
      expression: this.expression
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugDecorator.prototype);
  }
};
var DebugDecorator = class Decorator2 {
};
var TSExportAssignment = class {
  type = "TSExportAssignment";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get expression() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "TSExportAssignment",
      start: this.start,
      end: this.end,
      expression: this.expression
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSExportAssignment.prototype);
  }
};
var DebugTSExportAssignment = class TSExportAssignment2 {
};
var TSNamespaceExportDeclaration = class {
  type = "TSNamespaceExportDeclaration";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get id() {
    const internal = this.#internal;
    return new IdentifierName(internal.pos + 16, internal.ast);
  }
  toJSON() {
    return {
      type: "TSNamespaceExportDeclaration",
      start: this.start,
      end: this.end,
      id: this.id
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSNamespaceExportDeclaration.prototype);
  }
};
var DebugTSNamespaceExportDeclaration = class TSNamespaceExportDeclaration2 {
};
var TSInstantiationExpression = class {
  type = "TSInstantiationExpression";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get expression() {
    const internal = this.#internal;
    return constructExpression(internal.pos + 16, internal.ast);
  }
  get typeArguments() {
    const internal = this.#internal;
    return constructBoxTSTypeParameterInstantiation(internal.pos + 32, internal.ast);
  }
  toJSON() {
    return {
      type: "TSInstantiationExpression",
      start: this.start,
      end: this.end,
      expression: this.expression,
      typeArguments: this.typeArguments
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugTSInstantiationExpression.prototype);
  }
};
var DebugTSInstantiationExpression = class TSInstantiationExpression2 {
};
function constructImportOrExportKind(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return "value";
    case 1:
      return "type";
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for ImportOrExportKind`);
  }
}
var JSDocNullableType = class {
  type = "JSDocNullableType";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get typeAnnotation() {
    const internal = this.#internal;
    return constructTSType(internal.pos + 16, internal.ast);
  }
  get postfix() {
    const internal = this.#internal;
    return constructBool(internal.pos + 12, internal.ast);
  }
  toJSON() {
    return {
      type: "JSDocNullableType",
      start: this.start,
      end: this.end,
      typeAnnotation: this.typeAnnotation,
      postfix: this.postfix
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugJSDocNullableType.prototype);
  }
};
var DebugJSDocNullableType = class JSDocNullableType2 {
};
var JSDocNonNullableType = class {
  type = "JSDocNonNullableType";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get typeAnnotation() {
    const internal = this.#internal;
    return constructTSType(internal.pos + 16, internal.ast);
  }
  get postfix() {
    const internal = this.#internal;
    return constructBool(internal.pos + 12, internal.ast);
  }
  toJSON() {
    return {
      type: "JSDocNonNullableType",
      start: this.start,
      end: this.end,
      typeAnnotation: this.typeAnnotation,
      postfix: this.postfix
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugJSDocNonNullableType.prototype);
  }
};
var DebugJSDocNonNullableType = class JSDocNonNullableType2 {
};
var JSDocUnknownType = class {
  type = "JSDocUnknownType";
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  toJSON() {
    return {
      type: "JSDocUnknownType",
      start: this.start,
      end: this.end
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugJSDocUnknownType.prototype);
  }
};
var DebugJSDocUnknownType = class JSDocUnknownType2 {
};
function constructCommentKind(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return "Line";
    case 1:
      return "Block";
    case 2:
      return "Block";
    case 3:
      return "Line";
    case 4:
      return "Line";
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for CommentKind`);
  }
}
var Comment = class {
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get type() {
    const internal = this.#internal;
    return constructCommentKind(internal.pos + 17, internal.ast);
  }
  toJSON() {
    return {
      start: this.start,
      end: this.end,
      type: this.type
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugComment.prototype);
  }
};
var DebugComment = class Comment2 {
};
var SourceType = class {
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get sourceType() {
    const internal = this.#internal;
    return constructModuleKind(internal.pos + 1, internal.ast);
  }
  toJSON() {
    return {
      sourceType: this.sourceType
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugSourceType.prototype);
  }
};
var DebugSourceType = class SourceType2 {
};
function constructModuleKind(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return "script";
    case 1:
      return "module";
    case 3:
      return "commonjs";
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for ModuleKind`);
  }
}
var Span = class {
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  toJSON() {
    return {
      start: this.start,
      end: this.end
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugSpan.prototype);
  }
};
var DebugSpan = class Span2 {
};
var NameSpan = class {
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $value: void 0 };
    nodes.set(pos, this);
  }
  get value() {
    const internal = this.#internal, cached = internal.$value;
    if (cached !== void 0) return cached;
    return internal.$value = constructStr(internal.pos + 8, internal.ast);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  toJSON() {
    return {
      value: this.value,
      start: this.start,
      end: this.end
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugNameSpan.prototype);
  }
};
var DebugNameSpan = class NameSpan2 {
};
var ImportEntry = class {
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get importName() {
    const internal = this.#internal;
    return constructImportImportName(internal.pos + 32, internal.ast);
  }
  get localName() {
    const internal = this.#internal;
    return new NameSpan(internal.pos + 64, internal.ast);
  }
  get isType() {
    const internal = this.#internal;
    return constructBool(internal.pos + 88, internal.ast);
  }
  toJSON() {
    return {
      importName: this.importName,
      localName: this.localName,
      isType: this.isType
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugImportEntry.prototype);
  }
};
var DebugImportEntry = class ImportEntry2 {
};
function constructImportImportName(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return new NameSpan(pos + 8, ast);
    case 1:
      return "namespaceObject";
    case 2:
      return new Span(pos + 8, ast);
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for ImportImportName`);
  }
}
var ExportEntry = class {
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get moduleRequest() {
    const internal = this.#internal;
    return constructOptionNameSpan(internal.pos + 16, internal.ast);
  }
  get importName() {
    const internal = this.#internal;
    return constructExportImportName(internal.pos + 40, internal.ast);
  }
  get exportName() {
    const internal = this.#internal;
    return constructExportExportName(internal.pos + 72, internal.ast);
  }
  get localName() {
    const internal = this.#internal;
    return constructExportLocalName(internal.pos + 104, internal.ast);
  }
  get isType() {
    const internal = this.#internal;
    return constructBool(internal.pos + 136, internal.ast);
  }
  toJSON() {
    return {
      start: this.start,
      end: this.end,
      moduleRequest: this.moduleRequest,
      importName: this.importName,
      exportName: this.exportName,
      localName: this.localName,
      isType: this.isType
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugExportEntry.prototype);
  }
};
var DebugExportEntry = class ExportEntry2 {
};
function constructExportImportName(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return new NameSpan(pos + 8, ast);
    case 1:
      return "all";
    case 2:
      return "allButDefault";
    case 3:
      return "null";
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for ExportImportName`);
  }
}
function constructExportExportName(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return new NameSpan(pos + 8, ast);
    case 1:
      return new Span(pos + 8, ast);
    case 2:
      return "null";
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for ExportExportName`);
  }
}
function constructExportLocalName(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return new NameSpan(pos + 8, ast);
    case 1:
      return new NameSpan(pos + 8, ast);
    case 2:
      return "null";
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for ExportLocalName`);
  }
}
var DynamicImport = class {
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get moduleRequest() {
    const internal = this.#internal;
    return new Span(internal.pos + 8, internal.ast);
  }
  toJSON() {
    return {
      start: this.start,
      end: this.end,
      moduleRequest: this.moduleRequest
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugDynamicImport.prototype);
  }
};
var DebugDynamicImport = class DynamicImport2 {
};
function constructAssignmentOperator(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return "=";
    case 1:
      return "+=";
    case 2:
      return "-=";
    case 3:
      return "*=";
    case 4:
      return "/=";
    case 5:
      return "%=";
    case 6:
      return "**=";
    case 7:
      return "<<=";
    case 8:
      return ">>=";
    case 9:
      return ">>>=";
    case 10:
      return "|=";
    case 11:
      return "^=";
    case 12:
      return "&=";
    case 13:
      return "||=";
    case 14:
      return "&&=";
    case 15:
      return "??=";
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for AssignmentOperator`);
  }
}
function constructBinaryOperator(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return "==";
    case 1:
      return "!=";
    case 2:
      return "===";
    case 3:
      return "!==";
    case 4:
      return "<";
    case 5:
      return "<=";
    case 6:
      return ">";
    case 7:
      return ">=";
    case 8:
      return "+";
    case 9:
      return "-";
    case 10:
      return "*";
    case 11:
      return "/";
    case 12:
      return "%";
    case 13:
      return "**";
    case 14:
      return "<<";
    case 15:
      return ">>";
    case 16:
      return ">>>";
    case 17:
      return "|";
    case 18:
      return "^";
    case 19:
      return "&";
    case 20:
      return "in";
    case 21:
      return "instanceof";
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for BinaryOperator`);
  }
}
function constructLogicalOperator(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return "||";
    case 1:
      return "&&";
    case 2:
      return "??";
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for LogicalOperator`);
  }
}
function constructUnaryOperator(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return "+";
    case 1:
      return "-";
    case 2:
      return "!";
    case 3:
      return "~";
    case 4:
      return "typeof";
    case 5:
      return "void";
    case 6:
      return "delete";
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for UnaryOperator`);
  }
}
function constructUpdateOperator(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return "++";
    case 1:
      return "--";
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for UpdateOperator`);
  }
}
var RawTransferData = class {
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos + 1);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $comments: void 0, $errors: void 0 };
    nodes.set(pos + 1, this);
  }
  get program() {
    const internal = this.#internal;
    return new Program(internal.pos, internal.ast);
  }
  get comments() {
    const internal = this.#internal, cached = internal.$comments;
    if (cached !== void 0) return cached;
    return internal.$comments = constructVecComment(internal.pos + 144, internal.ast);
  }
  get module() {
    const internal = this.#internal;
    return new EcmaScriptModule(internal.pos + 168, internal.ast);
  }
  get errors() {
    const internal = this.#internal, cached = internal.$errors;
    if (cached !== void 0) return cached;
    return internal.$errors = constructVecError(internal.pos + 272, internal.ast);
  }
  toJSON() {
    return {
      program: this.program,
      comments: this.comments,
      module: this.module,
      errors: this.errors
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugRawTransferData.prototype);
  }
};
var DebugRawTransferData = class RawTransferData2 {
};
var Error2 = class {
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = {
      pos,
      ast,
      $message: void 0,
      $labels: void 0,
      $helpMessage: void 0,
      $codeframe: void 0
    };
    nodes.set(pos, this);
  }
  get severity() {
    const internal = this.#internal;
    return constructErrorSeverity(internal.pos + 72, internal.ast);
  }
  get message() {
    const internal = this.#internal, cached = internal.$message;
    if (cached !== void 0) return cached;
    return internal.$message = constructStr(internal.pos, internal.ast);
  }
  get labels() {
    const internal = this.#internal, cached = internal.$labels;
    if (cached !== void 0) return cached;
    return internal.$labels = constructVecErrorLabel(internal.pos + 16, internal.ast);
  }
  get helpMessage() {
    const internal = this.#internal, cached = internal.$helpMessage;
    if (cached !== void 0) return cached;
    return internal.$helpMessage = constructOptionStr(internal.pos + 40, internal.ast);
  }
  get codeframe() {
    const internal = this.#internal, cached = internal.$codeframe;
    if (cached !== void 0) return cached;
    return internal.$codeframe = constructStr(internal.pos + 56, internal.ast);
  }
  toJSON() {
    return {
      severity: this.severity,
      message: this.message,
      labels: this.labels,
      helpMessage: this.helpMessage,
      codeframe: this.codeframe
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugError.prototype);
  }
};
var DebugError = class Error3 {
};
function constructErrorSeverity(pos, ast) {
  switch (ast.buffer[pos]) {
    case 0:
      return "Error";
    case 1:
      return "Warning";
    case 2:
      return "Advice";
    default:
      throw new Error2(`Unexpected discriminant ${ast.buffer[pos]} for ErrorSeverity`);
  }
}
var ErrorLabel = class {
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $message: void 0 };
    nodes.set(pos, this);
  }
  get message() {
    const internal = this.#internal, cached = internal.$message;
    if (cached !== void 0) return cached;
    return internal.$message = constructOptionStr(internal.pos + 8, internal.ast);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  toJSON() {
    return {
      message: this.message,
      start: this.start,
      end: this.end
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugErrorLabel.prototype);
  }
};
var DebugErrorLabel = class ErrorLabel2 {
};
var EcmaScriptModule = class {
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = {
      pos,
      ast,
      $staticImports: void 0,
      $staticExports: void 0,
      $dynamicImports: void 0,
      $importMetas: void 0
    };
    nodes.set(pos, this);
  }
  get hasModuleSyntax() {
    const internal = this.#internal;
    return constructBool(internal.pos + 96, internal.ast);
  }
  get staticImports() {
    const internal = this.#internal, cached = internal.$staticImports;
    if (cached !== void 0) return cached;
    return internal.$staticImports = constructVecStaticImport(internal.pos, internal.ast);
  }
  get staticExports() {
    const internal = this.#internal, cached = internal.$staticExports;
    if (cached !== void 0) return cached;
    return internal.$staticExports = constructVecStaticExport(internal.pos + 24, internal.ast);
  }
  get dynamicImports() {
    const internal = this.#internal, cached = internal.$dynamicImports;
    if (cached !== void 0) return cached;
    return internal.$dynamicImports = constructVecDynamicImport(internal.pos + 48, internal.ast);
  }
  get importMetas() {
    const internal = this.#internal, cached = internal.$importMetas;
    if (cached !== void 0) return cached;
    return internal.$importMetas = constructVecSpan(internal.pos + 72, internal.ast);
  }
  toJSON() {
    return {
      hasModuleSyntax: this.hasModuleSyntax,
      staticImports: this.staticImports,
      staticExports: this.staticExports,
      dynamicImports: this.dynamicImports,
      importMetas: this.importMetas
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugEcmaScriptModule.prototype);
  }
};
var DebugEcmaScriptModule = class EcmaScriptModule2 {
};
var StaticImport = class {
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $entries: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get moduleRequest() {
    const internal = this.#internal;
    return new NameSpan(internal.pos + 8, internal.ast);
  }
  get entries() {
    const internal = this.#internal, cached = internal.$entries;
    if (cached !== void 0) return cached;
    return internal.$entries = constructVecImportEntry(internal.pos + 32, internal.ast);
  }
  toJSON() {
    return {
      start: this.start,
      end: this.end,
      moduleRequest: this.moduleRequest,
      entries: this.entries
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugStaticImport.prototype);
  }
};
var DebugStaticImport = class StaticImport2 {
};
var StaticExport = class {
  #internal;
  constructor(pos, ast) {
    if (ast?.token !== TOKEN) constructorError();
    const { nodes } = ast;
    const cached = nodes.get(pos);
    if (cached !== void 0) return cached;
    this.#internal = { pos, ast, $entries: void 0 };
    nodes.set(pos, this);
  }
  get start() {
    const internal = this.#internal;
    return constructI32(internal.pos, internal.ast);
  }
  get end() {
    const internal = this.#internal;
    return constructI32(internal.pos + 4, internal.ast);
  }
  get entries() {
    const internal = this.#internal, cached = internal.$entries;
    if (cached !== void 0) return cached;
    return internal.$entries = constructVecExportEntry(internal.pos + 8, internal.ast);
  }
  toJSON() {
    return {
      start: this.start,
      end: this.end,
      entries: this.entries
    };
  }
  [inspectSymbol]() {
    return Object.setPrototypeOf(this.toJSON(), DebugStaticExport.prototype);
  }
};
var DebugStaticExport = class StaticExport2 {
};
function constructStr(pos, ast) {
  const pos32 = pos >> 2, { buffer } = ast, { int32 } = buffer, len = int32[pos32 + 2];
  if (len === 0) return "";
  pos = int32[pos32];
  if (ast.sourceIsAscii) {
    const { sourceStartPos } = ast;
    if (pos >= sourceStartPos) return ast.sourceText.substr(pos - sourceStartPos, len);
  }
  const end = pos + len;
  if (len > 50) return decodeStr(buffer.subarray(pos, end));
  let out = "", c;
  do {
    c = buffer[pos++];
    if (c < 128) {
      out += fromCodePoint(c);
    } else {
      out += decodeStr(buffer.subarray(pos - 1, end));
      break;
    }
  } while (pos < end);
  return out;
}
function constructVecComment(pos, ast) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  return new NodeArray(int32[pos32], int32[pos32 + 2], 24, constructComment, ast);
}
function constructComment(pos, ast) {
  return new Comment(pos, ast);
}
function constructOptionHashbang(pos, ast) {
  if (ast.buffer.int32[(pos >> 2) + 4] === 0 && ast.buffer.int32[(pos >> 2) + 5] === 0) return null;
  return new Hashbang(pos, ast);
}
function constructVecStatement(pos, ast) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  return new NodeArray(int32[pos32], int32[pos32 + 2], 16, constructStatement, ast);
}
function constructBoxBooleanLiteral(pos, ast) {
  return new BooleanLiteral(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxNullLiteral(pos, ast) {
  return new NullLiteral(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxNumericLiteral(pos, ast) {
  return new NumericLiteral(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxBigIntLiteral(pos, ast) {
  return new BigIntLiteral(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxRegExpLiteral(pos, ast) {
  return new RegExpLiteral(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxStringLiteral(pos, ast) {
  return new StringLiteral(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTemplateLiteral(pos, ast) {
  return new TemplateLiteral(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxIdentifierReference(pos, ast) {
  return new IdentifierReference(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxSuper(pos, ast) {
  return new Super(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxArrayExpression(pos, ast) {
  return new ArrayExpression(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxArrowFunctionExpression(pos, ast) {
  return new ArrowFunctionExpression(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxAssignmentExpression(pos, ast) {
  return new AssignmentExpression(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxAwaitExpression(pos, ast) {
  return new AwaitExpression(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxBinaryExpression(pos, ast) {
  return new BinaryExpression(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxCallExpression(pos, ast) {
  return new CallExpression(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxChainExpression(pos, ast) {
  return new ChainExpression(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxClass(pos, ast) {
  return new Class(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxConditionalExpression(pos, ast) {
  return new ConditionalExpression(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxFunction(pos, ast) {
  return new Function(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxImportExpression(pos, ast) {
  return new ImportExpression(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxLogicalExpression(pos, ast) {
  return new LogicalExpression(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxNewExpression(pos, ast) {
  return new NewExpression(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxObjectExpression(pos, ast) {
  return new ObjectExpression(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxParenthesizedExpression(pos, ast) {
  return new ParenthesizedExpression(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxSequenceExpression(pos, ast) {
  return new SequenceExpression(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTaggedTemplateExpression(pos, ast) {
  return new TaggedTemplateExpression(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxThisExpression(pos, ast) {
  return new ThisExpression(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxUnaryExpression(pos, ast) {
  return new UnaryExpression(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxUpdateExpression(pos, ast) {
  return new UpdateExpression(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxYieldExpression(pos, ast) {
  return new YieldExpression(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxPrivateInExpression(pos, ast) {
  return new PrivateInExpression(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxImportMeta(pos, ast) {
  return new ImportMeta(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxNewTarget(pos, ast) {
  return new NewTarget(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxJSXElement(pos, ast) {
  return new JSXElement(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxJSXFragment(pos, ast) {
  return new JSXFragment(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSAsExpression(pos, ast) {
  return new TSAsExpression(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSSatisfiesExpression(pos, ast) {
  return new TSSatisfiesExpression(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSTypeAssertion(pos, ast) {
  return new TSTypeAssertion(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSNonNullExpression(pos, ast) {
  return new TSNonNullExpression(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSInstantiationExpression(pos, ast) {
  return new TSInstantiationExpression(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxV8IntrinsicExpression(pos, ast) {
  return new V8IntrinsicExpression(ast.buffer.int32[pos >> 2], ast);
}
function constructVecArrayExpressionElement(pos, ast) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  return new NodeArray(int32[pos32], int32[pos32 + 2], 16, constructArrayExpressionElement, ast);
}
function constructBoxSpreadElement(pos, ast) {
  return new SpreadElement(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxElision(pos, ast) {
  return new Elision(ast.buffer.int32[pos >> 2], ast);
}
function constructVecObjectPropertyKind(pos, ast) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  return new NodeArray(int32[pos32], int32[pos32 + 2], 16, constructObjectPropertyKind, ast);
}
function constructBoxObjectProperty(pos, ast) {
  return new ObjectProperty(ast.buffer.int32[pos >> 2], ast);
}
function constructBool(pos, ast) {
  return ast.buffer[pos] === 1;
}
function constructBoxIdentifierName(pos, ast) {
  return new IdentifierName(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxPrivateIdentifier(pos, ast) {
  return new PrivateIdentifier(ast.buffer.int32[pos >> 2], ast);
}
function constructVecTemplateElement(pos, ast) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  return new NodeArray(int32[pos32], int32[pos32 + 2], 48, constructTemplateElement, ast);
}
function constructTemplateElement(pos, ast) {
  return new TemplateElement(pos, ast);
}
function constructVecExpression(pos, ast) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  return new NodeArray(int32[pos32], int32[pos32 + 2], 16, constructExpression, ast);
}
function constructBoxTSTypeParameterInstantiation(pos, ast) {
  return new TSTypeParameterInstantiation(ast.buffer.int32[pos >> 2], ast);
}
function constructOptionBoxTSTypeParameterInstantiation(pos, ast) {
  if (ast.buffer.int32[pos >> 2] === 0 && ast.buffer.int32[(pos >> 2) + 1] === 0) return null;
  return constructBoxTSTypeParameterInstantiation(pos, ast);
}
function constructJSStr(pos, ast) {
  const { buffer } = ast;
  if (buffer[pos + 12] === 0) return constructStr(pos, ast);
  const { int32 } = buffer;
  const pos32 = pos >> 2, len = int32[pos32 + 2];
  pos = int32[pos32];
  const end = pos + len;
  let out = "";
  while (pos < end) {
    const first = buffer[pos++];
    let codePoint;
    if (first < 128) {
      codePoint = first;
    } else if (first < 224) {
      codePoint = (first & 31) << 6 | buffer[pos++] & 63;
    } else if (first < 240) {
      codePoint = (first & 15) << 12 | (buffer[pos++] & 63) << 6 | buffer[pos++] & 63;
    } else {
      codePoint = (first & 7) << 18 | (buffer[pos++] & 63) << 12 | (buffer[pos++] & 63) << 6 | buffer[pos++] & 63;
    }
    out += String.fromCodePoint(codePoint);
  }
  return out;
}
function constructOptionJSStr(pos, ast) {
  if (ast.buffer[pos + 12] === 2) return null;
  return constructJSStr(pos, ast);
}
function constructBoxComputedMemberExpression(pos, ast) {
  return new ComputedMemberExpression(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxStaticMemberExpression(pos, ast) {
  return new StaticMemberExpression(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxPrivateFieldExpression(pos, ast) {
  return new PrivateFieldExpression(ast.buffer.int32[pos >> 2], ast);
}
function constructVecArgument(pos, ast) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  return new NodeArray(int32[pos32], int32[pos32 + 2], 16, constructArgument, ast);
}
function constructBoxArrayAssignmentTarget(pos, ast) {
  return new ArrayAssignmentTarget(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxObjectAssignmentTarget(pos, ast) {
  return new ObjectAssignmentTarget(ast.buffer.int32[pos >> 2], ast);
}
function constructOptionAssignmentTargetMaybeDefault(pos, ast) {
  if (ast.buffer[pos] === 255) return null;
  return constructAssignmentTargetMaybeDefault(pos, ast);
}
function constructVecOptionAssignmentTargetMaybeDefault(pos, ast) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  return new NodeArray(
    int32[pos32],
    int32[pos32 + 2],
    16,
    constructOptionAssignmentTargetMaybeDefault,
    ast
  );
}
function constructVecAssignmentTargetProperty(pos, ast) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  return new NodeArray(int32[pos32], int32[pos32 + 2], 16, constructAssignmentTargetProperty, ast);
}
function constructBoxAssignmentTargetWithDefault(pos, ast) {
  return new AssignmentTargetWithDefault(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxAssignmentTargetPropertyIdentifier(pos, ast) {
  return new AssignmentTargetPropertyIdentifier(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxAssignmentTargetPropertyProperty(pos, ast) {
  return new AssignmentTargetPropertyProperty(ast.buffer.int32[pos >> 2], ast);
}
function constructOptionExpression(pos, ast) {
  if (ast.buffer[pos] === 255) return null;
  return constructExpression(pos, ast);
}
function constructBoxBlockStatement(pos, ast) {
  return new BlockStatement(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxBreakStatement(pos, ast) {
  return new BreakStatement(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxContinueStatement(pos, ast) {
  return new ContinueStatement(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxDebuggerStatement(pos, ast) {
  return new DebuggerStatement(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxDoWhileStatement(pos, ast) {
  return new DoWhileStatement(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxEmptyStatement(pos, ast) {
  return new EmptyStatement(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxExpressionStatement(pos, ast) {
  return new ExpressionStatement(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxForInStatement(pos, ast) {
  return new ForInStatement(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxForOfStatement(pos, ast) {
  return new ForOfStatement(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxForStatement(pos, ast) {
  return new ForStatement(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxIfStatement(pos, ast) {
  return new IfStatement(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxLabeledStatement(pos, ast) {
  return new LabeledStatement(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxReturnStatement(pos, ast) {
  return new ReturnStatement(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxSwitchStatement(pos, ast) {
  return new SwitchStatement(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxThrowStatement(pos, ast) {
  return new ThrowStatement(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTryStatement(pos, ast) {
  return new TryStatement(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxWhileStatement(pos, ast) {
  return new WhileStatement(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxWithStatement(pos, ast) {
  return new WithStatement(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxVariableDeclaration(pos, ast) {
  return new VariableDeclaration(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSTypeAliasDeclaration(pos, ast) {
  return new TSTypeAliasDeclaration(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSInterfaceDeclaration(pos, ast) {
  return new TSInterfaceDeclaration(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSEnumDeclaration(pos, ast) {
  return new TSEnumDeclaration(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSExternalModuleDeclaration(pos, ast) {
  return new TSExternalModuleDeclaration(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSNamespaceDeclaration(pos, ast) {
  return new TSNamespaceDeclaration(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSGlobalDeclaration(pos, ast) {
  return new TSGlobalDeclaration(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSImportEqualsDeclaration(pos, ast) {
  return new TSImportEqualsDeclaration(ast.buffer.int32[pos >> 2], ast);
}
function constructVecVariableDeclarator(pos, ast) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  return new NodeArray(int32[pos32], int32[pos32 + 2], 56, constructVariableDeclarator, ast);
}
function constructVariableDeclarator(pos, ast) {
  return new VariableDeclarator(pos, ast);
}
function constructBoxTSTypeAnnotation(pos, ast) {
  return new TSTypeAnnotation(ast.buffer.int32[pos >> 2], ast);
}
function constructOptionBoxTSTypeAnnotation(pos, ast) {
  if (ast.buffer.int32[pos >> 2] === 0 && ast.buffer.int32[(pos >> 2) + 1] === 0) return null;
  return constructBoxTSTypeAnnotation(pos, ast);
}
function constructOptionStatement(pos, ast) {
  if (ast.buffer[pos] === 255) return null;
  return constructStatement(pos, ast);
}
function constructOptionForStatementInit(pos, ast) {
  if (ast.buffer[pos] === 255) return null;
  return constructForStatementInit(pos, ast);
}
function constructOptionLabelIdentifier(pos, ast) {
  if (ast.buffer.int32[(pos >> 2) + 4] === 0 && ast.buffer.int32[(pos >> 2) + 5] === 0) return null;
  return new LabelIdentifier(pos, ast);
}
function constructVecSwitchCase(pos, ast) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  return new NodeArray(int32[pos32], int32[pos32 + 2], 56, constructSwitchCase, ast);
}
function constructSwitchCase(pos, ast) {
  return new SwitchCase(pos, ast);
}
function constructBoxCatchClause(pos, ast) {
  return new CatchClause(ast.buffer.int32[pos >> 2], ast);
}
function constructOptionBoxCatchClause(pos, ast) {
  if (ast.buffer.int32[pos >> 2] === 0 && ast.buffer.int32[(pos >> 2) + 1] === 0) return null;
  return constructBoxCatchClause(pos, ast);
}
function constructOptionBoxBlockStatement(pos, ast) {
  if (ast.buffer.int32[pos >> 2] === 0 && ast.buffer.int32[(pos >> 2) + 1] === 0) return null;
  return constructBoxBlockStatement(pos, ast);
}
function constructOptionCatchParameter(pos, ast) {
  if (ast.buffer[pos + 16] === 255) return null;
  return new CatchParameter(pos, ast);
}
function constructBoxBindingIdentifier(pos, ast) {
  return new BindingIdentifier(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxObjectPattern(pos, ast) {
  return new ObjectPattern(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxArrayPattern(pos, ast) {
  return new ArrayPattern(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxAssignmentPattern(pos, ast) {
  return new AssignmentPattern(ast.buffer.int32[pos >> 2], ast);
}
function constructVecBindingProperty(pos, ast) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  return new NodeArray(int32[pos32], int32[pos32 + 2], 48, constructBindingProperty, ast);
}
function constructBindingProperty(pos, ast) {
  return new BindingProperty(pos, ast);
}
function constructOptionBindingPattern(pos, ast) {
  if (ast.buffer[pos] === 255) return null;
  return constructBindingPattern(pos, ast);
}
function constructVecOptionBindingPattern(pos, ast) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  return new NodeArray(int32[pos32], int32[pos32 + 2], 16, constructOptionBindingPattern, ast);
}
function constructOptionBindingIdentifier(pos, ast) {
  if (ast.buffer.int32[(pos >> 2) + 4] === 0 && ast.buffer.int32[(pos >> 2) + 5] === 0) return null;
  return new BindingIdentifier(pos, ast);
}
function constructBoxTSTypeParameterDeclaration(pos, ast) {
  return new TSTypeParameterDeclaration(ast.buffer.int32[pos >> 2], ast);
}
function constructOptionBoxTSTypeParameterDeclaration(pos, ast) {
  if (ast.buffer.int32[pos >> 2] === 0 && ast.buffer.int32[(pos >> 2) + 1] === 0) return null;
  return constructBoxTSTypeParameterDeclaration(pos, ast);
}
function constructBoxFormalParameters(pos, ast) {
  return new FormalParameters(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxFunctionBody(pos, ast) {
  return new FunctionBody(ast.buffer.int32[pos >> 2], ast);
}
function constructOptionBoxFunctionBody(pos, ast) {
  if (ast.buffer.int32[pos >> 2] === 0 && ast.buffer.int32[(pos >> 2) + 1] === 0) return null;
  return constructBoxFunctionBody(pos, ast);
}
function constructVecFormalParameter(pos, ast) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  return new NodeArray(int32[pos32], int32[pos32 + 2], 72, constructFormalParameter, ast);
}
function constructFormalParameter(pos, ast) {
  return new FormalParameter(pos, ast);
}
function constructVecDecorator(pos, ast) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  return new NodeArray(int32[pos32], int32[pos32 + 2], 32, constructDecorator, ast);
}
function constructDecorator(pos, ast) {
  return new Decorator(pos, ast);
}
function constructBoxExpression(pos, ast) {
  return constructExpression(ast.buffer.int32[pos >> 2], ast);
}
function constructOptionBoxExpression(pos, ast) {
  if (ast.buffer.int32[pos >> 2] === 0 && ast.buffer.int32[(pos >> 2) + 1] === 0) return null;
  return constructBoxExpression(pos, ast);
}
function constructOptionTSAccessibility(pos, ast) {
  if (ast.buffer[pos] === 255) return null;
  return constructTSAccessibility(pos, ast);
}
function constructVecTSClassImplements(pos, ast) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  return new NodeArray(int32[pos32], int32[pos32 + 2], 40, constructTSClassImplements, ast);
}
function constructTSClassImplements(pos, ast) {
  return new TSClassImplements(pos, ast);
}
function constructBoxClassBody(pos, ast) {
  return new ClassBody(ast.buffer.int32[pos >> 2], ast);
}
function constructVecClassElement(pos, ast) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  return new NodeArray(int32[pos32], int32[pos32 + 2], 16, constructClassElement, ast);
}
function constructBoxStaticBlock(pos, ast) {
  return new StaticBlock(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxMethodDefinition(pos, ast) {
  return new MethodDefinition(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxPropertyDefinition(pos, ast) {
  return new PropertyDefinition(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxAccessorProperty(pos, ast) {
  return new AccessorProperty(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSIndexSignature(pos, ast) {
  return new TSIndexSignature(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxImportDeclaration(pos, ast) {
  return new ImportDeclaration(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxExportAllDeclaration(pos, ast) {
  return new ExportAllDeclaration(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxExportDefaultDeclaration(pos, ast) {
  return new ExportDefaultDeclaration(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxExportDeclaration(pos, ast) {
  return new ExportDeclaration(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxExportNamedDeclaration(pos, ast) {
  return new ExportNamedDeclaration(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxExportFromDeclaration(pos, ast) {
  return new ExportFromDeclaration(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSExportAssignment(pos, ast) {
  return new TSExportAssignment(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSNamespaceExportDeclaration(pos, ast) {
  return new TSNamespaceExportDeclaration(ast.buffer.int32[pos >> 2], ast);
}
function constructOptionImportPhase(pos, ast) {
  if (ast.buffer[pos] === 2) return null;
  return constructImportPhase(pos, ast);
}
function constructVecImportDeclarationSpecifier(pos, ast) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  return new NodeArray(
    int32[pos32],
    int32[pos32 + 2],
    16,
    constructImportDeclarationSpecifier,
    ast
  );
}
function constructOptionVecImportDeclarationSpecifier(pos, ast) {
  if (ast.buffer.int32[pos >> 2] === 0 && ast.buffer.int32[(pos >> 2) + 1] === 0) return null;
  return constructVecImportDeclarationSpecifier(pos, ast);
}
function constructBoxWithClause(pos, ast) {
  return new WithClause(ast.buffer.int32[pos >> 2], ast);
}
function constructOptionBoxWithClause(pos, ast) {
  if (ast.buffer.int32[pos >> 2] === 0 && ast.buffer.int32[(pos >> 2) + 1] === 0) return null;
  return constructBoxWithClause(pos, ast);
}
function constructBoxImportSpecifier(pos, ast) {
  return new ImportSpecifier(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxImportDefaultSpecifier(pos, ast) {
  return new ImportDefaultSpecifier(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxImportNamespaceSpecifier(pos, ast) {
  return new ImportNamespaceSpecifier(ast.buffer.int32[pos >> 2], ast);
}
function constructVecImportAttribute(pos, ast) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  return new NodeArray(int32[pos32], int32[pos32 + 2], 120, constructImportAttribute, ast);
}
function constructImportAttribute(pos, ast) {
  return new ImportAttribute(pos, ast);
}
function constructVecExportSpecifier(pos, ast) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  return new NodeArray(int32[pos32], int32[pos32 + 2], 128, constructExportSpecifier, ast);
}
function constructExportSpecifier(pos, ast) {
  return new ExportSpecifier(pos, ast);
}
function constructOptionModuleExportName(pos, ast) {
  if (ast.buffer[pos] === 255) return null;
  return constructModuleExportName(pos, ast);
}
function constructF64(pos, ast) {
  return ast.buffer.float64[pos >> 3];
}
function constructOptionStr(pos, ast) {
  if (ast.buffer.int32[pos >> 2] === 0 && ast.buffer.int32[(pos >> 2) + 1] === 0) return null;
  return constructStr(pos, ast);
}
function constructBoxJSXOpeningElement(pos, ast) {
  return new JSXOpeningElement(ast.buffer.int32[pos >> 2], ast);
}
function constructVecJSXChild(pos, ast) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  return new NodeArray(int32[pos32], int32[pos32 + 2], 16, constructJSXChild, ast);
}
function constructBoxJSXClosingElement(pos, ast) {
  return new JSXClosingElement(ast.buffer.int32[pos >> 2], ast);
}
function constructOptionBoxJSXClosingElement(pos, ast) {
  if (ast.buffer.int32[pos >> 2] === 0 && ast.buffer.int32[(pos >> 2) + 1] === 0) return null;
  return constructBoxJSXClosingElement(pos, ast);
}
function constructVecJSXAttributeItem(pos, ast) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  return new NodeArray(int32[pos32], int32[pos32 + 2], 16, constructJSXAttributeItem, ast);
}
function constructBoxJSXIdentifier(pos, ast) {
  return new JSXIdentifier(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxJSXNamespacedName(pos, ast) {
  return new JSXNamespacedName(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxJSXMemberExpression(pos, ast) {
  return new JSXMemberExpression(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxJSXEmptyExpression(pos, ast) {
  return new JSXEmptyExpression(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxJSXAttribute(pos, ast) {
  return new JSXAttribute(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxJSXSpreadAttribute(pos, ast) {
  return new JSXSpreadAttribute(ast.buffer.int32[pos >> 2], ast);
}
function constructOptionJSXAttributeValue(pos, ast) {
  if (ast.buffer[pos] === 255) return null;
  return constructJSXAttributeValue(pos, ast);
}
function constructBoxJSXExpressionContainer(pos, ast) {
  return new JSXExpressionContainer(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxJSXText(pos, ast) {
  return new JSXText(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxJSXSpreadChild(pos, ast) {
  return new JSXSpreadChild(ast.buffer.int32[pos >> 2], ast);
}
function constructVecTSEnumMember(pos, ast) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  return new NodeArray(int32[pos32], int32[pos32 + 2], 48, constructTSEnumMember, ast);
}
function constructTSEnumMember(pos, ast) {
  return new TSEnumMember(pos, ast);
}
function constructBoxTSAnyKeyword(pos, ast) {
  return new TSAnyKeyword(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSBigIntKeyword(pos, ast) {
  return new TSBigIntKeyword(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSBooleanKeyword(pos, ast) {
  return new TSBooleanKeyword(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSIntrinsicKeyword(pos, ast) {
  return new TSIntrinsicKeyword(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSNeverKeyword(pos, ast) {
  return new TSNeverKeyword(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSNullKeyword(pos, ast) {
  return new TSNullKeyword(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSNumberKeyword(pos, ast) {
  return new TSNumberKeyword(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSObjectKeyword(pos, ast) {
  return new TSObjectKeyword(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSStringKeyword(pos, ast) {
  return new TSStringKeyword(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSSymbolKeyword(pos, ast) {
  return new TSSymbolKeyword(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSUndefinedKeyword(pos, ast) {
  return new TSUndefinedKeyword(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSUnknownKeyword(pos, ast) {
  return new TSUnknownKeyword(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSVoidKeyword(pos, ast) {
  return new TSVoidKeyword(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSArrayType(pos, ast) {
  return new TSArrayType(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSConditionalType(pos, ast) {
  return new TSConditionalType(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSConstructorType(pos, ast) {
  return new TSConstructorType(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSFunctionType(pos, ast) {
  return new TSFunctionType(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSImportType(pos, ast) {
  return new TSImportType(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSIndexedAccessType(pos, ast) {
  return new TSIndexedAccessType(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSInferType(pos, ast) {
  return new TSInferType(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSIntersectionType(pos, ast) {
  return new TSIntersectionType(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSLiteralType(pos, ast) {
  return new TSLiteralType(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSMappedType(pos, ast) {
  return new TSMappedType(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSNamedTupleMember(pos, ast) {
  return new TSNamedTupleMember(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSTemplateLiteralType(pos, ast) {
  return new TSTemplateLiteralType(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSThisType(pos, ast) {
  return new TSThisType(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSTupleType(pos, ast) {
  return new TSTupleType(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSTypeLiteral(pos, ast) {
  return new TSTypeLiteral(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSTypeOperator(pos, ast) {
  return new TSTypeOperator(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSTypePredicate(pos, ast) {
  return new TSTypePredicate(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSTypeQuery(pos, ast) {
  return new TSTypeQuery(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSTypeReference(pos, ast) {
  return new TSTypeReference(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSUnionType(pos, ast) {
  return new TSUnionType(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSParenthesizedType(pos, ast) {
  return new TSParenthesizedType(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxJSDocNullableType(pos, ast) {
  return new JSDocNullableType(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxJSDocNonNullableType(pos, ast) {
  return new JSDocNonNullableType(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxJSDocUnknownType(pos, ast) {
  return new JSDocUnknownType(ast.buffer.int32[pos >> 2], ast);
}
function constructVecTSType(pos, ast) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  return new NodeArray(int32[pos32], int32[pos32 + 2], 16, constructTSType, ast);
}
function constructVecTSTupleElement(pos, ast) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  return new NodeArray(int32[pos32], int32[pos32 + 2], 16, constructTSTupleElement, ast);
}
function constructBoxTSOptionalType(pos, ast) {
  return new TSOptionalType(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSRestType(pos, ast) {
  return new TSRestType(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSQualifiedName(pos, ast) {
  return new TSQualifiedName(ast.buffer.int32[pos >> 2], ast);
}
function constructOptionTSType(pos, ast) {
  if (ast.buffer[pos] === 255) return null;
  return constructTSType(pos, ast);
}
function constructVecTSTypeParameter(pos, ast) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  return new NodeArray(int32[pos32], int32[pos32 + 2], 80, constructTSTypeParameter, ast);
}
function constructTSTypeParameter(pos, ast) {
  return new TSTypeParameter(pos, ast);
}
function constructVecTSInterfaceHeritage(pos, ast) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  return new NodeArray(int32[pos32], int32[pos32 + 2], 40, constructTSInterfaceHeritage, ast);
}
function constructTSInterfaceHeritage(pos, ast) {
  return new TSInterfaceHeritage(pos, ast);
}
function constructBoxTSInterfaceBody(pos, ast) {
  return new TSInterfaceBody(ast.buffer.int32[pos >> 2], ast);
}
function constructVecTSSignature(pos, ast) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  return new NodeArray(int32[pos32], int32[pos32 + 2], 16, constructTSSignature, ast);
}
function constructBoxTSPropertySignature(pos, ast) {
  return new TSPropertySignature(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSCallSignatureDeclaration(pos, ast) {
  return new TSCallSignatureDeclaration(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSConstructSignatureDeclaration(pos, ast) {
  return new TSConstructSignatureDeclaration(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSMethodSignature(pos, ast) {
  return new TSMethodSignature(ast.buffer.int32[pos >> 2], ast);
}
function constructBoxTSModuleBlock(pos, ast) {
  return new TSModuleBlock(ast.buffer.int32[pos >> 2], ast);
}
function constructOptionBoxTSModuleBlock(pos, ast) {
  if (ast.buffer.int32[pos >> 2] === 0 && ast.buffer.int32[(pos >> 2) + 1] === 0) return null;
  return constructBoxTSModuleBlock(pos, ast);
}
function constructBoxTSTypeParameter(pos, ast) {
  return new TSTypeParameter(ast.buffer.int32[pos >> 2], ast);
}
function constructOptionBoxObjectExpression(pos, ast) {
  if (ast.buffer.int32[pos >> 2] === 0 && ast.buffer.int32[(pos >> 2) + 1] === 0) return null;
  return constructBoxObjectExpression(pos, ast);
}
function constructOptionTSImportTypeQualifier(pos, ast) {
  if (ast.buffer[pos] === 2) return null;
  return constructTSImportTypeQualifier(pos, ast);
}
function constructBoxTSImportTypeQualifiedName(pos, ast) {
  return new TSImportTypeQualifiedName(ast.buffer.int32[pos >> 2], ast);
}
function constructOptionTSMappedTypeModifierOperator(pos, ast) {
  if (ast.buffer[pos] === 255) return null;
  return constructTSMappedTypeModifierOperator(pos, ast);
}
function constructBoxTSExternalModuleReference(pos, ast) {
  return new TSExternalModuleReference(ast.buffer.int32[pos >> 2], ast);
}
function constructI32(pos, ast) {
  return ast.buffer.int32[pos >> 2];
}
function constructOptionNameSpan(pos, ast) {
  if (ast.buffer.int32[(pos >> 2) + 2] === 0 && ast.buffer.int32[(pos >> 2) + 3] === 0) return null;
  return new NameSpan(pos, ast);
}
function constructVecError(pos, ast) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  return new NodeArray(int32[pos32], int32[pos32 + 2], 80, constructError, ast);
}
function constructError(pos, ast) {
  return new Error2(pos, ast);
}
function constructVecErrorLabel(pos, ast) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  return new NodeArray(int32[pos32], int32[pos32 + 2], 24, constructErrorLabel, ast);
}
function constructErrorLabel(pos, ast) {
  return new ErrorLabel(pos, ast);
}
function constructVecStaticImport(pos, ast) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  return new NodeArray(int32[pos32], int32[pos32 + 2], 56, constructStaticImport, ast);
}
function constructStaticImport(pos, ast) {
  return new StaticImport(pos, ast);
}
function constructVecStaticExport(pos, ast) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  return new NodeArray(int32[pos32], int32[pos32 + 2], 32, constructStaticExport, ast);
}
function constructStaticExport(pos, ast) {
  return new StaticExport(pos, ast);
}
function constructVecDynamicImport(pos, ast) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  return new NodeArray(int32[pos32], int32[pos32 + 2], 16, constructDynamicImport, ast);
}
function constructDynamicImport(pos, ast) {
  return new DynamicImport(pos, ast);
}
function constructVecSpan(pos, ast) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  return new NodeArray(int32[pos32], int32[pos32 + 2], 8, constructSpan, ast);
}
function constructSpan(pos, ast) {
  return new Span(pos, ast);
}
function constructVecImportEntry(pos, ast) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  return new NodeArray(int32[pos32], int32[pos32 + 2], 96, constructImportEntry, ast);
}
function constructImportEntry(pos, ast) {
  return new ImportEntry(pos, ast);
}
function constructVecExportEntry(pos, ast) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  return new NodeArray(int32[pos32], int32[pos32 + 2], 144, constructExportEntry, ast);
}
function constructExportEntry(pos, ast) {
  return new ExportEntry(pos, ast);
}

// node_modules/oxc-parser/src-js/generated/lazy/walk.js
function walkProgram(pos, ast, visitors) {
  const enterExit = visitors[40];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new Program(pos, ast);
    if (enter !== null) enter(node);
  }
  walkOptionHashbang(pos + 56, ast, visitors);
  walkVecStatement(pos + 112, ast, visitors);
  if (exit !== null) exit(node);
}
function walkExpression(pos, ast, visitors) {
  switch (ast.buffer[pos]) {
    case 0:
      walkBoxBooleanLiteral(pos + 8, ast, visitors);
      return;
    case 1:
      walkBoxNullLiteral(pos + 8, ast, visitors);
      return;
    case 2:
      walkBoxNumericLiteral(pos + 8, ast, visitors);
      return;
    case 3:
      walkBoxBigIntLiteral(pos + 8, ast, visitors);
      return;
    case 4:
      walkBoxRegExpLiteral(pos + 8, ast, visitors);
      return;
    case 5:
      walkBoxStringLiteral(pos + 8, ast, visitors);
      return;
    case 6:
      walkBoxTemplateLiteral(pos + 8, ast, visitors);
      return;
    case 7:
      walkBoxIdentifierReference(pos + 8, ast, visitors);
      return;
    case 8:
      walkBoxSuper(pos + 8, ast, visitors);
      return;
    case 9:
      walkBoxArrayExpression(pos + 8, ast, visitors);
      return;
    case 10:
      walkBoxArrowFunctionExpression(pos + 8, ast, visitors);
      return;
    case 11:
      walkBoxAssignmentExpression(pos + 8, ast, visitors);
      return;
    case 12:
      walkBoxAwaitExpression(pos + 8, ast, visitors);
      return;
    case 13:
      walkBoxBinaryExpression(pos + 8, ast, visitors);
      return;
    case 14:
      walkBoxCallExpression(pos + 8, ast, visitors);
      return;
    case 15:
      walkBoxChainExpression(pos + 8, ast, visitors);
      return;
    case 16:
      walkBoxClass(pos + 8, ast, visitors);
      return;
    case 17:
      walkBoxConditionalExpression(pos + 8, ast, visitors);
      return;
    case 18:
      walkBoxFunction(pos + 8, ast, visitors);
      return;
    case 19:
      walkBoxImportExpression(pos + 8, ast, visitors);
      return;
    case 20:
      walkBoxLogicalExpression(pos + 8, ast, visitors);
      return;
    case 21:
      walkBoxNewExpression(pos + 8, ast, visitors);
      return;
    case 22:
      walkBoxObjectExpression(pos + 8, ast, visitors);
      return;
    case 23:
      walkBoxParenthesizedExpression(pos + 8, ast, visitors);
      return;
    case 24:
      walkBoxSequenceExpression(pos + 8, ast, visitors);
      return;
    case 25:
      walkBoxTaggedTemplateExpression(pos + 8, ast, visitors);
      return;
    case 26:
      walkBoxThisExpression(pos + 8, ast, visitors);
      return;
    case 27:
      walkBoxUnaryExpression(pos + 8, ast, visitors);
      return;
    case 28:
      walkBoxUpdateExpression(pos + 8, ast, visitors);
      return;
    case 29:
      walkBoxYieldExpression(pos + 8, ast, visitors);
      return;
    case 30:
      walkBoxPrivateInExpression(pos + 8, ast, visitors);
      return;
    case 31:
      walkBoxImportMeta(pos + 8, ast, visitors);
      return;
    case 32:
      walkBoxNewTarget(pos + 8, ast, visitors);
      return;
    case 33:
      walkBoxJSXElement(pos + 8, ast, visitors);
      return;
    case 34:
      walkBoxJSXFragment(pos + 8, ast, visitors);
      return;
    case 35:
      walkBoxTSAsExpression(pos + 8, ast, visitors);
      return;
    case 36:
      walkBoxTSSatisfiesExpression(pos + 8, ast, visitors);
      return;
    case 37:
      walkBoxTSTypeAssertion(pos + 8, ast, visitors);
      return;
    case 38:
      walkBoxTSNonNullExpression(pos + 8, ast, visitors);
      return;
    case 39:
      walkBoxTSInstantiationExpression(pos + 8, ast, visitors);
      return;
    case 40:
      walkBoxV8IntrinsicExpression(pos + 8, ast, visitors);
      return;
    case 48:
      walkBoxComputedMemberExpression(pos + 8, ast, visitors);
      return;
    case 49:
      walkBoxStaticMemberExpression(pos + 8, ast, visitors);
      return;
    case 50:
      walkBoxPrivateFieldExpression(pos + 8, ast, visitors);
      return;
    default:
      throw new Error(`Unexpected discriminant ${ast.buffer[pos]} for Expression`);
  }
}
function walkIdentifierName(pos, ast, visitors) {
  const visit = visitors[0];
  if (visit !== null) visit(new IdentifierName(pos, ast));
}
function walkIdentifierReference(pos, ast, visitors) {
  const visit = visitors[1];
  if (visit !== null) visit(new IdentifierReference(pos, ast));
}
function walkBindingIdentifier(pos, ast, visitors) {
  const visit = visitors[2];
  if (visit !== null) visit(new BindingIdentifier(pos, ast));
}
function walkLabelIdentifier(pos, ast, visitors) {
  const visit = visitors[3];
  if (visit !== null) visit(new LabelIdentifier(pos, ast));
}
function walkThisExpression(pos, ast, visitors) {
  const visit = visitors[4];
  if (visit !== null) visit(new ThisExpression(pos, ast));
}
function walkArrayExpression(pos, ast, visitors) {
  const enterExit = visitors[41];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new ArrayExpression(pos, ast);
    if (enter !== null) enter(node);
  }
  walkVecArrayExpressionElement(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkArrayExpressionElement(pos, ast, visitors) {
  switch (ast.buffer[pos]) {
    case 0:
      walkBoxBooleanLiteral(pos + 8, ast, visitors);
      return;
    case 1:
      walkBoxNullLiteral(pos + 8, ast, visitors);
      return;
    case 2:
      walkBoxNumericLiteral(pos + 8, ast, visitors);
      return;
    case 3:
      walkBoxBigIntLiteral(pos + 8, ast, visitors);
      return;
    case 4:
      walkBoxRegExpLiteral(pos + 8, ast, visitors);
      return;
    case 5:
      walkBoxStringLiteral(pos + 8, ast, visitors);
      return;
    case 6:
      walkBoxTemplateLiteral(pos + 8, ast, visitors);
      return;
    case 7:
      walkBoxIdentifierReference(pos + 8, ast, visitors);
      return;
    case 8:
      walkBoxSuper(pos + 8, ast, visitors);
      return;
    case 9:
      walkBoxArrayExpression(pos + 8, ast, visitors);
      return;
    case 10:
      walkBoxArrowFunctionExpression(pos + 8, ast, visitors);
      return;
    case 11:
      walkBoxAssignmentExpression(pos + 8, ast, visitors);
      return;
    case 12:
      walkBoxAwaitExpression(pos + 8, ast, visitors);
      return;
    case 13:
      walkBoxBinaryExpression(pos + 8, ast, visitors);
      return;
    case 14:
      walkBoxCallExpression(pos + 8, ast, visitors);
      return;
    case 15:
      walkBoxChainExpression(pos + 8, ast, visitors);
      return;
    case 16:
      walkBoxClass(pos + 8, ast, visitors);
      return;
    case 17:
      walkBoxConditionalExpression(pos + 8, ast, visitors);
      return;
    case 18:
      walkBoxFunction(pos + 8, ast, visitors);
      return;
    case 19:
      walkBoxImportExpression(pos + 8, ast, visitors);
      return;
    case 20:
      walkBoxLogicalExpression(pos + 8, ast, visitors);
      return;
    case 21:
      walkBoxNewExpression(pos + 8, ast, visitors);
      return;
    case 22:
      walkBoxObjectExpression(pos + 8, ast, visitors);
      return;
    case 23:
      walkBoxParenthesizedExpression(pos + 8, ast, visitors);
      return;
    case 24:
      walkBoxSequenceExpression(pos + 8, ast, visitors);
      return;
    case 25:
      walkBoxTaggedTemplateExpression(pos + 8, ast, visitors);
      return;
    case 26:
      walkBoxThisExpression(pos + 8, ast, visitors);
      return;
    case 27:
      walkBoxUnaryExpression(pos + 8, ast, visitors);
      return;
    case 28:
      walkBoxUpdateExpression(pos + 8, ast, visitors);
      return;
    case 29:
      walkBoxYieldExpression(pos + 8, ast, visitors);
      return;
    case 30:
      walkBoxPrivateInExpression(pos + 8, ast, visitors);
      return;
    case 31:
      walkBoxImportMeta(pos + 8, ast, visitors);
      return;
    case 32:
      walkBoxNewTarget(pos + 8, ast, visitors);
      return;
    case 33:
      walkBoxJSXElement(pos + 8, ast, visitors);
      return;
    case 34:
      walkBoxJSXFragment(pos + 8, ast, visitors);
      return;
    case 35:
      walkBoxTSAsExpression(pos + 8, ast, visitors);
      return;
    case 36:
      walkBoxTSSatisfiesExpression(pos + 8, ast, visitors);
      return;
    case 37:
      walkBoxTSTypeAssertion(pos + 8, ast, visitors);
      return;
    case 38:
      walkBoxTSNonNullExpression(pos + 8, ast, visitors);
      return;
    case 39:
      walkBoxTSInstantiationExpression(pos + 8, ast, visitors);
      return;
    case 40:
      walkBoxV8IntrinsicExpression(pos + 8, ast, visitors);
      return;
    case 48:
      walkBoxComputedMemberExpression(pos + 8, ast, visitors);
      return;
    case 49:
      walkBoxStaticMemberExpression(pos + 8, ast, visitors);
      return;
    case 50:
      walkBoxPrivateFieldExpression(pos + 8, ast, visitors);
      return;
    case 64:
      walkBoxSpreadElement(pos + 8, ast, visitors);
      return;
    case 65:
      walkBoxElision(pos + 8, ast, visitors);
      return;
    default:
      throw new Error(`Unexpected discriminant ${ast.buffer[pos]} for ArrayExpressionElement`);
  }
}
function walkElision(pos, ast, visitors) {
  const visit = visitors[5];
  if (visit !== null) visit(new Elision(pos, ast));
}
function walkObjectExpression(pos, ast, visitors) {
  const enterExit = visitors[42];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new ObjectExpression(pos, ast);
    if (enter !== null) enter(node);
  }
  walkVecObjectPropertyKind(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkObjectPropertyKind(pos, ast, visitors) {
  switch (ast.buffer[pos]) {
    case 0:
      walkBoxObjectProperty(pos + 8, ast, visitors);
      return;
    case 1:
      walkBoxSpreadElement(pos + 8, ast, visitors);
      return;
    default:
      throw new Error(`Unexpected discriminant ${ast.buffer[pos]} for ObjectPropertyKind`);
  }
}
function walkObjectProperty(pos, ast, visitors) {
  const enterExit = visitors[43];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new ObjectProperty(pos, ast);
    if (enter !== null) enter(node);
  }
  walkPropertyKey(pos + 16, ast, visitors);
  walkExpression(pos + 32, ast, visitors);
  if (exit !== null) exit(node);
}
function walkPropertyKey(pos, ast, visitors) {
  switch (ast.buffer[pos]) {
    case 0:
      walkBoxBooleanLiteral(pos + 8, ast, visitors);
      return;
    case 1:
      walkBoxNullLiteral(pos + 8, ast, visitors);
      return;
    case 2:
      walkBoxNumericLiteral(pos + 8, ast, visitors);
      return;
    case 3:
      walkBoxBigIntLiteral(pos + 8, ast, visitors);
      return;
    case 4:
      walkBoxRegExpLiteral(pos + 8, ast, visitors);
      return;
    case 5:
      walkBoxStringLiteral(pos + 8, ast, visitors);
      return;
    case 6:
      walkBoxTemplateLiteral(pos + 8, ast, visitors);
      return;
    case 7:
      walkBoxIdentifierReference(pos + 8, ast, visitors);
      return;
    case 8:
      walkBoxSuper(pos + 8, ast, visitors);
      return;
    case 9:
      walkBoxArrayExpression(pos + 8, ast, visitors);
      return;
    case 10:
      walkBoxArrowFunctionExpression(pos + 8, ast, visitors);
      return;
    case 11:
      walkBoxAssignmentExpression(pos + 8, ast, visitors);
      return;
    case 12:
      walkBoxAwaitExpression(pos + 8, ast, visitors);
      return;
    case 13:
      walkBoxBinaryExpression(pos + 8, ast, visitors);
      return;
    case 14:
      walkBoxCallExpression(pos + 8, ast, visitors);
      return;
    case 15:
      walkBoxChainExpression(pos + 8, ast, visitors);
      return;
    case 16:
      walkBoxClass(pos + 8, ast, visitors);
      return;
    case 17:
      walkBoxConditionalExpression(pos + 8, ast, visitors);
      return;
    case 18:
      walkBoxFunction(pos + 8, ast, visitors);
      return;
    case 19:
      walkBoxImportExpression(pos + 8, ast, visitors);
      return;
    case 20:
      walkBoxLogicalExpression(pos + 8, ast, visitors);
      return;
    case 21:
      walkBoxNewExpression(pos + 8, ast, visitors);
      return;
    case 22:
      walkBoxObjectExpression(pos + 8, ast, visitors);
      return;
    case 23:
      walkBoxParenthesizedExpression(pos + 8, ast, visitors);
      return;
    case 24:
      walkBoxSequenceExpression(pos + 8, ast, visitors);
      return;
    case 25:
      walkBoxTaggedTemplateExpression(pos + 8, ast, visitors);
      return;
    case 26:
      walkBoxThisExpression(pos + 8, ast, visitors);
      return;
    case 27:
      walkBoxUnaryExpression(pos + 8, ast, visitors);
      return;
    case 28:
      walkBoxUpdateExpression(pos + 8, ast, visitors);
      return;
    case 29:
      walkBoxYieldExpression(pos + 8, ast, visitors);
      return;
    case 30:
      walkBoxPrivateInExpression(pos + 8, ast, visitors);
      return;
    case 31:
      walkBoxImportMeta(pos + 8, ast, visitors);
      return;
    case 32:
      walkBoxNewTarget(pos + 8, ast, visitors);
      return;
    case 33:
      walkBoxJSXElement(pos + 8, ast, visitors);
      return;
    case 34:
      walkBoxJSXFragment(pos + 8, ast, visitors);
      return;
    case 35:
      walkBoxTSAsExpression(pos + 8, ast, visitors);
      return;
    case 36:
      walkBoxTSSatisfiesExpression(pos + 8, ast, visitors);
      return;
    case 37:
      walkBoxTSTypeAssertion(pos + 8, ast, visitors);
      return;
    case 38:
      walkBoxTSNonNullExpression(pos + 8, ast, visitors);
      return;
    case 39:
      walkBoxTSInstantiationExpression(pos + 8, ast, visitors);
      return;
    case 40:
      walkBoxV8IntrinsicExpression(pos + 8, ast, visitors);
      return;
    case 48:
      walkBoxComputedMemberExpression(pos + 8, ast, visitors);
      return;
    case 49:
      walkBoxStaticMemberExpression(pos + 8, ast, visitors);
      return;
    case 50:
      walkBoxPrivateFieldExpression(pos + 8, ast, visitors);
      return;
    case 64:
      walkBoxIdentifierName(pos + 8, ast, visitors);
      return;
    case 65:
      walkBoxPrivateIdentifier(pos + 8, ast, visitors);
      return;
    default:
      throw new Error(`Unexpected discriminant ${ast.buffer[pos]} for PropertyKey`);
  }
}
function walkTemplateLiteral(pos, ast, visitors) {
  const enterExit = visitors[44];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TemplateLiteral(pos, ast);
    if (enter !== null) enter(node);
  }
  walkVecTemplateElement(pos + 16, ast, visitors);
  walkVecExpression(pos + 40, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTaggedTemplateExpression(pos, ast, visitors) {
  const enterExit = visitors[45];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TaggedTemplateExpression(pos, ast);
    if (enter !== null) enter(node);
  }
  walkExpression(pos + 16, ast, visitors);
  walkOptionBoxTSTypeParameterInstantiation(pos + 32, ast, visitors);
  walkTemplateLiteral(pos + 40, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTemplateElement(pos, ast, visitors) {
  const visit = visitors[6];
  if (visit !== null) visit(new TemplateElement(pos, ast));
}
function walkComputedMemberExpression(pos, ast, visitors) {
  const enterExit = visitors[46];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new ComputedMemberExpression(pos, ast);
    if (enter !== null) enter(node);
  }
  walkExpression(pos + 16, ast, visitors);
  walkExpression(pos + 32, ast, visitors);
  if (exit !== null) exit(node);
}
function walkStaticMemberExpression(pos, ast, visitors) {
  const enterExit = visitors[47];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new StaticMemberExpression(pos, ast);
    if (enter !== null) enter(node);
  }
  walkExpression(pos + 16, ast, visitors);
  walkIdentifierName(pos + 32, ast, visitors);
  if (exit !== null) exit(node);
}
function walkPrivateFieldExpression(pos, ast, visitors) {
  const enterExit = visitors[48];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new PrivateFieldExpression(pos, ast);
    if (enter !== null) enter(node);
  }
  walkExpression(pos + 16, ast, visitors);
  walkPrivateIdentifier(pos + 32, ast, visitors);
  if (exit !== null) exit(node);
}
function walkCallExpression(pos, ast, visitors) {
  const enterExit = visitors[49];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new CallExpression(pos, ast);
    if (enter !== null) enter(node);
  }
  walkExpression(pos + 16, ast, visitors);
  walkOptionBoxTSTypeParameterInstantiation(pos + 32, ast, visitors);
  walkVecArgument(pos + 40, ast, visitors);
  if (exit !== null) exit(node);
}
function walkNewExpression(pos, ast, visitors) {
  const enterExit = visitors[50];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new NewExpression(pos, ast);
    if (enter !== null) enter(node);
  }
  walkExpression(pos + 16, ast, visitors);
  walkOptionBoxTSTypeParameterInstantiation(pos + 32, ast, visitors);
  walkVecArgument(pos + 40, ast, visitors);
  if (exit !== null) exit(node);
}
function walkImportMeta(pos, ast, visitors) {
  const visit = visitors[7];
  if (visit !== null) visit(new ImportMeta(pos, ast));
}
function walkNewTarget(pos, ast, visitors) {
  const visit = visitors[8];
  if (visit !== null) visit(new NewTarget(pos, ast));
}
function walkSpreadElement(pos, ast, visitors) {
  const enterExit = visitors[51];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new SpreadElement(pos, ast);
    if (enter !== null) enter(node);
  }
  walkExpression(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkArgument(pos, ast, visitors) {
  switch (ast.buffer[pos]) {
    case 0:
      walkBoxBooleanLiteral(pos + 8, ast, visitors);
      return;
    case 1:
      walkBoxNullLiteral(pos + 8, ast, visitors);
      return;
    case 2:
      walkBoxNumericLiteral(pos + 8, ast, visitors);
      return;
    case 3:
      walkBoxBigIntLiteral(pos + 8, ast, visitors);
      return;
    case 4:
      walkBoxRegExpLiteral(pos + 8, ast, visitors);
      return;
    case 5:
      walkBoxStringLiteral(pos + 8, ast, visitors);
      return;
    case 6:
      walkBoxTemplateLiteral(pos + 8, ast, visitors);
      return;
    case 7:
      walkBoxIdentifierReference(pos + 8, ast, visitors);
      return;
    case 8:
      walkBoxSuper(pos + 8, ast, visitors);
      return;
    case 9:
      walkBoxArrayExpression(pos + 8, ast, visitors);
      return;
    case 10:
      walkBoxArrowFunctionExpression(pos + 8, ast, visitors);
      return;
    case 11:
      walkBoxAssignmentExpression(pos + 8, ast, visitors);
      return;
    case 12:
      walkBoxAwaitExpression(pos + 8, ast, visitors);
      return;
    case 13:
      walkBoxBinaryExpression(pos + 8, ast, visitors);
      return;
    case 14:
      walkBoxCallExpression(pos + 8, ast, visitors);
      return;
    case 15:
      walkBoxChainExpression(pos + 8, ast, visitors);
      return;
    case 16:
      walkBoxClass(pos + 8, ast, visitors);
      return;
    case 17:
      walkBoxConditionalExpression(pos + 8, ast, visitors);
      return;
    case 18:
      walkBoxFunction(pos + 8, ast, visitors);
      return;
    case 19:
      walkBoxImportExpression(pos + 8, ast, visitors);
      return;
    case 20:
      walkBoxLogicalExpression(pos + 8, ast, visitors);
      return;
    case 21:
      walkBoxNewExpression(pos + 8, ast, visitors);
      return;
    case 22:
      walkBoxObjectExpression(pos + 8, ast, visitors);
      return;
    case 23:
      walkBoxParenthesizedExpression(pos + 8, ast, visitors);
      return;
    case 24:
      walkBoxSequenceExpression(pos + 8, ast, visitors);
      return;
    case 25:
      walkBoxTaggedTemplateExpression(pos + 8, ast, visitors);
      return;
    case 26:
      walkBoxThisExpression(pos + 8, ast, visitors);
      return;
    case 27:
      walkBoxUnaryExpression(pos + 8, ast, visitors);
      return;
    case 28:
      walkBoxUpdateExpression(pos + 8, ast, visitors);
      return;
    case 29:
      walkBoxYieldExpression(pos + 8, ast, visitors);
      return;
    case 30:
      walkBoxPrivateInExpression(pos + 8, ast, visitors);
      return;
    case 31:
      walkBoxImportMeta(pos + 8, ast, visitors);
      return;
    case 32:
      walkBoxNewTarget(pos + 8, ast, visitors);
      return;
    case 33:
      walkBoxJSXElement(pos + 8, ast, visitors);
      return;
    case 34:
      walkBoxJSXFragment(pos + 8, ast, visitors);
      return;
    case 35:
      walkBoxTSAsExpression(pos + 8, ast, visitors);
      return;
    case 36:
      walkBoxTSSatisfiesExpression(pos + 8, ast, visitors);
      return;
    case 37:
      walkBoxTSTypeAssertion(pos + 8, ast, visitors);
      return;
    case 38:
      walkBoxTSNonNullExpression(pos + 8, ast, visitors);
      return;
    case 39:
      walkBoxTSInstantiationExpression(pos + 8, ast, visitors);
      return;
    case 40:
      walkBoxV8IntrinsicExpression(pos + 8, ast, visitors);
      return;
    case 48:
      walkBoxComputedMemberExpression(pos + 8, ast, visitors);
      return;
    case 49:
      walkBoxStaticMemberExpression(pos + 8, ast, visitors);
      return;
    case 50:
      walkBoxPrivateFieldExpression(pos + 8, ast, visitors);
      return;
    case 64:
      walkBoxSpreadElement(pos + 8, ast, visitors);
      return;
    default:
      throw new Error(`Unexpected discriminant ${ast.buffer[pos]} for Argument`);
  }
}
function walkUpdateExpression(pos, ast, visitors) {
  const enterExit = visitors[52];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new UpdateExpression(pos, ast);
    if (enter !== null) enter(node);
  }
  walkSimpleAssignmentTarget(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkUnaryExpression(pos, ast, visitors) {
  const enterExit = visitors[53];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new UnaryExpression(pos, ast);
    if (enter !== null) enter(node);
  }
  walkExpression(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkBinaryExpression(pos, ast, visitors) {
  const enterExit = visitors[54];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new BinaryExpression(pos, ast);
    if (enter !== null) enter(node);
  }
  walkExpression(pos + 16, ast, visitors);
  walkExpression(pos + 32, ast, visitors);
  if (exit !== null) exit(node);
}
function walkPrivateInExpression(pos, ast, visitors) {
  const enterExit = visitors[55];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new PrivateInExpression(pos, ast);
    if (enter !== null) enter(node);
  }
  walkPrivateIdentifier(pos + 16, ast, visitors);
  walkExpression(pos + 48, ast, visitors);
  if (exit !== null) exit(node);
}
function walkLogicalExpression(pos, ast, visitors) {
  const enterExit = visitors[56];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new LogicalExpression(pos, ast);
    if (enter !== null) enter(node);
  }
  walkExpression(pos + 16, ast, visitors);
  walkExpression(pos + 32, ast, visitors);
  if (exit !== null) exit(node);
}
function walkConditionalExpression(pos, ast, visitors) {
  const enterExit = visitors[57];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new ConditionalExpression(pos, ast);
    if (enter !== null) enter(node);
  }
  walkExpression(pos + 16, ast, visitors);
  walkExpression(pos + 32, ast, visitors);
  walkExpression(pos + 48, ast, visitors);
  if (exit !== null) exit(node);
}
function walkAssignmentExpression(pos, ast, visitors) {
  const enterExit = visitors[58];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new AssignmentExpression(pos, ast);
    if (enter !== null) enter(node);
  }
  walkAssignmentTarget(pos + 16, ast, visitors);
  walkExpression(pos + 32, ast, visitors);
  if (exit !== null) exit(node);
}
function walkAssignmentTarget(pos, ast, visitors) {
  switch (ast.buffer[pos]) {
    case 0:
      walkBoxIdentifierReference(pos + 8, ast, visitors);
      return;
    case 1:
      walkBoxTSAsExpression(pos + 8, ast, visitors);
      return;
    case 2:
      walkBoxTSSatisfiesExpression(pos + 8, ast, visitors);
      return;
    case 3:
      walkBoxTSNonNullExpression(pos + 8, ast, visitors);
      return;
    case 4:
      walkBoxTSTypeAssertion(pos + 8, ast, visitors);
      return;
    case 8:
      walkBoxArrayAssignmentTarget(pos + 8, ast, visitors);
      return;
    case 9:
      walkBoxObjectAssignmentTarget(pos + 8, ast, visitors);
      return;
    case 48:
      walkBoxComputedMemberExpression(pos + 8, ast, visitors);
      return;
    case 49:
      walkBoxStaticMemberExpression(pos + 8, ast, visitors);
      return;
    case 50:
      walkBoxPrivateFieldExpression(pos + 8, ast, visitors);
      return;
    default:
      throw new Error(`Unexpected discriminant ${ast.buffer[pos]} for AssignmentTarget`);
  }
}
function walkSimpleAssignmentTarget(pos, ast, visitors) {
  switch (ast.buffer[pos]) {
    case 0:
      walkBoxIdentifierReference(pos + 8, ast, visitors);
      return;
    case 1:
      walkBoxTSAsExpression(pos + 8, ast, visitors);
      return;
    case 2:
      walkBoxTSSatisfiesExpression(pos + 8, ast, visitors);
      return;
    case 3:
      walkBoxTSNonNullExpression(pos + 8, ast, visitors);
      return;
    case 4:
      walkBoxTSTypeAssertion(pos + 8, ast, visitors);
      return;
    case 48:
      walkBoxComputedMemberExpression(pos + 8, ast, visitors);
      return;
    case 49:
      walkBoxStaticMemberExpression(pos + 8, ast, visitors);
      return;
    case 50:
      walkBoxPrivateFieldExpression(pos + 8, ast, visitors);
      return;
    default:
      throw new Error(`Unexpected discriminant ${ast.buffer[pos]} for SimpleAssignmentTarget`);
  }
}
function walkArrayAssignmentTarget(pos, ast, visitors) {
  const enterExit = visitors[59];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new ArrayAssignmentTarget(pos, ast);
    if (enter !== null) enter(node);
  }
  walkVecOptionAssignmentTargetMaybeDefault(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkObjectAssignmentTarget(pos, ast, visitors) {
  const enterExit = visitors[60];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new ObjectAssignmentTarget(pos, ast);
    if (enter !== null) enter(node);
  }
  walkVecAssignmentTargetProperty(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkAssignmentTargetMaybeDefault(pos, ast, visitors) {
  switch (ast.buffer[pos]) {
    case 0:
      walkBoxIdentifierReference(pos + 8, ast, visitors);
      return;
    case 1:
      walkBoxTSAsExpression(pos + 8, ast, visitors);
      return;
    case 2:
      walkBoxTSSatisfiesExpression(pos + 8, ast, visitors);
      return;
    case 3:
      walkBoxTSNonNullExpression(pos + 8, ast, visitors);
      return;
    case 4:
      walkBoxTSTypeAssertion(pos + 8, ast, visitors);
      return;
    case 8:
      walkBoxArrayAssignmentTarget(pos + 8, ast, visitors);
      return;
    case 9:
      walkBoxObjectAssignmentTarget(pos + 8, ast, visitors);
      return;
    case 16:
      walkBoxAssignmentTargetWithDefault(pos + 8, ast, visitors);
      return;
    case 48:
      walkBoxComputedMemberExpression(pos + 8, ast, visitors);
      return;
    case 49:
      walkBoxStaticMemberExpression(pos + 8, ast, visitors);
      return;
    case 50:
      walkBoxPrivateFieldExpression(pos + 8, ast, visitors);
      return;
    default:
      throw new Error(
        `Unexpected discriminant ${ast.buffer[pos]} for AssignmentTargetMaybeDefault`
      );
  }
}
function walkAssignmentTargetWithDefault(pos, ast, visitors) {
  const enterExit = visitors[61];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new AssignmentTargetWithDefault(pos, ast);
    if (enter !== null) enter(node);
  }
  walkAssignmentTarget(pos + 16, ast, visitors);
  walkExpression(pos + 32, ast, visitors);
  if (exit !== null) exit(node);
}
function walkAssignmentTargetProperty(pos, ast, visitors) {
  switch (ast.buffer[pos]) {
    case 0:
      walkBoxAssignmentTargetPropertyIdentifier(pos + 8, ast, visitors);
      return;
    case 1:
      walkBoxAssignmentTargetPropertyProperty(pos + 8, ast, visitors);
      return;
    default:
      throw new Error(`Unexpected discriminant ${ast.buffer[pos]} for AssignmentTargetProperty`);
  }
}
function walkAssignmentTargetPropertyIdentifier(pos, ast, visitors) {
  const enterExit = visitors[62];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new AssignmentTargetPropertyIdentifier(pos, ast);
    if (enter !== null) enter(node);
  }
  walkIdentifierReference(pos + 16, ast, visitors);
  walkOptionExpression(pos + 48, ast, visitors);
  if (exit !== null) exit(node);
}
function walkAssignmentTargetPropertyProperty(pos, ast, visitors) {
  const enterExit = visitors[63];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new AssignmentTargetPropertyProperty(pos, ast);
    if (enter !== null) enter(node);
  }
  walkPropertyKey(pos + 16, ast, visitors);
  walkAssignmentTargetMaybeDefault(pos + 32, ast, visitors);
  if (exit !== null) exit(node);
}
function walkSequenceExpression(pos, ast, visitors) {
  const enterExit = visitors[64];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new SequenceExpression(pos, ast);
    if (enter !== null) enter(node);
  }
  walkVecExpression(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkSuper(pos, ast, visitors) {
  const visit = visitors[9];
  if (visit !== null) visit(new Super(pos, ast));
}
function walkAwaitExpression(pos, ast, visitors) {
  const enterExit = visitors[65];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new AwaitExpression(pos, ast);
    if (enter !== null) enter(node);
  }
  walkExpression(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkChainExpression(pos, ast, visitors) {
  const enterExit = visitors[66];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new ChainExpression(pos, ast);
    if (enter !== null) enter(node);
  }
  walkChainElement(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkChainElement(pos, ast, visitors) {
  switch (ast.buffer[pos]) {
    case 0:
      walkBoxCallExpression(pos + 8, ast, visitors);
      return;
    case 1:
      walkBoxTSNonNullExpression(pos + 8, ast, visitors);
      return;
    case 48:
      walkBoxComputedMemberExpression(pos + 8, ast, visitors);
      return;
    case 49:
      walkBoxStaticMemberExpression(pos + 8, ast, visitors);
      return;
    case 50:
      walkBoxPrivateFieldExpression(pos + 8, ast, visitors);
      return;
    default:
      throw new Error(`Unexpected discriminant ${ast.buffer[pos]} for ChainElement`);
  }
}
function walkParenthesizedExpression(pos, ast, visitors) {
  const enterExit = visitors[67];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new ParenthesizedExpression(pos, ast);
    if (enter !== null) enter(node);
  }
  walkExpression(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkStatement(pos, ast, visitors) {
  switch (ast.buffer[pos]) {
    case 0:
      walkBoxBlockStatement(pos + 8, ast, visitors);
      return;
    case 1:
      walkBoxBreakStatement(pos + 8, ast, visitors);
      return;
    case 2:
      walkBoxContinueStatement(pos + 8, ast, visitors);
      return;
    case 3:
      walkBoxDebuggerStatement(pos + 8, ast, visitors);
      return;
    case 4:
      walkBoxDoWhileStatement(pos + 8, ast, visitors);
      return;
    case 5:
      walkBoxEmptyStatement(pos + 8, ast, visitors);
      return;
    case 6:
      walkBoxExpressionStatement(pos + 8, ast, visitors);
      return;
    case 7:
      walkBoxForInStatement(pos + 8, ast, visitors);
      return;
    case 8:
      walkBoxForOfStatement(pos + 8, ast, visitors);
      return;
    case 9:
      walkBoxForStatement(pos + 8, ast, visitors);
      return;
    case 10:
      walkBoxIfStatement(pos + 8, ast, visitors);
      return;
    case 11:
      walkBoxLabeledStatement(pos + 8, ast, visitors);
      return;
    case 12:
      walkBoxReturnStatement(pos + 8, ast, visitors);
      return;
    case 13:
      walkBoxSwitchStatement(pos + 8, ast, visitors);
      return;
    case 14:
      walkBoxThrowStatement(pos + 8, ast, visitors);
      return;
    case 15:
      walkBoxTryStatement(pos + 8, ast, visitors);
      return;
    case 16:
      walkBoxWhileStatement(pos + 8, ast, visitors);
      return;
    case 17:
      walkBoxWithStatement(pos + 8, ast, visitors);
      return;
    case 32:
      walkBoxVariableDeclaration(pos + 8, ast, visitors);
      return;
    case 33:
      walkBoxFunction(pos + 8, ast, visitors);
      return;
    case 34:
      walkBoxClass(pos + 8, ast, visitors);
      return;
    case 35:
      walkBoxTSTypeAliasDeclaration(pos + 8, ast, visitors);
      return;
    case 36:
      walkBoxTSInterfaceDeclaration(pos + 8, ast, visitors);
      return;
    case 37:
      walkBoxTSEnumDeclaration(pos + 8, ast, visitors);
      return;
    case 38:
      walkBoxTSExternalModuleDeclaration(pos + 8, ast, visitors);
      return;
    case 39:
      walkBoxTSNamespaceDeclaration(pos + 8, ast, visitors);
      return;
    case 40:
      walkBoxTSGlobalDeclaration(pos + 8, ast, visitors);
      return;
    case 41:
      walkBoxTSImportEqualsDeclaration(pos + 8, ast, visitors);
      return;
    case 64:
      walkBoxImportDeclaration(pos + 8, ast, visitors);
      return;
    case 65:
      walkBoxExportAllDeclaration(pos + 8, ast, visitors);
      return;
    case 66:
      walkBoxExportDefaultDeclaration(pos + 8, ast, visitors);
      return;
    case 67:
      walkBoxExportDeclaration(pos + 8, ast, visitors);
      return;
    case 68:
      walkBoxExportNamedDeclaration(pos + 8, ast, visitors);
      return;
    case 69:
      walkBoxExportFromDeclaration(pos + 8, ast, visitors);
      return;
    case 70:
      walkBoxTSExportAssignment(pos + 8, ast, visitors);
      return;
    case 71:
      walkBoxTSNamespaceExportDeclaration(pos + 8, ast, visitors);
      return;
    default:
      throw new Error(`Unexpected discriminant ${ast.buffer[pos]} for Statement`);
  }
}
function walkHashbang(pos, ast, visitors) {
  const visit = visitors[10];
  if (visit !== null) visit(new Hashbang(pos, ast));
}
function walkBlockStatement(pos, ast, visitors) {
  const enterExit = visitors[68];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new BlockStatement(pos, ast);
    if (enter !== null) enter(node);
  }
  walkVecStatement(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkDeclaration(pos, ast, visitors) {
  switch (ast.buffer[pos]) {
    case 32:
      walkBoxVariableDeclaration(pos + 8, ast, visitors);
      return;
    case 33:
      walkBoxFunction(pos + 8, ast, visitors);
      return;
    case 34:
      walkBoxClass(pos + 8, ast, visitors);
      return;
    case 35:
      walkBoxTSTypeAliasDeclaration(pos + 8, ast, visitors);
      return;
    case 36:
      walkBoxTSInterfaceDeclaration(pos + 8, ast, visitors);
      return;
    case 37:
      walkBoxTSEnumDeclaration(pos + 8, ast, visitors);
      return;
    case 38:
      walkBoxTSExternalModuleDeclaration(pos + 8, ast, visitors);
      return;
    case 39:
      walkBoxTSNamespaceDeclaration(pos + 8, ast, visitors);
      return;
    case 40:
      walkBoxTSGlobalDeclaration(pos + 8, ast, visitors);
      return;
    case 41:
      walkBoxTSImportEqualsDeclaration(pos + 8, ast, visitors);
      return;
    default:
      throw new Error(`Unexpected discriminant ${ast.buffer[pos]} for Declaration`);
  }
}
function walkVariableDeclaration(pos, ast, visitors) {
  const enterExit = visitors[69];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new VariableDeclaration(pos, ast);
    if (enter !== null) enter(node);
  }
  walkVecVariableDeclarator(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkVariableDeclarator(pos, ast, visitors) {
  const enterExit = visitors[70];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new VariableDeclarator(pos, ast);
    if (enter !== null) enter(node);
  }
  walkBindingPattern(pos + 16, ast, visitors);
  walkOptionExpression(pos + 40, ast, visitors);
  if (exit !== null) exit(node);
}
function walkEmptyStatement(pos, ast, visitors) {
  const visit = visitors[11];
  if (visit !== null) visit(new EmptyStatement(pos, ast));
}
function walkExpressionStatement(pos, ast, visitors) {
  const enterExit = visitors[71];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new ExpressionStatement(pos, ast);
    if (enter !== null) enter(node);
  }
  walkExpression(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkIfStatement(pos, ast, visitors) {
  const enterExit = visitors[72];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new IfStatement(pos, ast);
    if (enter !== null) enter(node);
  }
  walkExpression(pos + 16, ast, visitors);
  walkStatement(pos + 32, ast, visitors);
  walkOptionStatement(pos + 48, ast, visitors);
  if (exit !== null) exit(node);
}
function walkDoWhileStatement(pos, ast, visitors) {
  const enterExit = visitors[73];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new DoWhileStatement(pos, ast);
    if (enter !== null) enter(node);
  }
  walkStatement(pos + 16, ast, visitors);
  walkExpression(pos + 32, ast, visitors);
  if (exit !== null) exit(node);
}
function walkWhileStatement(pos, ast, visitors) {
  const enterExit = visitors[74];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new WhileStatement(pos, ast);
    if (enter !== null) enter(node);
  }
  walkExpression(pos + 16, ast, visitors);
  walkStatement(pos + 32, ast, visitors);
  if (exit !== null) exit(node);
}
function walkForStatement(pos, ast, visitors) {
  const enterExit = visitors[75];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new ForStatement(pos, ast);
    if (enter !== null) enter(node);
  }
  walkOptionForStatementInit(pos + 16, ast, visitors);
  walkOptionExpression(pos + 32, ast, visitors);
  walkOptionExpression(pos + 48, ast, visitors);
  walkStatement(pos + 64, ast, visitors);
  if (exit !== null) exit(node);
}
function walkForStatementInit(pos, ast, visitors) {
  switch (ast.buffer[pos]) {
    case 0:
      walkBoxBooleanLiteral(pos + 8, ast, visitors);
      return;
    case 1:
      walkBoxNullLiteral(pos + 8, ast, visitors);
      return;
    case 2:
      walkBoxNumericLiteral(pos + 8, ast, visitors);
      return;
    case 3:
      walkBoxBigIntLiteral(pos + 8, ast, visitors);
      return;
    case 4:
      walkBoxRegExpLiteral(pos + 8, ast, visitors);
      return;
    case 5:
      walkBoxStringLiteral(pos + 8, ast, visitors);
      return;
    case 6:
      walkBoxTemplateLiteral(pos + 8, ast, visitors);
      return;
    case 7:
      walkBoxIdentifierReference(pos + 8, ast, visitors);
      return;
    case 8:
      walkBoxSuper(pos + 8, ast, visitors);
      return;
    case 9:
      walkBoxArrayExpression(pos + 8, ast, visitors);
      return;
    case 10:
      walkBoxArrowFunctionExpression(pos + 8, ast, visitors);
      return;
    case 11:
      walkBoxAssignmentExpression(pos + 8, ast, visitors);
      return;
    case 12:
      walkBoxAwaitExpression(pos + 8, ast, visitors);
      return;
    case 13:
      walkBoxBinaryExpression(pos + 8, ast, visitors);
      return;
    case 14:
      walkBoxCallExpression(pos + 8, ast, visitors);
      return;
    case 15:
      walkBoxChainExpression(pos + 8, ast, visitors);
      return;
    case 16:
      walkBoxClass(pos + 8, ast, visitors);
      return;
    case 17:
      walkBoxConditionalExpression(pos + 8, ast, visitors);
      return;
    case 18:
      walkBoxFunction(pos + 8, ast, visitors);
      return;
    case 19:
      walkBoxImportExpression(pos + 8, ast, visitors);
      return;
    case 20:
      walkBoxLogicalExpression(pos + 8, ast, visitors);
      return;
    case 21:
      walkBoxNewExpression(pos + 8, ast, visitors);
      return;
    case 22:
      walkBoxObjectExpression(pos + 8, ast, visitors);
      return;
    case 23:
      walkBoxParenthesizedExpression(pos + 8, ast, visitors);
      return;
    case 24:
      walkBoxSequenceExpression(pos + 8, ast, visitors);
      return;
    case 25:
      walkBoxTaggedTemplateExpression(pos + 8, ast, visitors);
      return;
    case 26:
      walkBoxThisExpression(pos + 8, ast, visitors);
      return;
    case 27:
      walkBoxUnaryExpression(pos + 8, ast, visitors);
      return;
    case 28:
      walkBoxUpdateExpression(pos + 8, ast, visitors);
      return;
    case 29:
      walkBoxYieldExpression(pos + 8, ast, visitors);
      return;
    case 30:
      walkBoxPrivateInExpression(pos + 8, ast, visitors);
      return;
    case 31:
      walkBoxImportMeta(pos + 8, ast, visitors);
      return;
    case 32:
      walkBoxNewTarget(pos + 8, ast, visitors);
      return;
    case 33:
      walkBoxJSXElement(pos + 8, ast, visitors);
      return;
    case 34:
      walkBoxJSXFragment(pos + 8, ast, visitors);
      return;
    case 35:
      walkBoxTSAsExpression(pos + 8, ast, visitors);
      return;
    case 36:
      walkBoxTSSatisfiesExpression(pos + 8, ast, visitors);
      return;
    case 37:
      walkBoxTSTypeAssertion(pos + 8, ast, visitors);
      return;
    case 38:
      walkBoxTSNonNullExpression(pos + 8, ast, visitors);
      return;
    case 39:
      walkBoxTSInstantiationExpression(pos + 8, ast, visitors);
      return;
    case 40:
      walkBoxV8IntrinsicExpression(pos + 8, ast, visitors);
      return;
    case 48:
      walkBoxComputedMemberExpression(pos + 8, ast, visitors);
      return;
    case 49:
      walkBoxStaticMemberExpression(pos + 8, ast, visitors);
      return;
    case 50:
      walkBoxPrivateFieldExpression(pos + 8, ast, visitors);
      return;
    case 64:
      walkBoxVariableDeclaration(pos + 8, ast, visitors);
      return;
    default:
      throw new Error(`Unexpected discriminant ${ast.buffer[pos]} for ForStatementInit`);
  }
}
function walkForInStatement(pos, ast, visitors) {
  const enterExit = visitors[76];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new ForInStatement(pos, ast);
    if (enter !== null) enter(node);
  }
  walkForStatementLeft(pos + 16, ast, visitors);
  walkExpression(pos + 32, ast, visitors);
  walkStatement(pos + 48, ast, visitors);
  if (exit !== null) exit(node);
}
function walkForStatementLeft(pos, ast, visitors) {
  switch (ast.buffer[pos]) {
    case 0:
      walkBoxIdentifierReference(pos + 8, ast, visitors);
      return;
    case 1:
      walkBoxTSAsExpression(pos + 8, ast, visitors);
      return;
    case 2:
      walkBoxTSSatisfiesExpression(pos + 8, ast, visitors);
      return;
    case 3:
      walkBoxTSNonNullExpression(pos + 8, ast, visitors);
      return;
    case 4:
      walkBoxTSTypeAssertion(pos + 8, ast, visitors);
      return;
    case 8:
      walkBoxArrayAssignmentTarget(pos + 8, ast, visitors);
      return;
    case 9:
      walkBoxObjectAssignmentTarget(pos + 8, ast, visitors);
      return;
    case 16:
      walkBoxVariableDeclaration(pos + 8, ast, visitors);
      return;
    case 48:
      walkBoxComputedMemberExpression(pos + 8, ast, visitors);
      return;
    case 49:
      walkBoxStaticMemberExpression(pos + 8, ast, visitors);
      return;
    case 50:
      walkBoxPrivateFieldExpression(pos + 8, ast, visitors);
      return;
    default:
      throw new Error(`Unexpected discriminant ${ast.buffer[pos]} for ForStatementLeft`);
  }
}
function walkForOfStatement(pos, ast, visitors) {
  const enterExit = visitors[77];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new ForOfStatement(pos, ast);
    if (enter !== null) enter(node);
  }
  walkForStatementLeft(pos + 16, ast, visitors);
  walkExpression(pos + 32, ast, visitors);
  walkStatement(pos + 48, ast, visitors);
  if (exit !== null) exit(node);
}
function walkContinueStatement(pos, ast, visitors) {
  const enterExit = visitors[78];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new ContinueStatement(pos, ast);
    if (enter !== null) enter(node);
  }
  walkOptionLabelIdentifier(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkBreakStatement(pos, ast, visitors) {
  const enterExit = visitors[79];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new BreakStatement(pos, ast);
    if (enter !== null) enter(node);
  }
  walkOptionLabelIdentifier(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkReturnStatement(pos, ast, visitors) {
  const enterExit = visitors[80];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new ReturnStatement(pos, ast);
    if (enter !== null) enter(node);
  }
  walkOptionExpression(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkWithStatement(pos, ast, visitors) {
  const enterExit = visitors[81];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new WithStatement(pos, ast);
    if (enter !== null) enter(node);
  }
  walkExpression(pos + 16, ast, visitors);
  walkStatement(pos + 32, ast, visitors);
  if (exit !== null) exit(node);
}
function walkSwitchStatement(pos, ast, visitors) {
  const enterExit = visitors[82];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new SwitchStatement(pos, ast);
    if (enter !== null) enter(node);
  }
  walkExpression(pos + 16, ast, visitors);
  walkVecSwitchCase(pos + 32, ast, visitors);
  if (exit !== null) exit(node);
}
function walkSwitchCase(pos, ast, visitors) {
  const enterExit = visitors[83];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new SwitchCase(pos, ast);
    if (enter !== null) enter(node);
  }
  walkOptionExpression(pos + 16, ast, visitors);
  walkVecStatement(pos + 32, ast, visitors);
  if (exit !== null) exit(node);
}
function walkLabeledStatement(pos, ast, visitors) {
  const enterExit = visitors[84];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new LabeledStatement(pos, ast);
    if (enter !== null) enter(node);
  }
  walkLabelIdentifier(pos + 16, ast, visitors);
  walkStatement(pos + 48, ast, visitors);
  if (exit !== null) exit(node);
}
function walkThrowStatement(pos, ast, visitors) {
  const enterExit = visitors[85];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new ThrowStatement(pos, ast);
    if (enter !== null) enter(node);
  }
  walkExpression(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTryStatement(pos, ast, visitors) {
  const enterExit = visitors[86];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TryStatement(pos, ast);
    if (enter !== null) enter(node);
  }
  walkBoxBlockStatement(pos + 16, ast, visitors);
  walkOptionBoxCatchClause(pos + 24, ast, visitors);
  walkOptionBoxBlockStatement(pos + 32, ast, visitors);
  if (exit !== null) exit(node);
}
function walkCatchClause(pos, ast, visitors) {
  const enterExit = visitors[87];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new CatchClause(pos, ast);
    if (enter !== null) enter(node);
  }
  walkOptionCatchParameter(pos + 16, ast, visitors);
  walkBoxBlockStatement(pos + 56, ast, visitors);
  if (exit !== null) exit(node);
}
function walkCatchParameter(pos, ast, visitors) {
  walkBindingPattern(pos + 16, ast, visitors);
}
function walkDebuggerStatement(pos, ast, visitors) {
  const visit = visitors[12];
  if (visit !== null) visit(new DebuggerStatement(pos, ast));
}
function walkBindingPattern(pos, ast, visitors) {
  switch (ast.buffer[pos]) {
    case 0:
      walkBoxBindingIdentifier(pos + 8, ast, visitors);
      return;
    case 1:
      walkBoxObjectPattern(pos + 8, ast, visitors);
      return;
    case 2:
      walkBoxArrayPattern(pos + 8, ast, visitors);
      return;
    case 3:
      walkBoxAssignmentPattern(pos + 8, ast, visitors);
      return;
    default:
      throw new Error(`Unexpected discriminant ${ast.buffer[pos]} for BindingPattern`);
  }
}
function walkAssignmentPattern(pos, ast, visitors) {
  const enterExit = visitors[88];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new AssignmentPattern(pos, ast);
    if (enter !== null) enter(node);
  }
  walkBindingPattern(pos + 16, ast, visitors);
  walkExpression(pos + 32, ast, visitors);
  if (exit !== null) exit(node);
}
function walkObjectPattern(pos, ast, visitors) {
  const enterExit = visitors[89];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new ObjectPattern(pos, ast);
    if (enter !== null) enter(node);
  }
  walkVecBindingProperty(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkBindingProperty(pos, ast, visitors) {
  const enterExit = visitors[90];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new BindingProperty(pos, ast);
    if (enter !== null) enter(node);
  }
  walkPropertyKey(pos + 16, ast, visitors);
  walkBindingPattern(pos + 32, ast, visitors);
  if (exit !== null) exit(node);
}
function walkArrayPattern(pos, ast, visitors) {
  const enterExit = visitors[91];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new ArrayPattern(pos, ast);
    if (enter !== null) enter(node);
  }
  walkVecOptionBindingPattern(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkFunction(pos, ast, visitors) {
  const enterExit = visitors[92];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new Function(pos, ast);
    if (enter !== null) enter(node);
  }
  walkOptionBindingIdentifier(pos + 16, ast, visitors);
  walkOptionBoxTSTypeParameterDeclaration(pos + 48, ast, visitors);
  walkBoxFormalParameters(pos + 64, ast, visitors);
  walkOptionBoxTSTypeAnnotation(pos + 72, ast, visitors);
  walkOptionBoxFunctionBody(pos + 80, ast, visitors);
  if (exit !== null) exit(node);
}
function walkFormalParameters(pos, ast, visitors) {
  const enterExit = visitors[93];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new FormalParameters(pos, ast);
    if (enter !== null) enter(node);
  }
  walkVecFormalParameter(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkFormalParameter(pos, ast, visitors) {
  walkVecDecorator(pos + 16, ast, visitors);
  walkBindingPattern(pos + 40, ast, visitors);
  walkOptionBoxTSTypeAnnotation(pos + 56, ast, visitors);
  walkOptionBoxExpression(pos + 64, ast, visitors);
}
function walkFunctionBody(pos, ast, visitors) {
  const enterExit = visitors[94];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new FunctionBody(pos, ast);
    if (enter !== null) enter(node);
  }
  walkVecStatement(pos + 40, ast, visitors);
  if (exit !== null) exit(node);
}
function walkArrowFunctionBody(pos, ast, visitors) {
  switch (ast.buffer[pos]) {
    case 0:
      walkBoxBooleanLiteral(pos + 8, ast, visitors);
      return;
    case 1:
      walkBoxNullLiteral(pos + 8, ast, visitors);
      return;
    case 2:
      walkBoxNumericLiteral(pos + 8, ast, visitors);
      return;
    case 3:
      walkBoxBigIntLiteral(pos + 8, ast, visitors);
      return;
    case 4:
      walkBoxRegExpLiteral(pos + 8, ast, visitors);
      return;
    case 5:
      walkBoxStringLiteral(pos + 8, ast, visitors);
      return;
    case 6:
      walkBoxTemplateLiteral(pos + 8, ast, visitors);
      return;
    case 7:
      walkBoxIdentifierReference(pos + 8, ast, visitors);
      return;
    case 8:
      walkBoxSuper(pos + 8, ast, visitors);
      return;
    case 9:
      walkBoxArrayExpression(pos + 8, ast, visitors);
      return;
    case 10:
      walkBoxArrowFunctionExpression(pos + 8, ast, visitors);
      return;
    case 11:
      walkBoxAssignmentExpression(pos + 8, ast, visitors);
      return;
    case 12:
      walkBoxAwaitExpression(pos + 8, ast, visitors);
      return;
    case 13:
      walkBoxBinaryExpression(pos + 8, ast, visitors);
      return;
    case 14:
      walkBoxCallExpression(pos + 8, ast, visitors);
      return;
    case 15:
      walkBoxChainExpression(pos + 8, ast, visitors);
      return;
    case 16:
      walkBoxClass(pos + 8, ast, visitors);
      return;
    case 17:
      walkBoxConditionalExpression(pos + 8, ast, visitors);
      return;
    case 18:
      walkBoxFunction(pos + 8, ast, visitors);
      return;
    case 19:
      walkBoxImportExpression(pos + 8, ast, visitors);
      return;
    case 20:
      walkBoxLogicalExpression(pos + 8, ast, visitors);
      return;
    case 21:
      walkBoxNewExpression(pos + 8, ast, visitors);
      return;
    case 22:
      walkBoxObjectExpression(pos + 8, ast, visitors);
      return;
    case 23:
      walkBoxParenthesizedExpression(pos + 8, ast, visitors);
      return;
    case 24:
      walkBoxSequenceExpression(pos + 8, ast, visitors);
      return;
    case 25:
      walkBoxTaggedTemplateExpression(pos + 8, ast, visitors);
      return;
    case 26:
      walkBoxThisExpression(pos + 8, ast, visitors);
      return;
    case 27:
      walkBoxUnaryExpression(pos + 8, ast, visitors);
      return;
    case 28:
      walkBoxUpdateExpression(pos + 8, ast, visitors);
      return;
    case 29:
      walkBoxYieldExpression(pos + 8, ast, visitors);
      return;
    case 30:
      walkBoxPrivateInExpression(pos + 8, ast, visitors);
      return;
    case 31:
      walkBoxImportMeta(pos + 8, ast, visitors);
      return;
    case 32:
      walkBoxNewTarget(pos + 8, ast, visitors);
      return;
    case 33:
      walkBoxJSXElement(pos + 8, ast, visitors);
      return;
    case 34:
      walkBoxJSXFragment(pos + 8, ast, visitors);
      return;
    case 35:
      walkBoxTSAsExpression(pos + 8, ast, visitors);
      return;
    case 36:
      walkBoxTSSatisfiesExpression(pos + 8, ast, visitors);
      return;
    case 37:
      walkBoxTSTypeAssertion(pos + 8, ast, visitors);
      return;
    case 38:
      walkBoxTSNonNullExpression(pos + 8, ast, visitors);
      return;
    case 39:
      walkBoxTSInstantiationExpression(pos + 8, ast, visitors);
      return;
    case 40:
      walkBoxV8IntrinsicExpression(pos + 8, ast, visitors);
      return;
    case 48:
      walkBoxComputedMemberExpression(pos + 8, ast, visitors);
      return;
    case 49:
      walkBoxStaticMemberExpression(pos + 8, ast, visitors);
      return;
    case 50:
      walkBoxPrivateFieldExpression(pos + 8, ast, visitors);
      return;
    case 64:
      walkBoxFunctionBody(pos + 8, ast, visitors);
      return;
    default:
      throw new Error(`Unexpected discriminant ${ast.buffer[pos]} for ArrowFunctionBody`);
  }
}
function walkArrowFunctionExpression(pos, ast, visitors) {
  const enterExit = visitors[95];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new ArrowFunctionExpression(pos, ast);
    if (enter !== null) enter(node);
  }
  walkOptionBoxTSTypeParameterDeclaration(pos + 16, ast, visitors);
  walkBoxFormalParameters(pos + 24, ast, visitors);
  walkOptionBoxTSTypeAnnotation(pos + 32, ast, visitors);
  walkArrowFunctionBody(pos + 40, ast, visitors);
  if (exit !== null) exit(node);
}
function walkYieldExpression(pos, ast, visitors) {
  const enterExit = visitors[96];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new YieldExpression(pos, ast);
    if (enter !== null) enter(node);
  }
  walkOptionExpression(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkClass(pos, ast, visitors) {
  const enterExit = visitors[97];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new Class(pos, ast);
    if (enter !== null) enter(node);
  }
  walkVecDecorator(pos + 16, ast, visitors);
  walkOptionBindingIdentifier(pos + 40, ast, visitors);
  walkOptionBoxTSTypeParameterDeclaration(pos + 72, ast, visitors);
  walkVecTSClassImplements(pos + 104, ast, visitors);
  walkBoxClassBody(pos + 128, ast, visitors);
  if (exit !== null) exit(node);
}
function walkClassBody(pos, ast, visitors) {
  const enterExit = visitors[98];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new ClassBody(pos, ast);
    if (enter !== null) enter(node);
  }
  walkVecClassElement(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkClassElement(pos, ast, visitors) {
  switch (ast.buffer[pos]) {
    case 0:
      walkBoxStaticBlock(pos + 8, ast, visitors);
      return;
    case 1:
      walkBoxMethodDefinition(pos + 8, ast, visitors);
      return;
    case 2:
      walkBoxPropertyDefinition(pos + 8, ast, visitors);
      return;
    case 3:
      walkBoxAccessorProperty(pos + 8, ast, visitors);
      return;
    case 4:
      walkBoxTSIndexSignature(pos + 8, ast, visitors);
      return;
    default:
      throw new Error(`Unexpected discriminant ${ast.buffer[pos]} for ClassElement`);
  }
}
function walkMethodDefinition(pos, ast, visitors) {
  const enterExit = visitors[99];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new MethodDefinition(pos, ast);
    if (enter !== null) enter(node);
  }
  walkVecDecorator(pos + 16, ast, visitors);
  walkPropertyKey(pos + 40, ast, visitors);
  walkBoxFunction(pos + 56, ast, visitors);
  if (exit !== null) exit(node);
}
function walkPropertyDefinition(pos, ast, visitors) {
  const enterExit = visitors[100];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new PropertyDefinition(pos, ast);
    if (enter !== null) enter(node);
  }
  walkVecDecorator(pos + 16, ast, visitors);
  walkPropertyKey(pos + 40, ast, visitors);
  walkOptionBoxTSTypeAnnotation(pos + 56, ast, visitors);
  walkOptionExpression(pos + 64, ast, visitors);
  if (exit !== null) exit(node);
}
function walkPrivateIdentifier(pos, ast, visitors) {
  const visit = visitors[13];
  if (visit !== null) visit(new PrivateIdentifier(pos, ast));
}
function walkStaticBlock(pos, ast, visitors) {
  const enterExit = visitors[101];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new StaticBlock(pos, ast);
    if (enter !== null) enter(node);
  }
  walkVecStatement(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkAccessorProperty(pos, ast, visitors) {
  const enterExit = visitors[102];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new AccessorProperty(pos, ast);
    if (enter !== null) enter(node);
  }
  walkVecDecorator(pos + 16, ast, visitors);
  walkPropertyKey(pos + 40, ast, visitors);
  walkOptionBoxTSTypeAnnotation(pos + 56, ast, visitors);
  walkOptionExpression(pos + 64, ast, visitors);
  if (exit !== null) exit(node);
}
function walkImportExpression(pos, ast, visitors) {
  const enterExit = visitors[103];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new ImportExpression(pos, ast);
    if (enter !== null) enter(node);
  }
  walkExpression(pos + 16, ast, visitors);
  walkOptionExpression(pos + 32, ast, visitors);
  if (exit !== null) exit(node);
}
function walkImportDeclaration(pos, ast, visitors) {
  const enterExit = visitors[104];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new ImportDeclaration(pos, ast);
    if (enter !== null) enter(node);
  }
  walkOptionVecImportDeclarationSpecifier(pos + 16, ast, visitors);
  walkStringLiteral(pos + 40, ast, visitors);
  walkOptionBoxWithClause(pos + 88, ast, visitors);
  if (exit !== null) exit(node);
}
function walkImportDeclarationSpecifier(pos, ast, visitors) {
  switch (ast.buffer[pos]) {
    case 0:
      walkBoxImportSpecifier(pos + 8, ast, visitors);
      return;
    case 1:
      walkBoxImportDefaultSpecifier(pos + 8, ast, visitors);
      return;
    case 2:
      walkBoxImportNamespaceSpecifier(pos + 8, ast, visitors);
      return;
    default:
      throw new Error(`Unexpected discriminant ${ast.buffer[pos]} for ImportDeclarationSpecifier`);
  }
}
function walkImportSpecifier(pos, ast, visitors) {
  const enterExit = visitors[105];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new ImportSpecifier(pos, ast);
    if (enter !== null) enter(node);
  }
  walkModuleExportName(pos + 16, ast, visitors);
  walkBindingIdentifier(pos + 72, ast, visitors);
  if (exit !== null) exit(node);
}
function walkImportDefaultSpecifier(pos, ast, visitors) {
  const enterExit = visitors[106];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new ImportDefaultSpecifier(pos, ast);
    if (enter !== null) enter(node);
  }
  walkBindingIdentifier(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkImportNamespaceSpecifier(pos, ast, visitors) {
  const enterExit = visitors[107];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new ImportNamespaceSpecifier(pos, ast);
    if (enter !== null) enter(node);
  }
  walkBindingIdentifier(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkWithClause(pos, ast, visitors) {
  walkVecImportAttribute(pos + 16, ast, visitors);
}
function walkImportAttribute(pos, ast, visitors) {
  const enterExit = visitors[108];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new ImportAttribute(pos, ast);
    if (enter !== null) enter(node);
  }
  walkImportAttributeKey(pos + 16, ast, visitors);
  walkStringLiteral(pos + 72, ast, visitors);
  if (exit !== null) exit(node);
}
function walkImportAttributeKey(pos, ast, visitors) {
  switch (ast.buffer[pos]) {
    case 0:
      walkIdentifierName(pos + 8, ast, visitors);
      return;
    case 1:
      walkStringLiteral(pos + 8, ast, visitors);
      return;
    default:
      throw new Error(`Unexpected discriminant ${ast.buffer[pos]} for ImportAttributeKey`);
  }
}
function walkExportDeclaration(pos, ast, visitors) {
  const enterExit = visitors[109];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new ExportDeclaration(pos, ast);
    if (enter !== null) enter(node);
  }
  walkDeclaration(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkExportNamedDeclaration(pos, ast, visitors) {
  const enterExit = visitors[110];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new ExportNamedDeclaration(pos, ast);
    if (enter !== null) enter(node);
  }
  walkVecExportSpecifier(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkExportFromDeclaration(pos, ast, visitors) {
  const enterExit = visitors[111];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new ExportFromDeclaration(pos, ast);
    if (enter !== null) enter(node);
  }
  walkVecExportSpecifier(pos + 16, ast, visitors);
  walkStringLiteral(pos + 40, ast, visitors);
  walkOptionBoxWithClause(pos + 88, ast, visitors);
  if (exit !== null) exit(node);
}
function walkExportDefaultDeclaration(pos, ast, visitors) {
  const enterExit = visitors[112];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new ExportDefaultDeclaration(pos, ast);
    if (enter !== null) enter(node);
  }
  walkExportDefaultDeclarationKind(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkExportAllDeclaration(pos, ast, visitors) {
  const enterExit = visitors[113];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new ExportAllDeclaration(pos, ast);
    if (enter !== null) enter(node);
  }
  walkOptionModuleExportName(pos + 16, ast, visitors);
  walkStringLiteral(pos + 72, ast, visitors);
  walkOptionBoxWithClause(pos + 120, ast, visitors);
  if (exit !== null) exit(node);
}
function walkExportSpecifier(pos, ast, visitors) {
  const enterExit = visitors[114];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new ExportSpecifier(pos, ast);
    if (enter !== null) enter(node);
  }
  walkModuleExportName(pos + 16, ast, visitors);
  walkModuleExportName(pos + 72, ast, visitors);
  if (exit !== null) exit(node);
}
function walkExportDefaultDeclarationKind(pos, ast, visitors) {
  switch (ast.buffer[pos]) {
    case 0:
      walkBoxBooleanLiteral(pos + 8, ast, visitors);
      return;
    case 1:
      walkBoxNullLiteral(pos + 8, ast, visitors);
      return;
    case 2:
      walkBoxNumericLiteral(pos + 8, ast, visitors);
      return;
    case 3:
      walkBoxBigIntLiteral(pos + 8, ast, visitors);
      return;
    case 4:
      walkBoxRegExpLiteral(pos + 8, ast, visitors);
      return;
    case 5:
      walkBoxStringLiteral(pos + 8, ast, visitors);
      return;
    case 6:
      walkBoxTemplateLiteral(pos + 8, ast, visitors);
      return;
    case 7:
      walkBoxIdentifierReference(pos + 8, ast, visitors);
      return;
    case 8:
      walkBoxSuper(pos + 8, ast, visitors);
      return;
    case 9:
      walkBoxArrayExpression(pos + 8, ast, visitors);
      return;
    case 10:
      walkBoxArrowFunctionExpression(pos + 8, ast, visitors);
      return;
    case 11:
      walkBoxAssignmentExpression(pos + 8, ast, visitors);
      return;
    case 12:
      walkBoxAwaitExpression(pos + 8, ast, visitors);
      return;
    case 13:
      walkBoxBinaryExpression(pos + 8, ast, visitors);
      return;
    case 14:
      walkBoxCallExpression(pos + 8, ast, visitors);
      return;
    case 15:
      walkBoxChainExpression(pos + 8, ast, visitors);
      return;
    case 16:
      walkBoxClass(pos + 8, ast, visitors);
      return;
    case 17:
      walkBoxConditionalExpression(pos + 8, ast, visitors);
      return;
    case 18:
      walkBoxFunction(pos + 8, ast, visitors);
      return;
    case 19:
      walkBoxImportExpression(pos + 8, ast, visitors);
      return;
    case 20:
      walkBoxLogicalExpression(pos + 8, ast, visitors);
      return;
    case 21:
      walkBoxNewExpression(pos + 8, ast, visitors);
      return;
    case 22:
      walkBoxObjectExpression(pos + 8, ast, visitors);
      return;
    case 23:
      walkBoxParenthesizedExpression(pos + 8, ast, visitors);
      return;
    case 24:
      walkBoxSequenceExpression(pos + 8, ast, visitors);
      return;
    case 25:
      walkBoxTaggedTemplateExpression(pos + 8, ast, visitors);
      return;
    case 26:
      walkBoxThisExpression(pos + 8, ast, visitors);
      return;
    case 27:
      walkBoxUnaryExpression(pos + 8, ast, visitors);
      return;
    case 28:
      walkBoxUpdateExpression(pos + 8, ast, visitors);
      return;
    case 29:
      walkBoxYieldExpression(pos + 8, ast, visitors);
      return;
    case 30:
      walkBoxPrivateInExpression(pos + 8, ast, visitors);
      return;
    case 31:
      walkBoxImportMeta(pos + 8, ast, visitors);
      return;
    case 32:
      walkBoxNewTarget(pos + 8, ast, visitors);
      return;
    case 33:
      walkBoxJSXElement(pos + 8, ast, visitors);
      return;
    case 34:
      walkBoxJSXFragment(pos + 8, ast, visitors);
      return;
    case 35:
      walkBoxTSAsExpression(pos + 8, ast, visitors);
      return;
    case 36:
      walkBoxTSSatisfiesExpression(pos + 8, ast, visitors);
      return;
    case 37:
      walkBoxTSTypeAssertion(pos + 8, ast, visitors);
      return;
    case 38:
      walkBoxTSNonNullExpression(pos + 8, ast, visitors);
      return;
    case 39:
      walkBoxTSInstantiationExpression(pos + 8, ast, visitors);
      return;
    case 40:
      walkBoxV8IntrinsicExpression(pos + 8, ast, visitors);
      return;
    case 48:
      walkBoxComputedMemberExpression(pos + 8, ast, visitors);
      return;
    case 49:
      walkBoxStaticMemberExpression(pos + 8, ast, visitors);
      return;
    case 50:
      walkBoxPrivateFieldExpression(pos + 8, ast, visitors);
      return;
    case 64:
      walkBoxFunction(pos + 8, ast, visitors);
      return;
    case 65:
      walkBoxClass(pos + 8, ast, visitors);
      return;
    case 66:
      walkBoxTSInterfaceDeclaration(pos + 8, ast, visitors);
      return;
    default:
      throw new Error(
        `Unexpected discriminant ${ast.buffer[pos]} for ExportDefaultDeclarationKind`
      );
  }
}
function walkModuleExportName(pos, ast, visitors) {
  switch (ast.buffer[pos]) {
    case 0:
      walkIdentifierName(pos + 8, ast, visitors);
      return;
    case 1:
      walkIdentifierReference(pos + 8, ast, visitors);
      return;
    case 2:
      walkStringLiteral(pos + 8, ast, visitors);
      return;
    default:
      throw new Error(`Unexpected discriminant ${ast.buffer[pos]} for ModuleExportName`);
  }
}
function walkV8IntrinsicExpression(pos, ast, visitors) {
  const enterExit = visitors[115];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new V8IntrinsicExpression(pos, ast);
    if (enter !== null) enter(node);
  }
  walkIdentifierName(pos + 16, ast, visitors);
  walkVecArgument(pos + 48, ast, visitors);
  if (exit !== null) exit(node);
}
function walkBooleanLiteral(pos, ast, visitors) {
  const visit = visitors[14];
  if (visit !== null) visit(new BooleanLiteral(pos, ast));
}
function walkNullLiteral(pos, ast, visitors) {
  const visit = visitors[15];
  if (visit !== null) visit(new NullLiteral(pos, ast));
}
function walkNumericLiteral(pos, ast, visitors) {
  const visit = visitors[16];
  if (visit !== null) visit(new NumericLiteral(pos, ast));
}
function walkStringLiteral(pos, ast, visitors) {
  const visit = visitors[17];
  if (visit !== null) visit(new StringLiteral(pos, ast));
}
function walkBigIntLiteral(pos, ast, visitors) {
  const visit = visitors[18];
  if (visit !== null) visit(new BigIntLiteral(pos, ast));
}
function walkRegExpLiteral(pos, ast, visitors) {
  const visit = visitors[19];
  if (visit !== null) visit(new RegExpLiteral(pos, ast));
}
function walkJSXElement(pos, ast, visitors) {
  const enterExit = visitors[116];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new JSXElement(pos, ast);
    if (enter !== null) enter(node);
  }
  walkBoxJSXOpeningElement(pos + 16, ast, visitors);
  walkVecJSXChild(pos + 24, ast, visitors);
  walkOptionBoxJSXClosingElement(pos + 48, ast, visitors);
  if (exit !== null) exit(node);
}
function walkJSXOpeningElement(pos, ast, visitors) {
  const enterExit = visitors[117];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new JSXOpeningElement(pos, ast);
    if (enter !== null) enter(node);
  }
  walkJSXElementName(pos + 16, ast, visitors);
  walkOptionBoxTSTypeParameterInstantiation(pos + 32, ast, visitors);
  walkVecJSXAttributeItem(pos + 40, ast, visitors);
  if (exit !== null) exit(node);
}
function walkJSXClosingElement(pos, ast, visitors) {
  const enterExit = visitors[118];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new JSXClosingElement(pos, ast);
    if (enter !== null) enter(node);
  }
  walkJSXElementName(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkJSXFragment(pos, ast, visitors) {
  const enterExit = visitors[119];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new JSXFragment(pos, ast);
    if (enter !== null) enter(node);
  }
  walkJSXOpeningFragment(pos + 16, ast, visitors);
  walkVecJSXChild(pos + 32, ast, visitors);
  walkJSXClosingFragment(pos + 56, ast, visitors);
  if (exit !== null) exit(node);
}
function walkJSXOpeningFragment(pos, ast, visitors) {
  const visit = visitors[20];
  if (visit !== null) visit(new JSXOpeningFragment(pos, ast));
}
function walkJSXClosingFragment(pos, ast, visitors) {
  const visit = visitors[21];
  if (visit !== null) visit(new JSXClosingFragment(pos, ast));
}
function walkJSXElementName(pos, ast, visitors) {
  switch (ast.buffer[pos]) {
    case 0:
      walkBoxJSXIdentifier(pos + 8, ast, visitors);
      return;
    case 1:
      walkBoxIdentifierReference(pos + 8, ast, visitors);
      return;
    case 2:
      walkBoxJSXNamespacedName(pos + 8, ast, visitors);
      return;
    case 3:
      walkBoxJSXMemberExpression(pos + 8, ast, visitors);
      return;
    case 4:
      walkBoxThisExpression(pos + 8, ast, visitors);
      return;
    default:
      throw new Error(`Unexpected discriminant ${ast.buffer[pos]} for JSXElementName`);
  }
}
function walkJSXNamespacedName(pos, ast, visitors) {
  const enterExit = visitors[120];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new JSXNamespacedName(pos, ast);
    if (enter !== null) enter(node);
  }
  walkJSXIdentifier(pos + 16, ast, visitors);
  walkJSXIdentifier(pos + 48, ast, visitors);
  if (exit !== null) exit(node);
}
function walkJSXMemberExpression(pos, ast, visitors) {
  const enterExit = visitors[121];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new JSXMemberExpression(pos, ast);
    if (enter !== null) enter(node);
  }
  walkJSXMemberExpressionObject(pos + 16, ast, visitors);
  walkJSXIdentifier(pos + 32, ast, visitors);
  if (exit !== null) exit(node);
}
function walkJSXMemberExpressionObject(pos, ast, visitors) {
  switch (ast.buffer[pos]) {
    case 0:
      walkBoxIdentifierReference(pos + 8, ast, visitors);
      return;
    case 1:
      walkBoxJSXMemberExpression(pos + 8, ast, visitors);
      return;
    case 2:
      walkBoxThisExpression(pos + 8, ast, visitors);
      return;
    default:
      throw new Error(`Unexpected discriminant ${ast.buffer[pos]} for JSXMemberExpressionObject`);
  }
}
function walkJSXExpressionContainer(pos, ast, visitors) {
  const enterExit = visitors[122];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new JSXExpressionContainer(pos, ast);
    if (enter !== null) enter(node);
  }
  walkJSXExpression(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkJSXExpression(pos, ast, visitors) {
  switch (ast.buffer[pos]) {
    case 0:
      walkBoxBooleanLiteral(pos + 8, ast, visitors);
      return;
    case 1:
      walkBoxNullLiteral(pos + 8, ast, visitors);
      return;
    case 2:
      walkBoxNumericLiteral(pos + 8, ast, visitors);
      return;
    case 3:
      walkBoxBigIntLiteral(pos + 8, ast, visitors);
      return;
    case 4:
      walkBoxRegExpLiteral(pos + 8, ast, visitors);
      return;
    case 5:
      walkBoxStringLiteral(pos + 8, ast, visitors);
      return;
    case 6:
      walkBoxTemplateLiteral(pos + 8, ast, visitors);
      return;
    case 7:
      walkBoxIdentifierReference(pos + 8, ast, visitors);
      return;
    case 8:
      walkBoxSuper(pos + 8, ast, visitors);
      return;
    case 9:
      walkBoxArrayExpression(pos + 8, ast, visitors);
      return;
    case 10:
      walkBoxArrowFunctionExpression(pos + 8, ast, visitors);
      return;
    case 11:
      walkBoxAssignmentExpression(pos + 8, ast, visitors);
      return;
    case 12:
      walkBoxAwaitExpression(pos + 8, ast, visitors);
      return;
    case 13:
      walkBoxBinaryExpression(pos + 8, ast, visitors);
      return;
    case 14:
      walkBoxCallExpression(pos + 8, ast, visitors);
      return;
    case 15:
      walkBoxChainExpression(pos + 8, ast, visitors);
      return;
    case 16:
      walkBoxClass(pos + 8, ast, visitors);
      return;
    case 17:
      walkBoxConditionalExpression(pos + 8, ast, visitors);
      return;
    case 18:
      walkBoxFunction(pos + 8, ast, visitors);
      return;
    case 19:
      walkBoxImportExpression(pos + 8, ast, visitors);
      return;
    case 20:
      walkBoxLogicalExpression(pos + 8, ast, visitors);
      return;
    case 21:
      walkBoxNewExpression(pos + 8, ast, visitors);
      return;
    case 22:
      walkBoxObjectExpression(pos + 8, ast, visitors);
      return;
    case 23:
      walkBoxParenthesizedExpression(pos + 8, ast, visitors);
      return;
    case 24:
      walkBoxSequenceExpression(pos + 8, ast, visitors);
      return;
    case 25:
      walkBoxTaggedTemplateExpression(pos + 8, ast, visitors);
      return;
    case 26:
      walkBoxThisExpression(pos + 8, ast, visitors);
      return;
    case 27:
      walkBoxUnaryExpression(pos + 8, ast, visitors);
      return;
    case 28:
      walkBoxUpdateExpression(pos + 8, ast, visitors);
      return;
    case 29:
      walkBoxYieldExpression(pos + 8, ast, visitors);
      return;
    case 30:
      walkBoxPrivateInExpression(pos + 8, ast, visitors);
      return;
    case 31:
      walkBoxImportMeta(pos + 8, ast, visitors);
      return;
    case 32:
      walkBoxNewTarget(pos + 8, ast, visitors);
      return;
    case 33:
      walkBoxJSXElement(pos + 8, ast, visitors);
      return;
    case 34:
      walkBoxJSXFragment(pos + 8, ast, visitors);
      return;
    case 35:
      walkBoxTSAsExpression(pos + 8, ast, visitors);
      return;
    case 36:
      walkBoxTSSatisfiesExpression(pos + 8, ast, visitors);
      return;
    case 37:
      walkBoxTSTypeAssertion(pos + 8, ast, visitors);
      return;
    case 38:
      walkBoxTSNonNullExpression(pos + 8, ast, visitors);
      return;
    case 39:
      walkBoxTSInstantiationExpression(pos + 8, ast, visitors);
      return;
    case 40:
      walkBoxV8IntrinsicExpression(pos + 8, ast, visitors);
      return;
    case 48:
      walkBoxComputedMemberExpression(pos + 8, ast, visitors);
      return;
    case 49:
      walkBoxStaticMemberExpression(pos + 8, ast, visitors);
      return;
    case 50:
      walkBoxPrivateFieldExpression(pos + 8, ast, visitors);
      return;
    case 64:
      walkBoxJSXEmptyExpression(pos + 8, ast, visitors);
      return;
    default:
      throw new Error(`Unexpected discriminant ${ast.buffer[pos]} for JSXExpression`);
  }
}
function walkJSXEmptyExpression(pos, ast, visitors) {
  const visit = visitors[22];
  if (visit !== null) visit(new JSXEmptyExpression(pos, ast));
}
function walkJSXAttributeItem(pos, ast, visitors) {
  switch (ast.buffer[pos]) {
    case 0:
      walkBoxJSXAttribute(pos + 8, ast, visitors);
      return;
    case 1:
      walkBoxJSXSpreadAttribute(pos + 8, ast, visitors);
      return;
    default:
      throw new Error(`Unexpected discriminant ${ast.buffer[pos]} for JSXAttributeItem`);
  }
}
function walkJSXAttribute(pos, ast, visitors) {
  const enterExit = visitors[123];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new JSXAttribute(pos, ast);
    if (enter !== null) enter(node);
  }
  walkJSXAttributeName(pos + 16, ast, visitors);
  walkOptionJSXAttributeValue(pos + 32, ast, visitors);
  if (exit !== null) exit(node);
}
function walkJSXSpreadAttribute(pos, ast, visitors) {
  const enterExit = visitors[124];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new JSXSpreadAttribute(pos, ast);
    if (enter !== null) enter(node);
  }
  walkExpression(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkJSXAttributeName(pos, ast, visitors) {
  switch (ast.buffer[pos]) {
    case 0:
      walkBoxJSXIdentifier(pos + 8, ast, visitors);
      return;
    case 1:
      walkBoxJSXNamespacedName(pos + 8, ast, visitors);
      return;
    default:
      throw new Error(`Unexpected discriminant ${ast.buffer[pos]} for JSXAttributeName`);
  }
}
function walkJSXAttributeValue(pos, ast, visitors) {
  switch (ast.buffer[pos]) {
    case 0:
      walkBoxStringLiteral(pos + 8, ast, visitors);
      return;
    case 1:
      walkBoxJSXExpressionContainer(pos + 8, ast, visitors);
      return;
    case 2:
      walkBoxJSXElement(pos + 8, ast, visitors);
      return;
    case 3:
      walkBoxJSXFragment(pos + 8, ast, visitors);
      return;
    default:
      throw new Error(`Unexpected discriminant ${ast.buffer[pos]} for JSXAttributeValue`);
  }
}
function walkJSXIdentifier(pos, ast, visitors) {
  const visit = visitors[23];
  if (visit !== null) visit(new JSXIdentifier(pos, ast));
}
function walkJSXChild(pos, ast, visitors) {
  switch (ast.buffer[pos]) {
    case 0:
      walkBoxJSXText(pos + 8, ast, visitors);
      return;
    case 1:
      walkBoxJSXElement(pos + 8, ast, visitors);
      return;
    case 2:
      walkBoxJSXFragment(pos + 8, ast, visitors);
      return;
    case 3:
      walkBoxJSXExpressionContainer(pos + 8, ast, visitors);
      return;
    case 4:
      walkBoxJSXSpreadChild(pos + 8, ast, visitors);
      return;
    default:
      throw new Error(`Unexpected discriminant ${ast.buffer[pos]} for JSXChild`);
  }
}
function walkJSXSpreadChild(pos, ast, visitors) {
  const enterExit = visitors[125];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new JSXSpreadChild(pos, ast);
    if (enter !== null) enter(node);
  }
  walkExpression(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkJSXText(pos, ast, visitors) {
  const visit = visitors[24];
  if (visit !== null) visit(new JSXText(pos, ast));
}
function walkTSEnumDeclaration(pos, ast, visitors) {
  const enterExit = visitors[126];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSEnumDeclaration(pos, ast);
    if (enter !== null) enter(node);
  }
  walkBindingIdentifier(pos + 16, ast, visitors);
  walkTSEnumBody(pos + 48, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSEnumBody(pos, ast, visitors) {
  const enterExit = visitors[127];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSEnumBody(pos, ast);
    if (enter !== null) enter(node);
  }
  walkVecTSEnumMember(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSEnumMember(pos, ast, visitors) {
  const enterExit = visitors[128];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSEnumMember(pos, ast);
    if (enter !== null) enter(node);
  }
  walkTSEnumMemberName(pos + 16, ast, visitors);
  walkOptionExpression(pos + 32, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSEnumMemberName(pos, ast, visitors) {
  switch (ast.buffer[pos]) {
    case 0:
      walkBoxIdentifierName(pos + 8, ast, visitors);
      return;
    case 1:
      walkBoxStringLiteral(pos + 8, ast, visitors);
      return;
    case 2:
      walkBoxStringLiteral(pos + 8, ast, visitors);
      return;
    case 3:
      walkBoxTemplateLiteral(pos + 8, ast, visitors);
      return;
    default:
      throw new Error(`Unexpected discriminant ${ast.buffer[pos]} for TSEnumMemberName`);
  }
}
function walkTSTypeAnnotation(pos, ast, visitors) {
  const enterExit = visitors[129];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSTypeAnnotation(pos, ast);
    if (enter !== null) enter(node);
  }
  walkTSType(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSLiteralType(pos, ast, visitors) {
  const enterExit = visitors[130];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSLiteralType(pos, ast);
    if (enter !== null) enter(node);
  }
  walkTSLiteral(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSLiteral(pos, ast, visitors) {
  switch (ast.buffer[pos]) {
    case 0:
      walkBoxBooleanLiteral(pos + 8, ast, visitors);
      return;
    case 1:
      walkBoxNumericLiteral(pos + 8, ast, visitors);
      return;
    case 2:
      walkBoxBigIntLiteral(pos + 8, ast, visitors);
      return;
    case 3:
      walkBoxStringLiteral(pos + 8, ast, visitors);
      return;
    case 4:
      walkBoxTemplateLiteral(pos + 8, ast, visitors);
      return;
    case 5:
      walkBoxUnaryExpression(pos + 8, ast, visitors);
      return;
    default:
      throw new Error(`Unexpected discriminant ${ast.buffer[pos]} for TSLiteral`);
  }
}
function walkTSType(pos, ast, visitors) {
  switch (ast.buffer[pos]) {
    case 0:
      walkBoxTSAnyKeyword(pos + 8, ast, visitors);
      return;
    case 1:
      walkBoxTSBigIntKeyword(pos + 8, ast, visitors);
      return;
    case 2:
      walkBoxTSBooleanKeyword(pos + 8, ast, visitors);
      return;
    case 3:
      walkBoxTSIntrinsicKeyword(pos + 8, ast, visitors);
      return;
    case 4:
      walkBoxTSNeverKeyword(pos + 8, ast, visitors);
      return;
    case 5:
      walkBoxTSNullKeyword(pos + 8, ast, visitors);
      return;
    case 6:
      walkBoxTSNumberKeyword(pos + 8, ast, visitors);
      return;
    case 7:
      walkBoxTSObjectKeyword(pos + 8, ast, visitors);
      return;
    case 8:
      walkBoxTSStringKeyword(pos + 8, ast, visitors);
      return;
    case 9:
      walkBoxTSSymbolKeyword(pos + 8, ast, visitors);
      return;
    case 10:
      walkBoxTSThisType(pos + 8, ast, visitors);
      return;
    case 11:
      walkBoxTSUndefinedKeyword(pos + 8, ast, visitors);
      return;
    case 12:
      walkBoxTSUnknownKeyword(pos + 8, ast, visitors);
      return;
    case 13:
      walkBoxTSVoidKeyword(pos + 8, ast, visitors);
      return;
    case 14:
      walkBoxTSArrayType(pos + 8, ast, visitors);
      return;
    case 15:
      walkBoxTSConditionalType(pos + 8, ast, visitors);
      return;
    case 16:
      walkBoxTSConstructorType(pos + 8, ast, visitors);
      return;
    case 17:
      walkBoxTSFunctionType(pos + 8, ast, visitors);
      return;
    case 18:
      walkBoxTSImportType(pos + 8, ast, visitors);
      return;
    case 19:
      walkBoxTSIndexedAccessType(pos + 8, ast, visitors);
      return;
    case 20:
      walkBoxTSInferType(pos + 8, ast, visitors);
      return;
    case 21:
      walkBoxTSIntersectionType(pos + 8, ast, visitors);
      return;
    case 22:
      walkBoxTSLiteralType(pos + 8, ast, visitors);
      return;
    case 23:
      walkBoxTSMappedType(pos + 8, ast, visitors);
      return;
    case 24:
      walkBoxTSNamedTupleMember(pos + 8, ast, visitors);
      return;
    case 26:
      walkBoxTSTemplateLiteralType(pos + 8, ast, visitors);
      return;
    case 27:
      walkBoxTSTupleType(pos + 8, ast, visitors);
      return;
    case 28:
      walkBoxTSTypeLiteral(pos + 8, ast, visitors);
      return;
    case 29:
      walkBoxTSTypeOperator(pos + 8, ast, visitors);
      return;
    case 30:
      walkBoxTSTypePredicate(pos + 8, ast, visitors);
      return;
    case 31:
      walkBoxTSTypeQuery(pos + 8, ast, visitors);
      return;
    case 32:
      walkBoxTSTypeReference(pos + 8, ast, visitors);
      return;
    case 33:
      walkBoxTSUnionType(pos + 8, ast, visitors);
      return;
    case 34:
      walkBoxTSParenthesizedType(pos + 8, ast, visitors);
      return;
    case 35:
      walkBoxJSDocNullableType(pos + 8, ast, visitors);
      return;
    case 36:
      walkBoxJSDocNonNullableType(pos + 8, ast, visitors);
      return;
    case 37:
      walkBoxJSDocUnknownType(pos + 8, ast, visitors);
      return;
    default:
      throw new Error(`Unexpected discriminant ${ast.buffer[pos]} for TSType`);
  }
}
function walkTSConditionalType(pos, ast, visitors) {
  const enterExit = visitors[131];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSConditionalType(pos, ast);
    if (enter !== null) enter(node);
  }
  walkTSType(pos + 16, ast, visitors);
  walkTSType(pos + 32, ast, visitors);
  walkTSType(pos + 48, ast, visitors);
  walkTSType(pos + 64, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSUnionType(pos, ast, visitors) {
  const enterExit = visitors[132];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSUnionType(pos, ast);
    if (enter !== null) enter(node);
  }
  walkVecTSType(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSIntersectionType(pos, ast, visitors) {
  const enterExit = visitors[133];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSIntersectionType(pos, ast);
    if (enter !== null) enter(node);
  }
  walkVecTSType(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSParenthesizedType(pos, ast, visitors) {
  const enterExit = visitors[134];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSParenthesizedType(pos, ast);
    if (enter !== null) enter(node);
  }
  walkTSType(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSTypeOperator(pos, ast, visitors) {
  const enterExit = visitors[135];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSTypeOperator(pos, ast);
    if (enter !== null) enter(node);
  }
  walkTSType(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSArrayType(pos, ast, visitors) {
  const enterExit = visitors[136];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSArrayType(pos, ast);
    if (enter !== null) enter(node);
  }
  walkTSType(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSIndexedAccessType(pos, ast, visitors) {
  const enterExit = visitors[137];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSIndexedAccessType(pos, ast);
    if (enter !== null) enter(node);
  }
  walkTSType(pos + 16, ast, visitors);
  walkTSType(pos + 32, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSTupleType(pos, ast, visitors) {
  const enterExit = visitors[138];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSTupleType(pos, ast);
    if (enter !== null) enter(node);
  }
  walkVecTSTupleElement(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSNamedTupleMember(pos, ast, visitors) {
  const enterExit = visitors[139];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSNamedTupleMember(pos, ast);
    if (enter !== null) enter(node);
  }
  walkIdentifierName(pos + 16, ast, visitors);
  walkTSTupleElement(pos + 48, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSOptionalType(pos, ast, visitors) {
  const enterExit = visitors[140];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSOptionalType(pos, ast);
    if (enter !== null) enter(node);
  }
  walkTSType(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSRestType(pos, ast, visitors) {
  const enterExit = visitors[141];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSRestType(pos, ast);
    if (enter !== null) enter(node);
  }
  walkTSType(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSTupleElement(pos, ast, visitors) {
  switch (ast.buffer[pos]) {
    case 0:
      walkBoxTSAnyKeyword(pos + 8, ast, visitors);
      return;
    case 1:
      walkBoxTSBigIntKeyword(pos + 8, ast, visitors);
      return;
    case 2:
      walkBoxTSBooleanKeyword(pos + 8, ast, visitors);
      return;
    case 3:
      walkBoxTSIntrinsicKeyword(pos + 8, ast, visitors);
      return;
    case 4:
      walkBoxTSNeverKeyword(pos + 8, ast, visitors);
      return;
    case 5:
      walkBoxTSNullKeyword(pos + 8, ast, visitors);
      return;
    case 6:
      walkBoxTSNumberKeyword(pos + 8, ast, visitors);
      return;
    case 7:
      walkBoxTSObjectKeyword(pos + 8, ast, visitors);
      return;
    case 8:
      walkBoxTSStringKeyword(pos + 8, ast, visitors);
      return;
    case 9:
      walkBoxTSSymbolKeyword(pos + 8, ast, visitors);
      return;
    case 10:
      walkBoxTSThisType(pos + 8, ast, visitors);
      return;
    case 11:
      walkBoxTSUndefinedKeyword(pos + 8, ast, visitors);
      return;
    case 12:
      walkBoxTSUnknownKeyword(pos + 8, ast, visitors);
      return;
    case 13:
      walkBoxTSVoidKeyword(pos + 8, ast, visitors);
      return;
    case 14:
      walkBoxTSArrayType(pos + 8, ast, visitors);
      return;
    case 15:
      walkBoxTSConditionalType(pos + 8, ast, visitors);
      return;
    case 16:
      walkBoxTSConstructorType(pos + 8, ast, visitors);
      return;
    case 17:
      walkBoxTSFunctionType(pos + 8, ast, visitors);
      return;
    case 18:
      walkBoxTSImportType(pos + 8, ast, visitors);
      return;
    case 19:
      walkBoxTSIndexedAccessType(pos + 8, ast, visitors);
      return;
    case 20:
      walkBoxTSInferType(pos + 8, ast, visitors);
      return;
    case 21:
      walkBoxTSIntersectionType(pos + 8, ast, visitors);
      return;
    case 22:
      walkBoxTSLiteralType(pos + 8, ast, visitors);
      return;
    case 23:
      walkBoxTSMappedType(pos + 8, ast, visitors);
      return;
    case 24:
      walkBoxTSNamedTupleMember(pos + 8, ast, visitors);
      return;
    case 26:
      walkBoxTSTemplateLiteralType(pos + 8, ast, visitors);
      return;
    case 27:
      walkBoxTSTupleType(pos + 8, ast, visitors);
      return;
    case 28:
      walkBoxTSTypeLiteral(pos + 8, ast, visitors);
      return;
    case 29:
      walkBoxTSTypeOperator(pos + 8, ast, visitors);
      return;
    case 30:
      walkBoxTSTypePredicate(pos + 8, ast, visitors);
      return;
    case 31:
      walkBoxTSTypeQuery(pos + 8, ast, visitors);
      return;
    case 32:
      walkBoxTSTypeReference(pos + 8, ast, visitors);
      return;
    case 33:
      walkBoxTSUnionType(pos + 8, ast, visitors);
      return;
    case 34:
      walkBoxTSParenthesizedType(pos + 8, ast, visitors);
      return;
    case 35:
      walkBoxJSDocNullableType(pos + 8, ast, visitors);
      return;
    case 36:
      walkBoxJSDocNonNullableType(pos + 8, ast, visitors);
      return;
    case 37:
      walkBoxJSDocUnknownType(pos + 8, ast, visitors);
      return;
    case 64:
      walkBoxTSOptionalType(pos + 8, ast, visitors);
      return;
    case 65:
      walkBoxTSRestType(pos + 8, ast, visitors);
      return;
    default:
      throw new Error(`Unexpected discriminant ${ast.buffer[pos]} for TSTupleElement`);
  }
}
function walkTSAnyKeyword(pos, ast, visitors) {
  const visit = visitors[25];
  if (visit !== null) visit(new TSAnyKeyword(pos, ast));
}
function walkTSStringKeyword(pos, ast, visitors) {
  const visit = visitors[26];
  if (visit !== null) visit(new TSStringKeyword(pos, ast));
}
function walkTSBooleanKeyword(pos, ast, visitors) {
  const visit = visitors[27];
  if (visit !== null) visit(new TSBooleanKeyword(pos, ast));
}
function walkTSNumberKeyword(pos, ast, visitors) {
  const visit = visitors[28];
  if (visit !== null) visit(new TSNumberKeyword(pos, ast));
}
function walkTSNeverKeyword(pos, ast, visitors) {
  const visit = visitors[29];
  if (visit !== null) visit(new TSNeverKeyword(pos, ast));
}
function walkTSIntrinsicKeyword(pos, ast, visitors) {
  const visit = visitors[30];
  if (visit !== null) visit(new TSIntrinsicKeyword(pos, ast));
}
function walkTSUnknownKeyword(pos, ast, visitors) {
  const visit = visitors[31];
  if (visit !== null) visit(new TSUnknownKeyword(pos, ast));
}
function walkTSNullKeyword(pos, ast, visitors) {
  const visit = visitors[32];
  if (visit !== null) visit(new TSNullKeyword(pos, ast));
}
function walkTSUndefinedKeyword(pos, ast, visitors) {
  const visit = visitors[33];
  if (visit !== null) visit(new TSUndefinedKeyword(pos, ast));
}
function walkTSVoidKeyword(pos, ast, visitors) {
  const visit = visitors[34];
  if (visit !== null) visit(new TSVoidKeyword(pos, ast));
}
function walkTSSymbolKeyword(pos, ast, visitors) {
  const visit = visitors[35];
  if (visit !== null) visit(new TSSymbolKeyword(pos, ast));
}
function walkTSThisType(pos, ast, visitors) {
  const visit = visitors[36];
  if (visit !== null) visit(new TSThisType(pos, ast));
}
function walkTSObjectKeyword(pos, ast, visitors) {
  const visit = visitors[37];
  if (visit !== null) visit(new TSObjectKeyword(pos, ast));
}
function walkTSBigIntKeyword(pos, ast, visitors) {
  const visit = visitors[38];
  if (visit !== null) visit(new TSBigIntKeyword(pos, ast));
}
function walkTSTypeReference(pos, ast, visitors) {
  const enterExit = visitors[142];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSTypeReference(pos, ast);
    if (enter !== null) enter(node);
  }
  walkTSTypeName(pos + 16, ast, visitors);
  walkOptionBoxTSTypeParameterInstantiation(pos + 32, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSTypeName(pos, ast, visitors) {
  switch (ast.buffer[pos]) {
    case 0:
      walkBoxIdentifierReference(pos + 8, ast, visitors);
      return;
    case 1:
      walkBoxTSQualifiedName(pos + 8, ast, visitors);
      return;
    case 2:
      walkBoxThisExpression(pos + 8, ast, visitors);
      return;
    default:
      throw new Error(`Unexpected discriminant ${ast.buffer[pos]} for TSTypeName`);
  }
}
function walkTSQualifiedName(pos, ast, visitors) {
  const enterExit = visitors[143];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSQualifiedName(pos, ast);
    if (enter !== null) enter(node);
  }
  walkTSTypeName(pos + 16, ast, visitors);
  walkIdentifierName(pos + 32, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSTypeParameterInstantiation(pos, ast, visitors) {
  const enterExit = visitors[144];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSTypeParameterInstantiation(pos, ast);
    if (enter !== null) enter(node);
  }
  walkVecTSType(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSTypeParameter(pos, ast, visitors) {
  const enterExit = visitors[145];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSTypeParameter(pos, ast);
    if (enter !== null) enter(node);
  }
  walkBindingIdentifier(pos + 16, ast, visitors);
  walkOptionTSType(pos + 48, ast, visitors);
  walkOptionTSType(pos + 64, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSTypeParameterDeclaration(pos, ast, visitors) {
  const enterExit = visitors[146];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSTypeParameterDeclaration(pos, ast);
    if (enter !== null) enter(node);
  }
  walkVecTSTypeParameter(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSTypeAliasDeclaration(pos, ast, visitors) {
  const enterExit = visitors[147];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSTypeAliasDeclaration(pos, ast);
    if (enter !== null) enter(node);
  }
  walkBindingIdentifier(pos + 16, ast, visitors);
  walkOptionBoxTSTypeParameterDeclaration(pos + 48, ast, visitors);
  walkTSType(pos + 56, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSClassImplements(pos, ast, visitors) {
  const enterExit = visitors[148];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSClassImplements(pos, ast);
    if (enter !== null) enter(node);
  }
  walkTSTypeName(pos + 16, ast, visitors);
  walkOptionBoxTSTypeParameterInstantiation(pos + 32, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSInterfaceDeclaration(pos, ast, visitors) {
  const enterExit = visitors[149];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSInterfaceDeclaration(pos, ast);
    if (enter !== null) enter(node);
  }
  walkBindingIdentifier(pos + 16, ast, visitors);
  walkOptionBoxTSTypeParameterDeclaration(pos + 48, ast, visitors);
  walkVecTSInterfaceHeritage(pos + 56, ast, visitors);
  walkBoxTSInterfaceBody(pos + 80, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSInterfaceBody(pos, ast, visitors) {
  const enterExit = visitors[150];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSInterfaceBody(pos, ast);
    if (enter !== null) enter(node);
  }
  walkVecTSSignature(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSPropertySignature(pos, ast, visitors) {
  const enterExit = visitors[151];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSPropertySignature(pos, ast);
    if (enter !== null) enter(node);
  }
  walkPropertyKey(pos + 16, ast, visitors);
  walkOptionBoxTSTypeAnnotation(pos + 32, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSSignature(pos, ast, visitors) {
  switch (ast.buffer[pos]) {
    case 0:
      walkBoxTSIndexSignature(pos + 8, ast, visitors);
      return;
    case 1:
      walkBoxTSPropertySignature(pos + 8, ast, visitors);
      return;
    case 2:
      walkBoxTSCallSignatureDeclaration(pos + 8, ast, visitors);
      return;
    case 3:
      walkBoxTSConstructSignatureDeclaration(pos + 8, ast, visitors);
      return;
    case 4:
      walkBoxTSMethodSignature(pos + 8, ast, visitors);
      return;
    default:
      throw new Error(`Unexpected discriminant ${ast.buffer[pos]} for TSSignature`);
  }
}
function walkTSIndexSignature(pos, ast, visitors) {
  const enterExit = visitors[152];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSIndexSignature(pos, ast);
    if (enter !== null) enter(node);
  }
  walkTSIndexSignatureName(pos + 16, ast, visitors);
  walkBoxTSTypeAnnotation(pos + 56, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSCallSignatureDeclaration(pos, ast, visitors) {
  const enterExit = visitors[153];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSCallSignatureDeclaration(pos, ast);
    if (enter !== null) enter(node);
  }
  walkOptionBoxTSTypeParameterDeclaration(pos + 16, ast, visitors);
  walkBoxFormalParameters(pos + 32, ast, visitors);
  walkOptionBoxTSTypeAnnotation(pos + 40, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSMethodSignature(pos, ast, visitors) {
  const enterExit = visitors[154];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSMethodSignature(pos, ast);
    if (enter !== null) enter(node);
  }
  walkPropertyKey(pos + 16, ast, visitors);
  walkOptionBoxTSTypeParameterDeclaration(pos + 32, ast, visitors);
  walkBoxFormalParameters(pos + 48, ast, visitors);
  walkOptionBoxTSTypeAnnotation(pos + 56, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSConstructSignatureDeclaration(pos, ast, visitors) {
  const enterExit = visitors[155];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSConstructSignatureDeclaration(pos, ast);
    if (enter !== null) enter(node);
  }
  walkOptionBoxTSTypeParameterDeclaration(pos + 16, ast, visitors);
  walkBoxFormalParameters(pos + 24, ast, visitors);
  walkOptionBoxTSTypeAnnotation(pos + 32, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSIndexSignatureName(pos, ast, visitors) {
  const enterExit = visitors[156];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSIndexSignatureName(pos, ast);
    if (enter !== null) enter(node);
  }
  walkBoxTSTypeAnnotation(pos + 32, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSInterfaceHeritage(pos, ast, visitors) {
  const enterExit = visitors[157];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSInterfaceHeritage(pos, ast);
    if (enter !== null) enter(node);
  }
  walkTSTypeName(pos + 16, ast, visitors);
  walkOptionBoxTSTypeParameterInstantiation(pos + 32, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSTypePredicate(pos, ast, visitors) {
  const enterExit = visitors[158];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSTypePredicate(pos, ast);
    if (enter !== null) enter(node);
  }
  walkTSTypePredicateName(pos + 16, ast, visitors);
  walkOptionBoxTSTypeAnnotation(pos + 32, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSTypePredicateName(pos, ast, visitors) {
  switch (ast.buffer[pos]) {
    case 0:
      walkBoxIdentifierName(pos + 8, ast, visitors);
      return;
    case 1:
      walkBoxTSThisType(pos + 8, ast, visitors);
      return;
    default:
      throw new Error(`Unexpected discriminant ${ast.buffer[pos]} for TSTypePredicateName`);
  }
}
function walkTSExternalModuleDeclaration(pos, ast, visitors) {
  const enterExit = visitors[159];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSExternalModuleDeclaration(pos, ast);
    if (enter !== null) enter(node);
  }
  walkStringLiteral(pos + 16, ast, visitors);
  walkOptionBoxTSModuleBlock(pos + 64, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSNamespaceDeclaration(pos, ast, visitors) {
  const enterExit = visitors[160];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSNamespaceDeclaration(pos, ast);
    if (enter !== null) enter(node);
  }
  walkBindingIdentifier(pos + 16, ast, visitors);
  walkTSNamespaceDeclarationBody(pos + 48, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSNamespaceDeclarationBody(pos, ast, visitors) {
  switch (ast.buffer[pos]) {
    case 0:
      walkBoxTSNamespaceDeclaration(pos + 8, ast, visitors);
      return;
    case 1:
      walkBoxTSModuleBlock(pos + 8, ast, visitors);
      return;
    default:
      throw new Error(`Unexpected discriminant ${ast.buffer[pos]} for TSNamespaceDeclarationBody`);
  }
}
function walkTSGlobalDeclaration(pos, ast, visitors) {
  const enterExit = visitors[161];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSGlobalDeclaration(pos, ast);
    if (enter !== null) enter(node);
  }
  walkTSModuleBlock(pos + 24, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSModuleBlock(pos, ast, visitors) {
  const enterExit = visitors[162];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSModuleBlock(pos, ast);
    if (enter !== null) enter(node);
  }
  walkVecStatement(pos + 40, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSTypeLiteral(pos, ast, visitors) {
  const enterExit = visitors[163];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSTypeLiteral(pos, ast);
    if (enter !== null) enter(node);
  }
  walkVecTSSignature(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSInferType(pos, ast, visitors) {
  const enterExit = visitors[164];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSInferType(pos, ast);
    if (enter !== null) enter(node);
  }
  walkBoxTSTypeParameter(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSTypeQuery(pos, ast, visitors) {
  const enterExit = visitors[165];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSTypeQuery(pos, ast);
    if (enter !== null) enter(node);
  }
  walkTSTypeQueryExprName(pos + 16, ast, visitors);
  walkOptionBoxTSTypeParameterInstantiation(pos + 32, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSTypeQueryExprName(pos, ast, visitors) {
  switch (ast.buffer[pos]) {
    case 0:
      walkBoxIdentifierReference(pos + 8, ast, visitors);
      return;
    case 1:
      walkBoxTSQualifiedName(pos + 8, ast, visitors);
      return;
    case 2:
      walkBoxThisExpression(pos + 8, ast, visitors);
      return;
    case 3:
      walkBoxTSImportType(pos + 8, ast, visitors);
      return;
    default:
      throw new Error(`Unexpected discriminant ${ast.buffer[pos]} for TSTypeQueryExprName`);
  }
}
function walkTSImportType(pos, ast, visitors) {
  const enterExit = visitors[166];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSImportType(pos, ast);
    if (enter !== null) enter(node);
  }
  walkStringLiteral(pos + 16, ast, visitors);
  walkOptionBoxObjectExpression(pos + 64, ast, visitors);
  walkOptionTSImportTypeQualifier(pos + 72, ast, visitors);
  walkOptionBoxTSTypeParameterInstantiation(pos + 88, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSImportTypeQualifier(pos, ast, visitors) {
  switch (ast.buffer[pos]) {
    case 0:
      walkBoxIdentifierName(pos + 8, ast, visitors);
      return;
    case 1:
      walkBoxTSImportTypeQualifiedName(pos + 8, ast, visitors);
      return;
    default:
      throw new Error(`Unexpected discriminant ${ast.buffer[pos]} for TSImportTypeQualifier`);
  }
}
function walkTSImportTypeQualifiedName(pos, ast, visitors) {
  const enterExit = visitors[167];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSImportTypeQualifiedName(pos, ast);
    if (enter !== null) enter(node);
  }
  walkTSImportTypeQualifier(pos + 16, ast, visitors);
  walkIdentifierName(pos + 32, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSFunctionType(pos, ast, visitors) {
  const enterExit = visitors[168];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSFunctionType(pos, ast);
    if (enter !== null) enter(node);
  }
  walkOptionBoxTSTypeParameterDeclaration(pos + 16, ast, visitors);
  walkBoxFormalParameters(pos + 32, ast, visitors);
  walkBoxTSTypeAnnotation(pos + 40, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSConstructorType(pos, ast, visitors) {
  const enterExit = visitors[169];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSConstructorType(pos, ast);
    if (enter !== null) enter(node);
  }
  walkOptionBoxTSTypeParameterDeclaration(pos + 16, ast, visitors);
  walkBoxFormalParameters(pos + 24, ast, visitors);
  walkBoxTSTypeAnnotation(pos + 32, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSMappedType(pos, ast, visitors) {
  const enterExit = visitors[170];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSMappedType(pos, ast);
    if (enter !== null) enter(node);
  }
  walkBindingIdentifier(pos + 16, ast, visitors);
  walkTSType(pos + 48, ast, visitors);
  walkOptionTSType(pos + 64, ast, visitors);
  walkOptionTSType(pos + 80, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSTemplateLiteralType(pos, ast, visitors) {
  const enterExit = visitors[171];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSTemplateLiteralType(pos, ast);
    if (enter !== null) enter(node);
  }
  walkVecTemplateElement(pos + 16, ast, visitors);
  walkVecTSType(pos + 40, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSAsExpression(pos, ast, visitors) {
  const enterExit = visitors[172];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSAsExpression(pos, ast);
    if (enter !== null) enter(node);
  }
  walkExpression(pos + 16, ast, visitors);
  walkTSType(pos + 32, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSSatisfiesExpression(pos, ast, visitors) {
  const enterExit = visitors[173];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSSatisfiesExpression(pos, ast);
    if (enter !== null) enter(node);
  }
  walkExpression(pos + 16, ast, visitors);
  walkTSType(pos + 32, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSTypeAssertion(pos, ast, visitors) {
  const enterExit = visitors[174];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSTypeAssertion(pos, ast);
    if (enter !== null) enter(node);
  }
  walkTSType(pos + 16, ast, visitors);
  walkExpression(pos + 32, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSImportEqualsDeclaration(pos, ast, visitors) {
  const enterExit = visitors[175];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSImportEqualsDeclaration(pos, ast);
    if (enter !== null) enter(node);
  }
  walkBindingIdentifier(pos + 16, ast, visitors);
  walkTSModuleReference(pos + 48, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSModuleReference(pos, ast, visitors) {
  switch (ast.buffer[pos]) {
    case 0:
      walkBoxTSExternalModuleReference(pos + 8, ast, visitors);
      return;
    case 1:
      walkBoxIdentifierReference(pos + 8, ast, visitors);
      return;
    case 2:
      walkBoxTSQualifiedName(pos + 8, ast, visitors);
      return;
    default:
      throw new Error(`Unexpected discriminant ${ast.buffer[pos]} for TSModuleReference`);
  }
}
function walkTSExternalModuleReference(pos, ast, visitors) {
  const enterExit = visitors[176];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSExternalModuleReference(pos, ast);
    if (enter !== null) enter(node);
  }
  walkStringLiteral(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSNonNullExpression(pos, ast, visitors) {
  const enterExit = visitors[177];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSNonNullExpression(pos, ast);
    if (enter !== null) enter(node);
  }
  walkExpression(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkDecorator(pos, ast, visitors) {
  const enterExit = visitors[178];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new Decorator(pos, ast);
    if (enter !== null) enter(node);
  }
  walkExpression(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSExportAssignment(pos, ast, visitors) {
  const enterExit = visitors[179];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSExportAssignment(pos, ast);
    if (enter !== null) enter(node);
  }
  walkExpression(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSNamespaceExportDeclaration(pos, ast, visitors) {
  const enterExit = visitors[180];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSNamespaceExportDeclaration(pos, ast);
    if (enter !== null) enter(node);
  }
  walkIdentifierName(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkTSInstantiationExpression(pos, ast, visitors) {
  const enterExit = visitors[181];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new TSInstantiationExpression(pos, ast);
    if (enter !== null) enter(node);
  }
  walkExpression(pos + 16, ast, visitors);
  walkBoxTSTypeParameterInstantiation(pos + 32, ast, visitors);
  if (exit !== null) exit(node);
}
function walkJSDocNullableType(pos, ast, visitors) {
  const enterExit = visitors[182];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new JSDocNullableType(pos, ast);
    if (enter !== null) enter(node);
  }
  walkTSType(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkJSDocNonNullableType(pos, ast, visitors) {
  const enterExit = visitors[183];
  let node, enter, exit = null;
  if (enterExit !== null) {
    ({ enter, exit } = enterExit);
    node = new JSDocNonNullableType(pos, ast);
    if (enter !== null) enter(node);
  }
  walkTSType(pos + 16, ast, visitors);
  if (exit !== null) exit(node);
}
function walkJSDocUnknownType(pos, ast, visitors) {
  const visit = visitors[39];
  if (visit !== null) visit(new JSDocUnknownType(pos, ast));
}
function walkOptionHashbang(pos, ast, visitors) {
  if (!(ast.buffer.int32[(pos >> 2) + 4] === 0 && ast.buffer.int32[(pos >> 2) + 5] === 0))
    walkHashbang(pos, ast, visitors);
}
function walkVecStatement(pos, ast, visitors) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  pos = int32[pos32];
  const endPos = pos + int32[pos32 + 2] * 16;
  while (pos < endPos) {
    walkStatement(pos, ast, visitors);
    pos += 16;
  }
}
function walkBoxBooleanLiteral(pos, ast, visitors) {
  return walkBooleanLiteral(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxNullLiteral(pos, ast, visitors) {
  return walkNullLiteral(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxNumericLiteral(pos, ast, visitors) {
  return walkNumericLiteral(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxBigIntLiteral(pos, ast, visitors) {
  return walkBigIntLiteral(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxRegExpLiteral(pos, ast, visitors) {
  return walkRegExpLiteral(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxStringLiteral(pos, ast, visitors) {
  return walkStringLiteral(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTemplateLiteral(pos, ast, visitors) {
  return walkTemplateLiteral(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxIdentifierReference(pos, ast, visitors) {
  return walkIdentifierReference(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxSuper(pos, ast, visitors) {
  return walkSuper(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxArrayExpression(pos, ast, visitors) {
  return walkArrayExpression(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxArrowFunctionExpression(pos, ast, visitors) {
  return walkArrowFunctionExpression(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxAssignmentExpression(pos, ast, visitors) {
  return walkAssignmentExpression(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxAwaitExpression(pos, ast, visitors) {
  return walkAwaitExpression(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxBinaryExpression(pos, ast, visitors) {
  return walkBinaryExpression(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxCallExpression(pos, ast, visitors) {
  return walkCallExpression(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxChainExpression(pos, ast, visitors) {
  return walkChainExpression(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxClass(pos, ast, visitors) {
  return walkClass(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxConditionalExpression(pos, ast, visitors) {
  return walkConditionalExpression(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxFunction(pos, ast, visitors) {
  return walkFunction(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxImportExpression(pos, ast, visitors) {
  return walkImportExpression(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxLogicalExpression(pos, ast, visitors) {
  return walkLogicalExpression(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxNewExpression(pos, ast, visitors) {
  return walkNewExpression(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxObjectExpression(pos, ast, visitors) {
  return walkObjectExpression(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxParenthesizedExpression(pos, ast, visitors) {
  return walkParenthesizedExpression(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxSequenceExpression(pos, ast, visitors) {
  return walkSequenceExpression(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTaggedTemplateExpression(pos, ast, visitors) {
  return walkTaggedTemplateExpression(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxThisExpression(pos, ast, visitors) {
  return walkThisExpression(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxUnaryExpression(pos, ast, visitors) {
  return walkUnaryExpression(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxUpdateExpression(pos, ast, visitors) {
  return walkUpdateExpression(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxYieldExpression(pos, ast, visitors) {
  return walkYieldExpression(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxPrivateInExpression(pos, ast, visitors) {
  return walkPrivateInExpression(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxImportMeta(pos, ast, visitors) {
  return walkImportMeta(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxNewTarget(pos, ast, visitors) {
  return walkNewTarget(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxJSXElement(pos, ast, visitors) {
  return walkJSXElement(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxJSXFragment(pos, ast, visitors) {
  return walkJSXFragment(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSAsExpression(pos, ast, visitors) {
  return walkTSAsExpression(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSSatisfiesExpression(pos, ast, visitors) {
  return walkTSSatisfiesExpression(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSTypeAssertion(pos, ast, visitors) {
  return walkTSTypeAssertion(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSNonNullExpression(pos, ast, visitors) {
  return walkTSNonNullExpression(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSInstantiationExpression(pos, ast, visitors) {
  return walkTSInstantiationExpression(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxV8IntrinsicExpression(pos, ast, visitors) {
  return walkV8IntrinsicExpression(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkVecArrayExpressionElement(pos, ast, visitors) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  pos = int32[pos32];
  const endPos = pos + int32[pos32 + 2] * 16;
  while (pos < endPos) {
    walkArrayExpressionElement(pos, ast, visitors);
    pos += 16;
  }
}
function walkBoxSpreadElement(pos, ast, visitors) {
  return walkSpreadElement(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxElision(pos, ast, visitors) {
  return walkElision(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkVecObjectPropertyKind(pos, ast, visitors) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  pos = int32[pos32];
  const endPos = pos + int32[pos32 + 2] * 16;
  while (pos < endPos) {
    walkObjectPropertyKind(pos, ast, visitors);
    pos += 16;
  }
}
function walkBoxObjectProperty(pos, ast, visitors) {
  return walkObjectProperty(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxIdentifierName(pos, ast, visitors) {
  return walkIdentifierName(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxPrivateIdentifier(pos, ast, visitors) {
  return walkPrivateIdentifier(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkVecTemplateElement(pos, ast, visitors) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  pos = int32[pos32];
  const endPos = pos + int32[pos32 + 2] * 48;
  while (pos < endPos) {
    walkTemplateElement(pos, ast, visitors);
    pos += 48;
  }
}
function walkVecExpression(pos, ast, visitors) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  pos = int32[pos32];
  const endPos = pos + int32[pos32 + 2] * 16;
  while (pos < endPos) {
    walkExpression(pos, ast, visitors);
    pos += 16;
  }
}
function walkBoxTSTypeParameterInstantiation(pos, ast, visitors) {
  return walkTSTypeParameterInstantiation(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkOptionBoxTSTypeParameterInstantiation(pos, ast, visitors) {
  if (!(ast.buffer.int32[pos >> 2] === 0 && ast.buffer.int32[(pos >> 2) + 1] === 0))
    walkBoxTSTypeParameterInstantiation(pos, ast, visitors);
}
function walkBoxComputedMemberExpression(pos, ast, visitors) {
  return walkComputedMemberExpression(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxStaticMemberExpression(pos, ast, visitors) {
  return walkStaticMemberExpression(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxPrivateFieldExpression(pos, ast, visitors) {
  return walkPrivateFieldExpression(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkVecArgument(pos, ast, visitors) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  pos = int32[pos32];
  const endPos = pos + int32[pos32 + 2] * 16;
  while (pos < endPos) {
    walkArgument(pos, ast, visitors);
    pos += 16;
  }
}
function walkBoxArrayAssignmentTarget(pos, ast, visitors) {
  return walkArrayAssignmentTarget(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxObjectAssignmentTarget(pos, ast, visitors) {
  return walkObjectAssignmentTarget(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkOptionAssignmentTargetMaybeDefault(pos, ast, visitors) {
  if (!(ast.buffer[pos] === 255)) walkAssignmentTargetMaybeDefault(pos, ast, visitors);
}
function walkVecOptionAssignmentTargetMaybeDefault(pos, ast, visitors) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  pos = int32[pos32];
  const endPos = pos + int32[pos32 + 2] * 16;
  while (pos < endPos) {
    walkOptionAssignmentTargetMaybeDefault(pos, ast, visitors);
    pos += 16;
  }
}
function walkVecAssignmentTargetProperty(pos, ast, visitors) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  pos = int32[pos32];
  const endPos = pos + int32[pos32 + 2] * 16;
  while (pos < endPos) {
    walkAssignmentTargetProperty(pos, ast, visitors);
    pos += 16;
  }
}
function walkBoxAssignmentTargetWithDefault(pos, ast, visitors) {
  return walkAssignmentTargetWithDefault(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxAssignmentTargetPropertyIdentifier(pos, ast, visitors) {
  return walkAssignmentTargetPropertyIdentifier(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxAssignmentTargetPropertyProperty(pos, ast, visitors) {
  return walkAssignmentTargetPropertyProperty(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkOptionExpression(pos, ast, visitors) {
  if (!(ast.buffer[pos] === 255)) walkExpression(pos, ast, visitors);
}
function walkBoxBlockStatement(pos, ast, visitors) {
  return walkBlockStatement(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxBreakStatement(pos, ast, visitors) {
  return walkBreakStatement(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxContinueStatement(pos, ast, visitors) {
  return walkContinueStatement(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxDebuggerStatement(pos, ast, visitors) {
  return walkDebuggerStatement(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxDoWhileStatement(pos, ast, visitors) {
  return walkDoWhileStatement(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxEmptyStatement(pos, ast, visitors) {
  return walkEmptyStatement(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxExpressionStatement(pos, ast, visitors) {
  return walkExpressionStatement(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxForInStatement(pos, ast, visitors) {
  return walkForInStatement(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxForOfStatement(pos, ast, visitors) {
  return walkForOfStatement(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxForStatement(pos, ast, visitors) {
  return walkForStatement(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxIfStatement(pos, ast, visitors) {
  return walkIfStatement(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxLabeledStatement(pos, ast, visitors) {
  return walkLabeledStatement(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxReturnStatement(pos, ast, visitors) {
  return walkReturnStatement(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxSwitchStatement(pos, ast, visitors) {
  return walkSwitchStatement(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxThrowStatement(pos, ast, visitors) {
  return walkThrowStatement(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTryStatement(pos, ast, visitors) {
  return walkTryStatement(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxWhileStatement(pos, ast, visitors) {
  return walkWhileStatement(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxWithStatement(pos, ast, visitors) {
  return walkWithStatement(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxVariableDeclaration(pos, ast, visitors) {
  return walkVariableDeclaration(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSTypeAliasDeclaration(pos, ast, visitors) {
  return walkTSTypeAliasDeclaration(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSInterfaceDeclaration(pos, ast, visitors) {
  return walkTSInterfaceDeclaration(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSEnumDeclaration(pos, ast, visitors) {
  return walkTSEnumDeclaration(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSExternalModuleDeclaration(pos, ast, visitors) {
  return walkTSExternalModuleDeclaration(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSNamespaceDeclaration(pos, ast, visitors) {
  return walkTSNamespaceDeclaration(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSGlobalDeclaration(pos, ast, visitors) {
  return walkTSGlobalDeclaration(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSImportEqualsDeclaration(pos, ast, visitors) {
  return walkTSImportEqualsDeclaration(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkVecVariableDeclarator(pos, ast, visitors) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  pos = int32[pos32];
  const endPos = pos + int32[pos32 + 2] * 56;
  while (pos < endPos) {
    walkVariableDeclarator(pos, ast, visitors);
    pos += 56;
  }
}
function walkBoxTSTypeAnnotation(pos, ast, visitors) {
  return walkTSTypeAnnotation(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkOptionBoxTSTypeAnnotation(pos, ast, visitors) {
  if (!(ast.buffer.int32[pos >> 2] === 0 && ast.buffer.int32[(pos >> 2) + 1] === 0))
    walkBoxTSTypeAnnotation(pos, ast, visitors);
}
function walkOptionStatement(pos, ast, visitors) {
  if (!(ast.buffer[pos] === 255)) walkStatement(pos, ast, visitors);
}
function walkOptionForStatementInit(pos, ast, visitors) {
  if (!(ast.buffer[pos] === 255)) walkForStatementInit(pos, ast, visitors);
}
function walkOptionLabelIdentifier(pos, ast, visitors) {
  if (!(ast.buffer.int32[(pos >> 2) + 4] === 0 && ast.buffer.int32[(pos >> 2) + 5] === 0))
    walkLabelIdentifier(pos, ast, visitors);
}
function walkVecSwitchCase(pos, ast, visitors) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  pos = int32[pos32];
  const endPos = pos + int32[pos32 + 2] * 56;
  while (pos < endPos) {
    walkSwitchCase(pos, ast, visitors);
    pos += 56;
  }
}
function walkBoxCatchClause(pos, ast, visitors) {
  return walkCatchClause(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkOptionBoxCatchClause(pos, ast, visitors) {
  if (!(ast.buffer.int32[pos >> 2] === 0 && ast.buffer.int32[(pos >> 2) + 1] === 0))
    walkBoxCatchClause(pos, ast, visitors);
}
function walkOptionBoxBlockStatement(pos, ast, visitors) {
  if (!(ast.buffer.int32[pos >> 2] === 0 && ast.buffer.int32[(pos >> 2) + 1] === 0))
    walkBoxBlockStatement(pos, ast, visitors);
}
function walkOptionCatchParameter(pos, ast, visitors) {
  if (!(ast.buffer[pos + 16] === 255)) walkCatchParameter(pos, ast, visitors);
}
function walkBoxBindingIdentifier(pos, ast, visitors) {
  return walkBindingIdentifier(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxObjectPattern(pos, ast, visitors) {
  return walkObjectPattern(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxArrayPattern(pos, ast, visitors) {
  return walkArrayPattern(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxAssignmentPattern(pos, ast, visitors) {
  return walkAssignmentPattern(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkVecBindingProperty(pos, ast, visitors) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  pos = int32[pos32];
  const endPos = pos + int32[pos32 + 2] * 48;
  while (pos < endPos) {
    walkBindingProperty(pos, ast, visitors);
    pos += 48;
  }
}
function walkOptionBindingPattern(pos, ast, visitors) {
  if (!(ast.buffer[pos] === 255)) walkBindingPattern(pos, ast, visitors);
}
function walkVecOptionBindingPattern(pos, ast, visitors) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  pos = int32[pos32];
  const endPos = pos + int32[pos32 + 2] * 16;
  while (pos < endPos) {
    walkOptionBindingPattern(pos, ast, visitors);
    pos += 16;
  }
}
function walkOptionBindingIdentifier(pos, ast, visitors) {
  if (!(ast.buffer.int32[(pos >> 2) + 4] === 0 && ast.buffer.int32[(pos >> 2) + 5] === 0))
    walkBindingIdentifier(pos, ast, visitors);
}
function walkBoxTSTypeParameterDeclaration(pos, ast, visitors) {
  return walkTSTypeParameterDeclaration(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkOptionBoxTSTypeParameterDeclaration(pos, ast, visitors) {
  if (!(ast.buffer.int32[pos >> 2] === 0 && ast.buffer.int32[(pos >> 2) + 1] === 0))
    walkBoxTSTypeParameterDeclaration(pos, ast, visitors);
}
function walkBoxFormalParameters(pos, ast, visitors) {
  return walkFormalParameters(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxFunctionBody(pos, ast, visitors) {
  return walkFunctionBody(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkOptionBoxFunctionBody(pos, ast, visitors) {
  if (!(ast.buffer.int32[pos >> 2] === 0 && ast.buffer.int32[(pos >> 2) + 1] === 0))
    walkBoxFunctionBody(pos, ast, visitors);
}
function walkVecFormalParameter(pos, ast, visitors) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  pos = int32[pos32];
  const endPos = pos + int32[pos32 + 2] * 72;
  while (pos < endPos) {
    walkFormalParameter(pos, ast, visitors);
    pos += 72;
  }
}
function walkVecDecorator(pos, ast, visitors) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  pos = int32[pos32];
  const endPos = pos + int32[pos32 + 2] * 32;
  while (pos < endPos) {
    walkDecorator(pos, ast, visitors);
    pos += 32;
  }
}
function walkBoxExpression(pos, ast, visitors) {
  return walkExpression(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkOptionBoxExpression(pos, ast, visitors) {
  if (!(ast.buffer.int32[pos >> 2] === 0 && ast.buffer.int32[(pos >> 2) + 1] === 0))
    walkBoxExpression(pos, ast, visitors);
}
function walkVecTSClassImplements(pos, ast, visitors) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  pos = int32[pos32];
  const endPos = pos + int32[pos32 + 2] * 40;
  while (pos < endPos) {
    walkTSClassImplements(pos, ast, visitors);
    pos += 40;
  }
}
function walkBoxClassBody(pos, ast, visitors) {
  return walkClassBody(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkVecClassElement(pos, ast, visitors) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  pos = int32[pos32];
  const endPos = pos + int32[pos32 + 2] * 16;
  while (pos < endPos) {
    walkClassElement(pos, ast, visitors);
    pos += 16;
  }
}
function walkBoxStaticBlock(pos, ast, visitors) {
  return walkStaticBlock(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxMethodDefinition(pos, ast, visitors) {
  return walkMethodDefinition(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxPropertyDefinition(pos, ast, visitors) {
  return walkPropertyDefinition(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxAccessorProperty(pos, ast, visitors) {
  return walkAccessorProperty(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSIndexSignature(pos, ast, visitors) {
  return walkTSIndexSignature(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxImportDeclaration(pos, ast, visitors) {
  return walkImportDeclaration(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxExportAllDeclaration(pos, ast, visitors) {
  return walkExportAllDeclaration(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxExportDefaultDeclaration(pos, ast, visitors) {
  return walkExportDefaultDeclaration(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxExportDeclaration(pos, ast, visitors) {
  return walkExportDeclaration(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxExportNamedDeclaration(pos, ast, visitors) {
  return walkExportNamedDeclaration(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxExportFromDeclaration(pos, ast, visitors) {
  return walkExportFromDeclaration(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSExportAssignment(pos, ast, visitors) {
  return walkTSExportAssignment(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSNamespaceExportDeclaration(pos, ast, visitors) {
  return walkTSNamespaceExportDeclaration(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkVecImportDeclarationSpecifier(pos, ast, visitors) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  pos = int32[pos32];
  const endPos = pos + int32[pos32 + 2] * 16;
  while (pos < endPos) {
    walkImportDeclarationSpecifier(pos, ast, visitors);
    pos += 16;
  }
}
function walkOptionVecImportDeclarationSpecifier(pos, ast, visitors) {
  if (!(ast.buffer.int32[pos >> 2] === 0 && ast.buffer.int32[(pos >> 2) + 1] === 0))
    walkVecImportDeclarationSpecifier(pos, ast, visitors);
}
function walkBoxWithClause(pos, ast, visitors) {
  return walkWithClause(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkOptionBoxWithClause(pos, ast, visitors) {
  if (!(ast.buffer.int32[pos >> 2] === 0 && ast.buffer.int32[(pos >> 2) + 1] === 0))
    walkBoxWithClause(pos, ast, visitors);
}
function walkBoxImportSpecifier(pos, ast, visitors) {
  return walkImportSpecifier(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxImportDefaultSpecifier(pos, ast, visitors) {
  return walkImportDefaultSpecifier(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxImportNamespaceSpecifier(pos, ast, visitors) {
  return walkImportNamespaceSpecifier(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkVecImportAttribute(pos, ast, visitors) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  pos = int32[pos32];
  const endPos = pos + int32[pos32 + 2] * 120;
  while (pos < endPos) {
    walkImportAttribute(pos, ast, visitors);
    pos += 120;
  }
}
function walkVecExportSpecifier(pos, ast, visitors) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  pos = int32[pos32];
  const endPos = pos + int32[pos32 + 2] * 128;
  while (pos < endPos) {
    walkExportSpecifier(pos, ast, visitors);
    pos += 128;
  }
}
function walkOptionModuleExportName(pos, ast, visitors) {
  if (!(ast.buffer[pos] === 255)) walkModuleExportName(pos, ast, visitors);
}
function walkBoxJSXOpeningElement(pos, ast, visitors) {
  return walkJSXOpeningElement(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkVecJSXChild(pos, ast, visitors) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  pos = int32[pos32];
  const endPos = pos + int32[pos32 + 2] * 16;
  while (pos < endPos) {
    walkJSXChild(pos, ast, visitors);
    pos += 16;
  }
}
function walkBoxJSXClosingElement(pos, ast, visitors) {
  return walkJSXClosingElement(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkOptionBoxJSXClosingElement(pos, ast, visitors) {
  if (!(ast.buffer.int32[pos >> 2] === 0 && ast.buffer.int32[(pos >> 2) + 1] === 0))
    walkBoxJSXClosingElement(pos, ast, visitors);
}
function walkVecJSXAttributeItem(pos, ast, visitors) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  pos = int32[pos32];
  const endPos = pos + int32[pos32 + 2] * 16;
  while (pos < endPos) {
    walkJSXAttributeItem(pos, ast, visitors);
    pos += 16;
  }
}
function walkBoxJSXIdentifier(pos, ast, visitors) {
  return walkJSXIdentifier(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxJSXNamespacedName(pos, ast, visitors) {
  return walkJSXNamespacedName(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxJSXMemberExpression(pos, ast, visitors) {
  return walkJSXMemberExpression(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxJSXEmptyExpression(pos, ast, visitors) {
  return walkJSXEmptyExpression(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxJSXAttribute(pos, ast, visitors) {
  return walkJSXAttribute(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxJSXSpreadAttribute(pos, ast, visitors) {
  return walkJSXSpreadAttribute(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkOptionJSXAttributeValue(pos, ast, visitors) {
  if (!(ast.buffer[pos] === 255)) walkJSXAttributeValue(pos, ast, visitors);
}
function walkBoxJSXExpressionContainer(pos, ast, visitors) {
  return walkJSXExpressionContainer(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxJSXText(pos, ast, visitors) {
  return walkJSXText(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxJSXSpreadChild(pos, ast, visitors) {
  return walkJSXSpreadChild(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkVecTSEnumMember(pos, ast, visitors) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  pos = int32[pos32];
  const endPos = pos + int32[pos32 + 2] * 48;
  while (pos < endPos) {
    walkTSEnumMember(pos, ast, visitors);
    pos += 48;
  }
}
function walkBoxTSAnyKeyword(pos, ast, visitors) {
  return walkTSAnyKeyword(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSBigIntKeyword(pos, ast, visitors) {
  return walkTSBigIntKeyword(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSBooleanKeyword(pos, ast, visitors) {
  return walkTSBooleanKeyword(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSIntrinsicKeyword(pos, ast, visitors) {
  return walkTSIntrinsicKeyword(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSNeverKeyword(pos, ast, visitors) {
  return walkTSNeverKeyword(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSNullKeyword(pos, ast, visitors) {
  return walkTSNullKeyword(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSNumberKeyword(pos, ast, visitors) {
  return walkTSNumberKeyword(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSObjectKeyword(pos, ast, visitors) {
  return walkTSObjectKeyword(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSStringKeyword(pos, ast, visitors) {
  return walkTSStringKeyword(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSSymbolKeyword(pos, ast, visitors) {
  return walkTSSymbolKeyword(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSUndefinedKeyword(pos, ast, visitors) {
  return walkTSUndefinedKeyword(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSUnknownKeyword(pos, ast, visitors) {
  return walkTSUnknownKeyword(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSVoidKeyword(pos, ast, visitors) {
  return walkTSVoidKeyword(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSArrayType(pos, ast, visitors) {
  return walkTSArrayType(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSConditionalType(pos, ast, visitors) {
  return walkTSConditionalType(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSConstructorType(pos, ast, visitors) {
  return walkTSConstructorType(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSFunctionType(pos, ast, visitors) {
  return walkTSFunctionType(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSImportType(pos, ast, visitors) {
  return walkTSImportType(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSIndexedAccessType(pos, ast, visitors) {
  return walkTSIndexedAccessType(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSInferType(pos, ast, visitors) {
  return walkTSInferType(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSIntersectionType(pos, ast, visitors) {
  return walkTSIntersectionType(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSLiteralType(pos, ast, visitors) {
  return walkTSLiteralType(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSMappedType(pos, ast, visitors) {
  return walkTSMappedType(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSNamedTupleMember(pos, ast, visitors) {
  return walkTSNamedTupleMember(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSTemplateLiteralType(pos, ast, visitors) {
  return walkTSTemplateLiteralType(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSThisType(pos, ast, visitors) {
  return walkTSThisType(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSTupleType(pos, ast, visitors) {
  return walkTSTupleType(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSTypeLiteral(pos, ast, visitors) {
  return walkTSTypeLiteral(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSTypeOperator(pos, ast, visitors) {
  return walkTSTypeOperator(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSTypePredicate(pos, ast, visitors) {
  return walkTSTypePredicate(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSTypeQuery(pos, ast, visitors) {
  return walkTSTypeQuery(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSTypeReference(pos, ast, visitors) {
  return walkTSTypeReference(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSUnionType(pos, ast, visitors) {
  return walkTSUnionType(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSParenthesizedType(pos, ast, visitors) {
  return walkTSParenthesizedType(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxJSDocNullableType(pos, ast, visitors) {
  return walkJSDocNullableType(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxJSDocNonNullableType(pos, ast, visitors) {
  return walkJSDocNonNullableType(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxJSDocUnknownType(pos, ast, visitors) {
  return walkJSDocUnknownType(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkVecTSType(pos, ast, visitors) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  pos = int32[pos32];
  const endPos = pos + int32[pos32 + 2] * 16;
  while (pos < endPos) {
    walkTSType(pos, ast, visitors);
    pos += 16;
  }
}
function walkVecTSTupleElement(pos, ast, visitors) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  pos = int32[pos32];
  const endPos = pos + int32[pos32 + 2] * 16;
  while (pos < endPos) {
    walkTSTupleElement(pos, ast, visitors);
    pos += 16;
  }
}
function walkBoxTSOptionalType(pos, ast, visitors) {
  return walkTSOptionalType(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSRestType(pos, ast, visitors) {
  return walkTSRestType(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSQualifiedName(pos, ast, visitors) {
  return walkTSQualifiedName(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkOptionTSType(pos, ast, visitors) {
  if (!(ast.buffer[pos] === 255)) walkTSType(pos, ast, visitors);
}
function walkVecTSTypeParameter(pos, ast, visitors) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  pos = int32[pos32];
  const endPos = pos + int32[pos32 + 2] * 80;
  while (pos < endPos) {
    walkTSTypeParameter(pos, ast, visitors);
    pos += 80;
  }
}
function walkVecTSInterfaceHeritage(pos, ast, visitors) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  pos = int32[pos32];
  const endPos = pos + int32[pos32 + 2] * 40;
  while (pos < endPos) {
    walkTSInterfaceHeritage(pos, ast, visitors);
    pos += 40;
  }
}
function walkBoxTSInterfaceBody(pos, ast, visitors) {
  return walkTSInterfaceBody(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkVecTSSignature(pos, ast, visitors) {
  const { int32 } = ast.buffer, pos32 = pos >> 2;
  pos = int32[pos32];
  const endPos = pos + int32[pos32 + 2] * 16;
  while (pos < endPos) {
    walkTSSignature(pos, ast, visitors);
    pos += 16;
  }
}
function walkBoxTSPropertySignature(pos, ast, visitors) {
  return walkTSPropertySignature(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSCallSignatureDeclaration(pos, ast, visitors) {
  return walkTSCallSignatureDeclaration(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSConstructSignatureDeclaration(pos, ast, visitors) {
  return walkTSConstructSignatureDeclaration(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSMethodSignature(pos, ast, visitors) {
  return walkTSMethodSignature(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSModuleBlock(pos, ast, visitors) {
  return walkTSModuleBlock(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkOptionBoxTSModuleBlock(pos, ast, visitors) {
  if (!(ast.buffer.int32[pos >> 2] === 0 && ast.buffer.int32[(pos >> 2) + 1] === 0))
    walkBoxTSModuleBlock(pos, ast, visitors);
}
function walkBoxTSTypeParameter(pos, ast, visitors) {
  return walkTSTypeParameter(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkOptionBoxObjectExpression(pos, ast, visitors) {
  if (!(ast.buffer.int32[pos >> 2] === 0 && ast.buffer.int32[(pos >> 2) + 1] === 0))
    walkBoxObjectExpression(pos, ast, visitors);
}
function walkOptionTSImportTypeQualifier(pos, ast, visitors) {
  if (!(ast.buffer[pos] === 2)) walkTSImportTypeQualifier(pos, ast, visitors);
}
function walkBoxTSImportTypeQualifiedName(pos, ast, visitors) {
  return walkTSImportTypeQualifiedName(ast.buffer.int32[pos >> 2], ast, visitors);
}
function walkBoxTSExternalModuleReference(pos, ast, visitors) {
  return walkTSExternalModuleReference(ast.buffer.int32[pos >> 2], ast, visitors);
}

// node_modules/oxc-parser/src-js/raw-transfer/common.js
import os from "node:os";
if (!rawTransferSupported()) {
  throw new Error(
    "`experimentalRawTransfer` and `experimentalLazy` options are not supported on 32-bit or big-endian systems, versions of NodeJS prior to v22.0.0, versions of Deno prior to v2.0.0, or other runtimes"
  );
}
function parseSyncRawImpl(filename, sourceText, options, convert) {
  const { buffer, sourceStartPos, sourceByteLen } = prepareRaw(sourceText);
  parseRawSync(filename, buffer.block, sourceStartPos, sourceByteLen, options);
  return convert(buffer, sourceText, sourceStartPos, sourceByteLen, options);
}
var availableCores = os.availableParallelism ? os.availableParallelism() : os.cpus().length;
var queue = [];
async function parseAsyncRawImpl(filename, sourceText, options, convert) {
  if (availableCores === 0) {
    await new Promise((resolve, _reject) => {
      queue.push(resolve);
    });
  } else {
    availableCores--;
  }
  const { buffer, sourceStartPos, sourceByteLen } = prepareRaw(sourceText);
  await parseRaw(filename, buffer.block, sourceStartPos, sourceByteLen, options);
  const data = convert(buffer, sourceText, sourceStartPos, sourceByteLen, options);
  if (queue.length > 0) {
    const resolve = queue.shift();
    resolve();
  } else {
    availableCores++;
  }
  return data;
}
var ARRAY_BUFFER_SIZE = BLOCK_SIZE + BLOCK_ALIGN;
var ONE_GIB = 1 << 30;
var CLEAR_BUFFERS_TIMEOUT = 1e4;
var buffers = [];
var oldBuffers = [];
var clearBuffersTimeout = null;
var textEncoder = new TextEncoder();
function prepareRaw(sourceText) {
  if (clearBuffersTimeout !== null) {
    clearTimeout(clearBuffersTimeout);
    clearBuffersTimeout = null;
  }
  if (oldBuffers.length > 0) {
    const revivedBuffers = [];
    for (let oldBuffer of oldBuffers) {
      oldBuffer = oldBuffer.deref();
      if (oldBuffer !== void 0) revivedBuffers.push(oldBuffer);
    }
    oldBuffers.length = 0;
    if (revivedBuffers.length > 0) buffers.unshift(...revivedBuffers);
  }
  const buffer = buffers.length > 0 ? buffers.pop() : createBuffer();
  const maxSourceByteLen = sourceText.length * 3;
  if (maxSourceByteLen > ONE_GIB) throw new Error("Source text is too long");
  const sourceStartPos = ACTIVE_SIZE - maxSourceByteLen;
  const sourceBuffer = new Uint8Array(
    buffer.buffer,
    buffer.byteOffset + sourceStartPos,
    maxSourceByteLen
  );
  const { read, written: sourceByteLen } = textEncoder.encodeInto(sourceText, sourceBuffer);
  if (read !== sourceText.length) throw new Error("Failed to write source text into buffer");
  return { buffer, sourceStartPos, sourceByteLen };
}
function returnBufferToCache(buffer) {
  buffers.push(buffer);
  if (clearBuffersTimeout !== null) clearTimeout(clearBuffersTimeout);
  clearBuffersTimeout = setTimeout(clearBuffersCache, CLEAR_BUFFERS_TIMEOUT);
  clearBuffersTimeout.unref();
}
function clearBuffersCache() {
  clearBuffersTimeout = null;
  for (const buffer of buffers) {
    oldBuffers.push(new WeakRef(buffer));
  }
  buffers.length = 0;
}
function createBuffer() {
  const arrayBuffer = new ArrayBuffer(ARRAY_BUFFER_SIZE);
  const offset = getBufferOffset(new Uint8Array(arrayBuffer));
  const buffer = new Uint8Array(arrayBuffer, offset, BUFFER_SIZE);
  buffer.int32 = new Int32Array(arrayBuffer, offset, BUFFER_SIZE / 4);
  buffer.float64 = new Float64Array(arrayBuffer, offset, BUFFER_SIZE / 8);
  buffer.block = new Uint8Array(arrayBuffer, offset, BLOCK_SIZE);
  return buffer;
}

// node_modules/oxc-parser/src-js/generated/lazy/type_ids.js
var NODE_TYPE_IDS_MAP = /* @__PURE__ */ new Map([
  // Leaf nodes
  ["IdentifierName", 0],
  ["IdentifierReference", 1],
  ["BindingIdentifier", 2],
  ["LabelIdentifier", 3],
  ["ThisExpression", 4],
  ["Elision", 5],
  ["TemplateElement", 6],
  ["ImportMeta", 7],
  ["NewTarget", 8],
  ["Super", 9],
  ["Hashbang", 10],
  ["EmptyStatement", 11],
  ["DebuggerStatement", 12],
  ["PrivateIdentifier", 13],
  ["BooleanLiteral", 14],
  ["NullLiteral", 15],
  ["NumericLiteral", 16],
  ["StringLiteral", 17],
  ["BigIntLiteral", 18],
  ["RegExpLiteral", 19],
  ["JSXOpeningFragment", 20],
  ["JSXClosingFragment", 21],
  ["JSXEmptyExpression", 22],
  ["JSXIdentifier", 23],
  ["JSXText", 24],
  ["TSAnyKeyword", 25],
  ["TSStringKeyword", 26],
  ["TSBooleanKeyword", 27],
  ["TSNumberKeyword", 28],
  ["TSNeverKeyword", 29],
  ["TSIntrinsicKeyword", 30],
  ["TSUnknownKeyword", 31],
  ["TSNullKeyword", 32],
  ["TSUndefinedKeyword", 33],
  ["TSVoidKeyword", 34],
  ["TSSymbolKeyword", 35],
  ["TSThisType", 36],
  ["TSObjectKeyword", 37],
  ["TSBigIntKeyword", 38],
  ["JSDocUnknownType", 39],
  // Non-leaf nodes
  ["Program", 40],
  ["ArrayExpression", 41],
  ["ObjectExpression", 42],
  ["ObjectProperty", 43],
  ["TemplateLiteral", 44],
  ["TaggedTemplateExpression", 45],
  ["ComputedMemberExpression", 46],
  ["StaticMemberExpression", 47],
  ["PrivateFieldExpression", 48],
  ["CallExpression", 49],
  ["NewExpression", 50],
  ["SpreadElement", 51],
  ["UpdateExpression", 52],
  ["UnaryExpression", 53],
  ["BinaryExpression", 54],
  ["PrivateInExpression", 55],
  ["LogicalExpression", 56],
  ["ConditionalExpression", 57],
  ["AssignmentExpression", 58],
  ["ArrayAssignmentTarget", 59],
  ["ObjectAssignmentTarget", 60],
  ["AssignmentTargetWithDefault", 61],
  ["AssignmentTargetPropertyIdentifier", 62],
  ["AssignmentTargetPropertyProperty", 63],
  ["SequenceExpression", 64],
  ["AwaitExpression", 65],
  ["ChainExpression", 66],
  ["ParenthesizedExpression", 67],
  ["BlockStatement", 68],
  ["VariableDeclaration", 69],
  ["VariableDeclarator", 70],
  ["ExpressionStatement", 71],
  ["IfStatement", 72],
  ["DoWhileStatement", 73],
  ["WhileStatement", 74],
  ["ForStatement", 75],
  ["ForInStatement", 76],
  ["ForOfStatement", 77],
  ["ContinueStatement", 78],
  ["BreakStatement", 79],
  ["ReturnStatement", 80],
  ["WithStatement", 81],
  ["SwitchStatement", 82],
  ["SwitchCase", 83],
  ["LabeledStatement", 84],
  ["ThrowStatement", 85],
  ["TryStatement", 86],
  ["CatchClause", 87],
  ["AssignmentPattern", 88],
  ["ObjectPattern", 89],
  ["BindingProperty", 90],
  ["ArrayPattern", 91],
  ["Function", 92],
  ["FormalParameters", 93],
  ["FunctionBody", 94],
  ["ArrowFunctionExpression", 95],
  ["YieldExpression", 96],
  ["Class", 97],
  ["ClassBody", 98],
  ["MethodDefinition", 99],
  ["PropertyDefinition", 100],
  ["StaticBlock", 101],
  ["AccessorProperty", 102],
  ["ImportExpression", 103],
  ["ImportDeclaration", 104],
  ["ImportSpecifier", 105],
  ["ImportDefaultSpecifier", 106],
  ["ImportNamespaceSpecifier", 107],
  ["ImportAttribute", 108],
  ["ExportDeclaration", 109],
  ["ExportNamedDeclaration", 110],
  ["ExportFromDeclaration", 111],
  ["ExportDefaultDeclaration", 112],
  ["ExportAllDeclaration", 113],
  ["ExportSpecifier", 114],
  ["V8IntrinsicExpression", 115],
  ["JSXElement", 116],
  ["JSXOpeningElement", 117],
  ["JSXClosingElement", 118],
  ["JSXFragment", 119],
  ["JSXNamespacedName", 120],
  ["JSXMemberExpression", 121],
  ["JSXExpressionContainer", 122],
  ["JSXAttribute", 123],
  ["JSXSpreadAttribute", 124],
  ["JSXSpreadChild", 125],
  ["TSEnumDeclaration", 126],
  ["TSEnumBody", 127],
  ["TSEnumMember", 128],
  ["TSTypeAnnotation", 129],
  ["TSLiteralType", 130],
  ["TSConditionalType", 131],
  ["TSUnionType", 132],
  ["TSIntersectionType", 133],
  ["TSParenthesizedType", 134],
  ["TSTypeOperator", 135],
  ["TSArrayType", 136],
  ["TSIndexedAccessType", 137],
  ["TSTupleType", 138],
  ["TSNamedTupleMember", 139],
  ["TSOptionalType", 140],
  ["TSRestType", 141],
  ["TSTypeReference", 142],
  ["TSQualifiedName", 143],
  ["TSTypeParameterInstantiation", 144],
  ["TSTypeParameter", 145],
  ["TSTypeParameterDeclaration", 146],
  ["TSTypeAliasDeclaration", 147],
  ["TSClassImplements", 148],
  ["TSInterfaceDeclaration", 149],
  ["TSInterfaceBody", 150],
  ["TSPropertySignature", 151],
  ["TSIndexSignature", 152],
  ["TSCallSignatureDeclaration", 153],
  ["TSMethodSignature", 154],
  ["TSConstructSignatureDeclaration", 155],
  ["TSIndexSignatureName", 156],
  ["TSInterfaceHeritage", 157],
  ["TSTypePredicate", 158],
  ["TSExternalModuleDeclaration", 159],
  ["TSNamespaceDeclaration", 160],
  ["TSGlobalDeclaration", 161],
  ["TSModuleBlock", 162],
  ["TSTypeLiteral", 163],
  ["TSInferType", 164],
  ["TSTypeQuery", 165],
  ["TSImportType", 166],
  ["TSImportTypeQualifiedName", 167],
  ["TSFunctionType", 168],
  ["TSConstructorType", 169],
  ["TSMappedType", 170],
  ["TSTemplateLiteralType", 171],
  ["TSAsExpression", 172],
  ["TSSatisfiesExpression", 173],
  ["TSTypeAssertion", 174],
  ["TSImportEqualsDeclaration", 175],
  ["TSExternalModuleReference", 176],
  ["TSNonNullExpression", 177],
  ["Decorator", 178],
  ["TSExportAssignment", 179],
  ["TSNamespaceExportDeclaration", 180],
  ["TSInstantiationExpression", 181],
  ["JSDocNullableType", 182],
  ["JSDocNonNullableType", 183]
]);
var NODE_TYPES_COUNT = 184;
var LEAF_NODE_TYPES_COUNT = 40;

// node_modules/oxc-parser/src-js/raw-transfer/visitor.js
var getVisitorsArrTemp;
var Visitor = class {
  #visitorsArr;
  /**
   * Create `Visitor`.
   *
   * Provide an object where keys are names of AST nodes you want to visit,
   * and values are visitor functions which receive AST node objects of that type.
   *
   * Keys can also be postfixed with `:exit` to visit when exiting the node, rather than entering.
   *
   * ```js
   * const visitor = new Visitor({
   *     BinaryExpression(binExpr) {
   *         // Do stuff when entering a `BinaryExpression`
   *     },
   *     'BinaryExpression:exit'(binExpr) {
   *         // Do stuff when exiting a `BinaryExpression`
   *     },
   * });
   * ```
   *
   * @class
   * @param {Object} visitor - Object defining visit functions for AST nodes
   * @returns {Visitor}
   */
  constructor(visitor) {
    this.#visitorsArr = createVisitorsArr(visitor);
  }
  static {
    getVisitorsArrTemp = (visitor) => visitor.#visitorsArr;
  }
};
var getVisitorsArr = getVisitorsArrTemp;
function createVisitorsArr(visitor) {
  if (visitor === null || typeof visitor !== "object") {
    throw new Error("`visitor` must be an object");
  }
  const visitorsArr = [];
  for (let i = NODE_TYPES_COUNT; i !== 0; i--) {
    visitorsArr.push(null);
  }
  for (let name of Object.keys(visitor)) {
    const visitFn = visitor[name];
    if (typeof visitFn !== "function") {
      throw new Error(`'${name}' property of \`visitor\` object is not a function`);
    }
    const isExit = name.endsWith(":exit");
    if (isExit) name = name.slice(0, -5);
    const typeId = NODE_TYPE_IDS_MAP.get(name);
    if (typeId === void 0) throw new Error(`Unknown node type '${name}' in \`visitor\` object`);
    if (typeId < LEAF_NODE_TYPES_COUNT) {
      const existingVisitFn = visitorsArr[typeId];
      if (existingVisitFn === null) {
        visitorsArr[typeId] = visitFn;
      } else if (isExit) {
        visitorsArr[typeId] = combineVisitFunctions(existingVisitFn, visitFn);
      } else {
        visitorsArr[typeId] = combineVisitFunctions(visitFn, existingVisitFn);
      }
      continue;
    }
    let enterExit = visitorsArr[typeId];
    if (enterExit === null) {
      enterExit = visitorsArr[typeId] = { enter: null, exit: null };
    }
    if (isExit) {
      enterExit.exit = visitFn;
    } else {
      enterExit.enter = visitFn;
    }
  }
  return visitorsArr;
}
function combineVisitFunctions(visit1, visit2) {
  return function(node) {
    visit1(node);
    visit2(node);
  };
}

// node_modules/oxc-parser/src-js/raw-transfer/lazy.js
function parseSyncLazy(filename, sourceText, options) {
  return parseSyncRawImpl(filename, sourceText, options, construct);
}
function parse(filename, sourceText, options) {
  return parseAsyncRawImpl(filename, sourceText, options, construct);
}
var bufferRecycleRegistry = typeof FinalizationRegistry === "undefined" ? null : new FinalizationRegistry(returnBufferToCache);
function construct(buffer, sourceText, sourceStartPos, sourceByteLen, _options) {
  const sourceIsAscii = sourceText.length === sourceByteLen;
  const ast = {
    buffer,
    sourceText,
    sourceStartPos,
    sourceByteLen,
    sourceIsAscii,
    nodes: /* @__PURE__ */ new Map(),
    token: TOKEN
  };
  bufferRecycleRegistry.register(ast, buffer, ast);
  const rawDataPos = buffer.int32[DATA_POINTER_POS_32];
  const data = new RawTransferData(rawDataPos, ast);
  return {
    get program() {
      return data.program;
    },
    get module() {
      return data.module;
    },
    get comments() {
      return data.comments;
    },
    get errors() {
      return data.errors;
    },
    dispose: dispose.bind(null, ast),
    visit(visitor) {
      walkProgram(rawDataPos + PROGRAM_OFFSET, ast, getVisitorsArr(visitor));
    }
  };
}
function dispose(ast) {
  returnBufferToCache(ast.buffer);
  ast.buffer = null;
  ast.sourceText = null;
  ast.nodes = null;
  bufferRecycleRegistry.unregister(ast);
}
export {
  Visitor,
  parse,
  parseSyncLazy
};
