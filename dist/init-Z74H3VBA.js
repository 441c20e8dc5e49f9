import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import{a as T,c as A}from"./chunk-JOCTRU22.js";import{a as _,b as N}from"./chunk-SVLLFIBK.js";import"./chunk-GV6TCUCU.js";import"./chunk-674TNKL3.js";import"./chunk-MYUM6NXV.js";import{a as m}from"./chunk-7GHHZNFJ.js";import"./chunk-FYWPFE2X.js";import"./chunk-2KCSPR3U.js";import{b as h}from"./chunk-FDIG5PKM.js";import{a as C}from"./chunk-H6E3DKVY.js";import"./chunk-T36AOUK7.js";import"./chunk-G6NWGIYF.js";import"./chunk-BZL6JSP3.js";import"./chunk-WTFKSZ7V.js";import"./chunk-XQTATC2K.js";import{a as F,d as fe,i as p,o as O}from"./chunk-R2VYPK6U.js";import{d as b}from"./chunk-GLHAVPQC.js";import{g as P}from"./chunk-3MLP4YPQ.js";import{a as o,e as ge}from"./chunk-PK5KYFJF.js";import{existsSync as Me,readFileSync as Ke}from"node:fs";import x from"node:path";import{fileURLToPath as qe}from"node:url";import{existsSync as Ge}from"node:fs";import{mkdir as Be,writeFile as Ue}from"node:fs/promises";import w from"node:path";import{existsSync as K}from"node:fs";import u from"node:path";var me=["node_modules","dist","build","vendor","third_party","generated","__generated__","archive","archives","backup","backups"],he=["node_modules","dist","build"],ye=/(?: [2-9]| copy(?: [0-9]+)?)\.[a-z]+$/i,we="{ts,tsx,js,jsx,mjs,cjs,py}";async function L(e){let t=await m([`**/{${me.join(",")}}`],{cwd:e,onlyDirectories:!0,expandDirectories:!1,ignore:["**/node_modules/*/**","**/.git/**"],deep:4}),n=new Set;for(let a of t.map(i=>i.replace(/\/$/,"")).sort()){let i=a.split("/").pop()??a;[...n].some(d=>!d.startsWith("**/")&&a.startsWith(d.slice(0,-2)))||n.add(he.includes(i)?`**/${i}/**`:`${a}/**`)}let s=(await m([`**/* *.${we}`],{cwd:e,ignore:["**/node_modules/**","**/.git/**",...n]})).filter(a=>ye.test(a)).sort(),c=[...new Set(s.map(a=>/ copy(?: [0-9]+)?\./i.test(a)?"**/* copy*.*":"**/* [2-9].*"))].sort();return{folders:[...n].sort(),copies:s,copyGlobs:c}}o(L,"detectExcludes");var D=ge(fe(),1);import v from"node:path";var $e=/api\.netlify\.com\/api\/v1\/badges\/([0-9a-f-]{36})\/deploy-status/g,Re=/NETLIFY_SITE_ID\s*[:=]\s*["']?([0-9a-f]{8}-[0-9a-f-]{27})/g,be=/\bsrv-[a-z0-9]{20}\b/g,ve=new Set(["web","pserv","worker","static"]);async function H(e,t){return p(v.join(e,t),{display:t}).catch(()=>{})}o(H,"readText");function k(e,t){let n=[],r=new Set;for(let[s,c]of e)for(let a of c.matchAll(t)){let i=a[1]??a[0];n.includes(i)||n.push(i),r.add(s)}return{ids:n,from:[...r]}}o(k,"collect");async function G(e,t,n){if(t===void 0)return;let r=await H(e,v.posix.join(v.posix.dirname(t),".netlify/state.json"));if(r!==void 0)try{let i=JSON.parse(r).siteId;if(typeof i=="string"&&i!=="")return{config:t,siteId:i,siteIdFrom:".netlify/state.json"}}catch{}let s=k(n,$e),c=k(n,Re),a=[...new Set([...s.ids,...c.ids])];return a.length!==1?{config:t}:{config:t,siteId:a[0],siteIdFrom:[...s.from,...c.from][0]}}o(G,"detectNetlify");async function B(e,t){let n="render.yaml",r=await H(e,n);if(r===void 0)return;let s=[];try{let a=(0,D.parse)(r);s=(Array.isArray(a?.services)?a.services:[]).filter(d=>typeof d?.name=="string"&&ve.has(String(d.type??"web"))).map(d=>({name:String(d.name),type:String(d.type??"web"),...typeof d.healthCheckPath=="string"?{healthCheckPath:d.healthCheckPath}:{}}))}catch{}let c=k([[n,r],...t],be);return{config:n,services:s,serviceIds:c.ids,serviceIdsFrom:c.from}}o(B,"detectRender");import U from"node:path";var g="([a-z0-9][a-z0-9_-]*)",ke={org:[new RegExp(`^\\s*(?:defaults\\.)?org\\s*=\\s*${g}\\s*$`,"m"),new RegExp(`^\\s*SENTRY_ORG\\s*=\\s*["']?${g}["']?\\s*$`,"m"),new RegExp(`\\borg\\s*:\\s*["'\`]${g}["'\`]`)],project:[new RegExp(`^\\s*(?:defaults\\.)?project\\s*=\\s*${g}\\s*$`,"m"),new RegExp(`^\\s*SENTRY_PROJECT\\s*=\\s*["']?${g}["']?\\s*$`,"m"),new RegExp(`\\bproject\\s*:\\s*["'\`]${g}["'\`]`)]},Y=["**/.sentryclirc","**/sentry.properties","**/.env.example","**/.env.sample","**/{vite,next,webpack,astro,nuxt}.config.{js,mjs,cjs,ts,mts}","**/sentry.*.config.{js,mjs,ts}"];function W(e,t){for(let[n,r]of e){let s=r.find(c=>c.startsWith("@sentry/"));if(s)return`${n} (${s})`}for(let[n,r]of t)if(r.split(`
`).find(c=>/^[^#]*\bsentry[-_]sdk\b/i.test(c)))return`${n} (sentry-sdk)`}o(W,"sentryEvidence");async function M(e,t){let n={};for(let r of[...t].sort()){let s=await p(U.join(e,r),{display:r}).catch(()=>"");if(!(/\.config\.[cm]?[jt]s$/.test(r)&&!/^sentry\./.test(U.posix.basename(r))&&!/sentry/i.test(s))){for(let a of["org","project"]){if(n[a]!==void 0)continue;let i=ke[a].map(d=>d.exec(s)?.[1]).find(Boolean);i&&(n[a]=i,n.slugsFrom??=r)}if(n.org&&n.project)break}}return n}o(M,"sentrySlugs");var je=["**/node_modules/**","**/dist/**","**/build/**","**/.git/**","**/.launchgate/**"],xe=["*.md","**/README.md",".github/workflows/*.{yml,yaml}"];async function z(e){let t=await Se(e),n=await Ie(e)??["main","master"].find(l=>t.has(l))??"main",r=["staging","develop","dev"].find(l=>t.has(l)),s=await L(e),c=[...je,...s.folders,...s.copyGlobs],a=o((l,R=!1)=>m(l,{cwd:e,ignore:c,dot:R}),"find"),[i,d,ie,ce,ae,de,le]=await Promise.all([a(["**/tsconfig.json"]),a(["**/pyproject.toml","**/requirements*.txt"]),a(["**/tools/*.json","**/*tool*registry*.json","**/*tools*.json"]),a(["**/package.json"]),a(["netlify.toml","*/netlify.toml"]),a(xe,!0),a(Y,!0)]),E=await Fe(e,ce.sort()),pe=new Set(E.flatMap(([,l])=>l)),S=await q(e,de.sort()),I=W(E,await q(e,d.sort())),$=ie.sort()[0],ue=$?(await a([`${u.posix.dirname($)}/*.jsonl`])).sort()[0]:void 0;return{productionBranch:n,stagingBranch:r,typescriptProjects:[...new Set(i.map(l=>u.posix.dirname(l)))].sort(),pythonProjects:[...new Set(d.map(l=>u.posix.dirname(l)))].sort(),react:pe.has("react"),migrations:["supabase/migrations","migrations","db/migrations"].find(l=>K(u.join(e,l))),changelog:["CHANGELOG.md","CHANGELOG","HISTORY.md"].find(l=>K(u.join(e,l))),toolRegistry:$,toolCases:ue,netlify:await G(e,ae.sort((l,R)=>l.length-R.length)[0],S),render:await B(e,S),sentry:I?{evidence:I,...await M(e,le)}:void 0,excludes:s,cacheIgnored:Ee(await p(u.join(e,".gitignore"),{display:".gitignore"}).catch(()=>""))}}o(z,"detectRepo");function Ee(e){return e.split(/\r?\n/).map(t=>t.trim()).some(t=>/^\/?(\*\*\/)?\.launchgate(\/(\*\*?)?)?$/.test(t))}o(Ee,"ignoresCache");async function q(e,t){return Promise.all(t.map(async n=>[n,await p(u.join(e,n),{display:n}).catch(()=>"")]))}o(q,"readAll");async function Se(e){let{stdout:t,code:n}=await h(["for-each-ref","--format=%(refname)","refs/heads","refs/remotes"],{cwd:e,allowExitCodes:[128]});return n!==0?new Set:new Set(t.split(`
`).filter(Boolean).map(r=>r.replace(/^refs\/(heads|remotes\/[^/]+)\//,"")))}o(Se,"localAndRemoteBranches");async function Ie(e){let{stdout:t,code:n}=await h(["symbolic-ref","--quiet","--short","refs/remotes/origin/HEAD"],{cwd:e,allowExitCodes:[1,128]});return n===0&&t.trim().replace(/^origin\//,"")||void 0}o(Ie,"originHead");async function Fe(e,t){let n=[];for(let r of t)try{let s=JSON.parse(await p(u.join(e,r),{display:r}));n.push([r,["dependencies","devDependencies"].flatMap(c=>Object.keys(s[c]??{}))])}catch{}return n}o(Fe,"dependencyLists");var Pe=".launchgate/";function J(e){let t=`# launchgate's caches and local reports
${Pe}
`;if(e===void 0||e==="")return t;let n=e.endsWith(`
`)?`
`:`

`;return`${e}${n}${t}`}o(J,"withCacheIgnored");var V=".github/launchgate.yml",j=`  concerns: []
`;async function X(e,t,n=[]){let r=F.parse({exclude:n}),{concerns:s}=await A({root:e,config:r,cacheDir:!1}),c=t[V];if(s.length===0||c===void 0||!c.includes(j))return;let a=T(s).split(`
`).slice(2).filter(i=>i!=="").map(i=>`  #${i.slice(2)}`);return t[V]=c.replace(j,`${j}  # Proposed by \`launchgate consolidation discover\`; uncomment the concerns to enforce:
${a.join(`
`)}
`),{title:"Proposed concerns (commented in the config)",text:s.map(i=>`${i.name}: keep ${i.canonical.join(", ")}; retire ${i.deprecated.length} module(s)`).join(`
`)}}o(X,"offerDiscoveredConcerns");function y(e){let t=[];return e.netlify?.siteId&&t.push("NETLIFY_AUTH_TOKEN"),Q(e)&&t.push("RENDER_API_KEY"),{deploy:t,monitor:e.sentry?.org?["SENTRY_AUTH_TOKEN"]:[]}}o(y,"neededSecrets");function Q(e){let t=e.render;if(!(!t||t.serviceIds.length!==1||t.services.length>1))return{name:t.services[0]?.name??"backend",id:t.serviceIds[0]}}o(Q,"renderTarget");var f=o(e=>JSON.stringify(e),"q"),Z=o(e=>`[${e.map(t=>`'${t.replace(/'/g,"''")}'`).join(", ")}]`,"list");function _e(e){let t=[];e.netlify?.siteId?(t.push(`  # Netlify site from ${e.netlify.config}; its id from ${e.netlify.siteIdFrom}.`),t.push(`  - { name: frontend, kind: netlify, site-id: ${f(e.netlify.siteId)} }`)):e.netlify&&(t.push(`  # ${e.netlify.config} found, but no site id in the repository: Site configuration > Site ID.`),t.push("  #- { name: frontend, kind: netlify, site-id: <site id or your-site.netlify.app> }"));let n=Q(e);if(n)t.push(`  # Render service from ${e.render.config}; its id from ${e.render.serviceIdsFrom.join(", ")}.`),t.push(`  - { name: ${f(n.name)}, kind: render, service-id: ${n.id} }`);else if(e.render){let r=e.render.serviceIds.length?` (ids seen: ${e.render.serviceIds.join(", ")})`:"";t.push(`  # ${e.render.config}: set each service's id (the srv-... in its dashboard URL)${r}.`);for(let s of e.render.services.length?e.render.services:[{name:"backend"}])t.push(`  #- { name: ${f(s.name)}, kind: render, service-id: srv-... }`)}return!e.netlify&&!e.render&&t.push("  #- { name: api, kind: health, health-url: https://example.com/api/health }"),t}o(_e,"targetLines");function Ne(e){if(!e.sentry)return[];let t=e.sentry,n=`Sentry found in ${t.evidence}${t.slugsFrom?`; slugs from ${t.slugsFrom}`:""}`;return t.org?[`  # ${n}. Needs SENTRY_AUTH_TOKEN.`,"  sentry:",`    org: ${f(t.org)}`,...t.project?[`    project: ${f(t.project)}`]:[]]:[`  # ${n}; set your organization slug (and project) to watch the release's errors:`,"  #sentry:","  #  org: <organization slug>",`  #  project: ${t.project?f(t.project):"<project slug>"}`]}o(Ne,"sentryLines");function Ce(e){let{folders:t,copies:n}=e.excludes,r=["**/*.test.*","**/__tests__/**",...t],s=[`  exclude: ${Z(r)}`];return n.length&&s.push(`  # ${n.length} file copies found (${n.slice(0,2).join(", ")}${n.length>2?", ...":""}): not excluded here,`,"  # so a concern can retire them; the review leaves them out."),s}o(Ce,"excludeLines");function Te(e){let t=[...new Set([...b,...e.excludes.folders,...e.excludes.copyGlobs])];return t.length>b.length?`  exclude: ${Z(t)}`:void 0}o(Te,"reviewExcludeLine");var Ae={consolidation:o(e=>["# One implementation per concern (e.g. 4 WebSocket hooks -> 1). Declare a concern when you consolidate:","consolidation:",...Ce(e),"  concerns: []","  #  - name: websocket","  #    canonical: [src/hooks/useSocket.ts]","  #    deprecated: [src/hooks/useSocketV2.ts]","  #    forbidden-signatures: ['new WebSocket(']"],"consolidation"),prefilter:o(e=>["# Which LLM tools a message needs; the PR gate benchmarks the saving on labelled cases.","prefilter:",...e.toolRegistry?[`  tools: ${e.toolRegistry}`]:["  # tools: path/to/tools.json   (OpenAI, Anthropic or MCP tool definitions)"],...e.toolCases?[`  cases: ${e.toolCases}`]:['  # cases: path/to/cases.jsonl  ({"message": "...", "expected": ["tool_name"]} per line)'],"  core-tools: [get_time, get_location]","  min-token-reduction: 0.8"],"prefilter"),review:o(e=>{let t=Te(e);return["# Seven reviewers, one gate: no CRITICAL, HIGH fixed or waived, every area above min-score.","review:","  provider: offline # anthropic or openai adds an LLM pass (its key as a secret)","  min-score: 8",...t?[t]:[]]},"review"),deploy:o(e=>{let t=e.stagingBranch??"staging",n=_e(e),r=n.some(s=>s.startsWith("  - "));return[`# Deploy ${t} to ${e.productionBranch} by manual dispatch.`,"deploy:",`  source-branch: ${t}`,`  target-branch: ${e.productionBranch}`,"  checklist:","    secrets: [] # more secrets to require; the host tokens below are checked without being listed",`    migrations: ${e.migrations??"false # no migrations folder found"}`,`    changelog: ${e.changelog??"false # no CHANGELOG found"}`,r?"  targets:":"  targets: [] # none yet: the deploy merges and does not wait for a host",...n,"  smoke:","    tests: []"]},"deploy"),monitor:o(e=>["# Watch the release and roll back when a trigger fires (the launch plan's thresholds).","monitor:","  window-hours: 4","  thresholds:","    error-rate: 0.05","    websocket-failure-rate: 0.1","    p95-ms: 5000",...Ne(e)],"monitor"),audit:o(()=>[],"audit")};function ee(e){return["# launchgate: release pipeline as code. Reference: https://github.com/launchgate/launchgate#the-config-file","# Written by `launchgate init` from what it found in this repository; every value can be changed.","version: 1",...O.flatMap(n=>n.section?[Ae[n.section](e)]:[]).filter(n=>n.length>0).flatMap(n=>["",...n]),""].join(`
`)}o(ee,"renderConfig");var te="actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2";function ne(e,t){return{".github/launchgate.yml":ee(e),".github/workflows/launchgate-pr-gate.yml":Oe(e,t),".github/workflows/launchgate-deploy.yml":Le(e,t),".github/workflows/launchgate-monitor.yml":De(e,t)}}o(ne,"renderInitFiles");function Oe(e,t){return`# The PR gate: consolidation, the prefilter benchmark and the 7-agent review. Make its jobs
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
    uses: ${t.repository}/.github/workflows/pr-gate.yml@${t.ref} # ${t.version}
    permissions:
      contents: read
      pull-requests: write
      security-events: write
    with:
      launchgate-repository: ${t.repository}
      launchgate-ref: ${t.ref}
      prefilter: ${e.toolRegistry&&e.toolCases?"true":"false"}
    secrets:
      ANTHROPIC_API_KEY: \${{ secrets.ANTHROPIC_API_KEY }}
      OPENAI_API_KEY: \${{ secrets.OPENAI_API_KEY }}
`}o(Oe,"renderPrGate");function Le(e,t){return`# Deploy ${e.stagingBranch??"staging"} to ${e.productionBranch}: checklist, merge, wait until live, smoke tests,
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
      - uses: ${te}
        with:
          fetch-depth: 0
          persist-credentials: false
      - uses: ${t.repository}/actions/deploy@${t.ref} # ${t.version}
        with:
          dry-run: \${{ inputs.dry-run }}
          skip-checklist-item: \${{ inputs.skip-checklist-item }}
        # launchgate reads these by name and masks them; add any that .github/launchgate.yml
        # names later (deploy.checklist.secrets, a host's token-secret).
        env:
${He(["SMOKE_TEST_EMAIL","SMOKE_TEST_PASSWORD",...y(e).deploy])}
`}o(Le,"renderDeploy");function De(e,t){return`# Watch production after a deploy (every 5 minutes in hour 1, 15 in hours 2-3, 30 in hour 4) and
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
      - uses: ${te}
        with:
          fetch-depth: 0
          persist-credentials: false
      - uses: ${t.repository}/actions/monitor@${t.ref} # ${t.version}
        with:
          force: \${{ github.event_name == 'workflow_dispatch' }}
          dry-run: \${{ github.event_name == 'workflow_dispatch' && inputs.dry-run }}
${y(e).monitor.length?"":`          # monitor.sentry is not set in .github/launchgate.yml yet; the token is read once it is.
`}          sentry-token: \${{ secrets.SENTRY_AUTH_TOKEN }}
`}o(De,"renderMonitor");function He(e){return e.map(t=>`          ${t}: \${{ secrets.${t} }}`).join(`
`)}o(He,"envLines");function re(e){let t=e.netlify?`Netlify (${e.netlify.config}${e.netlify.siteId?`, site id from ${e.netlify.siteIdFrom}`:", no site id written down"})`:void 0,n=e.render?`Render (${e.render.config}: ${e.render.services.map(c=>c.name).join(", ")||"no services parsed"}${e.render.serviceIds.length?`; ids ${e.render.serviceIds.join(", ")}`:"; no service id written down"})`:void 0,r=e.sentry?`Sentry (${e.sentry.evidence}${e.sentry.org?`; org ${e.sentry.org}`:"; org not found"}${e.sentry.project?`, project ${e.sentry.project}`:""})`:void 0,s=[...e.excludes.folders,...e.excludes.copyGlobs];return[`production branch ${e.productionBranch}`,e.stagingBranch?`staging branch ${e.stagingBranch}`:"no staging branch (deploy assumes `staging`)",e.typescriptProjects.length?`TypeScript in ${e.typescriptProjects.join(", ")}`:void 0,e.pythonProjects.length?`Python in ${e.pythonProjects.join(", ")}`:void 0,e.react?"React":void 0,t,n,r,e.toolRegistry?`tool registry ${e.toolRegistry}`:void 0,e.migrations?`migrations in ${e.migrations}`:void 0,s.length?`not source, excluded: ${s.join(", ")}`:void 0].filter(c=>c!==void 0)}o(re,"describeFound");function se(e){let t=y(e),n=[...t.deploy,...t.monitor],r=[e.netlify&&!e.netlify.siteId?"the Netlify site id":void 0,e.render&&(e.render.serviceIds.length!==1||e.render.services.length>1)?"the Render service id(s)":void 0,e.sentry&&!e.sentry.org?"Sentry's organization slug":void 0].filter(Boolean);return[...r.length?[`Fill in the commented entries of .github/launchgate.yml: ${r.join(", ")}.`]:[],...n.length?[`Add the repository secrets the workflows pass: ${n.join(", ")}.`]:[],"Make the PR gate job a required check, and run `launchgate config` to check the file."]}o(se,"nextSteps");function Ye(e,t){let n=[];for(let[r,s]of Object.entries(t)){let c=Ge(w.join(e.root,r));if(c&&!e.force){n.push({file:r,content:s,status:"kept (exists; --force overwrites)",write:!1});continue}let[a,i]=c?["overwrite","overwritten"]:["write","written"];n.push({file:r,content:s,status:e.dryRun?`would ${a}`:i,write:!0})}return n}o(Ye,"planFiles");function We(e){let t=Math.max(2,...(e.content.match(/`+/g)??[]).map(s=>s.length)),n="`".repeat(t+1),r=e.file.endsWith(".yml")?"yaml":"";return{title:`${e.file} (${e.status})`,text:`${n}${r}
${e.content.replace(/\n$/,"")}
${n}`,collapsed:!0}}o(We,"contentSection");async function oe(e){let t=await z(e.root),n=ne(t,e.pin),r=await X(e.root,n,t.excludes.folders),s=Ye(e,n);if(!t.cacheIgnored){let i=await p(w.join(e.root,".gitignore"),{display:".gitignore"}).catch(()=>{}),d=i===void 0?"write":"update (adds .launchgate/)";s.push({file:".gitignore",content:J(i),status:e.dryRun?`would ${d}`:i===void 0?"written":"updated (adds .launchgate/)",write:!0})}if(!e.dryRun)for(let i of s.filter(d=>d.write)){let d=w.join(e.root,i.file);await Be(w.dirname(d),{recursive:!0}),await Ue(d,i.content)}let c=s.filter(i=>i.write);return{report:{capability:"init",title:`launchgate init: ${c.length} file(s) ${e.dryRun?"planned":"written"}, pinned to ${e.pin.repository}@${e.pin.ref.slice(0,12)}`,ok:!0,findings:[],sections:[{title:"Files",table:{columns:["file","status"],rows:s.map(i=>[i.file,i.status])}},{title:"Found",text:re(t).join(`
`)},...r?[r]:[],...e.dryRun?c.map(We):[],{title:"Next",text:se(t).join(`
`)}],data:{files:Object.fromEntries(s.map(i=>[i.file,i.status])),contents:Object.fromEntries(c.map(i=>[i.file,i.content])),detected:t,pin:e.pin}},facts:t}}o(oe,"runInit");var ze=/^[0-9a-f]{40}$/;function Je(){let e=x.dirname(qe(import.meta.url));for(let t=0;t<5;t++,e=x.dirname(e)){let n=x.join(e,"package.json");if(!Me(n))continue;let r=JSON.parse(Ke(n,"utf8"));if(r.name==="launchgate")return{dir:e,version:r.version??"0.0.0",gitHead:r.gitHead}}}o(Je,"packageRoot");async function Ve(e){let t=Je(),n=typeof e.repository=="string"?e.repository:"launchgate/launchgate",r=`v${t?.version??"0.0.0"}`,s=typeof e.ref=="string"?e.ref:t?.gitHead;if(!s&&t){let c=await h(["rev-parse","HEAD"],{cwd:t.dir,allowExitCodes:[128]});c.code===0&&(s=c.stdout.trim())}if(!s||!ze.test(s))throw new P(`--ref must be the full commit sha of the launchgate release to pin${s?`, got ${s}`:""}: tags move, shas do not`);return{repository:n,ref:s,version:r}}o(Ve,"resolvePin");function en(e,t,n){_(e.command("init").description("write .github/launchgate.yml and the PR gate, deploy and monitor workflows, pinned by sha").option("--ref <sha>","launchgate commit the workflows pin (default: the one installed)").option("--repository <owner/name>","repository of launchgate (default: launchgate/launchgate)").option("--force","overwrite files that exist").option("--dry-run","say what would be written; write nothing")).action(async r=>{let s=N(r,t),{report:c}=await oe({root:s.root,pin:await Ve(r),force:r.force===!0,dryRun:r.dryRun===!0});n(C(t,c,s.format))})}o(en,"registerInit");export{en as registerInit};
