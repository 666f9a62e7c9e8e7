import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {Postings} from '../../src/job/locate.js'
import {temporaryFolder} from '../helpers/temporary.js'

const scratch = temporaryFolder('cover-lint-postings-')
const posting = '# Backend Engineer\n\n## What you will do\n\n- Own the double-entry ledger on PostgreSQL.\n'
mkdirSync(join(scratch, 'acme'))
writeFileSync(join(scratch, 'acme', 'job.md'), posting)
writeFileSync(join(scratch, 'acme', 'posting.md'), posting.replace('ledger', 'settlement engine'))
writeFileSync(join(scratch, 'shared-spec.md'), posting.replace('PostgreSQL', 'MySQL'))
writeFileSync(join(scratch, 'empty.md'), '')

const postings = (flag?: string): Postings =>
  new Postings({cwd: scratch, maxFileSize: 1024 * 1024, flag, readStdin: () => Promise.resolve(new TextEncoder().encode(posting))})

describe('which posting a letter is read against', () => {
  it('job.md beside the letter comes before posting.md', async () => {
    const found = await postings().forLetter('acme/letter.md')
    expect(found.posting).toMatchObject({path: 'acme/job.md', via: 'beside', phrases: [{name: 'double-entry ledger'}]})
  })

  it('a posting named for the letter (a config key) comes before the files beside it, resolved from the working directory', async () => {
    const found = await postings().forLetter('acme/letter.md', 'shared-spec.md')
    expect(found.posting).toMatchObject({path: 'shared-spec.md', via: 'config', stack: [{name: 'MySQL'}]})
  })

  it('--job comes before both', async () => {
    const finder = postings(join(scratch, 'shared-spec.md'))
    await finder.prepare(false)
    expect((await finder.forLetter('acme/letter.md', 'acme/posting.md')).posting).toMatchObject({path: 'shared-spec.md', via: 'flag'})
    expect(finder.isFlagged('shared-spec.md')).toBe(true)
    expect(finder.isFlagged('acme/job.md')).toBe(false)
  })

  it('each posting is read once, however many letters share it', async () => {
    const finder = postings()
    const [a, b] = await Promise.all([finder.forLetter('acme/a.md'), finder.forLetter('acme/b.md')])
    expect(a.posting).toBe(b.posting)
  })

  it('a posting that cannot be read is reported for the first letter only, and no posting is used', async () => {
    const finder = postings()
    const first = await finder.forLetter('acme/a.md', 'empty.md')
    expect(first.posting).toBeUndefined()
    expect(first.error?.toString()).toBe('cover-lint: empty.md: file is empty (the job posting for acme/a.md; it was linted without one)')
    expect(await finder.forLetter('acme/b.md', 'empty.md')).toEqual({})
  })

  it('no letter path (standard input without --stdin-filename), no posting beside it', async () => {
    expect(await postings().forLetter(undefined)).toEqual({})
  })

  it('--job - reads standard input, unless the letter comes from there', async () => {
    const finder = postings('-')
    await finder.prepare(false)
    expect((await finder.forLetter('acme/letter.md')).posting).toMatchObject({path: '<stdin>', via: 'flag'})
    await expect(postings('-').prepare(true)).rejects.toThrow('standard input can hold the letter or the posting, not both')
  })
})
