/**
 * Files that hold the job posting for the letters beside them, in the order they are looked
 * for. When a folder is linted they are read as postings, never as letters.
 */
export const postingFileNames: readonly string[] = ['job.md', 'job.txt', 'posting.md']

/** Whether a file name (not a path) is one of the posting file names. */
export function isPostingFileName(name: string): boolean {
  return postingFileNames.includes(name)
}
