import {cpSync, mkdirSync, symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {root} from './cli.js'
import {project} from './project.js'

/**
 * A throwaway project (see `project`) with the example plugins of fixtures/plugins installed as
 * a user would have them: the retext plugin as a folder of the project (`./plugins/retext-plain-words`),
 * the SDK plugin as a package (`node_modules/cover-lint-plugin-house`), and cover-lint itself in
 * node_modules, where the SDK plugin's `import 'cover-lint/rule'` finds it: for `source`, the
 * TypeScript sources the in-process CLI runs (so plugin and engine share one module graph); for
 * `built`, the package as published (its exports, dist/rule.js).
 */
export function pluginProject(files: Record<string, string | object | null>, coverLint: 'source' | 'built' = 'source'): string {
  const folder = project(files)
  cpSync(join(root, 'fixtures/plugins/retext-plain-words'), join(folder, 'plugins/retext-plain-words'), {recursive: true})
  cpSync(join(root, 'fixtures/plugins/cover-lint-plugin-house'), join(folder, 'node_modules/cover-lint-plugin-house'), {recursive: true})
  const self = join(folder, 'node_modules/cover-lint')
  if (coverLint === 'built') {
    symlinkSync(root, self, 'dir')
  } else {
    mkdirSync(self, {recursive: true})
    writeFileSync(join(self, 'package.json'), JSON.stringify({name: 'cover-lint', type: 'module', exports: {'./rule': './src/rule.ts'}}))
    symlinkSync(join(root, 'src'), join(self, 'src'), 'dir')
  }
  return folder
}
