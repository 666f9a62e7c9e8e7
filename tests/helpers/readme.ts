import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {root} from './cli.js'

/** The fenced blocks of one language ('' for plain fences) in the README's Configuration section. */
export function readmeBlocks(language: string): string[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8')
  const start = readme.indexOf('\n## Configuration\n')
  const next = readme.indexOf('\n## ', start + 1)
  const section = readme.slice(start, next === -1 ? undefined : next)
  const blocks: string[] = []
  let open: {language: string; lines: string[]} | undefined
  for (const line of section.split('\n')) {
    if (!open && line.startsWith('```')) {
      open = {language: line.slice(3).trim(), lines: []}
    } else if (open && line === '```') {
      if (open.language === language) blocks.push(`${open.lines.join('\n')}\n`)
      open = undefined
    } else {
      open?.lines.push(line)
    }
  }
  return blocks
}

/** The code block after `<!-- example: name -->` in the README. */
export function readmeExample(name: string): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8')
  const match = new RegExp(`<!-- example: ${name} -->\\n\`\`\`\\w*\\n([\\s\\S]*?)\\n\`\`\``).exec(readme)
  if (!match) throw new Error(`README has no example "${name}"`)
  return match[1]!
}
