/** The input format a file name implies (compression suffix ignored). */
export function formatOf(file: string): 'text' | 'markdown' | 'html' {
  const f = file.toLowerCase().replace(/\.gz$/, '')
  if (f.endsWith('.md') || f.endsWith('.markdown')) return 'markdown'
  if (f.endsWith('.html') || f.endsWith('.htm')) return 'html'
  return 'text'
}
