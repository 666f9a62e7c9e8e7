import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ConfigResolver} from '../src/config/resolve.js'
import {extractPosting} from '../src/job/extract.js'
import {postingFileNames} from '../src/input/posting-names.js'
import {lint} from '../src/lint.js'
import {signalIds} from '../src/score/signals.js'
import type {LintResult} from '../src/types.js'
import {root} from './helpers/cli.js'

/**
 * Calibration letters (our own writing) for the classes of letter the tool must read right. Some
 * are written to game the score (keyword salads, a stuffed sentence, buzzwords with no verbs,
 * other people's numbers, grades and office hours, wishes and plans, reading about the right
 * words); some are honest (distributed-systems judgement in plain words, mid-level letters, good
 * letters with few buzzwords, a decent junior letter beside a junior posting and with `seniority:
 * junior` in config, a senior letter beside a posting with no AI work, a posting covered in other
 * words, a .NET stack); some test the letter's structure (a sign-off written as a heading, a
 * placeholder greeting, a list with years in brackets).
 *
 * Each folder of fixtures/calibration/ holds `letter.md`, the posting and config it is read with
 * (as the CLI finds them), and `expected.json`: the verdict, level, signals, substance, findings
 * and coverage, reviewed by hand; `class`, the kind of letter it is (`gaming: ...`, `honest: ...`,
 * `weak: ...`, `structure: ...`), and `review`, why that is the right read. Each is linted afresh
 * and compared. After a deliberate change, COVER_LINT_UPDATE_CALIBRATION=1 rewrites an expectation
 * that differs (keeping its class and review) and fails, so an update never passes by itself: read
 * the diff, commit, and the next run passes.
 */
const folder = join(root, 'fixtures', 'calibration')
const cases = readdirSync(folder).sort()
const update = process.env.COVER_LINT_UPDATE_CALIBRATION === '1'

type Summary = Record<string, unknown>
interface Reviewed {
  review?: string
  class?: string
}

/** The reviewed part of a result: what a recruiter's read turns on, without the prose of messages. */
function summary(result: LintResult): Summary {
  const signal = (id: (typeof signalIds)[number]): string => {
    const found = result.signals[id]
    if (!found.assessed) return 'not assessed'
    if (found.proved) return 'proved'
    if (found.optional) return 'optional'
    return found.earned > 0 ? 'partly' : 'missing'
  }
  return {
    verdict: result.verdict,
    score: result.score,
    level: result.level,
    words: result.stats.words,
    paragraphs: result.stats.paragraphs,
    signals: Object.fromEntries(signalIds.map((id) => [id, signal(id)])),
    substance: result.substance,
    findings: result.messages.map((message) => `${message.line}:${message.column} ${message.severity} ${message.ruleId}${message.actual ? ` "${message.actual}"` : ''}`),
    ...(result.job
      ? {
          job: {
            themes: result.job.signals.map((theme) => `${theme.label} ${theme.letter ? '✔' : '✘'}`),
            covered: result.job.covered.map((item) => `${item.name} <- "${item.letter.text}"`),
            missing: result.job.missing.map((item) => item.name)
          }
        }
      : {})
  }
}

const linted = new Map<string, Promise<LintResult>>()

/** A case linted as the CLI would: with the config it finds and the posting beside the letter (once per run). */
function lintCase(name: string): Promise<LintResult> {
  let result = linted.get(name)
  if (!result) {
    result = (async () => {
      const dir = join(folder, name)
      const letterPath = join(dir, 'letter.md')
      const config = await new ConfigResolver({cwd: root}).forFile(letterPath)
      const postingName = postingFileNames.find((file) => existsSync(join(dir, file)))
      const posting = postingName
        ? extractPosting(readFileSync(join(dir, postingName), 'utf8'), {path: postingName, format: postingName.endsWith('.txt') ? 'text' : 'markdown', via: 'beside'})
        : undefined
      return lint(readFileSync(letterPath, 'utf8'), {filePath: `fixtures/calibration/${name}/letter.md`, config, posting})
    })()
    linted.set(name, result)
  }
  return result
}

const reviewed = (name: string): Summary & Reviewed => {
  const path = join(folder, name, 'expected.json')
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Summary & Reviewed) : {}
}
const kindOf = (name: string): string => reviewed(name).class?.split(':')[0] ?? ''

