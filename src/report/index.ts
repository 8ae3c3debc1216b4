/**
 * The HTML report of one document: text with roles and deadlines highlighted, the clause tree,
 * the responsibility table, a timeline. Pure string rendering, usable in Node and in the page.
 * @module
 */
export { renderReport, clauseNav, type RenderOptions, type ReportFinding } from './render.js'
export { reportPage } from './page.js'
export { highlightText, type MarginNote } from './highlight.js'
export { roleMarks, allTasks, type Mark } from './marks.js'
export { responsibilityTableHtml, ROLE_COLUMNS } from './table.js'
export { timelineSvg, stageBands, deadlineGroups, documentDate } from './timeline.js'
export { escapeHtml } from './escape.js'
