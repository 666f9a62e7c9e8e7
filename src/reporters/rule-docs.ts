/**
 * Where cover-lint and each rule are documented. A rule's documentation is its section in the
 * README, whose anchor is the rule id (`### no-cliche` -> `#no-cliche`). SARIF's `helpUri`, the
 * markdown report's rule links and the README all use these, so they change in one place.
 */
export const homepage = 'https://github.com/cover-lint/cover-lint'

export function ruleDocsUrl(ruleId: string): string {
  return `${homepage}/blob/main/README.md#${ruleId}`
}

/**
 * Where the rule behind a finding is documented, for reports that link it: a plugin rule's own
 * `url`, a built-in rule's README section, and nothing for a rule that names no page (a retext
 * plugin's findings, a config phrase). Built-in ids never hold a "/"; plugin and phrase ids do.
 */
export function findingDocsUrl(ruleId: string, rules: readonly {id: string; url?: string}[]): string | undefined {
  const meta = rules.find((rule) => rule.id === ruleId)
  if (meta?.url) return meta.url
  return ruleId.includes('/') ? undefined : ruleDocsUrl(ruleId)
}