describe('calibration letters', () => {
  it('there are letters of every class, several gaming and several honest, each in a folder of its own', () => {
    expect(cases.every((name) => existsSync(join(folder, name, 'letter.md')))).toBe(true)
    const kinds = cases.map(kindOf)
    expect(kinds.filter((kind) => kind === 'gaming').length).toBeGreaterThanOrEqual(12)
    expect(kinds.filter((kind) => kind === 'honest').length).toBeGreaterThanOrEqual(12)
    for (const kind of kinds) expect(['gaming', 'honest', 'weak', 'structure']).toContain(kind)
  })

  for (const name of cases) {
    it(`${name} reads as reviewed`, async () => {
      const path = join(folder, name, 'expected.json')
      const actual = summary(await lintCase(name))
      const {review, class: kind, ...expected} = reviewed(name)
      if (update && JSON.stringify(actual) !== JSON.stringify(expected)) {
        writeFileSync(path, `${JSON.stringify({class: kind ?? 'TO REVIEW', review: review ?? 'TO REVIEW', ...actual}, null, 2)}\n`)
        expect.fail(`updated fixtures/calibration/${name}/expected.json, review the diff (and its "review") and commit it`)
      }
      expect(kind, 'a reviewer says what kind of letter it is').toMatch(/^(gaming|honest|weak|structure): .{10,}/)
      expect(review, 'a reviewer says why this is the right read').toMatch(/^(?!TO REVIEW).{20,}/)
      expect(actual).toEqual(expected)
    })
  }

  it('no letter written to game the score outscores an honest one', async () => {
    const scores = await Promise.all(cases.map(async (name) => ({name, score: (await lintCase(name)).score, kind: kindOf(name)})))
    // A good letter with one stuffed sentence is a good letter still: the stuffing must buy nothing (tested below), not sink it.
    const bestGaming = Math.max(...scores.filter((each) => each.kind === 'gaming' && !each.name.startsWith('stuffed-')).map((each) => each.score))
    const worstHonest = Math.min(...scores.filter((each) => each.kind === 'honest').map((each) => each.score))
    expect(bestGaming).toBeLessThan(worstHonest)
  })

  it('a decent junior letter and a cliché-stuffed one do not read the same', async () => {
    const junior = (await lintCase('junior-decent')).score
    const cliche = (await lintCase('cliche-stuffed')).score
    expect(cliche).toBeGreaterThan(0)
    expect(junior - cliche).toBeGreaterThanOrEqual(30)
  })

  it('one generic "microservices and a number" sentence buys at most half the distributed-systems points', () => {
    const text = readFileSync(join(folder, 'stuffed-generic', 'letter.md'), 'utf8')
    const stuffed = 'I built microservices that handle 12,000 requests a second. '
    expect(text).toContain(stuffed)
    const without = lint(text.replace(stuffed, ''), {filePath: 'without.md'})
    const withIt = lint(text, {filePath: 'with.md'})
    expect(withIt.signals.distributed.earned).toBe(7.5)
    expect(withIt.score - without.score).toBeLessThanOrEqual(8)
  })

  it('a sentence stuffed with buzzwords proves nothing and is pointed at', async () => {
    const result = await lintCase('stuffed-sentence')
    expect(result.signals.distributed.earned).toBe(0)
    expect(result.signals.ai.earned).toBe(0)
    expect(result.messages.map((message) => `${message.ruleId} ${message.actual ?? ''}`)).toContain('no-unquantified-claims microservices')
  })

  it('a letter without substance says why, in words the writer can act on', async () => {
    expect((await lintCase('no-company-no-role')).substance.missing).toEqual(['it never names the company or the role you are applying for'])
    expect((await lintCase('salad-fragments')).substance.missing).toEqual([
      'it is 49 words: write at least 100, in whole sentences about what you built and ran',
      '6 of its 6 sentences are fragments, with no subject and verb: write whole sentences ("I moved...", "we cut...")',
      'no whole sentence says what you did: write at least two about systems you built or ran ("I led...", "my team cut...")',
      'it never names the company or the role you are applying for'
    ])
  })
})
