// eslint-plugin-security ships no types; it is a standard ESLint plugin object.
declare module 'eslint-plugin-security' {
  import type { ESLint } from 'eslint'
  const plugin: ESLint.Plugin
  export default plugin
}
