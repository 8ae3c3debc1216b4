/** Element classes shared by the HTML reader and its flat fallback. */

/** Elements whose content is never document text: code, styling, site chrome, embeds. */
export const DROPPED = new Set([
  'head', 'script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'canvas',
  'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'input', 'textarea', 'map',
])

/** Elements that start and end a line (table cells included: gov.cn puts label and value in cells). */
export const BLOCK = new Set([
  'html', 'body', 'main', 'article', 'section', 'div', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td',
  'th', 'blockquote', 'pre', 'address', 'figure', 'figcaption', 'center', 'fieldset', 'hr',
  'details', 'summary', 'title',
])
