/**
 * outside-draw: the seeded random queries of an outside probe (issue #11, outside32).
 *
 * Earlier probes chose their focus by hand; this draw lets a seed choose, so that its first score estimates what a
 * random user feeds. Each query crosses a place (one of the 31 provinces, then a level — province / city / county —
 * with a real city or county of that province), a genre, a policy subject and a year 2005–2026, all drawn uniformly
 * with mulberry32 from the seed. Usage: `node --import tsx scripts/outside-draw.ts [seed] [n] [--years FIRST-LAST]` (defaults
 * 20261221, 30, 2005-2026; `--roles` draws role-bearing plans, outside36; `--short` short genres, outside37;
 * `--dated` dated plans and notices with a time cue, outside54; `--tables` responsibility tables, outside53: a table word
 * and a column word instead of a genre);
 * prints one tab-separated line per query: id, query text.
 */
import { mulberry32 } from './lib/random.js'

/** province → [a prefecture-level city, a county or county-level city/district of it]. */
const PLACES: [string, string, string][] = [
  ['北京市', '北京市', '北京市密云区'],
  ['天津市', '天津市', '天津市蓟州区'],
  ['河北省', '保定市', '正定县'],
  ['山西省', '大同市', '平遥县'],
  ['内蒙古自治区', '包头市', '准格尔旗'],
  ['辽宁省', '大连市', '新民市'],
  ['吉林省', '长春市', '抚松县'],
  ['黑龙江省', '齐齐哈尔市', '五常市'],
  ['上海市', '上海市', '上海市崇明区'],
  ['江苏省', '无锡市', '沭阳县'],
  ['浙江省', '宁波市', '安吉县'],
  ['安徽省', '芜湖市', '肥西县'],
  ['福建省', '泉州市', '安溪县'],
  ['江西省', '赣州市', '婺源县'],
  ['山东省', '潍坊市', '曹县'],
  ['河南省', '洛阳市', '兰考县'],
  ['湖北省', '宜昌市', '恩施市'],
  ['湖南省', '株洲市', '浏阳市'],
  ['广东省', '佛山市', '博罗县'],
  ['广西壮族自治区', '桂林市', '阳朔县'],
  ['海南省', '三亚市', '琼海市'],
  ['重庆市', '重庆市', '重庆市秀山县'],
  ['四川省', '绵阳市', '郫县'],
  ['贵州省', '遵义市', '湄潭县'],
  ['云南省', '大理白族自治州', '腾冲市'],
  ['西藏自治区', '日喀则市', '林芝市巴宜区'],
  ['陕西省', '宝鸡市', '神木市'],
  ['甘肃省', '天水市', '敦煌市'],
  ['青海省', '海东市', '大通县'],
  ['宁夏回族自治区', '石嘴山市', '贺兰县'],
  ['新疆维吾尔自治区', '昌吉回族自治州', '库尔勒市'],
]

const LEVELS = ['province', 'city', 'county'] as const

const GENRES = [
  '通知',
  '意见',
  '实施意见',
  '实施方案',
  '工作方案',
  '行动方案',
  '行动计划',
  '规划',
  '办法',
  '管理办法',
  '实施细则',
  '规定',
  '条例',
  '决定',
  '批复',
  '通告',
  '公告',
  '工作要点',
  '若干措施',
  '指导意见',
  '通报',
  '暂行办法',
  '应急预案',
  '工作计划',
]

const SUBJECTS = [
  '义务教育',
  '学前教育',
  '职业教育',
  '高等教育',
  '公共卫生',
  '医疗保障',
  '疾病防控',
  '基层医疗',
  '中医药',
  '养老服务',
  '农业产业',
  '粮食安全',
  '农村饮水',
  '畜牧业',
  '渔业',
  '林业',
  '水利',
  '防汛抗旱',
  '森林防火',
  '生态环境保护',
  '大气污染防治',
  '水污染防治',
  '土壤污染防治',
  '固体废物',
  '节能减排',
  '道路交通',
  '公共交通',
  '农村公路',
  '工业发展',
  '中小企业',
  '招商引资',
  '开发区',
  '金融服务',
  '地方财政',
  '税收征管',
  '政府债务',
  '民政',
  '社会救助',
  '残疾人',
  '殡葬管理',
  '应急管理',
  '安全生产',
  '消防安全',
  '食品安全',
  '药品监管',
  '文化产业',
  '文物保护',
  '公共文化服务',
  '体育',
  '旅游',
  '就业创业',
  '社会保险',
  '住房保障',
  '城市管理',
  '物业管理',
  '城乡规划',
  '土地管理',
  '矿产资源',
  '电子政务',
  '政务公开',
  '信访',
  '统计',
  '价格管理',
  '市场监管',
  '知识产权',
  '科技创新',
  '人才',
  '商贸流通',
  '电子商务',
  '对外开放',
  '扶贫开发',
  '乡村振兴',
  '少数民族',
  '宗教事务',
  '气象',
  '地震',
  '人口计生',
  '妇女儿童',
  '审计',
  '档案',
]

/**
 * The genres that carry responsibility tables, for a draw of role-bearing documents (`--roles`, outside36): the
 * plans and measures a CI job checks for who leads, who answers and by when.
 */
const ROLE_GENRES = ['实施方案', '工作方案', '行动方案', '行动计划', '实施意见', '若干措施', '工作要点', '任务分工方案', '三年行动计划', '专项整治方案']

