import {lint, type LintOptions} from '../../src/lint.js'
import type {LintMessage, LintResult} from '../../src/types.js'

/** Lint a letter given as lines (joined with \n), so tests read like the letter. */
export function lintLines(lines: readonly string[], options: LintOptions = {}): LintResult {
  return lint(lines.join('\n'), {filePath: 'letter.md', ...options})
}

/**
 * A message as one comparable line: `line:column-endLine:endColumn severity "actual"`, or
 * `line:column-endLine:endColumn severity message` when `withMessage` is set (messages quote
 * their words themselves). Tests compare arrays of these.
 */
export function describe(message: LintMessage, withMessage = false): string {
  const place = `${message.line}:${message.column}-${message.endLine}:${message.endColumn} ${message.severity}`
  if (withMessage) return `${place} ${message.message}`
  return message.actual === undefined ? place : `${place} "${message.actual}"`
}

/** The messages of one rule, described. */
export function findings(result: LintResult, ruleId: string, withMessage = false): string[] {
  return result.messages.filter((message) => message.ruleId === ruleId).map((message) => describe(message, withMessage))
}
