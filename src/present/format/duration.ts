// Durations as people say them: "2 yr 3 mo", "5 mo", "no time".
// Plans count in months (spec); fractions of a month are rounded to the nearest month.

export function formatMonths(months: number): string {
  if (!Number.isFinite(months)) return 'unknown time';
  if (months <= 0) return 'no time';
  if (months < 0.5) return 'under 1 mo';
  const total = Math.round(months);
  const years = Math.floor(total / 12);
  const rest = total % 12;
  if (years === 0) return `${rest} mo`;
  if (rest === 0) return `${years} yr`;
  return `${years} yr ${rest} mo`;
}

/** Years of experience: "1 yr", "2.5 yr". */
export function formatYears(years: number): string {
  return `${Number.isInteger(years) ? years : Number(years.toFixed(1))} yr`;
}

/**
 * A step's or plan's length, honest about lengths no source gives (they count as 0 in totals):
 * "4 yr 3 mo", "length not known", "4 yr 3 mo + 1 length not known". Known zero reads "at once".
 */
export function describeMonths(months: number, unknownLengths: number): string {
  if (unknownLengths === 0) return months > 0 ? formatMonths(months) : 'at once';
  const lengths = unknownLengths === 1 ? 'length not known' : `${unknownLengths} lengths not known`;
  if (months <= 0) return lengths;
  return `${formatMonths(months)} + ${unknownLengths === 1 ? '1 length not known' : lengths}`;
}
