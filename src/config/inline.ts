import type {Node} from 'unist'
import {messageControl, type Marker} from 'unified-message-control'
import {VFile} from 'vfile'
import {addMessage, byPosition, messageSource, placeOf, type VFileMessage} from '../engine/messages.js'
import type {RuleRun} from '../engine/run.js'
import {bodySpan, quote} from '../letter/query.js'
import type {Letter} from '../letter/types.js'
import type {ParsedDocument, SourceComment} from '../parse/document.js'
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

/**
 * What lint() does with a rule run when a letter has control comments: the run without the
 * hidden findings, and the messages to report (with notices about the comments themselves,
 * added to `file`).
 */
export type InlineControl = (run: RuleRun, letter: Letter, file: VFile) => {run: RuleRun; messages: VFileMessage[]}

const name = messageSource
const verbs = new Set(['disable', 'enable', 'ignore'])
const commentPattern = /^<!--([\s\S]*?)-->\s*$/
const markerPattern = /^cover-lint(?:\s+|-)(\S+)(.*)$/s

/** The control comment a comment's text holds, if it is one: its keyword and rule ids. */
function readComment(text: string): {verb: string; ids: string[]} | undefined {
  const match = markerPattern.exec(text.trim())
  if (!match) return undefined
  return {verb: match[1]!, ids: match[2]!.split(/\s+/).filter(Boolean)}
}

/**
 * The control for a parsed letter, or undefined when it has no cover-lint comments (the usual
 * case). `ruleIds`: the rules a comment may name; `isPluginRule`: ids of rules that retext
 * plugins report, known only by their messages.
 */
export function inlineControl(document: ParsedDocument, ruleIds: readonly string[], isPluginRule: (id: string) => boolean = () => false): InlineControl | undefined {
  const tree = document.mdast
  if (!tree) return undefined
  const comments = document.comments.flatMap((comment) => {
    const control = readComment(comment.value)
    return control ? [{comment, ...control}] : []
  })
  if (comments.length === 0) return undefined

  const known = new Set(ruleIds)
  return (run, letter, file) => {
    const notices = comments.flatMap(({comment, verb, ids}) => {
      if (!verbs.has(verb)) {
        return [notice(letter, file, comment, unknownKeywordId, `"${verb}" is not a cover-lint comment keyword${didYouMean(verb, verbs)}; use disable, enable or ignore, followed by rule ids or nothing for all rules`)]
      }
      return ids
        .filter((id) => !known.has(id) && !isPluginRule(id))
        .map((id) => notice(letter, file, comment, unknownRuleId, `"${id}" in this cover-lint comment is not a rule${didYouMean(id, known)}; the comment does nothing for it`))
    })

    const body = bodySpan(letter)
    const start = letter.locate(body.start)
    const end = letter.locate(body.end)
    const wholeLetter = (message: VFileMessage): boolean => {
      const place = placeOf(message)
      return (
        message.actual === undefined &&
        place.start.line === start.line &&
        place.start.column === start.column &&
        place.end.line === end.line &&
        place.end.column === end.column
      )
    }

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
    const all = notices.length > 0 ? [...messages, ...notices].sort((a, b) => byPosition(a, b, file.path)) : messages
    return {run: controlled, messages: all}
  }
}

/**
 * The messages unified-message-control keeps (it filters a file's messages by where they start).
 * `disableOnly`: `ignore` comments do not apply.
 */
function filter(tree: Node, source: string, messages: readonly VFileMessage[], disableOnly: boolean): VFileMessage[] {
  if (messages.length === 0) return []
  const file = new VFile({value: source})
  file.messages.push(...messages)
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
  return file.messages
}

function notice(letter: Letter, file: VFile, comment: SourceComment, ruleId: string, reason: string): VFileMessage {
  return addMessage(file, {
    ruleId,
    severity: 'warning',
    reason,
    start: letter.locate(comment.start),
    end: letter.locate(comment.end),
    // Folded like every message's words (`quote`): a comment over two lines is quoted on one.
    actual: quote(letter.source, comment.start, comment.end)
  })
}
