/** Columns of the responsibility table (CSV header, Markdown header), in order. */
export const TABLE_COLUMNS = ['path', 'title', 'lead', 'responsible', 'participants', 'leaders', 'assessors', 'deadlines', 'document', 'line'] as const
