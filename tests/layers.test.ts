import {readdirSync, readFileSync} from 'node:fs'
import {dirname, join, relative, resolve} from 'node:path'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'
import {root} from './helpers/cli.js'

/**
 * The layers of the code, top to bottom. A module may import from its own layer or any layer
 * below it, never from one above: the CLI and the language server sit on the lint run, the lint
 * run on config and reporters, those on the engine, the rules and the score, those on the letter
 * and the posting, those on the parsers and the input, and everything on util. Type-only imports
 * count too: a type that points up is a dependency that points up.
 */
const layers: ReadonlyArray<readonly string[]> = [
  ['src/index.ts', 'src/cli.ts'],
  ['src/lsp'],
  ['src/cli'],
  ['src/watch'],
  ['src/commands', 'src/lint.ts'],
  ['src/config', 'src/reporters'],
  // The rule SDK sits with the rules written against it: it re-exports the engine and the layers below.
  ['src/engine', 'src/rule.ts', 'rules', 'src/score'],
  ['src/letter', 'src/job', 'src/spelling'],
  ['src/parse', 'src/input'],
  ['src/errors.ts', 'src/types.ts', 'src/color.ts', 'src/version.ts'],
  ['src/util']
]

function layerOf(file: string): number {
  const index = layers.findIndex((members) => members.some((member) => file === member || file.startsWith(`${member}/`)))
  if (index === -1) throw new Error(`${file} is in no layer: add its folder to the layers in tests/layers.test.ts`)
  return index
}

function sources(folder: string): string[] {
  return readdirSync(join(root, folder), {recursive: true, encoding: 'utf8'})
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
    .map((name) => `${folder}/${name.split('\\').join('/')}`)
}

/** Every relative import of every module, resolved to the project-relative path of its .ts file. */
function imports(): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of [...sources('src'), ...sources('rules')]) {
    const text = readFileSync(join(root, file), 'utf8')
    const targets: string[] = []
    // TypeScript's own reading of a module's imports: static, type-only, re-exports, bare
    // `import './x.js'` and dynamic `import('./x.js')` alike.
    for (const {fileName} of ts.preProcessFile(text, true, true).importedFiles) {
      if (!fileName.startsWith('.')) continue
      const target = relative(root, resolve(root, dirname(file), fileName)).split('\\').join('/')
      if (target.endsWith('.js')) targets.push(target.replace(/\.js$/, '.ts'))
    }
    graph.set(file, targets)
  }
  return graph
}

describe('layers', () => {
  const graph = imports()

  it('every import points down or sideways, never up', () => {
    const upward: string[] = []
    for (const [file, targets] of graph) {
      for (const target of targets) {
        if (!graph.has(target)) continue
        if (layerOf(target) < layerOf(file)) upward.push(`${file} -> ${target}`)
      }
    }
    expect(upward).toEqual([])
  })

  it('no two folders import each other, and no module imports itself round a cycle', () => {
    // A folder of src/ (with its subfolders), rules/, or one of src/'s own modules.
    const folderOf = (file: string): string => (file.startsWith('rules/') ? 'rules' : file.split('/').length > 2 ? file.split('/').slice(0, 2).join('/') : file)
    const folderEdges = new Set<string>()
    for (const [file, targets] of graph) for (const target of targets) if (graph.has(target) && folderOf(file) !== folderOf(target)) folderEdges.add(`${folderOf(file)} -> ${folderOf(target)}`)
    const mutual = [...folderEdges].filter((edge) => folderEdges.has(edge.split(' -> ').reverse().join(' -> '))).sort()
    expect(mutual).toEqual([])

    const cycles: string[] = []
    const state = new Map<string, 'open' | 'done'>()
    const stack: string[] = []
    const visit = (file: string): void => {
      state.set(file, 'open')
      stack.push(file)
      for (const target of graph.get(file) ?? []) {
        if (!graph.has(target)) continue
        if (state.get(target) === 'open') cycles.push([...stack.slice(stack.indexOf(target)), target].join(' -> '))
        else if (!state.has(target)) visit(target)
      }
      stack.pop()
      state.set(file, 'done')
    }
    for (const file of graph.keys()) if (!state.has(file)) visit(file)
    expect(cycles).toEqual([])
  })
})
