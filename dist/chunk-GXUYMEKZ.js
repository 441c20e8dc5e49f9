import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import{g as s}from"./chunk-GCN7SW76.js";import{a as e}from"./chunk-BXJSMFLV.js";function d(i,g={}){return{debug:e(r=>g.debug?i(`debug: ${r}
`):void 0,"debug"),info:e(r=>i(`${r}
`),"info"),warning:e(r=>i(`warning: ${r}
`),"warning"),error:e(r=>i(`error: ${r}
`),"error")}}e(d,"terminalLogger");function c(i,g){let r=e(n=>n.replace(/-([a-z])/g,(t,u)=>u.toUpperCase()),"camel"),o=e(n=>{let t=i[r(n)];return typeof t=="string"&&t!==""?t:void 0},"text");return{text:o,required(n){let t=o(n);if(t===void 0)throw new s(`--${n} is required`);return t},flag:e(n=>i[r(n)]===!0,"flag"),secret:e((n,t)=>t&&g[t]||void 0,"secret"),label:e(n=>`--${n}`,"label")}}e(c,"cliRequest");export{d as a,c as b};
