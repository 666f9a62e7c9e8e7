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

/** Read LaTeX source into nodes. Never throws: unbalanced braces and environments are closed where they can be. */
export function tokenize(source: string): TexNode[] {
  const root: Container = {type: 'root', children: [], start: 0, end: source.length}
  const stack: Container[] = [root]
  const top = (): Container => stack[stack.length - 1]!
  const add = (node: TexNode): void => void top().children.push(node)
  const close = (end: number): void => {
    const node = stack.pop()!
    node.end = end
  }
  let index = 0
  /** True right after a line end that a comment or a control word took: a line end here is a blank line. */
  let lineStart = false

  while (index < source.length) {
    const char = source[index]!
    const start = index

    if (char === '%') {
      while (index < source.length && source[index] !== '\n') index++
      index = skipLineEnd(source, index)
      lineStart = true
      continue
    }

    if (/\s/.test(char)) {
      let newlines = lineStart ? 1 : 0
      while (index < source.length && /\s/.test(source[index]!)) {
        if (source[index] === '\n') newlines++
        index++
      }
      add({type: newlines >= 2 ? 'par' : 'space', start, end: index})
      lineStart = false
      continue
    }
    lineStart = false

    if (char === '\\') {
      const next = source[index + 1]
      if (next === undefined) {
        index++
        continue
      }
      if (letter.test(next)) {
        let stop = index + 2
        while (stop < source.length && letter.test(source[stop]!)) stop++
        const name = source.slice(index + 1, stop)
        index = stop
        if (name === 'begin' || name === 'end') {
          const envName = /^\s*\{([^{}]*)\}/.exec(source.slice(index))
          if (envName) {
            const nameText = envName[1]!.trim()
            index += envName[0].length
            if (name === 'begin') {
              if (verbatim.has(nameText)) {
                const endTag = source.indexOf(`\\end{${nameText}}`, index)
                index = endTag < 0 ? source.length : endTag + `\\end{${nameText}}`.length
                continue
              }
              const env: Container = {type: 'env', name: nameText, children: [], start, end: index}
              add(env as TexNode)
              stack.push(env)
            } else {
              const open = stack.findLastIndex((node) => node.type === 'env' && node.name === nameText)
              if (open > 0) while (stack.length > open) close(index)
            }
            continue
          }
        }
        if (name === 'verb') {
          const delimiter = source[index]
          const endAt = delimiter ? source.indexOf(delimiter, index + 1) : -1
          const lineEnd = source.indexOf('\n', index)
          if (delimiter && endAt > 0 && (lineEnd < 0 || endAt < lineEnd)) {
            add({type: 'text', value: source.slice(index + 1, endAt), start, end: endAt + 1})
            index = endAt + 1
            continue
          }
        }
        add({type: 'macro', name, start, end: index})
        // TeX skips the spaces after a control word, and one line end with them.
        while (source[index] === ' ' || source[index] === '\t') index++
        if (source[index] === '\n' || source[index] === '\r') {
          index = skipLineEnd(source, index)
          lineStart = true
        }
        continue
      }
      if (next === '(' || next === '[') {
        const closer = next === '(' ? '\\)' : '\\]'
        const endAt = source.indexOf(closer, index + 2)
        const stop = endAt < 0 ? source.length : endAt
        add({type: 'math', children: shift(tokenize(source.slice(index + 2, stop)), index + 2), start, end: Math.min(source.length, stop + 2)})
        index = Math.min(source.length, stop + 2)
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
      index++
      continue
    }
    if (char === '}') {
      index++
      const open = stack.findLastIndex((node) => node.type === 'group')
      if (open > 0) while (stack.length > open) close(index)
      continue
    }
    if (char === '$') {
      const display = source[index + 1] === '$'
      const delimiter = display ? '$$' : '$'
      const from = index + delimiter.length
      let endAt = from
      while (endAt < source.length && !(source.startsWith(delimiter, endAt) && source[endAt - 1] !== '\\')) endAt++
      add({type: 'math', children: shift(tokenize(source.slice(from, endAt)), from), start, end: Math.min(source.length, endAt + delimiter.length)})
      index = Math.min(source.length, endAt + delimiter.length)
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
    if (char === '#' && /[1-9]/.test(source[index + 1] ?? '')) {
      add({type: 'param', index: Number(source[index + 1]), start, end: index + 2})
      index += 2
      continue
    }
    if (char === '[' || char === ']') {
      add({type: 'text', value: char, start, end: ++index})
      continue
    }
    while (index < source.length && !/[\\{}$&~#%[\]\s]/.test(source[index]!)) index++
    if (index === start) index++
    add({type: 'text', value: source.slice(start, index), start, end: index})
  }
  while (stack.length > 1) close(source.length)
  return root.children
}

/** Past one line end (`\n`, `\r\n` or `\r`) at `index`, and the spaces that start the next line. */
function skipLineEnd(source: string, index: number): number {
  if (source[index] === '\r') index++
  if (source[index] === '\n') index++
  while (source[index] === ' ' || source[index] === '\t') index++
  return index
}

/** Nodes read from a slice, moved to the slice's place in the source. */
function shift(nodes: TexNode[], by: number): TexNode[] {
  return nodes.map((node) => {
    const moved = {...node, start: node.start + by, end: node.end + by}
    if ('children' in moved) moved.children = shift(moved.children, by)
    return moved
  })
}
