/**
 * Where cover-lint and each rule are documented. A rule's documentation is its section in the
 * README, whose anchor is the rule id (`### no-cliche` -> `#no-cliche`). SARIF's `helpUri`, the
 * markdown report's rule links and the README all use these, so they change in one place.
 */
export const homepage = 'https://github.com/cover-lint/cover-lint'

export function ruleDocsUrl(ruleId: string): string {
  return `${homepage}/blob/main/README.md#${ruleId}`
}
