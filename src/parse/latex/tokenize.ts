/**
 * A small LaTeX reader: enough of TeX's rules to find the prose of a letter and where each
 * character of it sits. It does not typeset; it groups the source into the nodes the renderer
 * (render.ts) walks: text, control sequences, `{}` groups, environments, math, white space and
 * paragraph breaks. Comments are dropped; verbatim environments are kept out.
 *
 * Why not a full LaTeX parser: the unified-latex PEG parser takes about half a second to read a
 * 5 KB letter and half a second to load, and a letter needs none of what it adds.
 */

interface Span {
  start: number
  end: number
}

export type TexNode =
  /** Characters with no special meaning; `[` and `]` are nodes of their own (optional arguments). */
  | (Span & {type: 'text'; value: string})
  /** `\name`, or a control symbol such as `\\`, `\&`, `\,` (name is the symbol). */
  | (Span & {type: 'macro'; name: string})
  | (Span & {type: 'group'; children: TexNode[]})
  | (Span & {type: 'env'; name: string; children: TexNode[]})
  | (Span & {type: 'math'; children: TexNode[]})
  /** Spaces, tabs and a single line end: one space when typeset. */
  | (Span & {type: 'space'})
  /** A blank line: the end of a paragraph. */
  | (Span & {type: 'par'})
  /** `&`, the cell separator in tables. */
  | (Span & {type: 'tab'})
  /** `~`, a space that does not break. */
  | (Span & {type: 'tie'})
  /** `#1`..`#9` in a macro's definition. */
  | (Span & {type: 'param'; index: number})

type Container = Extract<TexNode, {children: TexNode[]}> | {type: 'root'; children: TexNode[]; start: number; end: number}

/** Environments whose content is not TeX: skipped whole. */
const verbatim = new Set(['verbatim', 'verbatim*', 'Verbatim', 'lstlisting', 'minted', 'comment', 'filecontents', 'filecontents*'])

const letter = /[A-Za-z@]/

/** Maths inside maths (`$` in `\(...\)`) is read this deep; deeper openers are plain characters. */
const maxMathDepth = 4

/** `\verb|...|` ends on its line, within this many characters, or is not verbatim text. */
const maxVerbLength = 1000

const environmentName = /\s*\{([^{}]*)\}/y

/**
 * Read LaTeX source into nodes. Never throws: unbalanced braces and environments are closed
 * where they can be. Linear in the source, however the braces nest: the nesting is a stack
 * of open nodes, not recursion.
 */
export function tokenize(source: string): TexNode[] {
  return tokenizeRange(source, 0, source.length, 0, finder(source))
}

/** `find(needle, from)`: `source.indexOf(needle, from)`, remembered per needle (see `finder`). */
type Find = (needle: string, from: number) => number

/**
 * indexOf that remembers its last answer for each needle: asked again from further on, before
 * that answer, it is still the answer. Maths and `\verb` look for their closer from every
 * opener; a thousand openers whose closer is missing (or far off) each searched to the end.
 */
function finder(source: string): Find {
  const last = new Map<string, {from: number; at: number}>()
  return (needle, from) => {
    const known = last.get(needle)
    if (known && known.from <= from && (known.at < 0 || known.at >= from)) return known.at
    const at = source.indexOf(needle, from)
    last.set(needle, {from, at})
    return at
  }
}

