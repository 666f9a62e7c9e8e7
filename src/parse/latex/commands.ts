/**
 * What the LaTeX renderer knows of commands it did not see defined: which arguments each takes
 * and which of them are printed. Argument specs are xparse's letters: `m` mandatory, `o`
 * optional `[...]`, `s` a star, `g` a `{...}` group if one follows.
 */

/**
 * A table by command name with no prototype: `\constructor` or `\toString` in a letter is a
 * command the renderer does not know, not one of Object's methods.
 */
function byName<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries))
}

/** Commands that print nothing: set-up, spacing, references, contact fields of CV classes. */
export const silent: Readonly<Record<string, string>> = byName({
  documentclass: 'om', usepackage: 'om', RequirePackage: 'om', PassOptionsToPackage: 'mm',
  vspace: 'sm', addvspace: 'm', vskip: '', kern: '',
  label: 'm', ref: 'm', pageref: 'm', eqref: 'm', cite: 'om', nocite: 'm', footnote: 'om', thanks: 'm', marginpar: 'om',
  pagestyle: 'm', thispagestyle: 'm', pagenumbering: 'm', enlargethispage: 'sm',
  setlength: 'mm', addtolength: 'mm', setcounter: 'mm', addtocounter: 'mm', stepcounter: 'm', newlength: 'm', newcounter: 'mo',
  geometry: 'm', hypersetup: 'm', color: 'om', definecolor: 'mmm', colorlet: 'mm', pagecolor: 'om',
  setbool: 'mm', newif: 'm', includegraphics: 'som', graphicspath: 'm', hyphenation: 'm',
  bibliography: 'm', bibliographystyle: 'm', addbibresource: 'om', printbibliography: 'o',
  caption: 'om', rule: 'omm', hline: '', cline: 'm', toprule: 'o', midrule: 'o', bottomrule: 'o',
  titleformat: 'smommmo', titlespacing: 'smmmmo', defaultfontfeatures: 'om', setmainfont: 'om', setsansfont: 'om',
  setmonofont: 'om', newfontfamily: 'mom', fontsize: 'mm', selectfont: '', linespread: 'm', fontdir: 'o',
  newenvironment: 'smoomm', renewenvironment: 'smoomm', DeclareMathOperator: 'smm', makeatletter: '', makeatother: '',
  maketitle: '', tableofcontents: '', title: 'om', author: 'om',
  // letter class and CV classes: the sender's details, which cover letters keep out of the prose.
  address: 'mgg', telephone: 'm', location: 'm', date: 'm', letterdate: 'm', encl: 'm', cc: 'm', letterenclosure: 'om',
  photo: 'om', phone: 'om', email: 'm', homepage: 'm', mobile: 'm', github: 'm', gitlab: 'm', linkedin: 'm', twitter: 'm',
  skype: 'm', reddit: 'm', medium: 'm', stackoverflow: 'mm', googlescholar: 'mm', orcid: 'm', researchgate: 'm',
  extrainfo: 'm', quote: 'm', position: 'm', social: 'om', firstname: 'm', familyname: 'm', born: 'm',
  moderncvstyle: 'm', moderncvcolor: 'm', moderncvtheme: 'om', moderncvicons: 'm', nopagenumbers: '',
  makecvheader: 'o', makecvfooter: 'mmm', makecvtitle: '', acvHeaderSocialSep: '',
  today: '', protect: '', relax: '', null: '', noindent: '', indent: '', centering: '', raggedright: '', raggedleft: '',
  nobreak: '', nopagebreak: 'o', allowbreak: '', strut: '', phantom: 'm', hphantom: 'm', vphantom: 'm',
  small: '', large: '', Large: '', LARGE: '', huge: '', Huge: '', tiny: '', scriptsize: '', footnotesize: '', normalsize: '',
  bfseries: '', itshape: '', mdseries: '', scshape: '', upshape: '', slshape: '', rmfamily: '', sffamily: '', ttfamily: '',
  normalfont: '', bf: '', it: '', em: '', rm: '', sc: '', tt: '', sf: '', sl: '',
  item: 'o', setitemize: 'om', setlist: 'om', leavevmode: '', ignorespaces: '', unskip: '', string: ''
})

/** Commands that print some of their arguments: `[spec, indexes printed]`. */
export const printing: Readonly<Record<string, readonly [string, readonly number[]]>> = byName({
  textbf: ['m', [0]], textit: ['m', [0]], emph: ['m', [0]], underline: ['m', [0]], uline: ['m', [0]], ul: ['m', [0]],
  textsc: ['m', [0]], texttt: ['m', [0]], textsf: ['m', [0]], textrm: ['m', [0]], textup: ['m', [0]], textmd: ['m', [0]],
  textsl: ['m', [0]], textnormal: ['m', [0]], text: ['m', [0]], hbox: ['m', [0]], fbox: ['m', [0]], sout: ['m', [0]],
  textsuperscript: ['m', [0]], textsubscript: ['m', [0]], centerline: ['m', [0]], leftline: ['m', [0]], rightline: ['m', [0]],
  url: ['m', [0]], nolinkurl: ['m', [0]], path: ['m', [0]], hl: ['m', [0]], mbox: ['m', [0]],
  href: ['mm', [1]], hyperlink: ['mm', [1]], hyperref: ['om', [1]], textcolor: ['omm', [2]], colorbox: ['omm', [2]],
  foreignlanguage: ['omm', [2]], makebox: ['oom', [2]], framebox: ['oom', [2]], parbox: ['oom', [2]], raisebox: ['moom', [3]],
  resizebox: ['smmm', [3]], scalebox: ['mom', [2]], multicolumn: ['mmm', [2]], multirow: ['momm', [3]]
})

