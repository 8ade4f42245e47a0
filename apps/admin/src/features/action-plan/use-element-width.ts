import { useCallback, useState } from 'react';

/**
 * The width of an element in CSS pixels, kept up to date. Charts lay themselves out at the real
 * width, so their text stays readable on a 360 px screen instead of being scaled down with the SVG.
 * A callback ref: an element that mounts later (a chart whose data arrives after the page) is
 * measured too, as it attaches, so it never shows (or overflows the page) at the fallback width.
 */
export function useElementWidth<T extends HTMLElement>(fallback: number): [(element: T | null) => (() => void) | undefined, number] {
  const [width, setWidth] = useState(fallback);
  const measure = useCallback((element: T | null) => {
    if (!element) return undefined;
    const initial = element.getBoundingClientRect().width;
    if (initial > 0) setWidth(Math.round(initial));
    if (typeof ResizeObserver === 'undefined') return undefined;
    // The observer reports the size once when it starts observing, and again on every change.
    const observer = new ResizeObserver((entries) => {
      const measured = entries[0]?.contentRect.width;
      if (measured !== undefined && measured > 0) setWidth(Math.round(measured));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [measure, width];
}
