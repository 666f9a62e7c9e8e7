import type {Root, Word} from 'nlcst'
import {toString as nlcstToString} from 'nlcst-to-string'
import type {VFile} from 'vfile'
import data from './initialisms.json' with {type: 'json'}

/**
 * A retext plugin for what retext-indefinite-article leaves alone: "a" or "an" before a
 * capitalised abbreviation (it classifies lower-case words and a few listed names only). An
 * abbreviation read letter by letter takes "an" when its first letter's name starts with a
 * vowel sound (A, E, F, H, I, L, M, N, O, R, S, X: "an API", "an SRE", "an LLM") and "a"
 * otherwise ("a GPU", "a URL"); one read as a word follows its first sound (initialisms.json).
 * Messages are shaped as retext-indefinite-article's are (`actual`, `expected`).
 */
const vowelNamed = new Set('AEFHILMNORSX')
const words = new Set(data.words)
const either = new Set(data.either)
/** A capital and another capital or a digit, maybe lower-case letters among them ("API", "SaaS", "IoT", "S3", "APIs"); not "Go". */
const abbreviation = /^[A-Z](?=[a-z]*[A-Z\d])[A-Za-z\d]+$/

export function articleFor(word: string): 'a' | 'an' | undefined {
  if (!abbreviation.test(word)) return undefined
  const key = word.toLowerCase()
  const bare = key.replace(/s$/, '')
  if (either.has(key) || either.has(bare)) return undefined
  if (words.has(key) || words.has(bare)) return /^[aeio]/.test(key) ? 'an' : 'a'
  return vowelNamed.has(word.charAt(0)) ? 'an' : 'a'
}

export default function retextAbbreviationArticle() {
  return (tree: Root, file: VFile): void => {
    eachWordPair(tree, (article, next, first) => {
      const actual = nlcstToString(article)
      const normal = actual.toLowerCase()
      if (normal !== 'a' && normal !== 'an') return
      // "Plan A API" names a plan: a capital "A" is an article only at the start of a sentence.
      if (actual === 'A' && !first) return
      const following = nlcstToString(next)
      const expected = articleFor(following)
      if (!expected || expected === normal) return
      const message = file.message(`Unexpected article \`${actual}\` before \`${following}\`, expected \`${expected}\``, {
        place: article.position,
        ruleId: 'abbreviation',
        source: 'cover-lint'
      })
      message.actual = actual
      message.expected = [actual === normal ? expected : expected.charAt(0).toUpperCase() + expected.slice(1)]
    })
  }
}

/**
 * Each word with the word after it, when only white space (and at most an opening quote or
 * bracket) stands between them, as retext-indefinite-article reads them; `first` when the word
 * is its sentence's first.
 */
function eachWordPair(tree: Root, visit: (word: Word, next: Word, first: boolean) => void): void {
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      const nodes = sentence.children
      let first = true
      nodes.forEach((node, index) => {
        if (node.type !== 'WordNode') return
        const isFirst = first
        first = false
        let at = index + 1
        if (nodes[at]?.type !== 'WhiteSpaceNode') return
        at++
        const opening = nodes[at]
        if (opening?.type === 'PunctuationNode' && /^[“‘'"([]$/.test(nlcstToString(opening))) at++
        const next = nodes[at]
        if (next?.type === 'WordNode') visit(node, next, isFirst)
      })
    }
  }
}
