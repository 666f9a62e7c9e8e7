import {countWhile} from '../util/bisect.js'
import type {Block, Letter, LetterSentence, Token} from './types.js'

/** Which part of the letter an offset is in: for findings that start from a position (a plugin's message). */

/** The block holding `offset`, if any (blocks are in order and do not overlap). */
export function blockAt(letter: Letter, offset: number): Block | undefined {
  const {blocks} = letter
  const block = blocks[countWhile(blocks.length, (index) => blocks[index]!.start <= offset) - 1]
  return block && offset <= block.end ? block : undefined
}

/**
 * The sentence holding `offset`, if it is one a reader reads (`letter.sentences`: greeting,
 * body, headings, sign-off and postscript; not the address block or the signature).
 */
export function sentenceAt(letter: Letter, offset: number): LetterSentence | undefined {
  const sentences = blockAt(letter, offset)?.sentences ?? []
  const sentence = sentences[countWhile(sentences.length, (index) => sentences[index]!.start <= offset) - 1]
  return sentence && offset < sentence.end && sentence.index >= 0 ? sentence : undefined
}

/** The word holding `offset`, in any block (the address block and signature too). */
export function wordAt(letter: Letter, offset: number): Token | undefined {
  for (const sentence of blockAt(letter, offset)?.sentences ?? []) {
    if (offset < sentence.start || offset >= sentence.end) continue
    const {words} = sentence
    const word = words[countWhile(words.length, (index) => words[index]!.start <= offset) - 1]
    return word && offset < word.end ? word : undefined
  }
  return undefined
}
