import {compileLexicons, matchLexicons} from '../letter/lexicon.js'
import {technologies, technologyMentions} from '../letter/technologies.js'
import type {InputFormat, ParsedDocument} from '../parse/document.js'
import {parse} from '../parse/index.js'
import {extractSalary, extractSeniority, extractSignals, seniorityLexicon, signalLexicon} from './details.js'
import {readPostingDocument} from './document.js'
import {readOrganisation} from './organisation.js'
import {extractPhrases} from './phrases.js'
import {extractStack, technologyRuns} from './stack.js'
import type {Posting} from './types.js'
import type {LetterSentence} from '../letter/types.js'

export interface ExtractOptions {
  /** As reports show it. */
  path?: string
  /** `markdown` (the default) or `text`; postings in other formats are read with `extractPostingFrom`. */
  format?: InputFormat
  via?: Posting['via']
}

/**
 * Read a job posting: its stack, key phrases, level, pay and the themes it stresses. Pure, like
 * `lint()`: give the result to `lint(letter, {posting})` to match letters against it. The
 * technologies, levels and themes are found in one walk over the posting's words.
 */
export function extractPosting(text: string, options: ExtractOptions = {}): Posting {
  return extractPostingFrom(parse(text, options.format ?? 'markdown'), options)
}

/** Read a job posting already parsed, in any input format (`loadDocument()`, src/input/adapters/). */
export function extractPostingFrom(parsed: ParsedDocument, options: Omit<ExtractOptions, 'format'> = {}): Posting {
  const {format} = parsed
  const document = readPostingDocument(parsed)
  const matches = matchLexicons(document.units, compileLexicons([technologies, seniorityLexicon, signalLexicon]))
  const mentions = technologyMentions(matches.get(technologies.id) ?? [], document.sentences, document.source)
  const salary = extractSalary(document)
  const seniority = extractSeniority(document, matches.get(seniorityLexicon.id) ?? [])
  const posting: Posting = {
    path: options.path ?? '<posting>',
    format,
    stack: extractStack(document, mentions),
    phrases: extractPhrases(document, mentions),
    signals: extractSignals(document, matches.get(signalLexicon.id) ?? [], salary),
    lists: technologyRuns(document, mentions).map((run) => ({names: run.names, place: document.place(run.start, run.end)})),
    words: postingWords(document.sentences)
  }
  if (options.via) posting.via = options.via
  if (seniority) posting.seniority = seniority
  if (salary) posting.salary = salary
  const {company, title} = readOrganisation(document.source)
  if (company) posting.company = {name: company.name, place: document.place(company.start, company.end)}
  if (title) posting.title = document.place(title.start, title.end)
  return posting
}

function postingWords(sentences: readonly LetterSentence[]): string[] {
  const words = new Set<string>()
  for (const sentence of sentences) {
    for (const word of sentence.words) {
      const lower = word.value.toLowerCase()
      words.add(lower)
      if (/[-‐‑/]/.test(lower)) for (const part of lower.split(/[-‐‑/]+/)) words.add(part)
    }
  }
  return [...words]
}
