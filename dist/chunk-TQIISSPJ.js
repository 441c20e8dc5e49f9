import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  LaunchgateError
} from "./chunk-WONG65HV.js";

// src/git/git.ts
import { execFile } from "node:child_process";
var MAX_BUFFER = 256 * 1024 * 1024;
function redactSecrets(text) {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/\s@]+@/gi, "$1***@").replace(/x-access-token:[^@\s]+/gi, "x-access-token:***").replace(/(authorization:\s*(?:basic|bearer|token)?\s*)\S+/gi, "$1***");
}
var GitError = class extends LaunchgateError {
  name = "GitError";
  /** The command as run, redacted, e.g. `git merge-tree --write-tree main staging`. */
  command;
  /** Exit code; -1 when git could not be started or was killed. */
  exitCode;
  /** git's stderr, redacted. */
  stderr;
  isUserError;
  constructor(args, exitCode, stderr, options = {}) {
    const command = redactSecrets(["git", ...args].join(" "));
    const detail = redactSecrets(stderr.trim());
    super(`${command} failed (exit ${exitCode})${detail ? `: ${detail}` : ""}`, { cause: options.cause });
    this.command = command;
    this.exitCode = exitCode;
    this.stderr = detail;
    this.isUserError = options.userError ?? false;
  }
};
function runGit(args, options) {
  const env = { ...process.env, LC_ALL: "C", GIT_TERMINAL_PROMPT: "0", ...options.env };
  return new Promise((resolve, reject) => {
    const child = execFile(
      "git",
      args,
      { cwd: options.cwd, env, maxBuffer: MAX_BUFFER, encoding: "utf8", windowsHide: true },
      (error, stdout, stderr) => {
        if (!error) return resolve({ stdout, stderr, code: 0 });
        const code = typeof error.code === "number" ? error.code : -1;
        if (code >= 0 && options.allowExitCodes?.includes(code)) return resolve({ stdout, stderr, code });
        if (error.code === "ENOENT") {
          return reject(
            new GitError(args, -1, "git is not installed or not on PATH", { cause: error, userError: true })
          );
        }
        reject(new GitError(args, code, stderr || error.message, { cause: error }));
      }
    );
    child.stdin?.on("error", () => void 0);
    child.stdin?.end(options.input ?? "");
  });
}
function assertSafeRef(ref) {
  if (ref === "" || ref.startsWith("-") || ref.includes("\0")) {
    throw new GitError(
      ["rev-parse", JSON.stringify(ref)],
      -1,
      'refusing an empty ref or one starting with "-"',
      {
        userError: true
      }
    );
  }
}
async function revParse(cwd, ref, env) {
  assertSafeRef(ref);
  const { stdout } = await runGit(["rev-parse", "--verify", `${ref}^{commit}`], { cwd, env });
  return stdout.trim();
}
async function tryRevParse(cwd, ref, env) {
  assertSafeRef(ref);
  const result = await runGit(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], {
    cwd,
    env,
    allowExitCodes: [1]
  });
  return result.code === 0 ? result.stdout.trim() : void 0;
}
async function isAncestor(cwd, ancestor, descendant, env) {
  assertSafeRef(ancestor);
  assertSafeRef(descendant);
  const result = await runGit(["merge-base", "--is-ancestor", ancestor, descendant], {
    cwd,
    env,
    allowExitCodes: [1]
  });
  return result.code === 0;
}
async function mergeBase(cwd, a, b, env) {
  assertSafeRef(a);
  assertSafeRef(b);
  const result = await runGit(["merge-base", a, b], { cwd, env, allowExitCodes: [1] });
  return result.code === 0 ? result.stdout.trim() : void 0;
}
async function updateRef(cwd, ref, newSha, expectedOldSha, options = {}) {
  assertSafeRef(ref);
  const args = ["update-ref", "-m", options.reason ?? "launchgate", ref, newSha, expectedOldSha ?? ""];
  try {
    await runGit(args, { cwd, env: options.env });
    return true;
  } catch (error) {
    const current = await tryRevParse(cwd, ref, options.env);
    if (current !== (expectedOldSha ?? void 0)) return false;
    throw error;
  }
}
function identityEnv(identity) {
  const env = {
    GIT_AUTHOR_NAME: identity.name,
    GIT_AUTHOR_EMAIL: identity.email,
    GIT_COMMITTER_NAME: identity.name,
    GIT_COMMITTER_EMAIL: identity.email
  };
  if (identity.date) Object.assign(env, { GIT_AUTHOR_DATE: identity.date, GIT_COMMITTER_DATE: identity.date });
  return env;
}
async function commitTree(cwd, input) {
  const args = ["commit-tree", input.tree, ...input.parents.flatMap((p) => ["-p", p]), "-F", "-"];
  for (const sha of [input.tree, ...input.parents]) assertSafeRef(sha);
  const env = { ...input.env, ...input.author ? identityEnv(input.author) : {} };
  const { stdout } = await runGit(args, { cwd, env, input: input.message });
  return stdout.trim();
}
async function readFileAtRef(cwd, ref, file) {
  assertSafeRef(ref);
  const spec = `${ref}:${file.replace(/^\.\//, "")}`;
  const exists = await runGit(["cat-file", "-e", spec], { cwd, allowExitCodes: [128] });
  if (exists.code !== 0) return void 0;
  return (await runGit(["cat-file", "blob", spec], { cwd })).stdout;
}

export {
  GitError,
  runGit,
  assertSafeRef,
  revParse,
  tryRevParse,
  isAncestor,
  mergeBase,
  updateRef,
  identityEnv,
  commitTree,
  readFileAtRef
};
