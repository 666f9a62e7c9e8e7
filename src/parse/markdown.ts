import type {Heading, Nodes, Paragraph, Parents, RootContent} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {blockToNlcst, lazyBlock, type ParsedDocument, type SourceBlock, type BlockKind, type Range, type SourceComment} from './document.js'

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).freeze()

const commentPattern = /^<!--([\s\S]*?)-->\s*$/

/**
 * Markdown to blocks of prose. Paragraphs, headings, list items and quotations become blocks;
 * code, front matter, HTML comments, definitions and link destinations never reach the rules.
 */
export function parseMarkdown(source: string): ParsedDocument {
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
  const collectHtml = (node: Nodes): void => {
    if (node.type === 'html') {
      const range = offsets(node)
      const comment = commentPattern.exec(node.value)
      if (comment) comments.push({...range, value: (comment[1] ?? '').trim()})
      else html.push(range)
      return
    }
    if ('children' in node) for (const child of node.children) collectHtml(child)
  }

  const visitFlow = (nodes: RootContent[], kind: BlockKind, inGroup?: number): void => {
    for (const node of nodes) {
      switch (node.type) {
        case 'paragraph':
          addBlock(node, kind, inGroup ?? ++group)
          break
        case 'heading':
          addBlock(node, 'heading', ++group)
          break
        case 'list': {
          const listGroup = inGroup ?? ++group
          for (const item of node.children) visitFlow(item.children, 'list-item', listGroup)
          break
        }
        case 'blockquote':
          visitFlow(node.children, 'quote', inGroup)
          break
        case 'html':
          collectHtml(node)
          break
        default:
          // code, yaml, toml, definition, thematicBreak, table: not prose.
          if ('children' in node && node.type !== 'table') visitFlow((node as Parents).children as RootContent[], kind, inGroup)
      }
    }
  }

  visitFlow(tree.children, 'paragraph')
  return {format: 'markdown', source, blocks, html, comments, mdast: tree}
}

function offsets(node: Nodes): Range {
  return {start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0}
}
