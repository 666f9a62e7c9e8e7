import type {Paragraph} from 'nlcst'
import {location} from 'vfile-location'
import type {ParsedDocument} from '../parse/document.js'
import {readClaims} from './claims/read.js'
import {claimLexicons, moodLexicon, ownerLexicon, type MoodEntry, type OwnerEntry} from './claims/words.js'
import {compileLexicons, matchLexicons, sentenceUnits, type Lexicon, type LexiconEntry, type Match} from './lexicon.js'
import {sentenceQuantities} from './quantities.js'
import {assignRoles, splitGreetingsAndSignOffs, type BlockRole, type Segment} from './structure.js'
import {technologies, technologyMentions} from './technologies.js'
import {blockSentences, makeSentence} from './tokens.js'
import type {Block, Letter, LetterSentence} from './types.js'

/** Roles whose words a reader reads and counts (not the address block, not the signature). */
const readRoles: ReadonlySet<BlockRole> = new Set(['salutation', 'body', 'heading', 'closing', 'postscript'])
/** Roles where claims of scale are made. */
const claimRoles: ReadonlySet<BlockRole> = new Set(['body', 'heading', 'postscript'])

/** Takes each block's nlcst once its tokens are read (the engine hands it to plugins: src/engine/prose.ts). */
export interface TreeSink {
  add(paragraphs: readonly Paragraph[], start: number, end: number): void
}

/**
 * Build the Letter model from a parsed document. `lexicons` are the lexicons of the rules that
 * will run: they are all matched in one walk over the words, together with the technologies.
 * `trees`, when given, gets each block's nlcst as it is read, so it is parsed only once.
 */
export function buildLetter(document: ParsedDocument, lexicons: readonly Lexicon[] = [], trees?: TreeSink): Letter {
  const {source} = document
  const raw: Segment[] = document.blocks.map((block) => {
    const paragraphs = block.paragraphs
    const sentences = blockSentences(block, paragraphs)
    trees?.add(paragraphs, block.start, block.end)
    return {kind: block.kind, group: block.group, start: block.start, end: block.end, sentences}
  })
  const segments = splitGreetingsAndSignOffs(source, raw.filter((segment) => segment.sentences.length > 0))
  const roles = assignRoles(source, segments)

  const sentences: LetterSentence[] = []
  const blocks: Block[] = segments.map((segment, blockIndex) => {
    const role = roles[blockIndex]!
    const blockSentencesOut: LetterSentence[] = segment.sentences.map((tokens) => {
      const sentence: LetterSentence = {...makeSentence(tokens), index: -1, block: blockIndex}
      if (readRoles.has(role)) {
        sentence.index = sentences.length
        sentences.push(sentence)
      }
      return sentence
    })
    return {role, kind: segment.kind, group: segment.group, start: segment.start, end: segment.end, sentences: blockSentencesOut}
  })

  const units = sentences.map(sentenceUnits)
  const matches = matchLexicons(units, compileLexicons([technologies, ...claimLexicons, ...lexicons]))
  const body = blocks.filter((block) => block.role === 'body')
  let place: ReturnType<typeof location> | undefined
  const quantities = sentences.flatMap((sentence) => (claimRoles.has(blocks[sentence.block]!.role) ? sentenceQuantities(sentence, sentence.index) : []))
  // Where technical terms start (technologies and every rule's word list): a sentence that opens with one is about the work before it.
  const termStarts = new Set<number>()
  for (const [id, found] of matches) if (!claimLexicons.some((lexicon) => lexicon.id === id)) for (const match of found) termStarts.add(match.start)
  const claims = readClaims(
    sentences.map((sentence) => ({
      tokens: sentence.tokens,
      index: sentence.index,
      group: blocks[sentence.block]!.group,
      opensWithTerm: termStarts.has(sentence.words[0]?.start ?? -1),
      listItem: blocks[sentence.block]!.kind === 'list-item'
    })),
    {
      owners: (matches.get(ownerLexicon.id) ?? []) as Match<OwnerEntry>[],
      moods: (matches.get(moodLexicon.id) ?? []) as Match<MoodEntry>[]
    },
    quantities
  )

  return {
    format: document.format,
    source,
    blocks,
    sentences,
    body,
    salutation: blocks.find((block) => block.role === 'salutation'),
    closing: blocks.find((block) => block.role === 'closing'),
    paragraphs: new Set(body.map((block) => block.group)).size,
    words: sentences.reduce((total, sentence) => total + sentence.words.length, 0),
    quantities,
    claims,
    technologies: technologyMentions(matches.get(technologies.id) ?? [], sentences, source),
    sourceBlocks: document.blocks.map(({start, end}) => ({start, end})),
    html: document.html,
    comments: document.comments,
    matches<E extends LexiconEntry>(lexicon: Lexicon<E>): Match<E>[] {
      const found = matches.get(lexicon.id)
      if (found === undefined) throw new Error(`lexicon "${lexicon.id}" was not declared: add it to its rule's meta.lexicons`)
      // The lexicon with this id was built from entries of type E, so its matches carry them.
      return found as Match<E>[]
    },
    locate(offset: number, isEnd?: boolean) {
      if (document.map) return document.map.locate(offset, isEnd)
      place ??= location(source)
      const point = place.toPoint(offset)
      return point ? {line: point.line, column: point.column} : {line: 1, column: 1}
    }
  }
}
