/**
 * The drawn width of a chart in CSS pixels, so the SVG's viewBox can match it
 * one to one: labels then keep their 12 px size on a phone instead of shrinking
 * with a scaled-down drawing.
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * Width of the referenced element (clamped), re-measured when it resizes. The
 * first measurement happens before the browser paints, so a phone never sees
 * (or has announced) a frame drawn for the fallback width.
 */
export function useChartWidth<T extends Element>(fallback: number, min: number, max: number): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = (): void => setWidth(Math.round(Math.min(max, Math.max(min, el.getBoundingClientRect().width))));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [min, max]);
  return [ref, width];
}
