import {ruleSuite} from '../helpers/rule-suite.js'

ruleSuite('database-depth', {
  fires: [
    {
      name: 'a database named is not depth',
      text: ['Dear Priya,', '', 'I am experienced with PostgreSQL and MySQL.'],
      expected: [
        '3:1-3:44 warning Nothing shows database depth (query plans, indexing, zero-downtime migrations, partitioning, replication): add one concrete database decision and its result, e.g. "a composite index that took the hot query from 2s to 40ms".'
      ],
      withMessage: true
    },
    {name: '"explain" the verb is not EXPLAIN', text: ['I like to explain my designs to the team.'], expected: ['1:1-1:42 warning']},
    {
      name: 'an employer called "City Index" is not indexing',
      text: ['Dear Priya,', '', 'I worked at City Index for three years on its trading APIs.'],
      expected: [
        '3:1-3:60 warning Nothing shows database depth (query plans, indexing, zero-downtime migrations, partitioning, replication): add one concrete database decision and its result, e.g. "a composite index that took the hot query from 2s to 40ms". Not counted: "Index" is part of a name.'
      ],
      withMessage: true
    },
    {name: "the employer's sharding plans", text: ['The spec says your team will shard the ledger next year.'], expected: ['1:1-1:57 warning']},
    {name: 'plans for a launch are not query plans', text: ['I drew up the plans for our launch and split the team by product.'], expected: ['1:1-1:66 warning']},
    {
      name: 'a window function read about, not used',
      text: ['Dear Priya,', '', 'I have read about window functions and correlated subqueries.'],
      expected: [
        '3:1-3:62 warning Nothing shows database depth (query plans, indexing, zero-downtime migrations, partitioning, replication): add one concrete database decision and its result, e.g. "a composite index that took the hot query from 2s to 40ms". Not counted: "window functions" is something you read or learnt about; "correlated subqueries" is something you read or learnt about.'
      ],
      withMessage: true
    }
  ],
  quiet: [
    {name: 'EXPLAIN ANALYZE', text: ['I ran EXPLAIN ANALYZE, which showed a sequential scan on the hot path.']},
    {name: 'a zero downtime migration, spelled apart', text: ['We moved the table to the new schema with zero downtime.']},
    {name: 'partitioning and read replicas', text: ['I partitioned the events table and added read replicas.']},
    {name: 'a composite index, in a sentence about the work before it', text: ['I tuned the reports API.', 'A composite index took its slowest query from 2s to 40ms.']},
    {name: 'an index in lower case beside a name is still an index', text: ['At City Bank I added an index that took the query from 2s to 40ms.']},
    {name: 'execution plans and indexed views, as SQL Server people say it', text: ['I read the execution plans and moved the report onto indexed views.']},
    {name: 'locking, in a sentence about the work before it', text: ['I rebuilt the booking service last year.', 'Optimistic locking stopped its double bookings.']},
    {name: 'plans read and a subquery replaced, in plain words', text: ['After reading the plans for the capping query I replaced a correlated subquery with a window function, 14 minutes to 50 seconds.']},
    {name: 'a table split by day', text: ['I split the events table by day and rewrote the commonest query to use that split, minutes to under a second.']},
    {name: 'lock waits fixed', text: ['I found the lock waits behind our checkout stalls and cut them from 300 a day to 4.']}
  ]
})
