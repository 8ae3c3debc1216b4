// Runs `gongwen batch` from source in a child process and reports its peak memory, so a test can
// bound memory by outcome (the process's own maximum resident set), not by timing.
import { runBatch } from '../../src/cli/batch.js'

process.exitCode = await runBatch(process.argv.slice(2))
process.on('exit', () => process.stderr.write(`maxRSS_KB=${process.resourceUsage().maxRSS}\n`))
