import type {Origin} from '../rendered.js'
import type {TexNode} from './tokenize.js'

/** A stretch of one file's source. */
export interface Span {
  start: number
  end: number
}

/** Where nodes were written, and what they mean there. */
export interface Ctx {
  /** Index of the file the nodes are in (the letter is 0; files it `\input`s follow). */
  file: number
  /** Inside a macro's expansion: everything printed stands for the macro where it was used. */
  override?: Origin
  /** The arguments `#1`..`#9` stand for, inside an expansion. */
  args?: Thunk[]
}

/** Nodes with the context they were written in, rendered later (`\opening{...}`, a macro argument). */
export interface Thunk {
  nodes: TexNode[]
  ctx: Ctx
  /** The command that stored it. */
  at: Span
}

/**
 * What the renderer does next: render a thunk, or a step between two (end a block, break a
 * line). `expands` names a thunk that is an expansion (a macro's body, a stored letter part
 * printed by `\makelettertitle`): its nodes count against the expansion limits.
 */
export type Task = (() => void) | (Thunk & {expands?: string})
