import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  configSnippet,
  discoverConcerns
} from "./chunk-7X4ZVYEM.js";
import {
  commonOptions,
  withCommonOptions
} from "./chunk-C5MRCBVV.js";
import "./chunk-LJAR54H3.js";
import "./chunk-B5JBEF5E.js";
import {
  glob
} from "./chunk-DPPD5FIM.js";
import "./chunk-EFA6K3EY.js";
import "./chunk-HVKD6FED.js";
import {
  runGit
} from "./chunk-BPJGBRTH.js";
import {
  emitReport
} from "./chunk-JFKAUZUJ.js";
import "./chunk-QAQJHAYC.js";
import "./chunk-BHVC3RVF.js";
import "./chunk-GTKKQRFR.js";
import "./chunk-VHZ4TNNN.js";
import "./chunk-W72D4BQG.js";
import "./chunk-3LQ4RZH2.js";
import {
  consolidationSchema
} from "./chunk-JV5E3EH5.js";
import {
  UsageError
} from "./chunk-KA2W5GDI.js";
import "./chunk-2ORNAKAZ.js";

// src/cli/commands/init.ts
import { existsSync as existsSync3, readFileSync } from "node:fs";
import path3 from "node:path";
import { fileURLToPath } from "node:url";

// src/init/run.ts
import { existsSync as existsSync2 } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path2 from "node:path";

