// Money in words people read: "$44,719". Amounts are whole currency units in the file's currency.
// Intl.NumberFormat does the grouping and symbol so other currencies read right too.

const formatters = new Map<string, Intl.NumberFormat>();

export function formatMoney(amount: number, currency: string): string {
  let f = formatters.get(currency);
  if (f === undefined) {
    f = new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 });
    formatters.set(currency, f);
  }
  return f.format(Math.round(amount));
}

/** "+$73,241" / "−$1,200" for changes, so the sign is never lost. */
export function formatMoneyChange(amount: number, currency: string): string {
  const abs = formatMoney(Math.abs(amount), currency);
  if (amount > 0) return `+${abs}`;
  if (amount < 0) return `\u2212${abs}`;
  return abs;
}

/**
 * A node's or plan's cost in words, honest about fees no source gives: "$425", "fee not known",
 * "$8,100 + 2 fees not known".
 */
export function describeCost(amount: number, unknownFees: number, currency: string): string {
  if (unknownFees === 0) return formatMoney(amount, currency);
  const fees = unknownFees === 1 ? 'fee not known' : `${unknownFees} fees not known`;
  return amount > 0 ? `${formatMoney(amount, currency)} + ${fees}` : fees;
}
