import boilerplate from '../../grammars/boilerplate.json' with { type: 'json' }
import type { Diagnostics } from '../text/diagnostics.js'
import type { MappedText } from '../text/mapped.js'
import { escapeRegExp } from '../text/regexp.js'
import { deleteSpans } from './delete-spans.js'

const { endings, maxName, lines, titleLabels } = boilerplate.newsTags
/** A news site's tag opening a line right before a 字号 (`索比光伏网讯:` + `阜政发〔2015〕44号`); group 1 the tag and its colon. */
const TAGGED_NUMBER = new RegExp(`^[ \\t\\u3000]*([\\u4e00-\\u9fff]{1,${maxName}}(?:${endings.map(escapeRegExp).join('|')})[：:][ \\t\\u3000]*)(?=[\\u4e00-\\u9fff]{1,16}〔\\d{4}〕第?\\d{1,5}号)`)
/** A repost's label naming the document's own title, opening a line (`原标题:`); group 1 the label and its colon. */
const TITLE_LABEL = new RegExp(`^[ \\t\\u3000]*((?:${titleLabels.map(escapeRegExp).join('|')})[ \\t\\u3000]*[：:][ \\t\\u3000]*)(?=[^ \\t\\u3000\\n])`)

/**
 * Drops a news site's tag printed before the document's 字号 in one of the first lines (grammars/boilerplate.json
 * `newsTags`): `索比光伏网讯:阜政发〔2015〕44号` → `阜政发〔2015〕44号`, so the 字号 reads as the line it is. One `info`
 * diagnostic `news-tag-removed`. Or, where no such tag stands, a repost's label before the document's title
 * (`原标题:重庆市人民政府关于印发…的通知` → the title), each in the first lines.
 *
 * @example removeNewsTags(view('某某网讯:某政发〔2015〕44号\n各县区人民政府：'), diags).text // '某政发〔2015〕44号\n各县区人民政府：'
 */
export function removeNewsTags(view: MappedText, diags: Diagnostics): MappedText {
  const t = view.text
  let start = 0
  const labels: Array<[number, number]> = []
  for (let n = 0; n < lines && start < t.length; n++) {
    let end = t.indexOf('\n', start)
    if (end < 0) end = t.length
    const line = t.slice(start, end)
    const m = TAGGED_NUMBER.exec(line)
    if (m) {
      const at = start + m[0].indexOf(m[1])
      return deleteSpans(view, diags, [[at, at + m[1].length]], 'news-tag-removed', `Removed a news site's tag before the 字号 (${m[1].trim()})`)
    }
    const label = TITLE_LABEL.exec(line)
    if (label) labels.push([start + label[0].indexOf(label[1]), start + label[0].length])
    start = end + 1
  }
  return labels.length ? deleteSpans(view, diags, labels, 'news-tag-removed', "Removed a repost's label before the document's title (原标题)") : view
}
