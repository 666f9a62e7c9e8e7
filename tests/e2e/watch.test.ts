import {spawn} from 'node:child_process'
import {renameSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {bin} from '../helpers/cli.js'
import {letter, project} from '../helpers/project.js'
import {until} from '../helpers/until.js'

const reports = (out: string): string[] => out.split(/(?=^letters\/letter\.md$)/m).filter((part) => part.startsWith('letters/letter.md'))

describe('cover-lint --watch (the built CLI)', () => {
  it('reports again within two seconds of each save, survives a save by rename, reads a new config, and exits 0 on Ctrl-C', async () => {
    const root = project({'letters/letter.md': letter})
    const child = spawn(process.execPath, [bin, '--watch', 'letters/letter.md'], {cwd: root, env: {...process.env, NO_COLOR: '1'}})
    let out = ''
    let err = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)))
    try {
      await until(() => /watching for changes/.test(err), 15_000, 'the first report')
      expect(reports(out)).toHaveLength(1)
      expect(reports(out)[0]).toContain('no-cliche')

      // A plain save: the cliché edited away.
      writeFileSync(join(root, 'letters/letter.md'), letter.replace('I am a team player who enjoys pairing', 'I enjoy pairing'))
      const took = await until(() => reports(out).length === 2, 2_000, 'a report after the save')
      expect(took).toBeLessThanOrEqual(2_000)
      expect(reports(out)[1]).not.toContain('no-cliche')

      // An editor's save: the new text written beside the letter, then renamed over it.
      writeFileSync(join(root, 'letters/.letter.md.swp'), 'swap')
      writeFileSync(join(root, 'letters/letter.md.new'), letter)
      renameSync(join(root, 'letters/letter.md.new'), join(root, 'letters/letter.md'))
      await until(() => reports(out).length >= 3 && reports(out).at(-1)!.includes('no-cliche'), 2_000, 'a report after a save by rename')

      // Deleted, then made again: an error line for the gap, then the report.
      rmSync(join(root, 'letters/letter.md'))
      await until(() => err.includes('cover-lint: letters/letter.md: no such file or directory'), 2_000, 'the missing letter reported')
      const before = reports(out).length
      writeFileSync(join(root, 'letters/letter.md'), letter)
      await until(() => reports(out).length > before, 2_000, 'a report once the letter is back')

      // A config file appearing above the letter applies from the next report on.
      const count = reports(out).length
      writeFileSync(join(root, '.coverlintrc.json'), JSON.stringify({rules: {'no-cliche': 'off'}}))
      await until(() => reports(out).length > count && !reports(out).at(-1)!.includes('no-cliche'), 2_000, 'a report under the new config')
    } finally {
      child.kill('SIGINT')
    }
    expect(await exited).toBe(0)
    // Not a terminal: the screen is never cleared.
    expect(out).not.toContain('\u001b[2J')
  }, 40_000)

  it('refuses to watch standard input', async () => {
    const child = spawn(process.execPath, [bin, '--watch', '-'], {stdio: ['ignore', 'pipe', 'pipe']})
    let err = ''
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    const code = await new Promise<number | null>((done) => child.on('exit', (exit) => done(exit)))
    expect(code).toBe(2)
    expect(err).toBe('cover-lint: --watch: standard input cannot be watched: give the letter and posting as files\n')
  }, 15_000)
})
