/**
 * Whether to colour output, decided once at the edge. `--no-color` wins; then FORCE_COLOR
 * ("0"/"false" turn colour off, anything else on); then NO_COLOR (any non-empty value turns
 * it off); otherwise colour only when writing to a terminal that is not "dumb".
 */
export function useColor(options: {flag: boolean | undefined; env: NodeJS.ProcessEnv; isTTY: boolean}): boolean {
  if (options.flag === false) return false
  const force = options.env.FORCE_COLOR
  if (force !== undefined) return !(force === '0' || force.toLowerCase() === 'false')
  if (options.env.NO_COLOR) return false
  return options.isTTY && options.env.TERM !== 'dumb'
}
