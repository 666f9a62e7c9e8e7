/** The spellings a letter is checked in. */
export type SpellingLocale = 'en-GB' | 'en-US'

/** How the two spellings differ: [American, British] pairs of letters or of whole words. */
export type VariantPairs = readonly (readonly [string, string])[]

/**
 * This locale's forms of a word spelt the other locale's way: "optimize" -> "optimise",
 * "colorized" -> "colourised" (two replacements), "colour" -> "color" for en-US. Each pair is
 * tried at every place it occurs; `accept` keeps the forms the locale's dictionary holds (and the
 * other's does not). Nothing is searched: a word has a few places where a pair fits.
 */
export function variantForms(word: string, locale: SpellingLocale, pairs: VariantPairs, accept: (form: string) => boolean): string[] {
  const directed: [string, string][] = pairs.map(([american, british]) => (locale === 'en-GB' ? [american, british] : [british, american]))
  const replaced = (forms: readonly string[]): string[] => {
    const out: string[] = []
    for (const form of forms) {
      for (const [from, to] of directed) {
        for (let at = form.indexOf(from); at >= 0; at = form.indexOf(from, at + 1)) out.push(form.slice(0, at) + to + form.slice(at + from.length))
      }
    }
    return out
  }
  const once = replaced([word])
  const found = once.filter(accept)
  // Only when one replacement finds nothing: "colorized" needs "our" and "is".
  const forms = found.length > 0 ? found : replaced(once).filter(accept)
  return [...new Set(forms)]
}