/** The nodes of `source.slice(from, to)`, with offsets into `source`; nothing is read past `to`. */
function tokenizeRange(source: string, from: number, to: number, mathDepth: number, find: Find): TexNode[] {
  const root: Container = {type: 'root', children: [], start: from, end: to}
  const stack: Container[] = [root]
  // How many groups, and environments of each name, are open: a stray `}` or `\end{x}` with
  // nothing to close is dropped without searching the stack (which made such runs quadratic).
  let openGroups = 0
  const openEnvironments = new Map<string, number>()
  const top = (): Container => stack[stack.length - 1]!
  const add = (node: TexNode): void => void top().children.push(node)
  const close = (end: number): void => {
    const node = stack.pop()!
    node.end = end
    if (node.type === 'group') openGroups--
    else if (node.type === 'env') openEnvironments.set(node.name, openEnvironments.get(node.name)! - 1)
  }
  let index = from
  /** True right after a line end that a comment or a control word took: a line end here is a blank line. */
  let lineStart = false
  let lineEnd = -1

  while (index < to) {
    const char = source[index]!
    const start = index

    if (char === '%') {
      while (index < to && source[index] !== '\n') index++
      index = skipLineEnd(source, index, to)
      lineStart = true
      continue
    }

    if (/\s/.test(char)) {
      let newlines = lineStart ? 1 : 0
      while (index < to && /\s/.test(source[index]!)) {
        if (source[index] === '\n') newlines++
        index++
      }
      add({type: newlines >= 2 ? 'par' : 'space', start, end: index})
      lineStart = false
      continue
    }
    lineStart = false

    if (char === '\\') {
      const next = index + 1 < to ? source[index + 1] : undefined
      if (next === undefined) {
        index++
        continue
      }
      if (letter.test(next)) {
        let stop = index + 2
        while (stop < to && letter.test(source[stop]!)) stop++
        const name = source.slice(index + 1, stop)
        index = stop
        if (name === 'begin' || name === 'end') {
          environmentName.lastIndex = index
          const envName = environmentName.exec(source)
          if (envName && environmentName.lastIndex <= to) {
            const nameText = envName[1]!.trim()
            index = environmentName.lastIndex
            if (name === 'begin') {
              if (verbatim.has(nameText)) {
                const endTag = find(`\\end{${nameText}}`, index)
                index = endTag < 0 || endTag + `\\end{${nameText}}`.length > to ? to : endTag + `\\end{${nameText}}`.length
                continue
              }
              const env: Container = {type: 'env', name: nameText, children: [], start, end: index}
              add(env as TexNode)
              stack.push(env)
              openEnvironments.set(nameText, (openEnvironments.get(nameText) ?? 0) + 1)
            } else if (openEnvironments.get(nameText)) {
              const open = stack.findLastIndex((node) => node.type === 'env' && node.name === nameText)
              while (stack.length > open) close(index)
            }
            continue
          }
        }
        if (name === 'verb' && index < to) {
          const delimiter = source[index]!
          if (lineEnd < index) {
            lineEnd = find('\n', index)
            if (lineEnd < 0 || lineEnd > to) lineEnd = to
          }
          let endAt = index + 1
          const limit = Math.min(lineEnd, index + 1 + maxVerbLength)
          while (endAt < limit && source[endAt] !== delimiter) endAt++
          if (endAt < limit) {
            add({type: 'text', value: source.slice(index + 1, endAt), start, end: endAt + 1})
            index = endAt + 1
            continue
          }
        }
        add({type: 'macro', name, start, end: index})
        // TeX skips the spaces after a control word, and one line end with them.
        while (index < to && (source[index] === ' ' || source[index] === '\t')) index++
        if (index < to && (source[index] === '\n' || source[index] === '\r')) {
          index = skipLineEnd(source, index, to)
          lineStart = true
        }
        continue
      }
      if ((next === '(' || next === '[') && mathDepth < maxMathDepth) {
        const closer = next === '(' ? '\\)' : '\\]'
        const endAt = find(closer, index + 2)
        const stop = endAt < 0 || endAt + 2 > to ? to : endAt
        const end = Math.min(to, stop + 2)
        add({type: 'math', children: tokenizeRange(source, index + 2, stop, mathDepth + 1, find), start, end})
        index = end
        continue
      }
      index += 2
      add({type: 'macro', name: next === '\r' || next === '\n' ? ' ' : next, start, end: index})
      continue
    }

    if (char === '{') {
      const group: Container = {type: 'group', children: [], start, end: index + 1}
      add(group as TexNode)
      stack.push(group)
      openGroups++
      index++
      continue
    }
    if (char === '}') {
      index++
      if (openGroups > 0) {
        const open = stack.findLastIndex((node) => node.type === 'group')
        while (stack.length > open) close(index)
      }
      continue
    }
    if (char === '$' && mathDepth < maxMathDepth) {
      const display = source[index + 1] === '$' && index + 1 < to
      const delimiter = display ? '$$' : '$'
      const mathFrom = index + delimiter.length
      let endAt = mathFrom
      while (endAt < to && !(source.startsWith(delimiter, endAt) && endAt + delimiter.length <= to && source[endAt - 1] !== '\\')) endAt++
      const end = Math.min(to, endAt + delimiter.length)
      add({type: 'math', children: tokenizeRange(source, mathFrom, endAt, mathDepth + 1, find), start, end})
      index = end
      continue
    }
    if (char === '&') {
      add({type: 'tab', start, end: ++index})
      continue
    }
    if (char === '~') {
      add({type: 'tie', start, end: ++index})
      continue
    }
    if (char === '#' && index + 1 < to && /[1-9]/.test(source[index + 1]!)) {
      add({type: 'param', index: Number(source[index + 1]), start, end: index + 2})
      index += 2
      continue
    }
    if (char === '[' || char === ']') {
      add({type: 'text', value: char, start, end: ++index})
      continue
    }
    while (index < to && !/[\\{}$&~#%[\]\s]/.test(source[index]!)) index++
    if (index === start) index++
    add({type: 'text', value: source.slice(start, index), start, end: index})
  }
  while (stack.length > 1) close(to)
  return root.children
}

/** Past one line end (`\n`, `\r\n` or `\r`) at `index`, and the spaces that start the next line. */
function skipLineEnd(source: string, index: number, to: number): number {
  if (index < to && source[index] === '\r') index++
  if (index < to && source[index] === '\n') index++
  while (index < to && (source[index] === ' ' || source[index] === '\t')) index++
  return index
}
