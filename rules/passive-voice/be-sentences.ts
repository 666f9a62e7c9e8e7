import type {Paragraph, Root, Sentence} from 'nlcst'
import type {Plugin, Transformer} from 'unified'
import type {VFile} from 'vfile'

/** The forms of "be" a passive is made with. */
export const beForms: ReadonlySet<string> = new Set(['am', 'are', 'is', 'was', 'were', 'be', 'been', 'being'])

/**
 * A retext plugin that runs `plugin` only on the sentences with a form of "be" in them, the only
 * ones where a passive can be. retext-passive looks up every word of the tree in its list of
 * participles; handed the few sentences that can hold one, it costs a fraction of the time, and
 * finds the same.
 */
export function onSentencesWithBe<Options>(plugin: Plugin<[Options?], Root>): Plugin<[Options?], Root> {
  return function (this: ThisParameterType<Plugin<[Options?], Root>>, options?: Options) {
    const transform = plugin.call(this, options) as Transformer<Root> | undefined
    if (!transform) return undefined
    // Two parameters: a transformer that takes a third (`next`) is run as asynchronous by unified.
    return (tree: Root, file: VFile): undefined => {
      const sentences: Sentence[] = []
      for (const paragraph of tree.children) {
        if (paragraph.type !== 'ParagraphNode') continue
        for (const sentence of paragraph.children) if (sentence.type === 'SentenceNode' && hasBe(sentence)) sentences.push(sentence)
      }
      if (sentences.length === 0) return undefined
      const paragraph: Paragraph = {type: 'ParagraphNode', children: sentences}
      transform({type: 'RootNode', children: [paragraph]}, file, () => {})
      return undefined
    }
  }
}

function hasBe(sentence: Sentence): boolean {
  for (const node of sentence.children) {
    if (node.type !== 'WordNode') continue
    const only = node.children.length === 1 ? node.children[0] : undefined
    const text = only?.type === 'TextNode' ? only.value : undefined
    if (text !== undefined && beForms.has(text.toLowerCase())) return true
  }
  return false
}
