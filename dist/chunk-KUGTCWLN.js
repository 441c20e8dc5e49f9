import { createRequire as __lgCreateRequire } from 'node:module'; import { fileURLToPath as __lgFileURLToPath } from 'node:url'; const require = __lgCreateRequire(import.meta.url); const __filename = __lgFileURLToPath(import.meta.url); const __dirname = __lgFileURLToPath(new URL('.', import.meta.url));
import{a as e}from"./chunk-BXJSMFLV.js";var i=class{static{e(this,"LineIndex")}starts=[0];constructor(s){for(let t=s.indexOf(`
`);t!==-1;t=s.indexOf(`
`,t+1))this.starts.push(t+1)}at(s){let t=0,r=this.starts.length-1;for(;t<r;){let n=t+r+1>>1;this.starts[n]<=s?t=n:r=n-1}return{line:t+1,column:s-this.starts[t]+1}}};export{i as a};
