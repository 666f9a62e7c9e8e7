import type {Heading, Nodes, Paragraph, Parents, RootContent} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {checkMarkdownLimits} from './markdown-limits.js'
import {blockToNlcst, lazyBlock, type ParsedDocument, type SourceBlock, type BlockKind, type Range, type SourceComment} from './document.js'

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).freeze()

const commentPattern = /^<!--([\s\S]*?)-->\s*$/

/**
 * Markdown to blocks of prose. Paragraphs, headings, list items and quotations become blocks;
 * code, front matter, HTML comments, definitions and link destinations never reach the rules.
 */
export function parseMarkdown(source: string): ParsedDocument {
  checkMarkdownLimits(source)
  const tree = processor.parse(source)
  const blocks: SourceBlock[] = []
  const html: Range[] = []
  const comments: SourceComment[] = []
  let group = 0

  const addBlock = (node: Paragraph | Heading, kind: BlockKind, inGroup: number): void => {
    const {start, end} = offsets(node)
    blocks.push(lazyBlock({kind, group: inGroup, start, end}, () => blockToNlcst(node, source)))
    collectHtml(node)
  }

  // Inline HTML (`<Company>`, `<!-- note -->`) is dropped from the prose; remember where it was.
  const collectHtml = (root: Nodes): void => {
    const stack: Nodes[] = [root]
    while (stack.length > 0) {
      const node = stack.pop()!
      if (node.type === 'html') {
        const range = offsets(node)
        const comment = commentPattern.exec(node.value)
        if (comment) comments.push({...range, value: (comment[1] ?? '').trim()})
        else html.push(range)
      } else if ('children' in node) {
        for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
      }
    }
  }

  // Blocks in document order, walked with a stack: quotations and lists may nest deep.
  const flows: Array<{nodes: readonly RootContent[]; index: number; kind: BlockKind; inGroup?: number | undefined}> = [{nodes: tree.children, index: 0, kind: 'paragraph'}]
  while (flows.length > 0) {
    const flow = flows[flows.length - 1]!
    if (flow.index >= flow.nodes.length) {
      flows.pop()
      continue
    }
    const node = flow.nodes[flow.index++]!
    const {kind, inGroup} = flow
    switch (node.type) {
      case 'paragraph':
        addBlock(node, kind, inGroup ?? ++group)
        break
      case 'heading':
        addBlock(node, 'heading', ++group)
        break
      case 'list':
        // The items of one list read as one paragraph: one group for all their blocks.
        flows.push({nodes: node.children.flatMap((item) => item.children), index: 0, kind: 'list-item', inGroup: inGroup ?? ++group})
        break
      case 'blockquote':
        flows.push({nodes: node.children, index: 0, kind: 'quote', inGroup})
        break
      case 'html':
        collectHtml(node)
        break
      default:
        // code, yaml, toml, definition, thematicBreak, table: not prose.
        if ('children' in node && node.type !== 'table') flows.push({nodes: (node as Parents).children as RootContent[], index: 0, kind, inGroup})
    }
  }
  return {format: 'markdown', source, blocks, html, comments, mdast: tree}
}

function offsets(node: Nodes): Range {
  return {start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0}
}
