import { initialTimer, pauseTimer, startTimer, tickTimer, type TimerRun } from '../logic/timer';
import { withEntry, type ById, type SliceCreator } from './types';

export interface TimerSlice {
  timers: ById<TimerRun>;
  timerStart: (id: string, totalMs: number, now: number) => void;
  timerPause: (id: string, totalMs: number, now: number) => void;
  timerTick: (id: string, totalMs: number, now: number) => void;
  timerReset: (id: string, totalMs: number) => void;
}

export const createTimerSlice: SliceCreator<TimerSlice> = (set) => {
  const update = (id: string, totalMs: number, f: (run: TimerRun) => TimerRun) =>
    set((s) => ({ timers: withEntry(s.timers, id, f(s.timers[id] ?? initialTimer(totalMs))) }));
  return {
    timers: {},
    timerStart: (id, totalMs, now) => update(id, totalMs, (run) => startTimer(run, now)),
    timerPause: (id, totalMs, now) => update(id, totalMs, (run) => pauseTimer(run, now)),
    timerTick: (id, totalMs, now) => update(id, totalMs, (run) => tickTimer(run, now)),
    timerReset: (id, totalMs) => update(id, totalMs, () => initialTimer(totalMs)),
  };
};
