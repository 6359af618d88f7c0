/** How payment amounts are written for people: US dollars to the cent, with thousands separators. */

/** `1789.08` → `$1,789.08`. Built by hand so the output is the same in every locale and runtime. */
export function formatUsd(amount: number): string {
  const [whole, cents] = Math.abs(amount).toFixed(2).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${amount < 0 ? '-' : ''}$${grouped}.${cents}`;
}
