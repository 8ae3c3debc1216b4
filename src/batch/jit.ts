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
import { availableParallelism } from 'node:os'
import { setFlagsFromString } from 'node:v8'

const BUDGET = 4 * 67584 // V8's default is 67584 (66 KB of bytecode executed)

let done = false

let serial = false

/** Raises V8's interrupt budget for this process once (idempotent; leaves an explicit setting alone). */
export function tuneJitForBatch(): void {
  if (done) return
  done = true
  if (!givenFlag(/--interrupt[-_]budget/)) setFlagsFromString(`--interrupt-budget=${BUDGET}`)
}

/**
 * With as many parse workers as cores, V8's optimizing compiler runs on the worker's own thread
 * (`--no-concurrent-recompilation`) instead of a helper thread. Concurrent recompilation only pays
 * when a core is free to compile on; with every core parsing, the helper thread competes with the
 * other worker for it, and each compile job's memory is taken on yet another thread (a malloc arena
 * of its own). Every 4th bulk document, `--jobs 2` on 2 cores, alternated with the build before
 * (load 16–19): peak RSS 238–247 → 226–228 MB, V8's helper threads 7.2–8.0 → 2.3–2.4 CPU-s, total
 * CPU no higher (README "Batch conversion"). The flag is read when an isolate is created, so it must
 * be set before the first worker starts; fewer workers than cores keep the helper thread (one
 * worker compiles on the idle core). A `--(no-)concurrent-recompilation` on the command line wins
 * (Node does not take it in NODE_OPTIONS). Returns whether the workers compile on their own thread.
 *
 * @example tuneCompilerForWorkers(2) // on a 2-core machine: workers compile on their own thread
 */
export function tuneCompilerForWorkers(workers: number, cores = availableParallelism()): boolean {
  if (serial || workers < cores || givenFlag(/--(no[-_])?concurrent[-_]recompilation/)) return serial
  setFlagsFromString('--no-concurrent-recompilation')
  serial = true
  return serial
}

function givenFlag(re: RegExp): boolean {
  return [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((arg) => re.test(arg))
}
