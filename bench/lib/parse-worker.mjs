/**
 * One worker of the bench pool: reads the documents it is sent from the byte cache, decodes them
 * and runs `parse()` on each, and reports counts and time spent inside parse().
 */
import { parentPort, workerData } from 'node:worker_threads'
import { openSync, readSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

const { parse } = await import(pathToFileURL(workerData.dist).href)
const fd = openSync(workerData.bin, 'r')

// Warm-up before reporting ready: one simplified and one traditional text, so the one-time costs
// (converter dictionaries, script table, first compilation) are in the worker's start-up time, not
// in whichever documents happen to come first.
const WARM = [
  '关于印发《城市管理办法》的通知\n各区人民政府，市政府各部门：\n一、总体要求\n（一）加强组织领导。各区要于2024年12月底前完成。\n二、职责分工\n市城管局负责统筹协调。\n',
  '第一條 為規範行政程序，特制定本法。\n第二條 本法所稱主管機關：在中央為內政部；在直轄市為直轄市政府。\n第三條 本法自公布日施行。\n',
]
for (let i = 0; i < 3; i++) for (const t of WARM) parse(t)
const decoder = new TextDecoder('utf-8')

parentPort.on('message', (m) => {
  let docs = 0,
    bytes = 0,
    parseMs = 0,
    errors = 0,
    firstError = null,
    slowest = null
  const bySource = {}
  for (const [i, off, len, src] of m.items) {
    const buf = Buffer.allocUnsafe(len)
    readSync(fd, buf, 0, len, off)
    const text = decoder.decode(buf)
    const t0 = performance.now()
    try {
      parse(text)
    } catch (e) {
      errors++
      firstError ??= { doc: i, message: String(e?.message ?? e).slice(0, 200) }
    }
    const dt = performance.now() - t0
    parseMs += dt
    docs++
    bytes += len
    if (!slowest || dt > slowest.ms) slowest = { doc: i, ms: dt, bytes: len }
    const b = (bySource[src] ??= { docs: 0, bytes: 0, parseMs: 0 })
    b.docs++
    b.bytes += len
    b.parseMs += dt
  }
  parentPort.postMessage({ type: 'done', id: m.id, docs, bytes, parseMs, errors, firstError, slowest, bySource })
})
parentPort.postMessage({ type: 'ready' })
