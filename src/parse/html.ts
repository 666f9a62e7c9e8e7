import type {Element, Nodes, Root, Text} from 'hast'
import {fromParse5} from 'hast-util-from-parse5'
import {parse, parseFragment, type DefaultTreeAdapterMap} from 'parse5'
import {VFile} from 'vfile'
import {UserError} from '../errors.js'
import {count} from '../util/count.js'
import type {BlockKind} from './document.js'
import type {Origin, RenderedDocumentBuilder} from './rendered.js'

/**
 * Elements nest at most this deep. parse5 reads any depth, but the tree it makes is turned
 * into hast, and rendered, by recursion: 2,000 nested `<b>` overflowed the call stack. A
 * letter's markup nests a dozen deep.
 */
export const maxHtmlDepth = 200

/**
 * Parse HTML to a hast tree with positions, as rehype-parse does (parse5, then
 * hast-util-from-parse5), refusing markup nested deeper than `maxHtmlDepth` before the
 * recursive step. `fragment`: a piece of a body (Word's HTML), not a whole page.
 */
export function parseHtml(source: string, fragment = false): Root {
  const tree = fragment ? parseFragment(source, {sourceCodeLocationInfo: true, scriptingEnabled: false}) : parse(source, {sourceCodeLocationInfo: true, scriptingEnabled: false})
  const deepest = deepestElement(tree)
  if (deepest) {
    const line = deepest.sourceCodeLocation?.startLine
    throw new UserError(
      `elements nest more than ${count(maxHtmlDepth)} deep${line === undefined ? '' : ` at line ${line}`} (<${deepest.tagName}> inside ${count(maxHtmlDepth)} others: unclosed tags?); a letter's markup never needs that`
    )
  }
  return fromParse5(tree, {file: new VFile(source)}) as Root
}

type Parse5Node = DefaultTreeAdapterMap['node']

/** The first element nested deeper than `maxHtmlDepth`, found without recursion. */
function deepestElement(tree: Parse5Node): DefaultTreeAdapterMap['element'] | undefined {
  const stack: Array<{node: Parse5Node; depth: number}> = [{node: tree, depth: 0}]
  while (stack.length > 0) {
    const {node, depth} = stack.pop()!
    if (depth > maxHtmlDepth && 'tagName' in node) return node
    const children = 'content' in node && node.content ? node.content.childNodes : 'childNodes' in node ? node.childNodes : []
    for (const child of children) stack.push({node: child, depth: depth + 1})
  }
  return undefined
}

/** Elements whose content a reader never sees, or that are not prose (code blocks). */
const skipped = new Set([
  'head', 'script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'audio',
  'video', 'img', 'picture', 'input', 'select', 'textarea', 'button', 'pre', 'map', 'datalist', 'dialog'
])

/** Elements that start and end a block of text. */
const blocks = new Set([
  'html', 'body', 'main', 'article', 'section', 'div', 'header', 'footer', 'aside', 'nav', 'address', 'p', 'center',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hgroup', 'blockquote', 'ul', 'ol', 'menu', 'li', 'dl', 'dt', 'dd', 'figure',
  'figcaption', 'form', 'fieldset', 'legend', 'details', 'summary', 'hr', 'table', 'caption', 'thead', 'tbody', 'tfoot'
])

const headings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/**
 * Render an HTML tree (from `parseHtml`, with positions) to the text a reader sees: one block
 * per paragraph, heading or list item, a table row per block with its cells joined by " — ",
 * `<br>` as a new line. Scripts, styles, `<pre>` code and hidden text (`hidden`,
 * `aria-hidden="true"`, `display: none`, `visibility: hidden`) are left out. Each character maps
 * back to `source` (entities such as `&amp;` map to the whole reference).
 */
