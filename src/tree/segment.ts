/**
 * What segmentation hands to the later stages: the shape of one segmented document (lines, header,
 * 版记, nested documents; view offsets). A type of the tree, so the tree and every step after
 * segment can name it without importing segment/. segment/ fills it in.
 */

/** A line of a text: [start, end) excludes the newline. */
export interface Line {
  start: number
  end: number
  text: string
}

export type HeaderForm = 'law-db' | 'publish' | 'govcn'

export interface HeaderBlock {
  form: HeaderForm
  /** label (spaces removed, as printed) → value */
  fields: Record<string, string>
  /** view offsets of each value, for positions */
  spans: Record<string, { start: number; end: number }>
  /** Title line printed above a law-db/publish header. */
  titleLine?: Line
  start: number
  end: number
  /** index of the first line after the header */
  next: number
}

/** A 版记 found at the end of a document; `start` is the index of its first line. */
export interface Colophon {
  start: number
  lines: Line[]
  copyTo: string[]
  printedBy: string | null
  printedDate: string | null
}

/** One document found by segmentation; offsets are view offsets. */
export interface Segment {
  start: number
  end: number
  header: HeaderBlock | null
  title: { text: string; start: number; end: number } | null
  /**
   * A site's page heading read in place of a title the document does not print (the name of the plan its notice issues),
   * or the one over the document's own printing of its title: where the portal's stamp is looked for.
   */
  pageHeading?: { text: string; start: number; end: number }
  docNumberLine: Line | null
  /**
   * The name the outer notice's issuing sentence quotes for an issued text printed without its title line
   * (`现将《乌海市环境空气质量限期达标规划》印发给你们` over the plan's contents): it tells the text's genre, not its title.
   */
  issuedAs?: string
  /** The date a gazette prints after the 字号 on its line (`川办发〔2009〕59号 二○○九年十二月八日`): the 成文日期 when no 落款 dates the text. */
  docNumberDate?: Line
  /** A date alone in brackets on the line under the title (`（2025年04月08日）`): the text's own date, its 成文日期 when no 落款 or header dates it. */
  titleDate?: Line
  /**
   * An issuer line a reposting site prints between printings of the title (`财政部 国家发展和改革委员会`):
   * the issuers when neither the 落款 nor the title names one.
   */
  issuerLine?: Line
  /**
   * The organs a nested document prints above its title, one to a line, as a joint text's 发文机关标志
   * (`中共某市委组织部` / `某市人事局` / `关于…的意见`): its issuers when it has no 落款 of its own; and the
   * organs of a page's release lead (`X、Y印发《Z》，内容如下。`) over a text that prints no title.
   */
  headingOrgans?: Line[]
  /** The 版头's 发文机关标志 lines above the 字号 (`某市人民政府办公室文件`): the issuer's letterhead. */
  letterheads?: Line[]
  /** A report's dateline naming the meeting it was delivered at (`——2021年8月26日在…会议上`), under its title or opening it. */
  deliveryLine?: Line
  /**
   * A law site's line under the title giving the date a department issued its rule and the
   * department (`1999年7月13日,某部`): the publication date when nothing more specific is printed.
   */
  datedIssuerLine?: Line
  addressees: Line | null
  signature: { issuers: Line[]; date: Line | null; start: number; end: number } | null
  release: Line | null
  /** Amendment history lines under the title (`沿革：…`, `2018年11月30日 …通过`, `（…通过 根据…修正）`). */
  history: Line[]
  /** A law site's note that the text was repealed or amended, cut off the title's line (`*注：本篇法规已被《…》废止`). */
  statusNote?: Line
  /** A site's validity mark cut off the title's line (`…的通知(已失效)` → `已失效`, grammars/history.json siteValidityMarks). */
  validityMark?: string
  /**
   * The order or announcement a law is printed under (`东莞市人民政府令第123号` / `…现予发布。` / 落款):
   * its publishing sentence, the organ its heading names, the order's number and its date line.
   */
  promulgation?: { heading: Line[]; sentence: Line[]; organ: string | null; number: string | null; date: Line }
  attachments: Line[]
  /** Printed after the 落款 under `附件`: an attachment rather than an issued document. */
  attachment?: boolean
  /** 版记 (抄送, 印发) at the end of the whole document; only on the outermost segment. */
  colophon?: Colophon
  /** A 版记's `主题词：` line closing the page under the 落款, alone (its 抄送 and 印发 lines lost). */
  keywordLine?: Line
  /** Body paragraphs of this document (nested documents excluded). */
  body: Line[]
  documents: Segment[]
}
