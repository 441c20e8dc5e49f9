import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import{b}from"./chunk-B7PRWDMF.js";import{c as a}from"./chunk-K7I3C5YA.js";import{e as C}from"./chunk-NRNIWF72.js";import{l as g}from"./chunk-UFWDO6VP.js";import{d as p,f,l as n,n as u,o as c,r as d}from"./chunk-GCN7SW76.js";import{a as l}from"./chunk-BXJSMFLV.js";function E(o,t,e,r){return o.stdout(b(t,e,{tool:C})),r??(t.ok?n.ok:n.gateFailed)}l(E,"emitReport");function y(o,t,e){let r=d(t),i=c(r);if(r instanceof g){let s=e==="text"||e==="markdown",m=r.problems[0].position.file;return o.stderr(s?`launchgate: ${m} has ${r.problems.length} problem(s), listed above
`:`launchgate: ${i}
`),E(o,a(r.problems),e,n.usage)}if(o.stderr(`launchgate: ${i}
`),e==="json"){let s=r instanceof p?r.name:"InternalError",m=r instanceof f?r.position:void 0;o.stdout(`${JSON.stringify({ok:!1,error:{kind:s,message:i,...m}},null,2)}
`)}return u(r)}l(y,"emitError");export{E as a,y as b};
