import { useEffect, useState } from 'react';

type RowTooNarrow = {
  tooNarrow: boolean;
  /** The row as laid out. */
  row: (element: HTMLElement | null) => void;
  /** A hidden copy of the row's content laid out at the width it would like. */
  wanted: (element: HTMLElement | null) => void;
};

/**
 * Whether a row is narrower than its content would like: measured by the browser whenever either
 * changes size (a narrower window, another language's words, a tab more), never guessed from the
 * number of tabs or letters.
 */
export function useRowTooNarrow(): RowTooNarrow {
  const [row, setRow] = useState<HTMLElement | null>(null);
  const [wanted, setWanted] = useState<HTMLElement | null>(null);
  const [tooNarrow, setTooNarrow] = useState(false);
  useEffect(() => {
    if (!row || !wanted) return;
    const measure = () => setTooNarrow(wanted.scrollWidth > row.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(row);
    observer.observe(wanted);
    measure();
    return () => observer.disconnect();
  }, [row, wanted]);
  return { tooNarrow, row: setRow, wanted: setWanted };
}
