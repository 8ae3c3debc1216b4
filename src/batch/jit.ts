/**
 * V8's tiering budget for the batch process. A parse worker meets a new kind of document every few
 * units, and with the default budget V8 optimizes the parser's large functions (buildClauses,
 * effectiveDates, the time scan, the tasks visitor) before their rarer branches have run: each
 * new branch then deoptimizes them ("insufficient type feedback") and they are compiled again on
 * V8's helper threads — measured as about a quarter of a batch's CPU. Four times the budget lets
 * the interpreter gather feedback longer first: on 1,922 bulk documents in one thread, 528 → 321
 * optimizing compilations and 223 → 137 deopts. V8 flags are per process, so the CLI's batch command sets it
 * once, before any worker starts (a program importing gongwen/batch keeps its own flags); a budget given on the command line or in
 * NODE_OPTIONS wins.
 */
import { setFlagsFromString } from 'node:v8'

const BUDGET = 4 * 67584 // V8's default is 67584 (66 KB of bytecode executed)

let done = false

/** Raises V8's interrupt budget for this process once (idempotent; leaves an explicit setting alone). */
export function tuneJitForBatch(): void {
  if (done) return
  done = true
  const given = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((arg) => arg.includes('--interrupt-budget') || arg.includes('--interrupt_budget'))
  if (!given) setFlagsFromString(`--interrupt-budget=${BUDGET}`)
}
