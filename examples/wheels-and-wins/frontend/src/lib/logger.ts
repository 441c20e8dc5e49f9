/** A console logger that stays quiet in production builds unless debugging is switched on. */
const enabled = import.meta.env.DEV || localStorage.getItem('pam:debug') === '1'

export const logger = {
  debug: (...args: unknown[]) => enabled && console.debug('[wheels]', ...args),
  info: (...args: unknown[]) => enabled && console.info('[wheels]', ...args),
  warn: (...args: unknown[]) => console.warn('[wheels]', ...args),
  error: (...args: unknown[]) => console.error('[wheels]', ...args),
}
