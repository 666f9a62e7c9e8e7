import {describe, expect, it} from 'vitest'
import {lint} from '../../src/lint.js'
import {findings} from '../helpers/lint.js'
import {ruleSuite} from '../helpers/rule-suite.js'

ruleSuite('tech-needs-outcome', {
  fires: [
    {
      name: 'a migration with no outcome: points at the decision, both ends included',
      text: ['I migrated our payments service from Python to Go.'],
      expected: [
        '1:3-1:50 warning "migrated our payments service from Python to Go" names a decision but not what it bought: add the measured outcome in the same sentence (latency, throughput, cost, incidents), e.g. "... to cut p99 from 480ms to 95ms".'
      ],
      withMessage: true
    },
    {name: 'a move to an architecture', text: ['Last year we moved to Kubernetes and adopted microservices.'], expected: ['1:14-1:33 warning "moved to Kubernetes"']},
    {
      name: 'a .NET decision: from Classic ASP to .NET, the dot of the name ending no sentence',
      text: ['I migrated our booking site from Classic ASP to .NET 8 and Blazor.'],
      expected: ['1:3-1:66 warning "migrated our booking site from Classic ASP to .NET 8 and Blazor"']
    },
    {name: 'a rewrite in NodeJS', text: ['We rewrote the importer in NodeJS last spring.'], expected: ['1:4-1:34 warning "rewrote the importer in NodeJS"']},
    {name: 'a participle used as the verb decides', text: ['I containerized our services on Kubernetes.'], expected: ['1:3-1:43 warning "containerized our services on Kubernetes"']}
  ],
  quiet: [
    {name: 'the outcome is in the sentence', text: ['I migrated the service from Python to Go to cut p99 from 480ms to 95ms.']},
    {name: 'a move that is not about technology', text: ['I moved to London in 2020 and joined the payments team.']},
    {name: '"Go" the verb is not the language', text: ['I switched teams to go deeper into databases.']},
    {name: "the employer's project is not the writer's decision", text: ['Your role mentions moving the quotes API onto an event-driven architecture.']},
    {name: 'a wish is not a decision', text: ["I'd like to migrate your reporting jobs to Kubernetes."]},
    {name: '"containerized" before its noun describes, it does not decide', text: ['We deployed containerized microservices on Kubernetes.']},
    {name: '"rewriting" inside "asset-rewriting" is not a rewrite', text: ['I fixed an asset-rewriting bug in our Webpack build.']},
    {name: 'the outcome in words', text: ['I moved our reporting jobs to Kubernetes and halved their cost.']}
  ]
})

describe('tech-needs-outcome reads a CRLF letter as it reads the same letter with LF', () => {
  // The gap from ".NET" to "Java" is 12 characters with LF, the most "from X to Y" may span: CRLF must not make it 13.
  const lines = ['I moved our booking service from .NET to', '        Java in March.']
  it.each([['LF', '\n'], ['CRLF', '\r\n']])('%s', (_, ending) => {
    const result = lint(lines.join(ending), {filePath: 'letter.md'})
    expect(findings(result, 'tech-needs-outcome')).toEqual(['1:3-2:13 warning "moved our booking service from .NET to Java"'])
  })
})
