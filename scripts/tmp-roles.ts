import { scanRoles } from '../src/index.js'
const cases = process.argv.slice(2)
for (const t of cases) {
  const r = scanRoles(t)
  console.log(t)
  for (const x of r.roles) console.log('   ', x.role, x.label, '→', x.units.map((u) => `${u.name}[${u.kind}]`).join(' | '))
  for (const n of r.nonAssignments) console.log('    non', n.label, n.reason)
}
