import {ruleSuite} from '../helpers/rule-suite.js'

const settlement =
  'Over four years at Ledgerline I rebuilt the settlement pipeline that moves £40m a month between our banking partners and the ledger, which meant rewriting the reconciliation jobs in Go, moving the nightly batch onto an event-driven design with Kafka, adding idempotency keys to every payout call and running the cutover on a Sunday morning with the finance team watching every balance.'
const onCall =
  'I have run on-call for the payments platform for six years and I have written the runbooks the team uses today and I have led the incident reviews for every Sev-1 we had in that time and I have mentored four engineers into the rotation and I still enjoy the work of keeping a ledger honest at three in the morning.'
const breathless =
  'Every quarter the platform team rebuilt another part of the settlement system from the ground up because the old design could not keep pace with the growth in merchants and payment volume that the business kept promising to investors in every single board meeting that anyone on the engineering side of the company can still remember from those long and difficult years'

const letter = (...paragraphs: string[]) => ['Dear Priya Shah,', '', ...paragraphs.flatMap((paragraph) => [paragraph, '']), 'Yours sincerely,', 'Sam Okafor']

ruleSuite('sentence-length', {
  fires: [
    {
      name: 'a sentence over 60 words, split where a clause starts nearest the middle',
      text: letter(settlement, onCall),
      expected: [
        '3:1-3:386 warning This sentence is 62 words, more than 60: a panel reads it twice. Split it after "partners and the ledger,".',
        '5:1-5:315 warning This sentence is 61 words, more than 60: a panel reads it twice. Split it after "had in that time".'
      ],
      withMessage: true
    },
    {
      name: 'with nowhere to split, it says to make two sentences',
      text: letter(`${breathless}.`),
      expected: ['3:1-3:371 warning This sentence is 62 words, more than 60: a panel reads it twice. Split it into two, one claim and its number each.'],
      withMessage: true
    },
    {
      name: 'a lower max; a split at a dash',
      text: letter('I rebuilt the settlement pipeline that moves £40m a month between our banking partners — and it now reconciles every payout within four minutes of the bank file landing.'),
      options: {max: 25},
      expected: ['3:1-3:170 warning This sentence is 28 words, more than 25: a panel reads it twice. Split it after "between our banking partners —".'],
      withMessage: true
    },
    {
      name: 'the ", and" that closes a list is no split, though nearer the middle',
      text: letter('In my last role I kept the settlement platform healthy by owning its error budgets, dashboards, and alerts for three years, teaching new engineers to read a flame graph and giving each of them a first incident to lead, and leaving them room to redesign the reconciliation jobs their own way.'),
      options: {max: 40},
      expected: ['3:1-3:292 warning This sentence is 51 words, more than 40: a panel reads it twice. Split it after "first incident to lead,".'],
      withMessage: true
    },
    {
      name: 'a plain-text letter',
      format: 'text',
      text: letter(onCall),
      expected: ['3:1-3:315 warning "I have run on-call for the payments platform for six years and I have written the runbooks the team uses today and I have led the incident reviews for every Sev-1 we had in that time and I have mentored four engineers into the rotation and I still enjoy the work of keeping a ledger honest at three in the morning."']
    }
  ],
  quiet: [
    {
      name: 'long sentences that carry three claims with their numbers, under 60 words (the shape the guide wins with)',
      text: letter(
        'At Ledgerline I led the dual-write migration that took our 80M-row payouts table to a new schema with zero downtime, cut Sev-1 incidents from nine a quarter to two by introducing service-level objectives and weekly error-budget reviews, and ran the on-call rotation for five years at 99.95 percent uptime.'
      )
    },
    {
      name: 'a long list item, a long heading, the greeting and the sign-off',
      text: [
        '# Why a ledger that reconciles itself every four minutes is the most useful thing I have built in eleven years of payments engineering at three companies and two banks and many more incidents than I would like',
        '',
        'Dear Priya Shah,',
        '',
        `- ${onCall}`,
        '',
        'I led the migration that moved £40m a month onto Go.',
        '',
        'Yours sincerely,',
        'Sam Okafor'
      ]
    },
    {
      name: 'lines typed without full stops are not one long sentence',
      format: 'text',
      text: [
        'Dear Priya Shah,',
        '',
        'I led the payments migration that moved £40m a month onto Go with zero downtime.',
        '',
        'Skills',
        'Go and PostgreSQL for the settlement ledger',
        'Kafka for the event-driven payout pipeline',
        'Terraform and Kubernetes for the platform',
        'Grafana and OpenTelemetry for the dashboards',
        'Python for the reconciliation jobs and the tooling',
        'On-call for six years with runbooks and reviews',
        'Mentoring four engineers into the on-call rotation',
        'Incident command for every Sev-1 we had',
        '',
        'Yours sincerely,',
        'Sam Okafor'
      ]
    },
    {name: 'a higher max', text: letter(settlement), options: {max: 62}}
  ]
})
