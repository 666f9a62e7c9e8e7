import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {watchCommand} from '../../src/cli/watch.js'
import {letter, project} from '../helpers/project.js'
import {until} from '../helpers/until.js'

describe('watchCommand', () => {
  it('clears the screen before each report on a terminal, and returns 0 when stopped', async () => {
    const root = project({'letter.md': letter})
    let out = ''
    let err = ''
    let stop!: () => void
    const stopped = new Promise<void>((done) => (stop = done))
    const watching = watchCommand(['letter.md'], {rule: []}, {cwd: root, env: {NO_COLOR: '1'}, stdout: {isTTY: true, columns: 90, write: (text: string) => (out += text)}, stderr: {write: (text: string) => (err += text)}, readStdin: async () => new Uint8Array()}, {stopped})
    await until(() => err.includes('watching for changes'), 10_000, 'the first report')
    writeFileSync(join(root, 'letter.md'), `${letter}\n`)
    await until(() => out.split('\u001b[2J\u001b[3J\u001b[H').length === 3, 2_000, 'a second report')
    expect(out.startsWith('\u001b[2J\u001b[3J\u001b[H')).toBe(true)
    stop()
    expect(await watching).toBe(0)
  }, 20_000)
})
