import {bodySpan, claimAt, defineRule, findNames, isOwnWork, nameKey, nameTokens, normalize, type Letter, type Posting, type Token} from '../../src/rule.js'
import {countWhile} from '../../src/util/bisect.js'
import words from './words.json' with {type: 'json'}

const titles = new Set(words.titles)
const applications = new Set(words.applications)
const fields = new Set(words.fields)
/** Words of applying that are the post itself: after a field they name it ("the nightly payments job" is a batch job, not a post). */
const posts = new Set(['role', 'position', 'vacancy', 'opening'])
const joins = new Set(words.joins)
/** Words of a title that say its level, not what the job is: "Senior", "Staff". */
const levels = /^(?:senior|junior|lead|staff|principal|mid|mid-level|graduate|head|chief|associate|trainee|sr|jr)$/i
const titleCase = /^\p{Lu}[\p{L}\d&'’.-]*$/u

interface Naming {
  start: number
  end: number
}

export default defineRule({
  meta: {
    id: 'tailoring',
    description: 'The letter names the company or the role it answers (with a job posting: the posting\'s company or title).',
    reason:
      'A letter that never says which role at which company reads as sent to fifty companies unread, whatever it claims. Naming the role and the company is the first sign it was written for this panel; without it cover-lint never shortlists a letter.',
    severity: 'warning',
    options: {},
    schema: {type: 'object', properties: {}, additionalProperties: false},
    examples: {
      bad: 'I am excited to apply for this opportunity. I have built scalable systems...',
      good: 'I am writing about your Senior Backend Engineer role: the Ledgerline spec mentions rebuilding reconciliation...'
    }
  },
  check({letter, job, company, runs, report, prove}) {
    const posting = job?.posting
    // The company the letter is for, when front matter, config or the posting says it (a folder's name is only a guess).
    const known = company && company.company.via !== 'folder' ? company.company.name : undefined
    const named = companyNamed(letter, posting, known) ?? roleNamed(letter, posting)
    if (named) {
      prove(named)
      return
    }
    // wrong-company reports a known company named nowhere: one omission, one finding.
    if (known && runs('wrong-company')) return
    const opening = letter.body[0]
    const companyName = known ?? posting?.company?.name
    const what = companyName && posting?.title ? `${companyName} or the ${posting.title.text} role (${posting.path} ${posting.title.line}:${posting.title.column})` : companyName ? `${companyName} or the role` : 'the company or the role'
    const example = `"your ${posting?.title?.text ?? 'Senior Backend Engineer'} role at ${companyName ?? 'Ledgerline'}"`
    report({
      ...(opening ? {start: opening.start, end: opening.end} : bodySpan(letter)),
      actual: null,
      message: `The letter never names ${what}: say which role at which company you are writing about (e.g. ${example}) in the opening, so the panel reads it as written for them.`
    })
  }
})

/** The words of every sentence a reader reads, with their sentence, in order. */
function readWords(letter: Letter): Array<{token: Token; sentence: number; first: boolean}> {
  return letter.sentences.flatMap((sentence) => sentence.words.map((token, index) => ({token, sentence: sentence.index, first: index === 0})))
}

const clean = (value: string): string => value.replace(/['’]s$/, '').replace(/[.,;:]+$/, '')

/**
 * The company is named: the company the letter is for (front matter, config `company`, the
 * posting) in any sentence a reader reads; when none is known, a name
 * the address block or the greeting also gives, or a name the writer wants to join or talks of
 * as the reader's ("join Ledgerline", "Ledgerline's rebuild") in a sentence that is not a claim
 * of the writer's own work.
 */
function companyNamed(letter: Letter, posting: Posting | undefined, known: string | undefined): Naming | undefined {
  const all = readWords(letter)
  const name = known ?? posting?.company?.name
  if (name) {
    // As wrong-company finds it: any case, a legal suffix optional, its first word alone when written as a name.
    const key = nameKey(name)
    const names = [{key, capitalised: false}, ...(key.length > 1 && key[0]!.length >= 4 ? [{key: key.slice(0, 1), capitalised: true}] : [])]
    for (const sentence of letter.sentences) {
      const from = sentence.words[0]?.start
      const to = sentence.words.at(-1)?.end
      if (from === undefined || to === undefined) continue
      const [found] = findNames(nameTokens(letter.source.slice(from, to), from), names)
      if (found) return {start: found.start, end: found.end}
    }
    return undefined
  }
  const addressed = addressNames(letter)
  for (let index = 0; index < all.length; index++) {
    const {token, first} = all[index]!
    const word = clean(token.value)
    if (first || !titleCase.test(word) || titles.has(normalize(word)) || applications.has(normalize(word))) continue
    if (addressed.has(word)) return {start: token.start, end: token.start + word.length}
    // "join Ledgerline", "help Ledgerline's rebuild": the company the writer wants to work for, not one worked at.
    const before = all[index - 1]
    const possessive = /['’]s$/.test(token.value)
    const joined = before !== undefined && before.sentence === all[index]!.sentence && joins.has(normalize(before.token.value))
    if (!possessive && !joined) continue
    // Said as the writer's wish or plan, or of the reader's side; a technology is no company.
    const claim = claimAt(letter, token.start)
    const towards = claim !== undefined && (claim.owner === 'addressee' || (claim.owner === 'applicant' && !isOwnWork(claim)))
    if (towards && !isTechnology(letter, token.start)) return {start: token.start, end: token.start + word.length}
  }
  return undefined
}

/** Whether a technology is named at an offset (mentions are in order: found by bisection). */
function isTechnology(letter: Letter, offset: number): boolean {
  const {technologies} = letter
  const mention = technologies[countWhile(technologies.length, (index) => technologies[index]!.start <= offset) - 1]
  return mention !== undefined && offset < mention.end
}

/** Capitalised words of the address block and the greeting ("Ledgerline", "Dear Ledgerline team"), but not the greeting's person. */
function addressNames(letter: Letter): Set<string> {
  const names = new Set<string>()
  const greetingPerson = new Set<string>()
  for (const block of letter.blocks) {
    if (block.role !== 'address' && block.role !== 'salutation') continue
    for (const sentence of block.sentences) {
      const capitalised = sentence.words.map((token) => clean(token.value)).filter((word) => titleCase.test(word))
      // "Dear Priya Shah": a person; "Dear Ledgerline team": a company.
      if (block.role === 'salutation' && !/\bteam\b/i.test(sentence.text)) for (const word of capitalised) greetingPerson.add(word)
      else for (const word of capitalised) names.add(word)
    }
  }
  for (const word of ['Dear', 'Hiring', 'Manager', 'Team', 'Head', 'Engineering', 'Street', 'Road', 'London', 'Recruitment', 'Department', 'Ltd', 'Limited', 'Inc', 'To']) names.delete(word)
  for (const word of greetingPerson) names.delete(word)
  return names
}

/**
 * The role is named: the posting title's words ("Backend Engineer" from "Senior Backend Engineer,
 * Payments Platform"); or a job title beside a word of applying in one sentence ("the Senior
 * Engineer position", "applying to be a developer"); or a word of applying after a name ("the
 * Payments Platform role") or after what the role is about ("your backend role").
 */
function roleNamed(letter: Letter, posting: Posting | undefined): Naming | undefined {
  if (posting?.title) {
    const core = posting.title.text.split(/\s*[,(–—|:]\s*|\s+-\s+/)[0]!.split(/\s+/).filter((word) => !levels.test(word)).map(normalize)
    const all = readWords(letter)
    if (core.length > 0) {
      for (let index = 0; index < all.length; index++) {
        if (core.every((part, offset) => clean(normalize(all[index + offset]?.token.value ?? '')) === part)) {
          return {start: all[index]!.token.start, end: all[index + core.length - 1]!.token.end}
        }
      }
    }
  }
  for (const sentence of letter.sentences) {
    const keys = sentence.words.map((token) => normalize(clean(token.value)))
    if (!keys.some((key) => applications.has(key))) continue
    const title = keys.findIndex((key) => titles.has(key))
    if (title !== -1) return {start: sentence.words[title]!.start, end: sentence.words[title]!.end}
    for (let application = 1; application < keys.length; application++) {
      const before = sentence.words[application - 1]!
      if (!applications.has(keys[application]!)) continue
      // "the Payments Platform role" (a name), "your backend role" (what the role is about).
      const named = (application >= 2 && titleCase.test(clean(before.value))) || (posts.has(keys[application]!) && fields.has(keys[application - 1]!))
      if (named) return {start: before.start, end: sentence.words[application]!.end}
    }
  }
  return undefined
}
