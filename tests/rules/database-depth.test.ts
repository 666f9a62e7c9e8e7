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
    {name: '"explain" the verb is not EXPLAIN', text: ['I like to explain my designs to the team.'], expected: ['1:1-1:42 warning']}
  ],
  quiet: [
    {name: 'EXPLAIN ANALYZE', text: ['EXPLAIN ANALYZE showed a sequential scan on the hot path.']},
    {name: 'a zero downtime migration, spelled apart', text: ['We moved the table to the new schema with zero downtime.']},
    {name: 'partitioning and read replicas', text: ['I partitioned the events table and added read replicas.']},
    {name: 'a composite index', text: ['A composite index took the query from 2s to 40ms.']},
    {name: 'execution plans and indexed views, as SQL Server people say it', text: ['I read the execution plans and moved the report onto indexed views.']},
    {name: 'locking', text: ['Optimistic locking stopped the double bookings.']}
  ]
})
