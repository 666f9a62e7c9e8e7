import {ruleSuite} from '../helpers/rule-suite.js'

const posting = ['# Backend Engineer', '', '## Our stack', '', 'Go, PostgreSQL, Kafka, Kubernetes, AWS, Terraform and Grafana.']
const bulleted = ['# Backend Engineer', '', '## Our stack', '', '- Go', '- PostgreSQL', '- Kafka', '- Kubernetes', '- AWS']

ruleSuite('job-stack-stuffing', {
  fires: [
    {
      name: "the posting's list copied back in its order",
      posting,
      text: ['I am experienced in Go, PostgreSQL, Kafka, Kubernetes and AWS.'],
      expected: [
        '1:21-1:62 warning This lists 5 technologies of the posting\'s stack back in its order (Go, PostgreSQL, Kafka, Kubernetes and AWS; job.md 5:1): it reads as keyword stuffing, not depth. Keep the one or two you know best and tie each to something you built with it.'
      ],
      withMessage: true
    },
    {
      name: 'skipping items of the list is still copying it; variants are the same names',
      posting,
      text: ['My toolbox: Golang, Postgres, k8s and Terraform.'],
      expected: ['1:13-1:48 warning "Golang, Postgres, k8s and Terraform"']
    },
    {
      name: 'a bulleted stack in the posting, copied into a sentence',
      posting: bulleted,
      text: ['I know Go, Kafka, Kubernetes and AWS well.'],
      expected: ['1:8-1:37 warning "Go, Kafka, Kubernetes and AWS"']
    },
    {
      name: '`max` sets the longest run allowed',
      posting,
      text: ['We ran Go, PostgreSQL and Kafka.'],
      options: {max: 2},
      expected: ['1:8-1:32 warning "Go, PostgreSQL and Kafka"']
    }
  ],
  quiet: [
    {
      name: 'without a posting the rule does not run',
      text: ['I am experienced in Go, PostgreSQL, Kafka, Kubernetes and AWS.']
    },
    {
      name: 'three of the stack, tied to what was built',
      posting,
      text: ['I moved our ledger writes from PostgreSQL to Kafka consumers in Go, which took p99 from 480ms to 95ms.']
    },
    {
      name: 'the same technologies spread over sentences, each with its work',
      posting,
      text: ['I wrote the ledger in Go on PostgreSQL.', 'Events go through Kafka.', 'It runs on Kubernetes in AWS.']
    },
    {
      name: "four of the posting's technologies in another order is a list of the writer's own, not a copy",
      posting,
      text: ['I have used AWS, Kubernetes, Kafka and Go.']
    }
  ]
})
