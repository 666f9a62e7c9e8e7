import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {extractPosting} from '../../src/job/extract.js'
import {readOrganisation} from '../../src/job/organisation.js'

function read(lines: readonly string[]): {company?: string; title?: string} {
  const found = readOrganisation(lines.join('\n'))
  return {...(found.company ? {company: found.company.name} : {}), ...(found.title ? {title: found.title.text} : {})}
}

describe("a posting's organisation and title", () => {
  it('the fixture postings: a bold first fact, a plain one, and one after a comma', () => {
    const names = ['fintech-backend/job.md', 'ai-platform/posting.md', 'junior-web/job.txt'].map((path) => read([readFileSync(`fixtures/jobs/${path}`, 'utf8')]))
    expect(names).toEqual([
      {company: 'Tallyhook', title: 'Senior Backend Engineer, Payments Platform'},
      {company: 'Northlight Health', title: 'Staff Engineer — AI Platform'},
      {company: 'Brightwell Travel', title: 'Junior Software Engineer (Graduate Scheme 2026)'}
    ])
  })

  it('"at" in the title; the role is the title less the company', () => {
    expect(read(['# Platform Engineer at Globex Logistics Ltd', '', 'Manchester · Hybrid', '', 'We move parcels.'])).toEqual({company: 'Globex Logistics', title: 'Platform Engineer'})
  })

  it('the company before or after a dash in the title, and a team name after a dash is not a company', () => {
    expect(read(['Acme Payments — Senior Platform Engineer', '', 'Acme Payments settles payouts.'])).toEqual({company: 'Acme Payments', title: 'Senior Platform Engineer'})
    expect(read(['Senior Engineer | Monzo', '', 'At Monzo we build a bank.'])).toEqual({company: 'Monzo', title: 'Senior Engineer'})
    expect(read(['Senior Engineer — Payments Platform', '', 'You will own the ledger.'])).toEqual({title: 'Senior Engineer — Payments Platform'})
  })

  it('a labelled line, an "About" heading, and "at" or "join" in the prose', () => {
    expect(read(['# Senior Backend Engineer', 'Company: Initech plc', 'Location: Leeds'])).toEqual({company: 'Initech', title: 'Senior Backend Engineer'})
    expect(read(['# Senior Backend Engineer', '', 'You will run our ledger.', '', '## About Umbrella Health', '', 'Umbrella Health runs clinics.'])).toEqual({
      company: 'Umbrella Health',
      title: 'Senior Backend Engineer'
    })
    expect(read(['# Senior Backend Engineer (Remote)', 'London · Hybrid · £90,000', '', 'At Initech, we build payroll. Join Initech to run it.'])).toEqual({
      company: 'Initech',
      title: 'Senior Backend Engineer (Remote)'
    })
  })

  it('places, pay and terms under the title are not names; a posting that names nobody has no company', () => {
    expect(read(['# Senior Backend Engineer', 'London · Hybrid · £90,000 - £100,000', '', 'You will run our ledger at scale.'])).toEqual({title: 'Senior Backend Engineer'})
    expect(read(['Senior Backend Engineer', 'Remote (UK), permanent', '', 'About the role', '', 'We are a fintech.'])).toEqual({title: 'Senior Backend Engineer'})
  })

  it('extractPosting() carries both, with their places in the posting', () => {
    const posting = extractPosting(['# Platform Engineer at Globex Logistics', '', 'We move parcels.'].join('\n'), {path: 'job.md'})
    expect(posting.company).toEqual({name: 'Globex Logistics', place: {text: 'Globex Logistics', line: 1, column: 24, start: 23, end: 39}})
    expect(posting.title).toMatchObject({text: 'Platform Engineer', line: 1, column: 3})
  })
})
