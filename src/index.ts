/**
 * gongwen — Chinese government policy documents → typed, validated, positioned JSON.
 * @packageDocumentation
 */
export * from './schema/index.js'
