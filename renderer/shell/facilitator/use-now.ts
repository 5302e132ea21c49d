import { useEffect, useState } from 'react';

/** The clock, re-read every `everyMs` while the component is on screen (timers, countdowns). */
export function useNow(everyMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

export function formatClock(time: number, language: string): string {
  try {
    return new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit' }).format(time);
  } catch {
    return new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(time);
  }
}