/**
 * Short genres, for a draw of documents whose whole text fits in a search excerpt (`--short`, outside37): a notice, a
 * reply or a bulletin is often under 2,000 characters, so its metadata, its deadlines and its signature can all be
 * scored — a plan's excerpt is cut before its tasks (outside36: 44 of 48 queries gave no page).
 */
const SHORT_GENRES = ['通知', '通告', '公告', '批复', '复函', '函', '通报', '决定']

/**
 * Dated genres, for a draw of documents that carry deadlines, report-by dates or stage lists near their top (`--dated`,
 * outside54): campaign plans, work arrangements and 报送 notices, whose first screen a CI job checks for due dates.
 */
const DATED_GENRES = ['工作方案', '实施方案', '通知', '工作安排', '工作要点', '专项行动方案']

/** The time words a `--dated` query adds, one drawn per query: the cues of a deadline, a report-by date or a stage list. */
const TIME_CUES = ['年底前', '月底前', '前报送', '时间安排', '实施步骤', '工作进度', '阶段']

/**
 * The table words of a `--tables` draw (outside53): the names a responsibility table, an attachment printed as its own
 * page or a task list goes by, so that the page found is the table itself rather than a plan cut before its tasks.
 */
const TABLE_WORDS = ['重点任务分工表', '任务分工', '任务清单', '责任分工表', '工作任务分解表', '责任清单']

/** The column words of a `--tables` query, one drawn per query: the headers of the role and deadline columns. */
const COLUMN_WORDS = ['牵头单位', '责任单位', '配合单位', '完成时限']

/** The role words a `--roles` query adds, one drawn per query: the forms the parser must read, labelled and prose. */
const ROLE_CUES = ['牵头单位', '责任单位', '牵头', '配合', '按职责分工负责', '责任分工']

export interface Query {
  id: string
  year: number
  province: string
  level: (typeof LEVELS)[number]
  place: string
  genre: string
  subject: string
  text: string
}

/** The years a query may name, first and last (both included): 2005–2026 unless a probe asks for others. */
export const DEFAULT_YEARS: readonly [number, number] = [2005, 2026]

export interface DrawOptions {
  /** Draw role-bearing plans: the genre from ROLE_GENRES and a role word from ROLE_CUES added to the query. */
  roles?: boolean
  /** Draw short documents: the genre from SHORT_GENRES. */
  short?: boolean
  /** Draw dated documents: the genre from DATED_GENRES and a time word from TIME_CUES added to the query. */
  dated?: boolean
  /** Draw responsibility tables: no genre; a table word from TABLE_WORDS and a column word from COLUMN_WORDS. */
  tables?: boolean
}

export function draw(seed: number, n: number, years: readonly [number, number] = DEFAULT_YEARS, options: DrawOptions = {}): Query[] {
  const rnd = mulberry32(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]
  const out: Query[] = []
  for (let i = 1; i <= n; i++) {
    const [province, city, county] = pick(PLACES)
    const level = pick(LEVELS)
    // a table draw names no genre: its table word and column word take the genre's place in the query
    const genre = options.tables ? `${pick(TABLE_WORDS)} ${pick(COLUMN_WORDS)}` : pick(options.roles ? ROLE_GENRES : options.short ? SHORT_GENRES : options.dated ? DATED_GENRES : GENRES)
    const subject = pick(SUBJECTS)
    const year = years[0] + Math.floor(rnd() * (years[1] - years[0] + 1))
    // drawn last, so a draw without --roles consumes the generator exactly as before
    const cue = options.roles ? ` ${pick(ROLE_CUES)}` : options.dated ? ` ${pick(TIME_CUES)}` : ''
    // a municipality's "city" is the municipality itself; its county keeps the municipality prefix
    const place =
      level === 'province'
        ? province
        : level === 'city'
          ? city === province
            ? province
            : `${province} ${city}`
          : `${province} ${county.startsWith(province) ? county.slice(province.length) : county}`
    const id = `Q${String(i).padStart(2, '0')}`
    out.push({ id, year, province, level, place, genre, subject, text: `${year}年 ${place} ${subject} ${genre}${cue}` })
  }
  return out
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')
if (isMain) {
  // `--years 1995-2012` narrows the years (outside35, old notices); without it the output is what outside32 committed
  const args = process.argv.slice(2)
  const at = args.indexOf('--years')
  const span = at >= 0 ? args.splice(at, 2)[1] : undefined
  const rolesAt = args.indexOf('--roles')
  const roles = rolesAt >= 0 && args.splice(rolesAt, 1).length > 0
  const shortAt = args.indexOf('--short')
  const short = shortAt >= 0 && args.splice(shortAt, 1).length > 0
  const datedAt = args.indexOf('--dated')
  const dated = datedAt >= 0 && args.splice(datedAt, 1).length > 0
  const tablesAt = args.indexOf('--tables')
  const tables = tablesAt >= 0 && args.splice(tablesAt, 1).length > 0
  const years = span ? (span.split('-').map(Number) as [number, number]) : DEFAULT_YEARS
  if (!(years[0] <= years[1]) || !years.every(Number.isInteger)) throw new Error(`--years wants FIRST-LAST, got ${span}`)
  const seed = Number(args[0] ?? 20261221)
  const n = Number(args[1] ?? 30)
  for (const q of draw(seed, n, years, { roles, short, dated, tables })) console.log(`${q.id}\t${q.text}\t${q.level}`)
}
