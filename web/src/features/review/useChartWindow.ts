/**
 * The progress page's window of sessions (see chart-window.ts): one choice for
 * every chart, so the charts and their tables always show the same sessions.
 * The default follows the page's width (turning a phone re-fits it); a change
 * the user makes is said in a status line for screen readers.
 */
import { useState, type RefObject } from 'react';
import type { Progress } from './api.js';
import { choiceValue, fitCount, lastOf, windowAnnouncement, windowCount, windowOptions, windowText, type WindowChoice, type WindowOption } from './chart-window.js';
import { dateSpan } from './progress-data.js';
import { useChartWidth } from './useChartWidth.js';

/** The charts sit in panels, narrower than the page by 1.25rem of padding and a 1 px border each side. */
const PANEL_INSET = 42;

export interface ChartView {
  /** How many of the latest sessions the charts show, of `total`. */
  count: number;
  total: number;
  /** True when the default would leave sessions out, so the page shows the line and the control. */
  windowed: boolean;
  /** "Your last 7 of 61 sessions (Mar 12 – 30, 2026)". */
  text: string;
}

export interface WindowControl {
  options: WindowOption[];
  value: string;
  onChange: (choice: WindowChoice) => void;
  /** Said after the user's change; null before it. */
  message: string | null;
}

export function useChartWindow(progress: Progress): { ref: RefObject<HTMLElement | null>; view: ChartView; control: WindowControl } {
  const [ref, width] = useChartWidth<HTMLElement>(640, 200, 4000);
  const [choice, setChoice] = useState<WindowChoice>(1);
  const [changed, setChanged] = useState(false);
  const total = progress.sessions.length;
  const fit = fitCount(width - PANEL_INSET);
  const count = windowCount(choice, fit, total);
  const span = dateSpan(lastOf(progress.sessions, count).map((s) => s.date));
  const view: ChartView = { count, total, windowed: total > fit, text: span ? `${windowText(count, total)} (${span})` : windowText(count, total) };
  const onChange = (next: WindowChoice): void => {
    setChoice(next);
    setChanged(true);
  };
  const control: WindowControl = { options: windowOptions(total, fit), value: choiceValue(choice, fit, total), onChange, message: changed ? windowAnnouncement(count, total) : null };
  return { ref, view, control };
}
