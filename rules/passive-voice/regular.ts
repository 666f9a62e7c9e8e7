import type {Root, SentenceContent} from 'nlcst'
import {toString as nlcstToString} from 'nlcst-to-string'
import type {VFile} from 'vfile'
import {beForms as be} from './be-sentences.js'
import data from './verbs.json' with {type: 'json'}

/**
 * A retext plugin for the passives retext-passive does not find: its list is the irregular
 * participles ("built", "written"), while most work a letter describes is regular ("was
 * reduced", "were migrated") or redone ("was rebuilt", "was rewritten"). It reports a form of
 * "be" followed by a word in -ed or one of `reParticiples`, with at most one adverb between
 * ("was quickly adopted"), shaped as retext-passive's messages are.
 */
const notEd = new Set(data.notEd)
const irregular = new Set(data.reParticiples)
const regular = /^[a-z]{2,}ed$/
const isParticiple = (word: string): boolean => (regular.test(word) && !notEd.has(word)) || irregular.has(word)

export default function retextRegularPassive() {
  return (tree: Root, file: VFile): void => {
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue
      for (const sentence of paragraph.children) {
        if (sentence.type !== 'SentenceNode') continue
        const words = sentence.children.filter((node): node is Extract<SentenceContent, {type: 'WordNode'}> => node.type === 'WordNode')
        words.forEach((word, index) => {
          const value = nlcstToString(word)
          if (!isParticiple(value)) return
          const before = words[index - 1]
          const auxiliary = before && /ly$/.test(nlcstToString(before)) ? words[index - 2] : before
          if (!auxiliary || !be.has(nlcstToString(auxiliary).toLowerCase())) return
          const message = file.message('Unexpected use of the passive voice', {place: word.position, ruleId: value, source: 'cover-lint'})
          message.actual = value
          message.expected = []
        })
      }
    }
  }
}
