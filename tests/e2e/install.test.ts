import {spawnSync, type SpawnSyncReturns} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {root} from '../helpers/cli.js'
import {temporaryFolder} from '../helpers/temporary.js'

/**
 * Installing cover-lint where it is needed, as the README says: `npm pack`, then the tarball
 * into another repository, then `npx cover-lint` there. The package is packed from a copy of the
 * sources (sharing this checkout's node_modules for the build), so packing never rebuilds the
 * dist/ the other tests are running. The install uses npm's cache: no network but the registry's
 * packages already fetched by `npm ci`.
 */
const sources = ['package.json', 'package-lock.json', 'README.md', 'bin', 'scripts', 'src', 'rules', 'schema', 'tsconfig.json', 'tsconfig.types.json']
const work = temporaryFolder('cover-lint-install-')

/** npm (or npx) as a user runs it: not as a script of this package's own `npm test`. */
function npm(args: readonly string[], cwd: string, command = 'npm'): SpawnSyncReturns<string> {
  const env: NodeJS.ProcessEnv = {...process.env, NO_COLOR: '1', npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false'}
  for (const name of Object.keys(env)) if (/^npm_(?:lifecycle|package)_/.test(name)) delete env[name]
  return spawnSync(process.platform === 'win32' ? `${command}.cmd` : command, args, {cwd, env, encoding: 'utf8'})
}

interface PackResult {
  filename: string
  files: Array<{path: string}>
}

describe('install from a tarball', {timeout: 300_000}, () => {
  const source = join(work, 'source')
  const out = join(work, 'out')
  let tarball = ''

  it('npm pack: dist/ with its types and the spelling word file, the bin and the schema; no sources, tests, fixtures or source maps; no install script', () => {
    mkdirSync(source)
    mkdirSync(out)
    for (const path of sources) cpSync(join(root, path), join(source, path), {recursive: true})
    symlinkSync(join(root, 'node_modules'), join(source, 'node_modules'), 'dir')
    const packed = npm(['pack', '--json', '--pack-destination', out], source)
    expect(packed.status, packed.stderr).toBe(0)
    const [result] = JSON.parse(packed.stdout) as PackResult[]
    tarball = join(out, result!.filename)
    const files = result!.files.map((file) => file.path)
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'bin/cover-lint.js', 'dist/cli.js', 'dist/index.js', 'dist/types/src/index.d.ts', 'dist/words.bin', 'dist/words-license.txt', 'schema/coverlintrc.schema.json']))
    expect(files.filter((path) => /^(?:src|rules|tests|fixtures|scripts|bench|node_modules)\//.test(path) || path.endsWith('.map'))).toEqual([])
    const extracted = join(work, 'extracted')
    mkdirSync(extracted)
    expect(spawnSync('tar', ['-xzf', tarball, '-C', extracted]).status).toBe(0)
    const manifest = JSON.parse(readFileSync(join(extracted, 'package/package.json'), 'utf8')) as {scripts: Record<string, string>}
    // npm runs (and warns about) these when installing a package from a file; none is needed.
    expect(Object.keys(manifest.scripts).filter((name) => ['preinstall', 'install', 'postinstall', 'prepare'].includes(name))).toEqual([])
  })

  it('installs into a fresh repository with no build and no npm warning about scripts, and npx cover-lint lints there', () => {
    expect(tarball).not.toBe('')
    const app = join(work, 'app')
    mkdirSync(app)
    writeFileSync(join(app, 'package.json'), '{"name": "my-applications", "private": true}\n')
    writeFileSync(join(app, 'letter.md'), readFileSync(join(root, 'fixtures/letters/promising.md')))
    const installed = npm(['install', '--save-dev', tarball], app)
    expect(installed.status, installed.stderr).toBe(0)
    expect(installed.stderr).not.toMatch(/install-scripts|allowScripts|lifecycle|npm warn.*script/i)
    // No script of cover-lint's ran: npm prints "> cover-lint@0.1.0 <script>" for each.
    expect(`${installed.stdout}${installed.stderr}`).not.toContain('> cover-lint@')
    expect(existsSync(join(app, 'node_modules/cover-lint/dist/cli.js'))).toBe(true)
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string
    expect(npm(['cover-lint', '--version'], app, 'npx').stdout).toBe(`${version}\n`)
    const run = npm(['cover-lint', 'letter.md'], app, 'npx')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('letter.md\n  MAYBE 68/100  a panel might read on: prove the missing signals below\n')
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('⚠ 1 letter: 0 shortlisted, 1 maybe, 0 binned · 3 problems (0 errors, 3 warnings)')
  })
})
