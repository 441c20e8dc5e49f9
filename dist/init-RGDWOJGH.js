import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import {
  configSnippet,
  discoverConcerns
} from "./chunk-3XBQ5CT6.js";
import {
  commonOptions,
  withCommonOptions
} from "./chunk-O5DXK52N.js";
import "./chunk-VWJZTORK.js";
import "./chunk-H3HKTRRS.js";
import {
  glob
} from "./chunk-DPPD5FIM.js";
import "./chunk-LGJ7OVES.js";
import "./chunk-HVKD6FED.js";
import {
  runGit
} from "./chunk-TQIISSPJ.js";
import {
  emitReport
} from "./chunk-4NM4Y4CI.js";
import "./chunk-QAQJHAYC.js";
import "./chunk-NNVLBUGM.js";
import "./chunk-CNGFGT5R.js";
import "./chunk-4VAGRVGA.js";
import "./chunk-XOEPOA5U.js";
import {
  CAPABILITIES,
  REVIEW_DEFAULT_EXCLUDES,
  consolidationSchema,
  readInputFile,
  require_dist
} from "./chunk-XEJXVRDQ.js";
import {
  UsageError
} from "./chunk-WONG65HV.js";
import {
  __toESM
} from "./chunk-2ORNAKAZ.js";

// src/cli/commands/init.ts
import { existsSync as existsSync3, readFileSync } from "node:fs";
import path5 from "node:path";
import { fileURLToPath } from "node:url";

// src/init/run.ts
import { existsSync as existsSync2 } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path4 from "node:path";

// src/init/detect.ts
import { existsSync } from "node:fs";
import path3 from "node:path";

// src/init/detect-excludes.ts
var NOT_SOURCE = [
  "node_modules",
  "dist",
  "build",
  "vendor",
  "third_party",
  "generated",
  "__generated__",
  "archive",
  "archives",
  "backup",
  "backups"
];
var BUILD_OUTPUT = ["node_modules", "dist", "build"];
var COPY = /(?: [2-9]| copy(?: [0-9]+)?)\.[a-z]+$/i;
var SOURCE_EXT = "{ts,tsx,js,jsx,mjs,cjs,py}";
async function detectExcludes(root) {
  const dirs = await glob([`**/{${NOT_SOURCE.join(",")}}`], {
    cwd: root,
    onlyDirectories: true,
    // A matched folder's contents are not wanted, only the folder; nothing inside another
    // excluded folder needs a glob of its own either.
    expandDirectories: false,
    ignore: ["**/node_modules/*/**", "**/.git/**"],
    deep: 4
  });
  const folders = /* @__PURE__ */ new Set();
  for (const dir of dirs.map((d) => d.replace(/\/$/, "")).sort()) {
    const name = dir.split("/").pop() ?? dir;
    if ([...folders].some((f) => !f.startsWith("**/") && dir.startsWith(f.slice(0, -2)))) continue;
    folders.add(BUILD_OUTPUT.includes(name) ? `**/${name}/**` : `${dir}/**`);
  }
  const candidates = await glob([`**/* *.${SOURCE_EXT}`], {
    cwd: root,
    ignore: ["**/node_modules/**", "**/.git/**", ...folders]
  });
  const copies = candidates.filter((f) => COPY.test(f)).sort();
  const copyGlobs = [
    ...new Set(copies.map((f) => / copy(?: [0-9]+)?\./i.test(f) ? "**/* copy*.*" : "**/* [2-9].*"))
  ].sort();
  return { folders: [...folders].sort(), copies, copyGlobs };
}

