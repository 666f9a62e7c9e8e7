import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ConfigResolver} from '../src/config/resolve.js'
import {extractPosting} from '../src/job/extract.js'
import {postingFileNames} from '../src/job/names.js'
import {lint} from '../src/lint.js'
import {signalIds} from '../src/score/signals.js'
import type {LintResult} from '../src/types.js'
import {root} from './helpers/cli.js'

/**
 * Calibration letters (our own writing) for the classes of letter the tool must read right: a
 * decent junior letter beside a junior posting and with `seniority: junior` in config, a junior
 * letter of clichés, a senior letter beside a posting with no AI work, a letter that covers a
 * posting in other words, a .NET stack, a sign-off written as a heading, a placeholder greeting,
 * a list with years in brackets. Each folder of fixtures/calibration/ holds a letter, the posting
 * and config it is read with (as the CLI finds them), and `expected.json`: the verdict, level,
 * signals, findings and coverage, reviewed by hand, and `review`, why that is the right read.
 * Each is linted afresh and compared. After a deliberate change, COVER_LINT_UPDATE_CALIBRATION=1
 * rewrites an expectation that differs (keeping its review) and fails, so an update never passes
 * by itself: read the diff, commit, and the next run passes.
 */
const folder = join(root, 'fixtures', 'calibration')
const cases = readdirSync(folder).sort()
const update = process.env.COVER_LINT_UPDATE_CALIBRATION === '1'

type Summary = Record<string, unknown>

/** The reviewed part of a result: what a recruiter's read turns on, without the prose of messages. */
function summary(result: LintResult): Summary {
  const signal = (id: (typeof signalIds)[number]): string => {
    const found = result.signals[id]
    return !found.assessed ? 'not assessed' : found.proved ? 'proved' : found.optional ? 'optional' : 'missing'
  }
  return {
    verdict: result.verdict,
    score: result.score,
    level: result.level,
    words: result.stats.words,
    paragraphs: result.stats.paragraphs,
    signals: Object.fromEntries(signalIds.map((id) => [id, signal(id)])),
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

async function lintCase(name: string): Promise<LintResult> {
  const dir = join(folder, name)
  const letterPath = join(dir, 'letter.md')
  const config = await new ConfigResolver({cwd: root}).forFile(letterPath)
  const postingName = postingFileNames.find((file) => existsSync(join(dir, file)))
  const posting = postingName
    ? extractPosting(readFileSync(join(dir, postingName), 'utf8'), {path: postingName, format: postingName.endsWith('.txt') ? 'text' : 'markdown', via: 'beside'})
    : undefined
  return lint(readFileSync(letterPath, 'utf8'), {filePath: `fixtures/calibration/${name}/letter.md`, config, posting})
}

describe('calibration letters', () => {
  it('there is one of each class', () => {
    expect(cases).toEqual([
      'bracketed-list',
      'dotnet-stack',
      'junior-cliches',
      'junior-config',
      'junior-posting',
      'other-words',
      'placeholder-greeting',
      'senior-no-ai',
      'signoff-heading'
    ])
  })

  for (const name of cases) {
    it(`${name} reads as reviewed`, async () => {
      const path = join(folder, name, 'expected.json')
      const actual = summary(await lintCase(name))
      const {review, ...expected} = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Summary) : {review: undefined}
      if (update && JSON.stringify(actual) !== JSON.stringify(expected)) {
        writeFileSync(path, `${JSON.stringify({review: review ?? 'TO REVIEW', ...actual}, null, 2)}\n`)
        expect.fail(`updated fixtures/calibration/${name}/expected.json, review the diff (and its "review") and commit it`)
      }
      expect(review, 'a reviewer says why this is the right read').toMatch(/^(?!TO REVIEW).{20,}/)
      expect(actual).toEqual(expected)
    })
  }
})
