// Reading the years field as typed: a number of years from 0 to 80 (decimals allowed), or a
// sentence saying why the text is not one, so the field can show it instead of guessing.

export const MAX_YEARS = 80;

/** The years in `text`, or why it is not a valid number of years. */
export function parseYears(text: string): number | string {
  const t = text.trim();
  if (t === '') return 'Enter a number of years from 0 to 80.';
  if (t.startsWith('-')) return 'Years cannot be negative.';
  if (!/^(\d+\.?\d*|\.\d+)$/.test(t)) return 'Years must be a number, such as 2 or 1.5.';
  const v = Number(t);
  if (v > MAX_YEARS) return `Years must be ${MAX_YEARS} or fewer.`;
  return v;
}