/** Horizontal space: one space in the text, whatever its width. */
export const horizontalSpace: Readonly<Record<string, string>> = byName({hspace: 'sm', hskip: '', hfill: '', hfil: '', quad: '', qquad: ''})

/** Commands that stand for a character or a word. */
export const symbols: Readonly<Record<string, string>> = byName({
  '&': '&', '%': '%', $: '$', '#': '#', _: '_', '{': '{', '}': '}', ' ': ' ', ',': ' ', ';': ' ', ':': ' ', '>': ' ',
  '!': '', '@': '', '/': '', '-': '', enskip: ' ', enspace: ' ', thinspace: ' ', space: ' ',
  nobreakspace: ' ', dotfill: ' ', hrulefill: ' ',
  ldots: '…', dots: '…', textellipsis: '…', textendash: '–', textemdash: '—', textbar: '|', textbackslash: '\\',
  textasciitilde: '~', textasciicircum: '^', textless: '<', textgreater: '>', textquoteleft: '‘', textquoteright: '’',
  textquotedblleft: '“', textquotedblright: '”', textquotesingle: "'", textquotedbl: '"', textbullet: '•',
  textperiodcentered: '·', cdotp: '·', cdot: '·', S: '§', P: '¶', copyright: '©', textcopyright: '©',
  textregistered: '®', texttrademark: '™', pounds: '£', textsterling: '£', euro: '€', texteuro: '€', EUR: '€',
  textdollar: '$', textdegree: '°', degree: '°', times: '×', texttimes: '×', sim: '~', approx: '≈', le: '≤', leq: '≤',
  ge: '≥', geq: '≥', pm: '±', textpm: '±', rightarrow: '→', to: '→', leftarrow: '←', textrightarrow: '→',
  LaTeX: 'LaTeX', TeX: 'TeX', LaTeXe: 'LaTeX2e', XeTeX: 'XeTeX', LuaTeX: 'LuaTeX', BibTeX: 'BibTeX',
  ss: 'ß', ae: 'æ', AE: 'Æ', oe: 'œ', OE: 'Œ', aa: 'å', AA: 'Å', o: 'ø', O: 'Ø', l: 'ł', L: 'Ł', i: 'ı', j: 'ȷ',
  percent: '%', textunderscore: '_', slash: '/'
})

/** Accents: the combining mark each puts on the letter that follows. */
export const accents: Readonly<Record<string, string>> = byName({
  "'": '\u0301', '`': '\u0300', '^': '\u0302', '"': '\u0308', '~': '\u0303', '=': '\u0304', '.': '\u0307',
  u: '\u0306', v: '\u030C', H: '\u030B', c: '\u0327', k: '\u0328', r: '\u030A', d: '\u0323', b: '\u0331'
})

/** Commands that end a paragraph. */
export const paragraphBreaks: ReadonlySet<string> = new Set([
  'par', 'smallskip', 'medskip', 'bigskip', 'smallbreak', 'medbreak', 'bigbreak', 'newpage', 'clearpage',
  'cleardoublepage', 'pagebreak', 'vfill', 'vfil', 'ps'
])

/** Sectioning commands: their title is a heading. */
export const headings: ReadonlySet<string> = new Set([
  'part', 'chapter', 'section', 'subsection', 'subsubsection', 'paragraph', 'subparagraph', 'lettersection', 'cvsection'
])

/** Environments that are not prose: nothing in them is read. */
export const skippedEnvironments: ReadonlySet<string> = new Set([
  'figure', 'figure*', 'equation', 'equation*', 'align', 'align*', 'gather', 'gather*', 'multline', 'multline*',
  'eqnarray', 'eqnarray*', 'displaymath', 'math', 'tikzpicture', 'picture', 'thebibliography', 'titlepage'
])

/** Table environments and the arguments they take before their rows. */
export const tables: Readonly<Record<string, string>> = byName({
  tabular: 'om', 'tabular*': 'mom', tabularx: 'mom', tabulary: 'mom', longtable: 'om', supertabular: 'om',
  'supertabular*': 'mom', array: 'om', tabu: 'om', tblr: 'om', longtabu: 'om'
})

/** Lists: each `\item` is a list item. */
export const lists: ReadonlySet<string> = new Set(['itemize', 'enumerate', 'description', 'compactitem', 'compactenum', 'cvitems'])

/** Quotations. */
export const quotations: ReadonlySet<string> = new Set(['quote', 'quotation', 'verse'])

/** Arguments other environments take before their content. */
export const environmentArguments: Readonly<Record<string, string>> = byName({
  letter: 'm', minipage: 'ooom', multicols: 'mo', 'multicols*': 'mo', table: 'o', 'table*': 'o', wrapfigure: 'omom',
  adjustbox: 'm', tcolorbox: 'o', mdframed: 'o', otherlanguage: 'm', 'otherlanguage*': 'm', paracol: 'm'
})
