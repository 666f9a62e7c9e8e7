// Preloaded with `node --import`: records every file module the process loads, one URL a line,
// in the file TRACE_LOADS names. Tests use it to see which chunks a run reads.
import {register} from 'node:module'

register(
  'data:text/javascript,' +
    encodeURIComponent(`
import {appendFileSync} from 'node:fs'
export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(${JSON.stringify(process.env.TRACE_LOADS)}, url + '\\n')
  return next(url, context)
}`),
  import.meta.url
)
