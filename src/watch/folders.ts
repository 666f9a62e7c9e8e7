import {statSync, watch, type FSWatcher} from 'node:fs'
import type {WatchKind, WatchPlan} from './plan.js'

/** Called with the folder a change was seen in, how it is watched, and the name changed (null when the system does not say). */
export type FolderChange = (folder: string, kind: WatchKind, name: string | null) => void

/**
 * The watchers for a plan's folders, kept in step with it: `update` starts watchers for new
 * folders and stops those no longer wanted. A folder that does not exist (yet) is skipped; the
 * next update tries again. A folder deleted under its watcher ends that watcher and reports a
 * change, so the owner can look again.
 */
export class FolderWatchers {
  readonly #watchers = new Map<string, FSWatcher>()

  constructor(private readonly changed: FolderChange) {}

  update(plan: WatchPlan): void {
    const wanted = new Map<string, {folder: string; kind: WatchKind}>()
    for (const kind of ['trees', 'folders', 'ancestors'] as const) {
      for (const folder of plan[kind]) wanted.set(`${kind}:${folder}`, {folder, kind})
    }
    for (const [key, watcher] of this.#watchers) {
      if (!wanted.has(key)) {
        watcher.close()
        this.#watchers.delete(key)
      }
    }
    for (const [key, {folder, kind}] of wanted) {
      if (this.#watchers.has(key) || !isFolder(folder)) continue
      try {
        const watcher = watch(folder, {recursive: kind === 'trees'}, (_event, name) => this.changed(folder, kind, name === null ? null : String(name)))
        watcher.on('error', () => {
          watcher.close()
          this.#watchers.delete(key)
          this.changed(folder, kind, null)
        })
        this.#watchers.set(key, watcher)
      } catch {
        // Gone since, or not permitted: the next update tries again.
      }
    }
  }

  close(): void {
    for (const watcher of this.#watchers.values()) watcher.close()
    this.#watchers.clear()
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}
