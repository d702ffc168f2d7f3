// Shared by the dates of the data (`derive.ts`) and the timeline's ticks. A module of its own:
// every export of `derive.ts` is part of the contract (`src/contract.ts`), and this is not.

/** Midnight local time; `setFullYear` because `new Date(99, …)` would mean 1999. */
export function localDate(year: number, monthIndex: number, day: number): Date {
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, monthIndex, day);
  return date;
}
