/** A count as a message shows it: digits grouped in threes ("100,000"). */
export function count(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}
