import type { VFile } from 'vfile'
import type { SourceText } from './text/source.js'
import type { MappedText } from './text/mapped.js'
import type { Diagnostics } from './text/diagnostics.js'
import type { Script } from './normalize/index.js'
import type { ParseOptions } from './pipeline.js'

/** What the stages share through `file.data.gongwen`. */
export interface PipelineState {
  source: SourceText
  view: MappedText
  diags: Diagnostics
  encoding: string
  script: Script
  converted: boolean
  options: ParseOptions
}

declare module 'vfile' {
  interface DataMap {
    gongwen: PipelineState
  }
}

export function stateOf(file: VFile): PipelineState {
  const s = file.data.gongwen
  if (!s) throw new Error('gongwen: the parse stage did not run on this file')
  return s
}

