import type {Node} from 'unist'
import {messageControl, type Marker} from 'unified-message-control'
import {VFile} from 'vfile'
import {byPosition, type RuleRun} from '../engine/run.js'
import {bodySpan, quote} from '../letter/query.js'
import type {Letter} from '../letter/types.js'
import type {ParsedDocument, SourceComment} from '../parse/document.js'
import type {LintMessage} from '../types.js'
import {didYouMean} from '../util/suggest.js'

/**
 * Inline control in Markdown, through unified-message-control:
 *
 *   <!-- cover-lint disable no-cliche -->   off from here on (no ids: every rule)
 *   <!-- cover-lint enable no-cliche -->    on again from here
 *   <!-- cover-lint ignore no-cliche -->    off for the next block only
 *
 * (`cover-lint-disable` and so on, with a hyphen, read the same.) A finding is controlled by
 * where it starts, as in ESLint. A finding about the letter as a whole (one that quotes no
 * words and spans the whole body: "no operations evidence", "too few words") belongs to no
 * block: only `disable` before the body starts hides it, never `ignore`, so ignoring one
 * paragraph's cliché cannot also hide that the letter has no on-call evidence.
 *
 * Hidden findings cost no points. A rule whose every finding is hidden and that proved
 * nothing counts as not assessed for its signal, as if it were off for this letter.
 *
 * A comment naming a rule that does not exist, or a keyword other than disable, enable and
 * ignore, is reported (`cover-lint/unknown-rule`, `cover-lint/unknown-keyword`, warnings) so a
 * typo never silently leaves a rule on. Those notices are about the comment, not the letter:
 * they count as warnings (so `--max-warnings 0` catches them) but cost the score nothing.
 */

export const unknownRuleId = 'cover-lint/unknown-rule'
export const unknownKeywordId = 'cover-lint/unknown-keyword'

/** What lint() does with a rule run when a letter has control comments. */
export type InlineControl = (run: RuleRun, letter: Letter) => {run: RuleRun; messages: LintMessage[]}

const name = 'cover-lint'
const verbs = new Set(['disable', 'enable', 'ignore'])
const commentPattern = /^<!--([\s\S]*?)-->\s*$/
const markerPattern = /^cover-lint(?:\s+|-)(\S+)(.*)$/s

/** The control comment a comment's text holds, if it is one: its keyword and rule ids. */
function readComment(text: string): {verb: string; ids: string[]} | undefined {
  const match = markerPattern.exec(text.trim())
  if (!match) return undefined
  return {verb: match[1]!, ids: match[2]!.split(/\s+/).filter(Boolean)}
}

/** The control for a parsed letter, or undefined when it has no cover-lint comments (the usual case). */
export function inlineControl(document: ParsedDocument, ruleIds: readonly string[]): InlineControl | undefined {
  const tree = document.mdast
  if (!tree) return undefined
  const comments = document.comments.flatMap((comment) => {
    const control = readComment(comment.value)
    return control ? [{comment, ...control}] : []
  })
  if (comments.length === 0) return undefined

  const known = new Set(ruleIds)
  return (run, letter) => {
    const notices = comments.flatMap(({comment, verb, ids}) => {
      if (!verbs.has(verb)) {
        return [notice(letter, comment, unknownKeywordId, `"${verb}" is not a cover-lint comment keyword${didYouMean(verb, verbs)}; use disable, enable or ignore, followed by rule ids or nothing for all rules`)]
      }
      return ids
        .filter((id) => !known.has(id))
        .map((id) => notice(letter, comment, unknownRuleId, `"${id}" in this cover-lint comment is not a rule${didYouMean(id, known)}; the comment does nothing for it`))
    })

    const body = bodySpan(letter)
    const start = letter.locate(body.start)
    const end = letter.locate(body.end)
    const wholeLetter = (message: LintMessage): boolean =>
      message.actual === undefined && message.line === start.line && message.column === start.column && message.endLine === end.line && message.endColumn === end.column

    const kept = new Set([
      ...filter(tree, letter.source, run.messages.filter((message) => !wholeLetter(message)), false),
      ...filter(tree, letter.source, run.messages.filter(wholeLetter), true)
    ])
    const messages = run.messages.filter((message) => kept.has(message))

    // A rule silenced entirely, having proved nothing, is treated as off for the score.
    const ran = new Set(run.ran)
    for (const id of run.ran) {
      const had = run.messages.some((message) => message.ruleId === id)
      const has = messages.some((message) => message.ruleId === id)
      if (had && !has && (run.evidence.get(id)?.length ?? 0) === 0) ran.delete(id)
    }
    const controlled: RuleRun = {...run, messages, ran}
    return {run: controlled, messages: notices.length > 0 ? [...messages, ...notices].sort(byPosition) : messages}
  }
}

/** The messages unified-message-control keeps. `disableOnly`: `ignore` comments do not apply. */
function filter(tree: Node, source: string, messages: readonly LintMessage[], disableOnly: boolean): LintMessage[] {
  if (messages.length === 0) return []
  const file = new VFile({value: source})
  const origin = new Map<ReturnType<VFile['message']>, LintMessage>()
  for (const message of messages) {
    const vfileMessage = file.message(message.message, {place: {line: message.line, column: message.column}, ruleId: message.ruleId, source: name})
    origin.set(vfileMessage, message)
  }
  messageControl(tree, {
    file,
    name,
    test: 'html',
    marker(node): Marker | undefined {
      const comment = commentPattern.exec((node as Node & {value?: string}).value ?? '')
      const control = comment ? readComment(comment[1]!) : undefined
      if (!control || !verbs.has(control.verb) || (disableOnly && control.verb === 'ignore')) return undefined
      return {name, attributes: [control.verb, ...control.ids].join(' ')}
    }
  })
  return file.messages.flatMap((message) => origin.get(message) ?? [])
}

function notice(letter: Letter, comment: SourceComment, ruleId: string, message: string): LintMessage {
  const start = letter.locate(comment.start)
  const end = letter.locate(comment.end)
  return {
    ruleId,
    severity: 'warning',
    message,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    // Folded like every message's words (`quote`): a comment over two lines is quoted on one.
    actual: quote(letter.source, comment.start, comment.end)
  }
}
