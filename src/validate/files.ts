/**
 * The file access of config and registry loading, in one module so the browser build can swap it
 * (files.browser.ts): there, loadConfig/loadRegistry report that they cannot read, and
 * parseConfig with an inline registry-free config works as in Node.
 */
export { readFileSync, realpathSync } from 'node:fs'
export { dirname, isAbsolute, relative, resolve } from 'node:path'