export function renderHtml(tree: Root, source: string, builder: RenderedDocumentBuilder, file = 0): void {
  const kinds: Array<{kind: BlockKind; group?: number}> = [{kind: 'paragraph'}]
  let cell: {separator?: Origin | undefined; inRow: boolean; hasText?: boolean} = {inRow: false}

  const endBlock = (kind?: BlockKind): void => {
    const top = kinds[kinds.length - 1]!
    builder.endBlock(kind ?? top.kind, kind ? undefined : top.group)
  }

  const text = (node: Text): void => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) {
      builder.append(node.value, {file, start: 0, end: 0, copy: false})
      return
    }
    if (cell.separator && /\S/.test(node.value)) {
      if (builder.inBlock) builder.append(' — ', cell.separator)
      cell.separator = undefined
    }
    if (/\S/.test(node.value)) cell.hasText = true
    appendAligned(builder, node.value, source, start, end, file)
  }

  const visit = (node: Nodes): void => {
    if (node.type === 'text') {
      text(node)
      return
    }
    if (node.type === 'root') {
      node.children.forEach(visit)
      return
    }
    if (node.type !== 'element') return
    const name = node.tagName
    if (skipped.has(name) || isHidden(node)) return
    if (name === 'br') {
      builder.lineBreak()
      return
    }
    if (name === 'tr') {
      endBlock()
      const outer = cell
      cell = {inRow: true}
      node.children.forEach(visit)
      endBlock()
      cell = outer
      return
    }
    if (name === 'td' || name === 'th') {
      if (cell.inRow && builder.inBlock) cell.separator = origin(node, file)
      cell.hasText = false
      node.children.forEach(visit)
      return
    }
    if (cell.inRow && blocks.has(name)) {
      // A second paragraph inside a table cell is a new line of the row.
      if (cell.hasText) builder.lineBreak()
      node.children.forEach(visit)
      return
    }
    if (!blocks.has(name)) {
      node.children.forEach(visit)
      return
    }

    endBlock()
    if (name === 'ul' || name === 'ol' || name === 'menu' || name === 'dl') {
      kinds.push({kind: 'list-item', group: builder.nextGroup()})
      node.children.forEach(visit)
      endBlock()
      kinds.pop()
      return
    }
    if (name === 'blockquote') {
      kinds.push({kind: 'quote'})
      node.children.forEach(visit)
      endBlock()
      kinds.pop()
      return
    }
    node.children.forEach(visit)
    endBlock(headings.has(name) ? 'heading' : undefined)
  }

  visit(tree)
  endBlock()
}

function origin(node: Element, file: number): Origin {
  const start = node.position?.start.offset ?? 0
  return {file, start, end: node.position?.end.offset ?? start, copy: false}
}

/** Hidden from a reader: `hidden`, `aria-hidden="true"`, or an inline style that hides it. */
function isHidden(node: Element): boolean {
  const properties = node.properties
  if (properties.hidden !== undefined && properties.hidden !== false && properties.hidden !== null) return true
  const ariaHidden = properties.ariaHidden
  if (ariaHidden === true || ariaHidden === 'true' || (Array.isArray(ariaHidden) && ariaHidden.join(' ') === 'true')) return true
  if (node.tagName === 'input' && properties.type === 'hidden') return true
  const style = typeof properties.style === 'string' ? properties.style.toLowerCase() : ''
  return /(?:^|;)\s*display\s*:\s*none\b/.test(style) || /(?:^|;)\s*visibility\s*:\s*(?:hidden|collapse)\b/.test(style)
}

const reference = /^&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)/

/**
 * Append a text node's value, mapping each character to the source: where the source has a
 * character reference (`&amp;`, `&#8212;`) the decoded character stands for all of it.
 */
function appendAligned(builder: RenderedDocumentBuilder, value: string, source: string, start: number, end: number, file: number): void {
  const raw = source.slice(start, end)
  if (raw === value) {
    builder.append(value, {file, start, end, copy: true})
    return
  }
  let i = 0
  let j = 0
  let runStart = 0
  let runValueStart = 0
  const flush = (): void => {
    if (j > runValueStart) builder.append(value.slice(runValueStart, j), {file, start: start + runStart, end: start + i, copy: true})
  }
  while (j < value.length && i < raw.length) {
    if (raw[i] === value[j]) {
      i++
      j++
      continue
    }
    if (raw[i] === '\r') {
      // The parser reads CRLF as LF: the CR has no character of its own.
      flush()
      i++
      runStart = i
      runValueStart = j
      continue
    }
    const entity = raw[i] === '&' ? reference.exec(raw.slice(i)) : null
    if (!entity) break
    flush()
    const width = (value.codePointAt(j) ?? 0) > 0xffff ? 2 : 1
    builder.append(value.slice(j, j + width), {file, start: start + i, end: start + i + entity[0].length, copy: false})
    i += entity[0].length
    j += width
    runStart = i
    runValueStart = j
  }
  flush()
  if (j < value.length) builder.append(value.slice(j), {file, start: start + i, end, copy: false})
}
