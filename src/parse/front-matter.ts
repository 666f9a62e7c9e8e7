import type {Root} from 'mdast'

/**
 * One plain field of a Markdown letter's front matter (YAML `company: Acme Payments` or TOML
 * `company = "Acme Payments"`), or undefined. Only single-line string values are read, with
 * quotes and a trailing `# comment` dropped: enough for the few keys a letter declares, without
 * loading a YAML parser for every letter.
 */
export function frontMatterField(tree: Root | undefined, name: string): string | undefined {
  const node = tree?.children[0]
  if (!node || (node.type !== 'yaml' && node.type !== ('toml' as string))) return undefined
  const separator = node.type === 'yaml' ? ':' : '='
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const line = new RegExp(`^${escaped}\\s*${separator}[ \\t]*(.*)$`, 'm').exec((node as {value: string}).value)
  if (!line) return undefined
  const raw = line[1]!.trim()
  const quoted = /^(["'])(.*)\1$/.exec(raw)
  // A comment starts at " #" (found by a plain search: a pattern with a run of white space before
  // "#" backtracks quadratically on a long run without one).
  const comment = raw.search(/\s#/)
  const value = quoted ? quoted[2]! : (comment < 0 ? raw : raw.slice(0, comment)).trim()
  return value === '' || value === '~' || value === 'null' ? undefined : value
}

/** The same field read from the start of a Markdown file's text, for files not otherwise parsed. */
export function frontMatterFieldOf(text: string, name: string): string | undefined {
  const block = /^\uFEFF?(---|\+\+\+)[ \t]*\r?\n([\s\S]*?)\r?\n\1[ \t]*(?:\r?\n|$)/.exec(text)
  if (!block) return undefined
  const type = block[1] === '---' ? 'yaml' : 'toml'
  return frontMatterField({type: 'root', children: [{type, value: block[2]!} as never]}, name)
}
