import {describe, expect, it} from 'vitest'
import {ConfigResolver} from '../../src/config/resolve.js'
import {extractPosting} from '../../src/job/extract.js'
import {lint} from '../../src/lint.js'
import type {LintResult} from '../../src/types.js'
import {cli} from '../helpers/cli.js'
import {letter, project} from '../helpers/project.js'

/** A posting of our own; `title` sets the level, `extra` adds lines to the role. */
function posting(title: string, extra: readonly string[] = []) {
  const text = [
    `# ${title}`,
    '',
    'Fenwick Freight · Leeds',
    '',
    '## What you will do',
    '',
    '- Own the order-routing service and its PostgreSQL schema.',
    '- Keep the nightly reconciliation job fast.',
    ...extra
  ].join('\n')
  return extractPosting(text, {path: 'job.md'})
}

/** Lint the shared config-test letter the way the CLI does: the config found for it, and a posting. */
async function judged(config: object | undefined, title: string | undefined, text = letter, extra: readonly string[] = []): Promise<LintResult> {
  const root = project({...(config ? {'.coverlintrc.json': config} : {}), 'letters/letter.md': text})
  const resolved = await new ConfigResolver({cwd: root}).forFile('letters/letter.md')
  return lint(text, {filePath: 'letters/letter.md', config: resolved, posting: title ? posting(title, extra) : undefined})
}

const severities = (result: LintResult): Record<string, string> =>
  Object.fromEntries(result.messages.filter((message) => !message.ruleId.startsWith('job-')).map((message) => [message.ruleId, message.severity]))

describe('the level a letter is judged at', () => {
  it('without config or posting: senior, by default', async () => {
    const result = await judged(undefined, undefined)
    expect(result.level).toEqual({seniority: 'senior', from: 'default'})
    expect(severities(result)).toEqual({'ai-infrastructure': 'warning', 'operations-evidence': 'error', 'no-cliche': 'warning'})
  })

  it('the posting states it when the config does not: a junior posting judges a junior letter', async () => {
    const result = await judged(undefined, 'Junior Backend Developer')
    expect(result.level).toEqual({seniority: 'junior', from: 'posting', posting: {text: 'Junior', line: 1, column: 3}})
    expect(severities(result)).toEqual({'operations-evidence': 'info', 'no-cliche': 'warning'})
    expect(result.signals.operations).toMatchObject({assessed: true, optional: true, proved: false})
  })

  it('graduate and entry-level postings are junior; a lead is judged as staff', async () => {
    expect((await judged(undefined, 'Graduate Software Engineer')).level.seniority).toBe('junior')
    expect((await judged(undefined, 'Entry-level Backend Engineer')).level.seniority).toBe('junior')
    expect((await judged(undefined, 'Lead Engineer, Payments')).level).toMatchObject({seniority: 'staff', from: 'posting'})
  })

  it("the config's seniority wins over the posting's", async () => {
    const result = await judged({seniority: 'senior'}, 'Junior Backend Developer')
    expect(result.level).toEqual({seniority: 'senior', from: 'config'})
    expect(severities(result)['operations-evidence']).toBe('error')
    expect((await judged({seniority: 'junior'}, 'Senior Backend Engineer')).level).toEqual({seniority: 'junior', from: 'config'})
  })

  it('a severity the config file sets itself is kept at any level', async () => {
    const result = await judged({rules: {'operations-evidence': 'error'}}, 'Junior Backend Developer')
    expect(result.level.from).toBe('posting')
    expect(severities(result)['operations-evidence']).toBe('error')
  })
})

describe('junior expectations', () => {
  const oneNumber = [
    'Dear Alex Morgan,',
    '',
    'For my final-year project I built a booking API for my university climbing club in Python; it has taken 1,800 bookings since October without a double-booked slot.',
    '',
    'I wrote tests for every endpoint and a GitHub Actions workflow that runs them on each pull request, and I fixed the bugs members reported through a form within a day or two. During a summer internship at a travel start-up I rewrote the validation of its checkout form and documented how to release it.',
    '',
    'I would like to learn how Fenwick Freight runs the order-routing service, and I can walk you through the project and its tests.',
    '',
    'Yours sincerely,',
    'Casey Doyle'
  ].join('\n')

  it('one measured result is enough, and database depth and distributed systems are welcome, not expected', async () => {
    const result = await judged(undefined, 'Junior Backend Developer', oneNumber)
    expect(result.signals.scale).toMatchObject({proved: true, optional: false})
    expect(result.signals.database).toMatchObject({assessed: true, proved: false, optional: true})
    expect(result.signals.distributed).toMatchObject({assessed: true, optional: true})
    // Findings about the posting (its coverage, its company named nowhere) are not about the level.
    expect(result.messages.filter((message) => message.severity !== 'info' && !message.ruleId.startsWith('job-') && message.ruleId !== 'wrong-company')).toEqual([])
    expect(result.verdict).toBe('shortlist')
  })

  it('the same letter judged as senior: no operations evidence is an error, one number too few', async () => {
    const result = await judged(undefined, 'Senior Backend Engineer', oneNumber)
    expect(result.level).toMatchObject({seniority: 'senior', from: 'posting'})
    expect(severities(result)).toMatchObject({'operations-evidence': 'error', 'scale-numbers': 'warning', 'database-depth': 'warning'})
    expect(result.verdict).not.toBe('shortlist')
  })

  it('no number at all is a warning for a junior letter, not an error', async () => {
    const result = await judged({seniority: 'junior'}, undefined, oneNumber.replace('; it has taken 1,800 bookings since October without a double-booked slot', ''))
    expect(result.messages.find((message) => message.ruleId === 'scale-numbers')?.severity).toBe('warning')
  })

  it('options a config file sets are kept: a junior letter asked for two numbers gets a warning for one', async () => {
    const result = await judged({rules: {'scale-numbers': ['warn', {min: 2}]}}, 'Junior Backend Developer', oneNumber)
    expect(result.messages.filter((message) => message.ruleId === 'scale-numbers').map((message) => message.actual)).toEqual(['1,800 bookings'])
  })
})

