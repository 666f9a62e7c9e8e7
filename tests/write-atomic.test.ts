import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {writeFileAtomic} from '../src/util/write-atomic.js'
import {temporaryFolder} from './helpers/temporary.js'

describe('writeFileAtomic', () => {
  const folder = (): string => temporaryFolder('cover-lint-write-')

  it('writes a new file and leaves no temporary file behind', async () => {
    const dir = folder()
    await writeFileAtomic(join(dir, 'report.json'), '[]\n')
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe('[]\n')
    expect(readdirSync(dir)).toEqual(['report.json'])
  })

  it('replaces an existing file whole', async () => {
    const dir = folder()
    writeFileSync(join(dir, 'report.json'), 'old')
    await writeFileAtomic(join(dir, 'report.json'), 'new')
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe('new')
  })

  it('with exclusive, refuses an existing file and keeps it untouched', async () => {
    const dir = folder()
    writeFileSync(join(dir, '.coverlintrc.json'), 'mine')
    await expect(writeFileAtomic(join(dir, '.coverlintrc.json'), 'starter', {exclusive: true})).rejects.toMatchObject({code: 'EEXIST'})
    expect(readFileSync(join(dir, '.coverlintrc.json'), 'utf8')).toBe('mine')
    expect(readdirSync(dir)).toEqual(['.coverlintrc.json'])
  })

  it('fails in a folder that does not exist, creating nothing', async () => {
    const dir = folder()
    await expect(writeFileAtomic(join(dir, 'missing', 'report.json'), 'x')).rejects.toMatchObject({code: 'ENOENT'})
    expect(readdirSync(dir)).toEqual([])
  })
})
