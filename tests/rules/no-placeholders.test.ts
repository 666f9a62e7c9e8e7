import {ruleSuite} from '../helpers/rule-suite.js'

ruleSuite('no-placeholders', {
  fires: [
    {
      name: 'template fields in the address block, greeting, body and signature',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: "${position}" is a template field in the letter, not a template
      text: ['[Hiring Manager / Hiring Partner]', '[Company]', '', 'Dear <Hiring Manager>,', '', 'I would love to join {{company}} as ${position}. TODO: add a number.', '', 'Yours sincerely,', '[Your Name]'],
      expected: [
        `1:1-1:34 error "[Hiring Manager / Hiring Partner]" is an unfilled template field: put the hiring manager's name here before sending.`,
        `2:1-2:10 error "[Company]" is an unfilled template field: put the company's name here before sending.`,
        '4:6-4:22 error "<Hiring Manager>" is an unfilled template field: put the hiring manager\'s name here before sending.',
        `6:22-6:33 error "{{company}}" is an unfilled template field: put the company's name here before sending.`,
        // biome-ignore lint/suspicious/noTemplateCurlyInString: "${position}" is a template field the rule must report, not a template
        '6:37-6:48 error "${position}" is an unfilled template field: put the exact job title from the posting here before sending.',
        '6:50-6:54 error "TODO" is an unfilled template field: fill it in or delete it before sending.',
        '9:1-9:12 error "[Your Name]" is an unfilled template field: sign with your own name before sending.'
      ],
      withMessage: true
    },
    {
      name: 'literal field names, XXX and lorem ipsum',
      text: ['Dear NAME,', '', 'I admire Company Name and its XXX customers. Lorem ipsum dolor.'],
      expected: ['1:6-1:10 error "NAME"', '3:10-3:22 error "Company Name"', '3:31-3:34 error "XXX"', '3:46-3:57 error "Lorem ipsum"']
    },
    {
      name: 'a placeholder greeting is a greeting and still an unfilled field',
      text: ['Note to self: send this before Friday.', '', '[HIRING MANAGER],', '', 'I moved £38m a month onto Go.'],
      expected: ['3:1-3:17 error "[HIRING MANAGER]"']
    },
    {name: 'a placeholder in a plain-text letter', text: ['Dear [Name],', '', 'I would like to join [Company].'], format: 'text', expected: ['1:6-1:12 error "[Name]"', '3:22-3:31 error "[Company]"']}
  ],
  quiet: [
    {
      name: 'Markdown links, footnotes, references, real HTML and code',
      text: [
        'My [portfolio](https://example.com) and [talk][1] show the work[^1]; see [2].',
        '',
        'A line<br>break and `[Company]` in code.',
        '',
        '[1]: https://example.com/talk',
        '[^1]: A footnote.',
        '',
        '```',
        'Dear [Hiring Manager],',
        '```',
        '',
        '<!-- TODO: tighten -->'
      ]
    },
    {name: 'ordinary words in lower case', text: ['Your name came up; the company name is on my todo list.']},
    {name: 'an HTML <title> tag is HTML, not a field', text: ['<title>Cover letter</title>', '', 'I fixed pages whose <title> and <meta> tags were missing.']},
    {name: 'the same in a plain-text letter', text: ['I fixed pages whose <title> and <meta> tags were missing.'], format: 'text'}
  ]
})
