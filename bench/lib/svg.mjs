/**
 * The two charts, written as plain SVG text (no chart library): throughput by stage and peer on a
 * log scale, and the bulk scaling curve (time and peak RSS against documents).
 */
const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif"'
const COLORS = { stage: '#4e79a7', total: '#1f3b63', ceiling: '#9c9c9c', peer: '#f28e2b', target: '#d62728' }
const LINE_COLORS = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759']

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const fmt = (v) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2))

/**
 * @param {{ label: string, value: number, kind: 'stage' | 'total' | 'ceiling' | 'peer' }[]} bars MB/s
 * @param {{ title: string, subtitle?: string, target?: { value: number, label: string } }} o
 */
export function barChart(bars, o) {
  const labelW = 250,
    plotW = 460,
    rowH = 24,
    top = 84,
    left = 12
  const width = left + labelW + plotW + 70
  const height = top + bars.length * rowH + 46
  const max = Math.max(...bars.map((b) => b.value), o.target?.value ?? 0)
  const lo = 0,
    hi = Math.max(1, Math.ceil(Math.log10(max * 1.05)))
  const x = (v) => left + labelW + (plotW * (Math.log10(Math.max(v, 1)) - lo)) / (hi - lo)
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${FONT} font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="${left}" y="22" font-size="15" font-weight="600">${esc(o.title)}</text>`,
  ]
  if (o.subtitle) out.push(`<text x="${left}" y="40" fill="#555">${esc(o.subtitle)}</text>`)
  for (let p = lo; p <= hi; p++) {
    for (const m of p < hi ? [1, 2, 5] : [1]) {
      const v = m * 10 ** p
      const gx = x(v)
      out.push(`<line x1="${gx}" y1="${top - 6}" x2="${gx}" y2="${top + bars.length * rowH}" stroke="${m === 1 ? '#ccc' : '#eee'}"/>`)
      if (m === 1 || hi - lo <= 3) out.push(`<text x="${gx}" y="${top + bars.length * rowH + 16}" text-anchor="middle" fill="#555">${v}</text>`)
    }
  }
  out.push(`<text x="${left + labelW + plotW / 2}" y="${top + bars.length * rowH + 34}" text-anchor="middle" fill="#333">MB/s (log scale)</text>`)
  bars.forEach((b, i) => {
    const y = top + i * rowH
    out.push(`<text x="${left + labelW - 8}" y="${y + rowH / 2 + 4}" text-anchor="end">${esc(b.label)}</text>`)
    const w = Math.max(2, x(b.value) - x(1))
    out.push(`<rect x="${x(1)}" y="${y + 4}" width="${w}" height="${rowH - 8}" fill="${COLORS[b.kind]}"/>`)
    out.push(`<text x="${x(1) + w + 5}" y="${y + rowH / 2 + 4}" fill="#222">${fmt(b.value)}</text>`)
  })
  if (o.target) {
    const tx = x(o.target.value)
    out.push(`<line x1="${tx}" y1="${top - 8}" x2="${tx}" y2="${top + bars.length * rowH}" stroke="${COLORS.target}" stroke-dasharray="4 3"/>`)
    out.push(`<text x="${tx + 4}" y="${top - 10}" fill="${COLORS.target}">${esc(o.target.label)}</text>`)
  }
  const legend = [
    ['stage', 'gongwen stage'],
    ['total', 'gongwen parse()'],
    ['ceiling', 'ceiling'],
    ['peer', 'peer'],
  ]
  let lx = left
  for (const [k, t] of legend) {
    out.push(`<rect x="${lx}" y="50" width="10" height="10" fill="${COLORS[k]}"/><text x="${lx + 14}" y="59">${t}</text>`)
    lx += 24 + t.length * 7
  }
  out.push('</svg>')
  return out.join('\n')
}

function niceMax(v) {
  const p = 10 ** Math.floor(Math.log10(v || 1))
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p
  return 10 * p
}

/** One panel: lines of (x, y) per series, optional horizontal limit line. Returns SVG elements. */
function panel({ x0, y0, w, h, series, xLabel, yLabel, title, limit, xMax }) {
  const ymax = niceMax(Math.max(...series.flatMap((s) => s.points.map((p) => p[1])), limit?.value ?? 0) * 1.1)
  const xmax = xMax ?? niceMax(Math.max(...series.flatMap((s) => s.points.map((p) => p[0]))))
  const sx = (v) => x0 + (w * v) / xmax
  const sy = (v) => y0 + h - (h * v) / ymax
  const out = [`<text x="${x0}" y="${y0 - 12}" font-weight="600">${esc(title)}</text>`]
  for (let i = 0; i <= 5; i++) {
    const yv = (ymax * i) / 5,
      xv = (xmax * i) / 5
    out.push(`<line x1="${x0}" y1="${sy(yv)}" x2="${x0 + w}" y2="${sy(yv)}" stroke="#eee"/>`)
    out.push(`<text x="${x0 - 6}" y="${sy(yv) + 4}" text-anchor="end" fill="#555">${Number.isInteger(yv) ? yv : yv.toFixed(1)}</text>`)
    out.push(`<text x="${sx(xv)}" y="${y0 + h + 16}" text-anchor="middle" fill="#555">${Math.round(xv)}</text>`)
  }
  out.push(`<line x1="${x0}" y1="${y0 + h}" x2="${x0 + w}" y2="${y0 + h}" stroke="#999"/><line x1="${x0}" y1="${y0}" x2="${x0}" y2="${y0 + h}" stroke="#999"/>`)
  out.push(`<text x="${x0 + w / 2}" y="${y0 + h + 34}" text-anchor="middle" fill="#333">${esc(xLabel)}</text>`)
  out.push(`<text transform="translate(${x0 - 44} ${y0 + h / 2}) rotate(-90)" text-anchor="middle" fill="#333">${esc(yLabel)}</text>`)
  if (limit) {
    out.push(`<line x1="${x0}" y1="${sy(limit.value)}" x2="${x0 + w}" y2="${sy(limit.value)}" stroke="${COLORS.target}" stroke-dasharray="4 3"/>`)
    out.push(`<text x="${x0 + w - 4}" y="${sy(limit.value) - 5}" text-anchor="end" fill="${COLORS.target}">${esc(limit.label)}</text>`)
  }
  series.forEach((s, i) => {
    const c = LINE_COLORS[i % LINE_COLORS.length]
    const pts = [...s.points].sort((a, b) => a[0] - b[0])
    if (s.linear && pts.length) {
      // linear reference: through the origin and the largest run
      const [lxv, lyv] = pts[pts.length - 1]
      out.push(`<line x1="${sx(0)}" y1="${sy(0)}" x2="${sx(lxv)}" y2="${sy(lyv)}" stroke="${c}" stroke-opacity="0.45" stroke-dasharray="2 3"/>`)
    }
    out.push(`<polyline fill="none" stroke="${c}" stroke-width="2" points="${pts.map((p) => `${sx(p[0]).toFixed(1)},${sy(p[1]).toFixed(1)}`).join(' ')}"/>`)
    for (const p of pts) out.push(`<circle cx="${sx(p[0]).toFixed(1)}" cy="${sy(p[1]).toFixed(1)}" r="3.5" fill="${c}"/>`)
    out.push(`<rect x="${x0 + 8}" y="${y0 + 6 + i * 17}" width="10" height="10" fill="${c}"/><text x="${x0 + 22}" y="${y0 + 15 + i * 17}">${esc(s.label)}</text>`)
  })
  return out
}

/**
 * @param {{ label: string, points: { docs: number, seconds: number, rssMB: number }[] }[]} series one per worker count
 */
export function scalingChart(series, o) {
  const width = 860,
    height = 360
  const xMax = niceMax(Math.max(...series.flatMap((s) => s.points.map((p) => p.docs))))
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${FONT} font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="12" y="22" font-size="15" font-weight="600">${esc(o.title)}</text>`,
    `<text x="12" y="40" fill="#555">${esc(o.subtitle ?? '')}</text>`,
  ]
  out.push(
    ...panel({
      x0: 70,
      y0: 80,
      w: 320,
      h: 220,
      xMax,
      title: 'wall time (dotted: linear from the largest run)',
      xLabel: 'documents',
      yLabel: 'seconds',
      series: series.map((s) => ({ label: s.label, linear: true, points: s.points.map((p) => [p.docs, p.seconds]) })),
    }),
  )
  out.push(
    ...panel({
      x0: 500,
      y0: 80,
      w: 320,
      h: 220,
      xMax,
      title: 'peak RSS of the process',
      xLabel: 'documents',
      yLabel: 'MB',
      limit: o.rssLimit,
      series: series.map((s) => ({ label: s.label, points: s.points.map((p) => [p.docs, p.rssMB]) })),
    }),
  )
  out.push('</svg>')
  return out.join('\n')
}
