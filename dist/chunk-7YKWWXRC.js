import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  ConfigurationError
} from "./chunk-WONG65HV.js";

// src/deploy/runnable.ts
function checkRunnable(config) {
  const tests = config.smoke.tests;
  const needsLogin = tests.filter((t) => t.kind === "auth" || "authenticated" in t && t.authenticated);
  if (needsLogin.length > 0 && !config.smoke.login) {
    throw new ConfigurationError(
      `smoke test ${needsLogin[0].name} logs in: set deploy.smoke.login (path and the names of the credential secrets)`,
      { key: "deploy.smoke.login" }
    );
  }
  const relative = tests.filter((t) => t.path.startsWith("/"));
  if (relative.length > 0 && !smokeBaseUrl(config)) {
    throw new ConfigurationError(
      `smoke test ${relative[0].name} has a path but there is no URL to resolve it against: set deploy.smoke.base-url or a target's url`,
      { key: "deploy.smoke.base-url" }
    );
  }
  const names = tests.map((t) => t.name);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate)
    throw new ConfigurationError(`two smoke tests are named ${duplicate}: names must be unique`, {
      key: "deploy.smoke.tests"
    });
}
function smokeBaseUrl(config) {
  return config.smoke["base-url"] ?? config.targets.find((t) => t.url)?.url;
}

export {
  checkRunnable,
  smokeBaseUrl
};