// src/init/detect-hosts.ts
var import_yaml = __toESM(require_dist(), 1);
import path from "node:path";
var NETLIFY_BADGE = /api\.netlify\.com\/api\/v1\/badges\/([0-9a-f-]{36})\/deploy-status/g;
var NETLIFY_SITE_ENV = /NETLIFY_SITE_ID\s*[:=]\s*["']?([0-9a-f]{8}-[0-9a-f-]{27})/g;
var RENDER_SERVICE_ID = /\bsrv-[a-z0-9]{20}\b/g;
var SERVED = /* @__PURE__ */ new Set(["web", "pserv", "worker", "static"]);
async function readText(root, file) {
  return readInputFile(path.join(root, file), { display: file }).catch(() => void 0);
}
function collect(texts, pattern) {
  const ids = [];
  const from = /* @__PURE__ */ new Set();
  for (const [file, text] of texts) {
    for (const match of text.matchAll(pattern)) {
      const id = match[1] ?? match[0];
      if (!ids.includes(id)) ids.push(id);
      from.add(file);
    }
  }
  return { ids, from: [...from] };
}
async function detectNetlify(root, netlifyToml, notes) {
  if (netlifyToml === void 0) return void 0;
  const state = await readText(root, path.posix.join(path.posix.dirname(netlifyToml), ".netlify/state.json"));
  if (state !== void 0) {
    try {
      const siteId = JSON.parse(state).siteId;
      if (typeof siteId === "string" && siteId !== "")
        return { config: netlifyToml, siteId, siteIdFrom: ".netlify/state.json" };
    } catch {
    }
  }
  const badges = collect(notes, NETLIFY_BADGE);
  const env = collect(notes, NETLIFY_SITE_ENV);
  const ids = [.../* @__PURE__ */ new Set([...badges.ids, ...env.ids])];
  if (ids.length !== 1) return { config: netlifyToml };
  return { config: netlifyToml, siteId: ids[0], siteIdFrom: [...badges.from, ...env.from][0] };
}
async function detectRender(root, notes) {
  const config = "render.yaml";
  const text = await readText(root, config);
  if (text === void 0) return void 0;
  let services = [];
  try {
    const doc = (0, import_yaml.parse)(text);
    const list2 = Array.isArray(doc?.services) ? doc.services : [];
    services = list2.filter((s) => typeof s?.name === "string" && SERVED.has(String(s.type ?? "web"))).map((s) => ({
      name: String(s.name),
      type: String(s.type ?? "web"),
      ...typeof s.healthCheckPath === "string" ? { healthCheckPath: s.healthCheckPath } : {}
    }));
  } catch {
  }
  const found = collect([[config, text], ...notes], RENDER_SERVICE_ID);
  return { config, services, serviceIds: found.ids, serviceIdsFrom: found.from };
}

// src/init/detect-sentry.ts
import path2 from "node:path";
var SLUG = "([a-z0-9][a-z0-9_-]*)";
var PATTERNS = {
  org: [
    new RegExp(`^\\s*(?:defaults\\.)?org\\s*=\\s*${SLUG}\\s*$`, "m"),
    new RegExp(`^\\s*SENTRY_ORG\\s*=\\s*["']?${SLUG}["']?\\s*$`, "m"),
    new RegExp(`\\borg\\s*:\\s*["'\`]${SLUG}["'\`]`)
  ],
  project: [
    new RegExp(`^\\s*(?:defaults\\.)?project\\s*=\\s*${SLUG}\\s*$`, "m"),
    new RegExp(`^\\s*SENTRY_PROJECT\\s*=\\s*["']?${SLUG}["']?\\s*$`, "m"),
    new RegExp(`\\bproject\\s*:\\s*["'\`]${SLUG}["'\`]`)
  ]
};
var SENTRY_SLUG_FILES = [
  "**/.sentryclirc",
  "**/sentry.properties",
  "**/.env.example",
  "**/.env.sample",
  "**/{vite,next,webpack,astro,nuxt}.config.{js,mjs,cjs,ts,mts}",
  "**/sentry.*.config.{js,mjs,ts}"
];
function sentryEvidence(packageDeps, pythonTexts) {
  for (const [file, names] of packageDeps) {
    const sdk = names.find((n) => n.startsWith("@sentry/"));
    if (sdk) return `${file} (${sdk})`;
  }
  for (const [file, text] of pythonTexts) {
    const line = text.split("\n").find((l) => /^[^#]*\bsentry[-_]sdk\b/i.test(l));
    if (line) return `${file} (sentry-sdk)`;
  }
  return void 0;
}
async function sentrySlugs(root, files) {
  const out = {};
  for (const file of [...files].sort()) {
    const text = await readInputFile(path2.join(root, file), { display: file }).catch(() => "");
    const bundler = /\.config\.[cm]?[jt]s$/.test(file) && !/^sentry\./.test(path2.posix.basename(file));
    if (bundler && !/sentry/i.test(text)) continue;
    for (const key of ["org", "project"]) {
      if (out[key] !== void 0) continue;
      const value = PATTERNS[key].map((p) => p.exec(text)?.[1]).find(Boolean);
      if (value) {
        out[key] = value;
        out.slugsFrom ??= file;
      }
    }
    if (out.org && out.project) break;
  }
  return out;
}

// src/init/detect.ts
var IGNORE = ["**/node_modules/**", "**/dist/**", "**/build/**", "**/.git/**", "**/.launchgate/**"];
var NOTES = ["*.md", "**/README.md", ".github/workflows/*.{yml,yaml}"];
async function detectRepo(root) {
  const branches = await localAndRemoteBranches(root);
  const productionBranch = await originHead(root) ?? ["main", "master"].find((b) => branches.has(b)) ?? "main";
  const stagingBranch = ["staging", "develop", "dev"].find((b) => branches.has(b));
  const excludes = await detectExcludes(root);
  const ignore = [...IGNORE, ...excludes.folders, ...excludes.copyGlobs];
  const find = (patterns, dot = false) => glob(patterns, { cwd: root, ignore, dot });
  const [tsconfigs, python, registries, packageJsons, netlifyTomls, noteFiles, slugFiles] = await Promise.all(
    [
      find(["**/tsconfig.json"]),
      find(["**/pyproject.toml", "**/requirements*.txt"]),
      find(["**/tools/*.json", "**/*tool*registry*.json", "**/*tools*.json"]),
      find(["**/package.json"]),
      find(["netlify.toml", "*/netlify.toml"]),
      find(NOTES, true),
      find(SENTRY_SLUG_FILES, true)
    ]
  );
  const packageDeps = await dependencyLists(root, packageJsons.sort());
  const deps = new Set(packageDeps.flatMap(([, names]) => names));
  const notes = await readAll(root, noteFiles.sort());
  const evidence = sentryEvidence(packageDeps, await readAll(root, python.sort()));
  const toolRegistry = registries.sort()[0];
  const cases = toolRegistry ? (await find([`${path3.posix.dirname(toolRegistry)}/*.jsonl`])).sort()[0] : void 0;
  return {
    productionBranch,
    stagingBranch,
    typescriptProjects: [...new Set(tsconfigs.map((f) => path3.posix.dirname(f)))].sort(),
    pythonProjects: [...new Set(python.map((f) => path3.posix.dirname(f)))].sort(),
    react: deps.has("react"),
    migrations: ["supabase/migrations", "migrations", "db/migrations"].find(
      (d) => existsSync(path3.join(root, d))
    ),
    changelog: ["CHANGELOG.md", "CHANGELOG", "HISTORY.md"].find((f) => existsSync(path3.join(root, f))),
    toolRegistry,
    toolCases: cases,
    netlify: await detectNetlify(root, netlifyTomls.sort((a, b) => a.length - b.length)[0], notes),
    render: await detectRender(root, notes),
    sentry: evidence ? { evidence, ...await sentrySlugs(root, slugFiles) } : void 0,
    excludes,
    cacheIgnored: ignoresCache(
      await readInputFile(path3.join(root, ".gitignore"), { display: ".gitignore" }).catch(() => "")
    )
  };
}
function ignoresCache(gitignore) {
  return gitignore.split(/\r?\n/).map((line) => line.trim()).some((line) => /^\/?(\*\*\/)?\.launchgate(\/(\*\*?)?)?$/.test(line));
}
async function readAll(root, files) {
  return Promise.all(
    files.map(async (f) => [
      f,
      await readInputFile(path3.join(root, f), { display: f }).catch(() => "")
    ])
  );
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
async function dependencyLists(root, packageJsons) {
  const lists = [];
  for (const file of packageJsons) {
    try {
      const pkg = JSON.parse(await readInputFile(path3.join(root, file), { display: file }));
      lists.push([
        file,
        ["dependencies", "devDependencies"].flatMap((field) => Object.keys(pkg[field] ?? {}))
      ]);
    } catch {
    }
  }
  return lists;
}

// src/init/gitignore.ts
var CACHE_FOLDER = ".launchgate/";
function withCacheIgnored(existing) {
  const block = `# launchgate's caches and local reports
${CACHE_FOLDER}
`;
  if (existing === void 0 || existing === "") return block;
  const separator = existing.endsWith("\n") ? "\n" : "\n\n";
  return `${existing}${separator}${block}`;
}

// src/init/offer-concerns.ts
var CONFIG = ".github/launchgate.yml";
var ANCHOR = "  concerns: []\n";
async function offerDiscoveredConcerns(root, files, exclude = []) {
  const config = consolidationSchema.parse({ exclude });
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

// src/init/render-config.ts
function neededSecrets(f) {
  const deploy = [];
  if (f.netlify?.siteId) deploy.push("NETLIFY_AUTH_TOKEN");
  if (renderTarget(f)) deploy.push("RENDER_API_KEY");
  return { deploy, monitor: f.sentry?.org ? ["SENTRY_AUTH_TOKEN"] : [] };
}
function renderTarget(f) {
  const r = f.render;
  if (!r || r.serviceIds.length !== 1 || r.services.length > 1) return void 0;
  return { name: r.services[0]?.name ?? "backend", id: r.serviceIds[0] };
}
var q = (s) => JSON.stringify(s);
var list = (items) => `[${items.map((i) => `'${i.replace(/'/g, "''")}'`).join(", ")}]`;
function targetLines(f) {
  const lines = [];
  if (f.netlify?.siteId) {
    lines.push(`  # Netlify site from ${f.netlify.config}; its id from ${f.netlify.siteIdFrom}.`);
    lines.push(`  - { name: frontend, kind: netlify, site-id: ${q(f.netlify.siteId)} }`);
  } else if (f.netlify) {
    lines.push(
      `  # ${f.netlify.config} found, but no site id in the repository: Site configuration > Site ID.`
    );
    lines.push("  #- { name: frontend, kind: netlify, site-id: <site id or your-site.netlify.app> }");
  }
  const render = renderTarget(f);
  if (render) {
    lines.push(
      `  # Render service from ${f.render.config}; its id from ${f.render.serviceIdsFrom.join(", ")}.`
    );
    lines.push(`  - { name: ${q(render.name)}, kind: render, service-id: ${render.id} }`);
  } else if (f.render) {
    const ids = f.render.serviceIds.length ? ` (ids seen: ${f.render.serviceIds.join(", ")})` : "";
    lines.push(`  # ${f.render.config}: set each service's id (the srv-... in its dashboard URL)${ids}.`);
    for (const s of f.render.services.length ? f.render.services : [{ name: "backend" }])
      lines.push(`  #- { name: ${q(s.name)}, kind: render, service-id: srv-... }`);
  }
  if (!f.netlify && !f.render)
    lines.push("  #- { name: api, kind: health, health-url: https://example.com/api/health }");
  return lines;
}
function sentryLines(f) {
  if (!f.sentry) return [];
  const s = f.sentry;
  const from = `Sentry found in ${s.evidence}${s.slugsFrom ? `; slugs from ${s.slugsFrom}` : ""}`;
  if (s.org) {
    return [
      `  # ${from}. Needs SENTRY_AUTH_TOKEN.`,
      "  sentry:",
      `    org: ${q(s.org)}`,
      ...s.project ? [`    project: ${q(s.project)}`] : []
    ];
  }
  return [
    `  # ${from}; set your organization slug (and project) to watch the release's errors:`,
    "  #sentry:",
    "  #  org: <organization slug>",
    `  #  project: ${s.project ? q(s.project) : "<project slug>"}`
  ];
}
function excludeLines(f) {
  const { folders, copies } = f.excludes;
  const consolidation = ["**/*.test.*", "**/__tests__/**", ...folders];
  const lines = [`  exclude: ${list(consolidation)}`];
  if (copies.length) {
    lines.push(
      `  # ${copies.length} file copies found (${copies.slice(0, 2).join(", ")}${copies.length > 2 ? ", ..." : ""}): not excluded here,`,
      "  # so a concern can retire them; the review leaves them out."
    );
  }
  return lines;
}
function reviewExcludeLine(f) {
  const review = [.../* @__PURE__ */ new Set([...REVIEW_DEFAULT_EXCLUDES, ...f.excludes.folders, ...f.excludes.copyGlobs])];
  return review.length > REVIEW_DEFAULT_EXCLUDES.length ? `  exclude: ${list(review)}` : void 0;
}
var SECTION_TEXT = {
  consolidation: (f) => [
    "# One implementation per concern (e.g. 4 WebSocket hooks -> 1). Declare a concern when you consolidate:",
    "consolidation:",
    ...excludeLines(f),
    "  concerns: []",
    "  #  - name: websocket",
    "  #    canonical: [src/hooks/useSocket.ts]",
    "  #    deprecated: [src/hooks/useSocketV2.ts]",
    "  #    forbidden-signatures: ['new WebSocket(']"
  ],
  prefilter: (f) => [
    "# Which LLM tools a message needs; the PR gate benchmarks the saving on labelled cases.",
    "prefilter:",
    ...f.toolRegistry ? [`  tools: ${f.toolRegistry}`] : ["  # tools: path/to/tools.json   (OpenAI, Anthropic or MCP tool definitions)"],
    ...f.toolCases ? [`  cases: ${f.toolCases}`] : ['  # cases: path/to/cases.jsonl  ({"message": "...", "expected": ["tool_name"]} per line)'],
    "  core-tools: [get_time, get_location]",
    "  min-token-reduction: 0.8"
  ],
  review: (f) => {
    const reviewExclude = reviewExcludeLine(f);
    return [
      "# Seven reviewers, one gate: no CRITICAL, HIGH fixed or waived, every area above min-score.",
      "review:",
      "  provider: offline # anthropic or openai adds an LLM pass (its key as a secret)",
      "  min-score: 8",
      ...reviewExclude ? [reviewExclude] : []
    ];
  },
  deploy: (f) => {
    const staging = f.stagingBranch ?? "staging";
    const targets = targetLines(f);
    const active = targets.some((l) => l.startsWith("  - "));
    return [
      `# Deploy ${staging} to ${f.productionBranch} by manual dispatch.`,
      "deploy:",
      `  source-branch: ${staging}`,
      `  target-branch: ${f.productionBranch}`,
      "  checklist:",
      "    secrets: [] # more secrets to require; the host tokens below are checked without being listed",
      `    migrations: ${f.migrations ?? "false # no migrations folder found"}`,
      `    changelog: ${f.changelog ?? "false # no CHANGELOG found"}`,
      active ? "  targets:" : "  targets: [] # none yet: the deploy merges and does not wait for a host",
      ...targets,
      "  smoke:",
      "    tests: []"
    ];
  },
  monitor: (f) => [
    "# Watch the release and roll back when a trigger fires (the launch plan's thresholds).",
    "monitor:",
    "  window-hours: 4",
    "  thresholds:",
    "    error-rate: 0.05",
    "    websocket-failure-rate: 0.1",
    "    p95-ms: 5000",
    ...sentryLines(f)
  ],
  // The audit's defaults (persona `regular`, the policy of launchgate's own workflows) suit a
  // new repository; the file stays shorter without a section nobody has to change.
  audit: () => []
};
function renderConfig(f) {
  const sections = CAPABILITIES.flatMap((c) => c.section ? [SECTION_TEXT[c.section](f)] : []).filter(
    (lines) => lines.length > 0
  );
  return [
    "# launchgate: release pipeline as code. Reference: https://github.com/launchgate/launchgate#the-config-file",
    "# Written by `launchgate init` from what it found in this repository; every value can be changed.",
    "version: 1",
    ...sections.flatMap((lines) => ["", ...lines]),
    ""
  ].join("\n");
}

// src/init/render.ts
var CHECKOUT = "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2";
function renderInitFiles(f, pin) {
  return {
    ".github/launchgate.yml": renderConfig(f),
    ".github/workflows/launchgate-pr-gate.yml": renderPrGate(f, pin),
    ".github/workflows/launchgate-deploy.yml": renderDeploy(f, pin),
    ".github/workflows/launchgate-monitor.yml": renderMonitor(f, pin)
  };
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
        # launchgate reads these by name and masks them; add any that .github/launchgate.yml
        # names later (deploy.checklist.secrets, a host's token-secret).
        env:
${envLines(["SMOKE_TEST_EMAIL", "SMOKE_TEST_PASSWORD", ...neededSecrets(f).deploy])}
`;
}
function renderMonitor(f, pin) {
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
${neededSecrets(f).monitor.length ? "" : "          # monitor.sentry is not set in .github/launchgate.yml yet; the token is read once it is.\n"}          sentry-token: \${{ secrets.SENTRY_AUTH_TOKEN }}
`;
}
function envLines(names) {
  return names.map((n) => `          ${n}: \${{ secrets.${n} }}`).join("\n");
}

// src/init/report.ts
function describeFound(f) {
  const netlify = f.netlify ? `Netlify (${f.netlify.config}${f.netlify.siteId ? `, site id from ${f.netlify.siteIdFrom}` : ", no site id written down"})` : void 0;
  const render = f.render ? `Render (${f.render.config}: ${f.render.services.map((s) => s.name).join(", ") || "no services parsed"}${f.render.serviceIds.length ? `; ids ${f.render.serviceIds.join(", ")}` : "; no service id written down"})` : void 0;
  const sentry = f.sentry ? `Sentry (${f.sentry.evidence}${f.sentry.org ? `; org ${f.sentry.org}` : "; org not found"}${f.sentry.project ? `, project ${f.sentry.project}` : ""})` : void 0;
  const excluded = [...f.excludes.folders, ...f.excludes.copyGlobs];
  return [
    `production branch ${f.productionBranch}`,
    f.stagingBranch ? `staging branch ${f.stagingBranch}` : "no staging branch (deploy assumes `staging`)",
    f.typescriptProjects.length ? `TypeScript in ${f.typescriptProjects.join(", ")}` : void 0,
    f.pythonProjects.length ? `Python in ${f.pythonProjects.join(", ")}` : void 0,
    f.react ? "React" : void 0,
    netlify,
    render,
    sentry,
    f.toolRegistry ? `tool registry ${f.toolRegistry}` : void 0,
    f.migrations ? `migrations in ${f.migrations}` : void 0,
    excluded.length ? `not source, excluded: ${excluded.join(", ")}` : void 0
  ].filter((line) => line !== void 0);
}
function nextSteps(f) {
  const secrets = neededSecrets(f);
  const all = [...secrets.deploy, ...secrets.monitor];
  const missing = [
    f.netlify && !f.netlify.siteId ? "the Netlify site id" : void 0,
    f.render && (f.render.serviceIds.length !== 1 || f.render.services.length > 1) ? "the Render service id(s)" : void 0,
    f.sentry && !f.sentry.org ? "Sentry's organization slug" : void 0
  ].filter(Boolean);
  return [
    ...missing.length ? [`Fill in the commented entries of .github/launchgate.yml: ${missing.join(", ")}.`] : [],
    ...all.length ? [`Add the repository secrets the workflows pass: ${all.join(", ")}.`] : [],
    "Make the PR gate job a required check, and run `launchgate config` to check the file."
  ];
}

// src/init/run.ts
function planFiles(options, files) {
  const plans = [];
  for (const [file, content] of Object.entries(files)) {
    const exists = existsSync2(path4.join(options.root, file));
    if (exists && !options.force) {
      plans.push({ file, content, status: "kept (exists; --force overwrites)", write: false });
      continue;
    }
    const [verb, done] = exists ? ["overwrite", "overwritten"] : ["write", "written"];
    plans.push({ file, content, status: options.dryRun ? `would ${verb}` : done, write: true });
  }
  return plans;
}
function contentSection(plan) {
  const longest = Math.max(2, ...(plan.content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const lang = plan.file.endsWith(".yml") ? "yaml" : "";
  return {
    title: `${plan.file} (${plan.status})`,
    text: `${fence}${lang}
${plan.content.replace(/\n$/, "")}
${fence}`,
    collapsed: true
  };
}
async function runInit(options) {
  const facts = await detectRepo(options.root);
  const files = renderInitFiles(facts, options.pin);
  const offered = await offerDiscoveredConcerns(options.root, files, facts.excludes.folders);
  const plans = planFiles(options, files);
  if (!facts.cacheIgnored) {
    const existing = await readInputFile(path4.join(options.root, ".gitignore"), {
      display: ".gitignore"
    }).catch(() => void 0);
    const status = existing === void 0 ? "write" : "update (adds .launchgate/)";
    plans.push({
      file: ".gitignore",
      content: withCacheIgnored(existing),
      status: options.dryRun ? `would ${status}` : existing === void 0 ? "written" : "updated (adds .launchgate/)",
      write: true
    });
  }
  if (!options.dryRun) {
    for (const plan of plans.filter((p) => p.write)) {
      const target = path4.join(options.root, plan.file);
      await mkdir(path4.dirname(target), { recursive: true });
      await writeFile(target, plan.content);
    }
  }
  const changed = plans.filter((p) => p.write);
  const report = {
    capability: "init",
    title: `launchgate init: ${changed.length} file(s) ${options.dryRun ? "planned" : "written"}, pinned to ${options.pin.repository}@${options.pin.ref.slice(0, 12)}`,
    ok: true,
    findings: [],
    sections: [
      { title: "Files", table: { columns: ["file", "status"], rows: plans.map((p) => [p.file, p.status]) } },
      { title: "Found", text: describeFound(facts).join("\n") },
      ...offered ? [offered] : [],
      ...options.dryRun ? changed.map(contentSection) : [],
      { title: "Next", text: nextSteps(facts).join("\n") }
    ],
    data: {
      files: Object.fromEntries(plans.map((p) => [p.file, p.status])),
      contents: Object.fromEntries(changed.map((p) => [p.file, p.content])),
      detected: facts,
      pin: options.pin
    }
  };
  return { report, facts };
}

// src/cli/commands/init.ts
var SHA = /^[0-9a-f]{40}$/;
function packageRoot() {
  let dir = path5.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++, dir = path5.dirname(dir)) {
    const file = path5.join(dir, "package.json");
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