// src/init/detect.ts
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
var IGNORE = ["**/node_modules/**", "**/dist/**", "**/build/**", "**/.git/**", "**/.launchgate/**"];
async function detectRepo(root) {
  const branches = await localAndRemoteBranches(root);
  const productionBranch = await originHead(root) ?? ["main", "master"].find((b) => branches.has(b)) ?? "main";
  const stagingBranch = ["staging", "develop", "dev"].find((b) => branches.has(b));
  const find = (patterns) => glob(patterns, { cwd: root, ignore: IGNORE, dot: false });
  const [tsconfigs, python, registries, packageJsons] = await Promise.all([
    find(["**/tsconfig.json"]),
    find(["**/pyproject.toml", "**/requirements.txt"]),
    find(["**/tools/*.json", "**/*tool*registry*.json", "**/*tools*.json"]),
    find(["**/package.json"])
  ]);
  const deps = await dependencyNames(root, packageJsons);
  const toolRegistry = registries.sort()[0];
  const cases = toolRegistry ? (await find([`${path.posix.dirname(toolRegistry)}/*.jsonl`])).sort()[0] : void 0;
  return {
    productionBranch,
    stagingBranch,
    typescriptProjects: [...new Set(tsconfigs.map((f) => path.posix.dirname(f)))].sort(),
    pythonProjects: [...new Set(python.map((f) => path.posix.dirname(f)))].sort(),
    react: deps.has("react"),
    migrations: ["supabase/migrations", "migrations", "db/migrations"].find(
      (d) => existsSync(path.join(root, d))
    ),
    changelog: ["CHANGELOG.md", "CHANGELOG", "HISTORY.md"].find((f) => existsSync(path.join(root, f))),
    toolRegistry,
    toolCases: cases,
    netlify: existsSync(path.join(root, "netlify.toml")),
    render: existsSync(path.join(root, "render.yaml")),
    sentry: [...deps].some((d) => d.startsWith("@sentry/")) || await mentions(root, python, "sentry")
  };
}
async function localAndRemoteBranches(root) {
  const { stdout, code } = await runGit(
    ["for-each-ref", "--format=%(refname)", "refs/heads", "refs/remotes"],
    {
      cwd: root,
      allowExitCodes: [128]
    }
  );
  if (code !== 0) return /* @__PURE__ */ new Set();
  return new Set(
    stdout.split("\n").filter(Boolean).map((ref) => ref.replace(/^refs\/(heads|remotes\/[^/]+)\//, ""))
  );
}
async function originHead(root) {
  const { stdout, code } = await runGit(["symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD"], {
    cwd: root,
    allowExitCodes: [1, 128]
  });
  return code === 0 ? stdout.trim().replace(/^origin\//, "") || void 0 : void 0;
}
async function dependencyNames(root, packageJsons) {
  const names = /* @__PURE__ */ new Set();
  for (const file of packageJsons) {
    try {
      const pkg = JSON.parse(await readFile(path.join(root, file), "utf8"));
      for (const field of ["dependencies", "devDependencies"])
        for (const name of Object.keys(pkg[field] ?? {})) names.add(name);
    } catch {
    }
  }
  return names;
}
async function mentions(root, files, word) {
  for (const file of files) {
    if ((await readFile(path.join(root, file), "utf8").catch(() => "")).toLowerCase().includes(word))
      return true;
  }
  return false;
}

// src/init/offer-concerns.ts
var CONFIG = ".github/launchgate.yml";
var ANCHOR = "  concerns: []\n";
async function offerDiscoveredConcerns(root, files) {
  const config = consolidationSchema.parse({});
  const { concerns } = await discoverConcerns({ root, config, cacheDir: false });
  const text = files[CONFIG];
  if (concerns.length === 0 || text === void 0 || !text.includes(ANCHOR)) return void 0;
  const entries = configSnippet(concerns).split("\n").slice(2).filter((line) => line !== "").map((line) => `  #${line.slice(2)}`);
  files[CONFIG] = text.replace(
    ANCHOR,
    `${ANCHOR}  # Proposed by \`launchgate consolidation discover\`; uncomment the concerns to enforce:
${entries.join("\n")}
`
  );
  return {
    title: "Proposed concerns (commented in the config)",
    text: concerns.map((c) => `${c.name}: keep ${c.canonical.join(", ")}; retire ${c.deprecated.length} module(s)`).join("\n")
  };
}

// src/init/render.ts
var CHECKOUT = "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2";
function renderInitFiles(facts, pin) {
  return {
    ".github/launchgate.yml": renderConfig(facts),
    ".github/workflows/launchgate-pr-gate.yml": renderPrGate(facts, pin),
    ".github/workflows/launchgate-deploy.yml": renderDeploy(facts, pin),
    ".github/workflows/launchgate-monitor.yml": renderMonitor(pin)
  };
}
function renderConfig(f) {
  const staging = f.stagingBranch ?? "staging";
  const lines = [
    "# launchgate: release pipeline as code. Reference: https://github.com/launchgate/launchgate#the-config-file",
    "# Written by `launchgate init` from what it found in this repository; every value can be changed.",
    "version: 1",
    "",
    "# One implementation per concern (e.g. 4 WebSocket hooks -> 1). Declare a concern when you consolidate:",
    "consolidation:",
    "  exclude: ['**/*.test.*', '**/__tests__/**']",
    "  concerns: []",
    "  #  - name: websocket",
    "  #    canonical: [src/hooks/useSocket.ts]",
    "  #    deprecated: [src/hooks/useSocketV2.ts]",
    "  #    forbidden-signatures: ['new WebSocket(']",
    "",
    "# Which LLM tools a message needs; the PR gate benchmarks the saving on labelled cases.",
    "prefilter:",
    ...f.toolRegistry ? [`  tools: ${f.toolRegistry}`] : ["  # tools: path/to/tools.json   (OpenAI, Anthropic or MCP tool definitions)"],
    ...f.toolCases ? [`  cases: ${f.toolCases}`] : ['  # cases: path/to/cases.jsonl  ({"message": "...", "expected": ["tool_name"]} per line)'],
    "  core-tools: [get_time, get_location]",
    "  min-token-reduction: 0.8",
    "",
    "# Seven reviewers, one gate: no CRITICAL, HIGH fixed or waived, every area above min-score.",
    "review:",
    "  provider: offline # anthropic or openai adds an LLM pass (its key as a secret)",
    "  min-score: 8",
    "",
    `# Deploy ${staging} to ${f.productionBranch} by manual dispatch.`,
    "deploy:",
    `  source-branch: ${staging}`,
    `  target-branch: ${f.productionBranch}`,
    "  checklist:",
    "    secrets: []",
    `    migrations: ${f.migrations ?? "false # no migrations folder found"}`,
    `    changelog: ${f.changelog ?? "false # no CHANGELOG found"}`,
    "  targets: []",
    ...f.netlify ? ["  #  - { name: frontend, kind: netlify, site-id: <your site id> }"] : [],
    ...f.render ? ["  #  - { name: backend, kind: render, service-id: <srv-...> }"] : [],
    "  #  - { name: api, kind: health, health-url: https://example.com/api/health }",
    "  smoke:",
    "    tests: []",
    "",
    "# Watch the release and roll back when a trigger fires (the launch plan's thresholds).",
    "monitor:",
    "  window-hours: 4",
    "  thresholds:",
    "    error-rate: 0.05",
    "    websocket-failure-rate: 0.1",
    "    p95-ms: 5000",
    ""
  ];
  return lines.join("\n");
}
function renderPrGate(f, pin) {
  return `# The PR gate: consolidation, the prefilter benchmark and the 7-agent review. Make its jobs
# required checks. Written by \`launchgate init\`.
name: launchgate-pr-gate

on:
  pull_request:
    types: [opened, synchronize, reopened, ready_for_review]

permissions: {}

concurrency:
  group: launchgate-pr-gate-\${{ github.event.pull_request.number }}
  cancel-in-progress: true

jobs:
  gate:
    uses: ${pin.repository}/.github/workflows/pr-gate.yml@${pin.ref} # ${pin.version}
    permissions:
      contents: read
      pull-requests: write
      security-events: write
    with:
      launchgate-repository: ${pin.repository}
      launchgate-ref: ${pin.ref}
      prefilter: ${f.toolRegistry && f.toolCases ? "true" : "false"}
    secrets:
      ANTHROPIC_API_KEY: \${{ secrets.ANTHROPIC_API_KEY }}
      OPENAI_API_KEY: \${{ secrets.OPENAI_API_KEY }}
`;
}
function renderDeploy(f, pin) {
  const staging = f.stagingBranch ?? "staging";
  return `# Deploy ${staging} to ${f.productionBranch}: checklist, merge, wait until live, smoke tests,
# deployment record, rollback PR and issue when the smoke tests fail. Written by \`launchgate init\`.
name: launchgate-deploy

on:
  workflow_dispatch:
    inputs:
      dry-run:
        description: Run the checklist and report what would be merged; change nothing.
        type: boolean
        default: false
      skip-checklist-item:
        description: Checklist items to skip this time, comma separated. The summary records it.
        type: string
        default: ''

permissions: {}

concurrency:
  group: launchgate-deploy
  cancel-in-progress: false

jobs:
  deploy:
    runs-on: ubuntu-latest
    timeout-minutes: 45
    environment:
      name: production
    permissions:
      contents: write
      pull-requests: write
      deployments: write
      issues: write
      checks: read
      statuses: read
    steps:
      - uses: ${CHECKOUT}
        with:
          fetch-depth: 0
          persist-credentials: false
      - uses: ${pin.repository}/actions/deploy@${pin.ref} # ${pin.version}
        with:
          dry-run: \${{ inputs.dry-run }}
          skip-checklist-item: \${{ inputs.skip-checklist-item }}
        # Add the secrets .github/launchgate.yml names (deploy.checklist.secrets, host tokens,
        # SMOKE_TEST_EMAIL / SMOKE_TEST_PASSWORD): launchgate reads them by name and masks them.
        env:
          SMOKE_TEST_EMAIL: \${{ secrets.SMOKE_TEST_EMAIL }}
          SMOKE_TEST_PASSWORD: \${{ secrets.SMOKE_TEST_PASSWORD }}
`;
}
function renderMonitor(pin) {
  return `# Watch production after a deploy (every 5 minutes in hour 1, 15 in hours 2-3, 30 in hour 4) and
# open one rollback PR and one issue when a trigger fires. Written by \`launchgate init\`.
# A PR opened with GITHUB_TOKEN triggers no workflows: pass a GitHub App token as app-token.
name: launchgate-monitor

on:
  schedule:
    - cron: '3-58/5 * * * *'
  workflow_dispatch:
    inputs:
      dry-run:
        description: Decide and report only; open no PR or issue and record nothing.
        type: boolean
        default: false

permissions: {}

concurrency:
  group: launchgate-monitor
  cancel-in-progress: false

jobs:
  monitor:
    runs-on: ubuntu-latest
    timeout-minutes: 10
    permissions:
      contents: write
      pull-requests: write
      issues: write
      deployments: write
      security-events: read
    steps:
      - uses: ${CHECKOUT}
        with:
          fetch-depth: 0
          persist-credentials: false
      - uses: ${pin.repository}/actions/monitor@${pin.ref} # ${pin.version}
        with:
          force: \${{ github.event_name == 'workflow_dispatch' }}
          dry-run: \${{ github.event_name == 'workflow_dispatch' && inputs.dry-run }}
          sentry-token: \${{ secrets.SENTRY_AUTH_TOKEN }}
`;
}

// src/init/run.ts
async function runInit(options) {
  const facts = await detectRepo(options.root);
  const files = renderInitFiles(facts, options.pin);
  const offered = await offerDiscoveredConcerns(options.root, files);
  const rows = [];
  for (const [file, content] of Object.entries(files)) {
    const target = path2.join(options.root, file);
    const exists = existsSync2(target);
    if (exists && !options.force) {
      rows.push([file, "kept (exists; --force overwrites)"]);
      continue;
    }
    if (options.dryRun) {
      rows.push([file, exists ? "would overwrite" : "would write"]);
      continue;
    }
    await mkdir(path2.dirname(target), { recursive: true });
    await writeFile(target, content);
    rows.push([file, exists ? "overwritten" : "written"]);
  }
  const found = [
    `production branch ${facts.productionBranch}`,
    facts.stagingBranch ? `staging branch ${facts.stagingBranch}` : "no staging branch (deploy assumes `staging`)",
    facts.typescriptProjects.length ? `TypeScript in ${facts.typescriptProjects.join(", ")}` : void 0,
    facts.pythonProjects.length ? `Python in ${facts.pythonProjects.join(", ")}` : void 0,
    facts.toolRegistry ? `tool registry ${facts.toolRegistry}` : void 0,
    facts.migrations ? `migrations in ${facts.migrations}` : void 0
  ].filter(Boolean);
  const report = {
    capability: "init",
    title: `launchgate init: ${rows.filter(([, s]) => /written|overwritten|would/.test(s)).length} file(s) ${options.dryRun ? "planned" : "written"}, pinned to ${options.pin.repository}@${options.pin.ref.slice(0, 12)}`,
    ok: true,
    findings: [],
    sections: [
      { title: "Files", table: { columns: ["file", "status"], rows } },
      { title: "Found", text: found.join("; ") },
      ...offered ? [offered] : [],
      {
        title: "Next",
        text: "Add the secrets the config names, make the PR gate jobs required checks, and run `launchgate config` to check the file."
      }
    ],
    data: { files: Object.fromEntries(rows), pin: options.pin }
  };
  return { report, facts };
}

// src/cli/commands/init.ts
var SHA = /^[0-9a-f]{40}$/;
function packageRoot() {
  let dir = path3.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++, dir = path3.dirname(dir)) {
    const file = path3.join(dir, "package.json");
    if (!existsSync3(file)) continue;
    const pkg = JSON.parse(readFileSync(file, "utf8"));
    if (pkg.name === "launchgate") return { dir, version: pkg.version ?? "0.0.0", gitHead: pkg.gitHead };
  }
  return void 0;
}
async function resolvePin(raw) {
  const own = packageRoot();
  const repository = typeof raw.repository === "string" ? raw.repository : "launchgate/launchgate";
  const version = `v${own?.version ?? "0.0.0"}`;
  let ref = typeof raw.ref === "string" ? raw.ref : own?.gitHead;
  if (!ref && own) {
    const head = await runGit(["rev-parse", "HEAD"], { cwd: own.dir, allowExitCodes: [128] });
    if (head.code === 0) ref = head.stdout.trim();
  }
  if (!ref || !SHA.test(ref)) {
    throw new UsageError(
      `--ref must be the full commit sha of the launchgate release to pin${ref ? `, got ${ref}` : ""}: tags move, shas do not`
    );
  }
  return { repository, ref, version };
}
function registerInit(program, io, done) {
  withCommonOptions(
    program.command("init").description(
      "write .github/launchgate.yml and the PR gate, deploy and monitor workflows, pinned by sha"
    ).option("--ref <sha>", "launchgate commit the workflows pin (default: the one installed)").option("--repository <owner/name>", "repository of launchgate (default: launchgate/launchgate)").option("--force", "overwrite files that exist").option("--dry-run", "say what would be written; write nothing")
  ).action(async (raw) => {
    const options = commonOptions(raw, io);
    const { report } = await runInit({
      root: options.root,
      pin: await resolvePin(raw),
      force: raw.force === true,
      dryRun: raw.dryRun === true
    });
    done(emitReport(io, report, options.format));
  });
}
export {
  registerInit
};
