import { useState } from 'react';

/**
 * Which years of a section are open: the reader's choice where they made one, else the section's
 * defaults (which follow the selected date). `keepOpen` freezes what is open now, so a date
 * button pressed inside the list moves the timeline without closing the year being read.
 */
export function useOpenYears(defaults: ReadonlySet<number>) {
  const [chosen, setChosen] = useState<ReadonlyMap<number, boolean>>(() => new Map());
  const isOpen = (year: number) => chosen.get(year) ?? defaults.has(year);
  const toggle = (year: number) =>
    setChosen((prev) => new Map(prev).set(year, !(prev.get(year) ?? defaults.has(year))));
  const keepOpen = () =>
    setChosen((prev) => {
      const next = new Map(prev);
      for (const year of defaults) if (!next.has(year)) next.set(year, true);
      return next;
    });
  return { isOpen, toggle, keepOpen };
}