describe('a posting that mentions no AI work', () => {
  it('leaves AI infrastructure out: not assessed, no finding', async () => {
    const result = await judged(undefined, 'Senior Backend Engineer')
    expect(result.signals.ai).toMatchObject({assessed: false, proved: false})
    expect(result.messages.map((message) => message.ruleId)).not.toContain('ai-infrastructure')
  })

  it('a posting that does asks for it', async () => {
    const result = await judged(undefined, 'Senior Backend Engineer', letter, ['- Serve our LLM features with retrieval-augmented generation.'])
    expect(result.signals.ai).toMatchObject({assessed: true, proved: false})
    expect(severities(result)['ai-infrastructure']).toBe('warning')
  })

  it('a severity the config sets itself keeps the rule running', async () => {
    const result = await judged({rules: {'ai-infrastructure': 'warn'}}, 'Senior Backend Engineer')
    expect(result.signals.ai.assessed).toBe(true)
  })
})

describe('the library without a config', () => {
  it("judges at the posting's level, or at the level given, keeping the caller's own severities", () => {
    const junior = posting('Junior Backend Developer')
    expect(lint(letter, {posting: junior}).level).toMatchObject({seniority: 'junior', from: 'posting'})
    expect(lint(letter, {posting: junior, seniority: 'senior'}).level).toEqual({seniority: 'senior', from: 'config'})
    const kept = lint(letter, {posting: junior, rules: {'operations-evidence': {severity: 'error'}}})
    expect(kept.messages.find((message) => message.ruleId === 'operations-evidence')?.severity).toBe('error')
  })
})

describe('the report says which level and why', () => {
  it('under the verdict, and in the JSON', () => {
    const root = project({
      'letters/letter.md': letter,
      'letters/job.md': ['# Junior Backend Developer', '', '## What you will do', '', '- Own the order-routing service.'].join('\n')
    })
    const run = cli(['letters/letter.md'], {cwd: root})
    expect(run.stdout).toContain('\n  Judged at junior level: the posting says "Junior" (job.md 1:3)\n')
    expect(run.stdout).toContain('\n    – AI infrastructure    not assessed: the posting asks for no AI work\n')
    expect(run.stdout).toMatch(/\n {4}○ Operations {11}welcome at junior level, not expected: /)
    const json = JSON.parse(cli(['--format', 'json', 'letters/letter.md'], {cwd: root}).stdout) as LintResult[]
    expect(json[0]!.level).toEqual({seniority: 'junior', from: 'posting', posting: {text: 'Junior', line: 1, column: 3}})
  })
})

describe('the level of the role the letter names, when neither config nor posting states one', () => {
  const applying = (opening: string): string => ['Dear Alex Morgan,', '', opening, '', 'Yours sincerely,', 'Casey Doyle'].join('\n')

  it('"your graduate ... role" judges the letter as junior, from the letter, quoting its words', async () => {
    const result = await judged(undefined, undefined, applying('I am writing about your graduate software engineer role at Fenwick Freight.'))
    expect(result.level).toEqual({seniority: 'junior', from: 'letter', letter: {text: 'your graduate software engineer role', line: 3, column: 20}})
    expect(severities(result)['operations-evidence']).toBe('info')
  })

  it('"the ... position" in a sentence that applies for it; an internship is junior; a lead role is staff', async () => {
    expect((await judged(undefined, undefined, applying('I am applying for the Junior Backend Developer position at Fenwick Freight.'))).level).toMatchObject({
      seniority: 'junior',
      from: 'letter',
      letter: {text: 'the Junior Backend Developer position', line: 3, column: 19}
    })
    expect((await judged(undefined, undefined, applying('Thank you for considering me for your summer internship.'))).level).toMatchObject({seniority: 'junior', from: 'letter'})
    expect((await judged(undefined, undefined, applying('I am applying for the Tech Lead role on the routing team.'))).level).toMatchObject({seniority: 'staff', from: 'letter'})
  })

  it('a role held before, a lead role taken in a project, or a level with no role named leaves the default', async () => {
    expect((await judged(undefined, undefined, applying('I joined the graduate scheme at Acme in 2019 and now run its ledger.'))).level).toEqual({seniority: 'senior', from: 'default'})
    expect((await judged(undefined, undefined, applying('I took the lead role in our migration to Postgres.'))).level).toEqual({seniority: 'senior', from: 'default'})
    expect((await judged(undefined, undefined, applying('As a junior engineer I learned to read query plans.'))).level).toEqual({seniority: 'senior', from: 'default'})
  })

  it('the config and the posting win over the letter', async () => {
    const text = applying('I am writing about your graduate software engineer role.')
    expect((await judged({seniority: 'senior'}, undefined, text)).level).toEqual({seniority: 'senior', from: 'config'})
    expect((await judged(undefined, 'Senior Backend Engineer', text)).level).toMatchObject({seniority: 'senior', from: 'posting'})
  })

  it('the report says so under the verdict', async () => {
    const root = project({'letter.md': applying('I am writing about your graduate software engineer role at Fenwick Freight.')})
    const {stdout} = cli(['letter.md'], {cwd: root})
    // The report wraps its lines: read it with its whitespace folded.
    expect(stdout.replace(/\s+/g, ' ')).toContain('Judged at junior level: the letter applies for "your graduate software engineer role" (3:20)')
  })
})
