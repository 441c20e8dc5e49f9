// The peers' ESLint plugins ship no types; each is a standard ESLint plugin object.
declare module 'eslint-plugin-no-unsanitized' {
  import type { ESLint } from 'eslint'
  const plugin: ESLint.Plugin
  export default plugin
}
declare module '@microsoft/eslint-plugin-sdl' {
  import type { ESLint } from 'eslint'
  const plugin: ESLint.Plugin
  export default plugin
}
