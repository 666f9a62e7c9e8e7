import type {VFile} from 'vfile'
import type {SourcePoint} from '../parse/document.js'
import type {LintMessage, Severity} from '../types.js'

/**
 * Findings are vfile messages, as in every unified tool: a letter is linted as a VFile and each
 * finding is a VFileMessage on it with `ruleId`, `source: 'cover-lint'`, `place` (in the file
 * the user opened), `actual`, `expected` and `url`. Severity is vfile's `fatal`: `true` an
 * error, `false` a warning, unset an info (what `file.fail`, `file.message` and `file.info`
 * make). Everything printed (the JSON contract, every reporter) is made from these messages
 * by `toLintMessage`.
 */

/** vfile's message class (from vfile-message, which vfile makes them with). */
export type VFileMessage = VFile['messages'][number]

/** The `source` of every cover-lint finding. */
export const messageSource = 'cover-lint'

/** What a finding says, placed in the file the user opened. */
export interface MessageInit {
  ruleId: string
  severity: Severity
  reason: string
  start: SourcePoint
  end: SourcePoint
  /** The words pointed at; absent for findings about something missing. */
  actual?: string
  expected?: readonly string[]
  /** The rule's documentation. */
  url?: string
}

/** Add a finding to the letter's file. */
export function addMessage(file: VFile, init: MessageInit): VFileMessage {
  const {start, end} = init
  // A VFileMessage is an Error, and V8 records the stack of every Error made: for a finding
  // that stack is never read (vfile empties it), and recording it was most of the cost.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message: VFileMessage
  try {
    message = file.message(init.reason, {
      place: {start: {line: start.line, column: start.column}, end: {line: end.line, column: end.column}},
      ruleId: init.ruleId,
      source: messageSource
    })
  } finally {
    Error.stackTraceLimit = limit
  }
  message.fatal = fatalFor(init.severity)
  // Words in another file than the letter (a LaTeX `\input`): the message is about that file.
  if (start.filePath !== undefined) message.file = start.filePath
  if (init.actual !== undefined) message.actual = init.actual
  if (init.expected && init.expected.length > 0) message.expected = [...init.expected]
  if (init.url) message.url = init.url
  return message
}

function fatalFor(severity: Severity): boolean | undefined {
  return severity === 'error' ? true : severity === 'warning' ? false : undefined
}

/** A message's severity, from vfile's `fatal`. */
export function severityOf(message: VFileMessage): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/** Where a message starts and ends (an end equal to the start when it has only a point). */
export function placeOf(message: VFileMessage): {start: {line: number; column: number}; end: {line: number; column: number}} {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : start
  return {
    start: {line: start?.line ?? 1, column: start?.column ?? 1},
    end: {line: end?.line ?? start?.line ?? 1, column: end?.column ?? start?.column ?? 1}
  }
}

/** A message as the JSON contract (v1) gives it. `letterPath` is the path of the letter's own file. */
export function toLintMessage(message: VFileMessage, letterPath: string): LintMessage {
  const {start, end} = placeOf(message)
  const result: LintMessage = {
    ruleId: message.ruleId ?? messageSource,
    severity: severityOf(message),
    message: message.reason,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column
  }
  if (message.file && message.file !== letterPath) result.filePath = message.file
  if (typeof message.actual === 'string') result.actual = message.actual
  if (Array.isArray(message.expected) && message.expected.length > 0) result.expected = message.expected
  return result
}

/** Findings in reading order: the letter's own file first, then the files it `\input`s (LaTeX), each in order. */
export function byPosition(a: VFileMessage, b: VFileMessage, letterPath: string): number {
  const fileA = a.file === letterPath ? '' : (a.file ?? '')
  const fileB = b.file === letterPath ? '' : (b.file ?? '')
  const placeA = placeOf(a).start
  const placeB = placeOf(b).start
  // Ties break on code points, never the locale, so every machine prints the same order.
  return (
    compareText(fileA, fileB) ||
    placeA.line - placeB.line ||
    placeA.column - placeB.column ||
    compareText(a.ruleId ?? '', b.ruleId ?? '') ||
    compareText(a.reason, b.reason)
  )
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
