/**
 * `text` without the characters `character` (a one-character pattern, no flags) accepts at either
 * end. By loops, so it is linear however long the run: a pattern such as `^[...]*X?[...]*$`
 * backtracks quadratically on a long run of the characters followed by anything else.
 */
export function stripEnds(text: string, character: RegExp): string {
  let start = 0
  let end = text.length
  while (start < end && character.test(text.charAt(start))) start++
  while (end > start && character.test(text.charAt(end - 1))) end--
  return text.slice(start, end)
}
