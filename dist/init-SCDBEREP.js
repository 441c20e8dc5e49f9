import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import{a as M,c as B}from"./chunk-UVMJFDLY.js";import{a as D,b as G}from"./chunk-FRFD3ETL.js";import"./chunk-CJ5MCN6C.js";import"./chunk-CZZDTRHP.js";import"./chunk-FYBLX7SX.js";import{a as w}from"./chunk-7QWLYZOE.js";import"./chunk-KUGTCWLN.js";import{c as U,g as W,m as q}from"./chunk-UCST5RAQ.js";import{b as Y}from"./chunk-YUNL2SRE.js";import"./chunk-7WP2JGEO.js";import{a as k}from"./chunk-GNLIU6LD.js";import"./chunk-SD72FRYJ.js";import{b as $}from"./chunk-OIYDI2TO.js";import{a as H}from"./chunk-YOEYFOBP.js";import"./chunk-CVARTKON.js";import"./chunk-B7PRWDMF.js";import"./chunk-K7I3C5YA.js";import"./chunk-NRNIWF72.js";import"./chunk-JX4DNDAX.js";import{a as O,d as xe,i as u,o as K}from"./chunk-UFWDO6VP.js";import{d as j}from"./chunk-3LOQCV6H.js";import{g as L,o as R}from"./chunk-GCN7SW76.js";import{a as s,f as ve}from"./chunk-BXJSMFLV.js";import{existsSync as lt,readFileSync as pt}from"node:fs";import T from"node:path";import{fileURLToPath as ut}from"node:url";import{existsSync as st}from"node:fs";import{mkdir as it,writeFile as ct}from"node:fs/promises";import v from"node:path";import{existsSync as ie}from"node:fs";import g from"node:path";var Ee=["node_modules","dist","build","vendor","third_party","generated","__generated__","archive","archives","backup","backups"],je=["node_modules","dist","build"],Se=/(?: [2-9]| copy(?: [0-9]+)?)\.[a-z]+$/i,Pe="{ts,tsx,js,jsx,mjs,cjs,py}";async function z(e){let t=await w([`**/{${Ee.join(",")}}`],{cwd:e,onlyDirectories:!0,expandDirectories:!1,ignore:["**/node_modules/*/**","**/.git/**"],deep:4}),n=new Set;for(let a of t.map(i=>i.replace(/\/$/,"")).sort()){let i=a.split("/").pop()??a;[...n].some(d=>!d.startsWith("**/")&&a.startsWith(d.slice(0,-2)))||n.add(je.includes(i)?`**/${i}/**`:`${a}/**`)}let o=(await w([`**/* *.${Pe}`],{cwd:e,ignore:["**/node_modules/**","**/.git/**",...n]})).filter(a=>Se.test(a)).sort(),c=[...new Set(o.map(a=>/ copy(?: [0-9]+)?\./i.test(a)?"**/* copy*.*":"**/* [2-9].*"))].sort();return{folders:[...n].sort(),copies:o,copyGlobs:c}}s(z,"detectExcludes");var Ie=new Set("time date datetime now today clock timezone location position whereabouts gps coordinates user me whoami profile account session locale".split(" ")),Fe=new Set("get fetch read current my show".split(" ")),J=3,X=.2,S=.8,_e=.87;function Te(e){let t=e.parameters.required;return Array.isArray(t)?t.length:0}s(Te,"requiredInputs");function Ae(e){if(Te(e)>0)return!1;let t=U(e.name).filter(n=>!Fe.has(n));return t.length>0&&t.every(n=>Ie.has(n))}s(Ae,"readsContext");function Ne(e){let t=e.map(p=>Y(p)),n=t.reduce((p,m)=>p+m,0),r=[],o=[],c=0;e.forEach((p,m)=>{if(Ae(p)){if(o.length>=J){r.push(`${p.name} also reads context; not core (at most ${J} core tools)`);return}if(n>0&&(c+t[m])/n>X){r.push(`${p.name} reads context but would make core tools over ${k(X)} of the tokens`);return}o.push(m),c+=t[m],r.push(`${p.name}: core (reads context every page may need, takes no required input)`)}}),o.length===0&&r.push("no tool reads ambient context (time, location, user): no core tools");let a=n===0?0:1-c/n,d=Math.min(S,W({coreTokens:c,totalTokens:n,attainableReduction:a})),x=Math.min(_e,Math.floor(a*100)/100);return r.push(`core tools are ${k(1-a)} of ${n} tokens, so at most ${k(a)} can be saved: gate min-token-reduction ${d}`+(d<S?` (below the plan's ${S}, which this catalogue cannot meet reliably)`:"")),{coreTools:o.map(p=>e[p].name),minTokenReduction:d,targetTokenReduction:x,attainableReduction:a,reasons:r}}s(Ne,"proposeForTools");function V(e,t){try{return{proposal:Ne(q(e,t))}}catch(n){return{problem:`${t} is not a tool registry launchgate reads: ${R(n)}`}}}s(V,"proposePrefilter");var Q=ve(xe(),1);import P from"node:path";var Ce=/api\.netlify\.com\/api\/v1\/badges\/([0-9a-f-]{36})\/deploy-status/g,Oe=/NETLIFY_SITE_ID\s*[:=]\s*["']?([0-9a-f]{8}-[0-9a-f-]{27})/g,Le=/\bsrv-[a-z0-9]{20}\b/g,De=new Set(["web","pserv","worker","static"]);async function Z(e,t){return u(P.join(e,t),{display:t}).catch(()=>{})}s(Z,"readText");function I(e,t){let n=[],r=new Set;for(let[o,c]of e)for(let a of c.matchAll(t)){let i=a[1]??a[0];n.includes(i)||n.push(i),r.add(o)}return{ids:n,from:[...r]}}s(I,"collect");async function ee(e,t,n){if(t===void 0)return;let r=await Z(e,P.posix.join(P.posix.dirname(t),".netlify/state.json"));if(r!==void 0)try{let i=JSON.parse(r).siteId;if(typeof i=="string"&&i!=="")return{config:t,siteId:i,siteIdFrom:".netlify/state.json"}}catch{}let o=I(n,Ce),c=I(n,Oe),a=[...new Set([...o.ids,...c.ids])];return a.length!==1?{config:t}:{config:t,siteId:a[0],siteIdFrom:[...o.from,...c.from][0]}}s(ee,"detectNetlify");async function te(e,t){let n="render.yaml",r=await Z(e,n);if(r===void 0)return;let o=[];try{let a=(0,Q.parse)(r);o=(Array.isArray(a?.services)?a.services:[]).filter(d=>typeof d?.name=="string"&&De.has(String(d.type??"web"))).map(d=>({name:String(d.name),type:String(d.type??"web"),...typeof d.healthCheckPath=="string"?{healthCheckPath:d.healthCheckPath}:{}}))}catch{}let c=I([[n,r],...t],Le);return{config:n,services:o,serviceIds:c.ids,serviceIdsFrom:c.from}}s(te,"detectRender");import ne from"node:path";var f="([a-z0-9][a-z0-9_-]*)",Ge={org:[new RegExp(`^\\s*(?:defaults\\.)?org\\s*=\\s*${f}\\s*$`,"m"),new RegExp(`^\\s*SENTRY_ORG\\s*=\\s*["']?${f}["']?\\s*$`,"m"),new RegExp(`\\borg\\s*:\\s*["'\`]${f}["'\`]`)],project:[new RegExp(`^\\s*(?:defaults\\.)?project\\s*=\\s*${f}\\s*$`,"m"),new RegExp(`^\\s*SENTRY_PROJECT\\s*=\\s*["']?${f}["']?\\s*$`,"m"),new RegExp(`\\bproject\\s*:\\s*["'\`]${f}["'\`]`)]},re=["**/.sentryclirc","**/sentry.properties","**/.env.example","**/.env.sample","**/{vite,next,webpack,astro,nuxt}.config.{js,mjs,cjs,ts,mts}","**/sentry.*.config.{js,mjs,ts}"];function oe(e,t){for(let[n,r]of e){let o=r.find(c=>c.startsWith("@sentry/"));if(o)return`${n} (${o})`}for(let[n,r]of t)if(r.split(`
`).find(c=>/^[^#]*\bsentry[-_]sdk\b/i.test(c)))return`${n} (sentry-sdk)`}s(oe,"sentryEvidence");async function se(e,t){let n={};for(let r of[...t].sort()){let o=await u(ne.join(e,r),{display:r}).catch(()=>"");if(!(/\.config\.[cm]?[jt]s$/.test(r)&&!/^sentry\./.test(ne.posix.basename(r))&&!/sentry/i.test(o))){for(let a of["org","project"]){if(n[a]!==void 0)continue;let i=Ge[a].map(d=>d.exec(o)?.[1]).find(Boolean);i&&(n[a]=i,n.slugsFrom??=r)}if(n.org&&n.project)break}}return n}s(se,"sentrySlugs");var He=["**/node_modules/**","**/dist/**","**/build/**","**/.git/**","**/.launchgate/**"],Me=["*.md","**/README.md",".github/workflows/*.{yml,yaml}"];async function ae(e){let t=await Ue(e),n=await We(e)??["main","master"].find(l=>t.has(l))??"main",r=["staging","develop","dev"].find(l=>t.has(l)),o=await z(e),c=[...He,...o.folders,...o.copyGlobs],a=s((l,E=!1)=>w(l,{cwd:e,ignore:c,dot:E}),"find"),[i,d,x,p,m,$e,be]=await Promise.all([a(["**/tsconfig.json"]),a(["**/pyproject.toml","**/requirements*.txt"]),a(["**/tools/*.json","**/*tool*registry*.json","**/*tools*.json"]),a(["**/package.json"]),a(["netlify.toml","*/netlify.toml"]),a(Me,!0),a(re,!0)]),A=await Ye(e,p.sort()),Re=new Set(A.flatMap(([,l])=>l)),N=await ce(e,$e.sort()),C=oe(A,await ce(e,d.sort())),y=x.sort()[0],ke=y?(await a([`${g.posix.dirname(y)}/*.jsonl`])).sort()[0]:void 0;return{productionBranch:n,stagingBranch:r,typescriptProjects:[...new Set(i.map(l=>g.posix.dirname(l)))].sort(),pythonProjects:[...new Set(d.map(l=>g.posix.dirname(l)))].sort(),react:Re.has("react"),migrations:["supabase/migrations","migrations","db/migrations"].find(l=>ie(g.join(e,l))),changelog:["CHANGELOG.md","CHANGELOG","HISTORY.md"].find(l=>ie(g.join(e,l))),toolRegistry:y,toolCases:ke,prefilter:y?await qe(e,y):void 0,netlify:await ee(e,m.sort((l,E)=>l.length-E.length)[0],N),render:await te(e,N),sentry:C?{evidence:C,...await se(e,be)}:void 0,excludes:o,cacheIgnored:Be(await u(g.join(e,".gitignore"),{display:".gitignore"}).catch(()=>""))}}s(ae,"detectRepo");function Be(e){return e.split(/\r?\n/).map(t=>t.trim()).some(t=>/^\/?(\*\*\/)?\.launchgate(\/(\*\*?)?)?$/.test(t))}s(Be,"ignoresCache");async function ce(e,t){return Promise.all(t.map(async n=>[n,await u(g.join(e,n),{display:n}).catch(()=>"")]))}s(ce,"readAll");async function Ue(e){let{stdout:t,code:n}=await $(["for-each-ref","--format=%(refname)","refs/heads","refs/remotes"],{cwd:e,allowExitCodes:[128]});return n!==0?new Set:new Set(t.split(`
`).filter(Boolean).map(r=>r.replace(/^refs\/(heads|remotes\/[^/]+)\//,"")))}s(Ue,"localAndRemoteBranches");async function We(e){let{stdout:t,code:n}=await $(["symbolic-ref","--quiet","--short","refs/remotes/origin/HEAD"],{cwd:e,allowExitCodes:[1,128]});return n===0&&t.trim().replace(/^origin\//,"")||void 0}s(We,"originHead");async function Ye(e,t){let n=[];for(let r of t)try{let o=JSON.parse(await u(g.join(e,r),{display:r}));n.push([r,["dependencies","devDependencies"].flatMap(c=>Object.keys(o[c]??{}))])}catch{}return n}s(Ye,"dependencyLists");async function qe(e,t){try{let n=await u(g.join(e,t),{display:t,what:"tool registry"});return V(n,t)}catch(n){return{problem:`${t} could not be read: ${R(n)}`}}}s(qe,"prefilterProposal");var Ke=".launchgate/";function de(e){let t=`# launchgate's caches and local reports
${Ke}
`;if(e===void 0||e==="")return t;let n=e.endsWith(`
`)?`
`:`

`;return`${e}${n}${t}`}s(de,"withCacheIgnored");var le=".github/launchgate.yml",F=`  concerns: []
`;async function pe(e,t,n=[]){let r=O.parse({exclude:n}),{concerns:o}=await B({root:e,config:r,cacheDir:!1}),c=t[le];if(o.length===0||c===void 0||!c.includes(F))return;let a=M(o).split(`
`).slice(2).filter(i=>i!=="").map(i=>`  #${i.slice(2)}`);return t[le]=c.replace(F,`${F}  # Proposed by \`launchgate consolidation discover\`; uncomment the concerns to enforce:
${a.join(`
`)}
`),{title:"Proposed concerns (commented in the config)",text:o.map(i=>`${i.name}: keep ${i.canonical.join(", ")}; retire ${i.deprecated.length} module(s)`).join(`
`)}}s(pe,"offerDiscoveredConcerns");function b(e){let t=[];return e.netlify?.siteId&&t.push("NETLIFY_AUTH_TOKEN"),ue(e)&&t.push("RENDER_API_KEY"),{deploy:t,monitor:e.sentry?.org?["SENTRY_AUTH_TOKEN"]:[]}}s(b,"neededSecrets");function ue(e){let t=e.render;if(!(!t||t.serviceIds.length!==1||t.services.length>1))return{name:t.services[0]?.name??"backend",id:t.serviceIds[0]}}s(ue,"renderTarget");var h=s(e=>JSON.stringify(e),"q"),_=s(e=>`[${e.map(t=>`'${t.replace(/'/g,"''")}'`).join(", ")}]`,"list");function ze(e){let t=[];e.netlify?.siteId?(t.push(`  # Netlify site from ${e.netlify.config}; its id from ${e.netlify.siteIdFrom}.`),t.push(`  - { name: frontend, kind: netlify, site-id: ${h(e.netlify.siteId)} }`)):e.netlify&&(t.push(`  # ${e.netlify.config} found, but no site id in the repository: Site configuration > Site ID.`),t.push("  #- { name: frontend, kind: netlify, site-id: <site id or your-site.netlify.app> }"));let n=ue(e);if(n)t.push(`  # Render service from ${e.render.config}; its id from ${e.render.serviceIdsFrom.join(", ")}.`),t.push(`  - { name: ${h(n.name)}, kind: render, service-id: ${n.id} }`);else if(e.render){let r=e.render.serviceIds.length?` (ids seen: ${e.render.serviceIds.join(", ")})`:"";t.push(`  # ${e.render.config}: set each service's id (the srv-... in its dashboard URL)${r}.`);for(let o of e.render.services.length?e.render.services:[{name:"backend"}])t.push(`  #- { name: ${h(o.name)}, kind: render, service-id: srv-... }`)}return!e.netlify&&!e.render&&t.push("  #- { name: api, kind: health, health-url: https://example.com/api/health }"),t}s(ze,"targetLines");function Je(e){if(!e.sentry)return[];let t=e.sentry,n=`Sentry found in ${t.evidence}${t.slugsFrom?`; slugs from ${t.slugsFrom}`:""}`;return t.org?[`  # ${n}. Needs SENTRY_AUTH_TOKEN.`,"  sentry:",`    org: ${h(t.org)}`,...t.project?[`    project: ${h(t.project)}`]:[]]:[`  # ${n}; set your organization slug (and project) to watch the release's errors:`,"  #sentry:","  #  org: <organization slug>",`  #  project: ${t.project?h(t.project):"<project slug>"}`]}s(Je,"sentryLines");function Xe(e){let{folders:t,copies:n}=e.excludes,r=["**/*.test.*","**/__tests__/**",...t],o=[`  exclude: ${_(r)}`];return n.length&&o.push(`  # ${n.length} file copies found (${n.slice(0,2).join(", ")}${n.length>2?", ...":""}): not excluded here,`,"  # so a concern can retire them; the review leaves them out."),o}s(Xe,"excludeLines");function Ve(e){let t=e.prefilter?.proposal;return t?[...t.reasons.map(n=>`  # ${n}`),`  core-tools: ${_(t.coreTools)}`,`  min-token-reduction: ${t.minTokenReduction}`,`  target-token-reduction: ${t.targetTokenReduction}`]:[...e.prefilter?.problem?[`  # ${e.prefilter.problem}`]:[],"  core-tools: [get_time, get_location]","  min-token-reduction: 0.8"]}s(Ve,"gateLines");function Qe(e){let t=[...new Set([...j,...e.excludes.folders,...e.excludes.copyGlobs])];return t.length>j.length?`  exclude: ${_(t)}`:void 0}s(Qe,"reviewExcludeLine");var Ze={consolidation:s(e=>["# One implementation per concern (e.g. 4 WebSocket hooks -> 1). Declare a concern when you consolidate:","consolidation:",...Xe(e),"  concerns: []","  #  - name: websocket","  #    canonical: [src/hooks/useSocket.ts]","  #    deprecated: [src/hooks/useSocketV2.ts]","  #    forbidden-signatures: ['new WebSocket(']"],"consolidation"),prefilter:s(e=>["# Which LLM tools a message needs; the PR gate benchmarks the saving on labelled cases.","prefilter:",...e.toolRegistry?[`  tools: ${e.toolRegistry}`]:["  # tools: path/to/tools.json   (OpenAI, Anthropic or MCP tool definitions)"],...e.toolCases?[`  cases: ${e.toolCases}`]:['  # cases: path/to/cases.jsonl  ({"message": "...", "expected": ["tool_name"]} per line)'],...Ve(e)],"prefilter"),review:s(e=>{let t=Qe(e);return["# Seven reviewers, one gate: no CRITICAL, HIGH fixed or waived, every area above min-score.","review:","  provider: offline # anthropic or openai adds an LLM pass (its key as a secret)","  min-score: 8",...t?[t]:[]]},"review"),deploy:s(e=>{let t=e.stagingBranch??"staging",n=ze(e),r=n.some(o=>o.startsWith("  - "));return[`# Deploy ${t} to ${e.productionBranch} by manual dispatch.`,"deploy:",`  source-branch: ${t}`,`  target-branch: ${e.productionBranch}`,"  checklist:","    secrets: [] # more secrets to require; the host tokens below are checked without being listed",`    migrations: ${e.migrations??"false # no migrations folder found"}`,`    changelog: ${e.changelog??"false # no CHANGELOG found"}`,r?"  targets:":"  targets: [] # none yet: the deploy merges and does not wait for a host",...n,"  smoke:","    tests: []"]},"deploy"),monitor:s(e=>["# Watch the release and roll back when a trigger fires (the launch plan's thresholds).","monitor:","  window-hours: 4","  thresholds:","    error-rate: 0.05","    websocket-failure-rate: 0.1","    p95-ms: 5000",...Je(e)],"monitor"),audit:s(()=>[],"audit")};function ge(e){return["# launchgate: release pipeline as code. Reference: https://github.com/launchgate/launchgate#the-config-file","# Written by `launchgate init` from what it found in this repository; every value can be changed.","version: 1",...K.flatMap(n=>n.section?[Ze[n.section](e)]:[]).filter(n=>n.length>0).flatMap(n=>["",...n]),""].join(`
`)}s(ge,"renderConfig");var me="actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2";function fe(e,t){return{".github/launchgate.yml":ge(e),".github/workflows/launchgate-pr-gate.yml":et(e,t),".github/workflows/launchgate-deploy.yml":tt(e,t),".github/workflows/launchgate-monitor.yml":nt(e,t)}}s(fe,"renderInitFiles");function et(e,t){return`# The PR gate: consolidation, the prefilter benchmark and the 7-agent review. Make its jobs
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
`}s(et,"renderPrGate");function tt(e,t){return`# Deploy ${e.stagingBranch??"staging"} to ${e.productionBranch}: checklist, merge, wait until live, smoke tests,
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
      - uses: ${me}
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
${rt(["SMOKE_TEST_EMAIL","SMOKE_TEST_PASSWORD",...b(e).deploy])}
`}s(tt,"renderDeploy");function nt(e,t){return`# Watch production after a deploy (every 5 minutes in hour 1, 15 in hours 2-3, 30 in hour 4) and
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
      - uses: ${me}
        with:
          fetch-depth: 0
          persist-credentials: false
      - uses: ${t.repository}/actions/monitor@${t.ref} # ${t.version}
        with:
          force: \${{ github.event_name == 'workflow_dispatch' }}
          dry-run: \${{ github.event_name == 'workflow_dispatch' && inputs.dry-run }}
${b(e).monitor.length?"":`          # monitor.sentry is not set in .github/launchgate.yml yet; the token is read once it is.
`}          sentry-token: \${{ secrets.SENTRY_AUTH_TOKEN }}
`}s(nt,"renderMonitor");function rt(e){return e.map(t=>`          ${t}: \${{ secrets.${t} }}`).join(`
`)}s(rt,"envLines");function he(e){let t=e.netlify?`Netlify (${e.netlify.config}${e.netlify.siteId?`, site id from ${e.netlify.siteIdFrom}`:", no site id written down"})`:void 0,n=e.render?`Render (${e.render.config}: ${e.render.services.map(c=>c.name).join(", ")||"no services parsed"}${e.render.serviceIds.length?`; ids ${e.render.serviceIds.join(", ")}`:"; no service id written down"})`:void 0,r=e.sentry?`Sentry (${e.sentry.evidence}${e.sentry.org?`; org ${e.sentry.org}`:"; org not found"}${e.sentry.project?`, project ${e.sentry.project}`:""})`:void 0,o=[...e.excludes.folders,...e.excludes.copyGlobs];return[`production branch ${e.productionBranch}`,e.stagingBranch?`staging branch ${e.stagingBranch}`:"no staging branch (deploy assumes `staging`)",e.typescriptProjects.length?`TypeScript in ${e.typescriptProjects.join(", ")}`:void 0,e.pythonProjects.length?`Python in ${e.pythonProjects.join(", ")}`:void 0,e.react?"React":void 0,t,n,r,e.toolRegistry?`tool registry ${e.toolRegistry}${ot(e)}`:void 0,e.migrations?`migrations in ${e.migrations}`:void 0,o.length?`not source, excluded: ${o.join(", ")}`:void 0].filter(c=>c!==void 0)}s(he,"describeFound");function ot(e){let t=e.prefilter?.proposal;return t?` (${t.coreTools.length?`core tools ${t.coreTools.join(", ")}`:"no core tools"}; reduction gate ${t.minTokenReduction}, at most ${Math.round(t.attainableReduction*1e3)/10}% attainable)`:e.prefilter?.problem?` (${e.prefilter.problem})`:""}s(ot,"prefilterNote");function ye(e){let t=b(e),n=[...t.deploy,...t.monitor],r=[e.netlify&&!e.netlify.siteId?"the Netlify site id":void 0,e.render&&(e.render.serviceIds.length!==1||e.render.services.length>1)?"the Render service id(s)":void 0,e.sentry&&!e.sentry.org?"Sentry's organization slug":void 0].filter(Boolean);return[...r.length?[`Fill in the commented entries of .github/launchgate.yml: ${r.join(", ")}.`]:[],...n.length?[`Add the repository secrets the workflows pass: ${n.join(", ")}.`]:[],"Make the PR gate job a required check, and run `launchgate config` to check the file."]}s(ye,"nextSteps");function at(e,t){let n=[];for(let[r,o]of Object.entries(t)){let c=st(v.join(e.root,r));if(c&&!e.force){n.push({file:r,content:o,status:"kept (exists; --force overwrites)",write:!1});continue}let[a,i]=c?["overwrite","overwritten"]:["write","written"];n.push({file:r,content:o,status:e.dryRun?`would ${a}`:i,write:!0})}return n}s(at,"planFiles");function dt(e){let t=Math.max(2,...(e.content.match(/`+/g)??[]).map(o=>o.length)),n="`".repeat(t+1),r=e.file.endsWith(".yml")?"yaml":"";return{title:`${e.file} (${e.status})`,text:`${n}${r}
${e.content.replace(/\n$/,"")}
${n}`,collapsed:!0}}s(dt,"contentSection");async function we(e){let t=await ae(e.root),n=fe(t,e.pin),r=await pe(e.root,n,t.excludes.folders),o=at(e,n);if(!t.cacheIgnored){let i=await u(v.join(e.root,".gitignore"),{display:".gitignore"}).catch(()=>{}),d=i===void 0?"write":"update (adds .launchgate/)";o.push({file:".gitignore",content:de(i),status:e.dryRun?`would ${d}`:i===void 0?"written":"updated (adds .launchgate/)",write:!0})}if(!e.dryRun)for(let i of o.filter(d=>d.write)){let d=v.join(e.root,i.file);await it(v.dirname(d),{recursive:!0}),await ct(d,i.content)}let c=o.filter(i=>i.write);return{report:{capability:"init",title:`launchgate init: ${c.length} file(s) ${e.dryRun?"planned":"written"}, pinned to ${e.pin.repository}@${e.pin.ref.slice(0,12)}`,ok:!0,findings:[],sections:[{title:"Files",table:{columns:["file","status"],rows:o.map(i=>[i.file,i.status])}},{title:"Found",text:he(t).join(`
`)},...r?[r]:[],...e.dryRun?c.map(dt):[],{title:"Next",text:ye(t).join(`
`)}],data:{files:Object.fromEntries(o.map(i=>[i.file,i.status])),contents:Object.fromEntries(c.map(i=>[i.file,i.content])),detected:t,pin:e.pin}},facts:t}}s(we,"runInit");var gt=/^[0-9a-f]{40}$/;function mt(){let e=T.dirname(ut(import.meta.url));for(let t=0;t<5;t++,e=T.dirname(e)){let n=T.join(e,"package.json");if(!lt(n))continue;let r=JSON.parse(pt(n,"utf8"));if(r.name==="launchgate")return{dir:e,version:r.version??"0.0.0",gitHead:r.gitHead}}}s(mt,"packageRoot");async function ft(e){let t=mt(),n=typeof e.repository=="string"?e.repository:"launchgate/launchgate",r=`v${t?.version??"0.0.0"}`,o=typeof e.ref=="string"?e.ref:t?.gitHead;if(!o&&t){let c=await $(["rev-parse","HEAD"],{cwd:t.dir,allowExitCodes:[128]});c.code===0&&(o=c.stdout.trim())}if(!o||!gt.test(o))throw new L(`--ref must be the full commit sha of the launchgate release to pin${o?`, got ${o}`:""}: tags move, shas do not`);return{repository:n,ref:o,version:r}}s(ft,"resolvePin");function Fn(e,t,n){D(e.command("init").description("write .github/launchgate.yml and the PR gate, deploy and monitor workflows, pinned by sha").option("--ref <sha>","launchgate commit the workflows pin (default: the one installed)").option("--repository <owner/name>","repository of launchgate (default: launchgate/launchgate)").option("--force","overwrite files that exist").option("--dry-run","say what would be written; write nothing")).action(async r=>{let o=G(r,t),{report:c}=await we({root:o.root,pin:await ft(r),force:r.force===!0,dryRun:r.dryRun===!0});n(H(t,c,o.format))})}s(Fn,"registerInit");export{Fn as registerInit};
