import {UserError} from '../errors.js'
import {didYouMean} from '../util/suggest.js'
import type {Reporter} from './types.js'

export type {Reporter, ReporterContext} from './types.js'

/** Built-in reporters, loaded only when chosen so that start-up pays for one. */
const builtIn: Readonly<Record<string, () => Promise<{default: Reporter}>>> = {
  stylish: () => import('./stylish.js'),
  json: () => import('./json.js')
}

export const reporterNames: readonly string[] = Object.keys(builtIn)

export async function loadReporter(name: string): Promise<Reporter> {
  const load = builtIn[name]
  if (!load) {
    throw new UserError(`unknown format "${name}"${didYouMean(name, reporterNames)}; use one of: ${reporterNames.join(', ')}`, '--format')
  }
  return (await load()).default
}
