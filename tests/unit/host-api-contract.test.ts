import { describe, expect, it } from 'vitest';
import {
  channelOf,
  CORE_METHOD_NAMES,
  HOST_EVENT_NAMES,
  HOST_METHOD_NAMES,
  isHostApi,
  methodForChannel,
  parseArgs,
  subscribeName,
} from '../../contract/api';

// The HostApi is defined once; channels, guards and argument checks derive
// from the table, so they cannot drift apart again.

describe('the HostApi table', () => {
  it('names every channel by feature, from the method name', () => {
    expect(Object.fromEntries(HOST_METHOD_NAMES.map((m) => [m, channelOf(m)]))).toEqual({
      listLessons: 'lessons:list',
      loadLesson: 'lesson:load',
      getCrisisResources: 'crisis-resources:get',
      getTheme: 'theme:get',
      setCrisisRegion: 'crisis-region:set',
      saveFile: 'file:save',
      printDocument: 'document:print',
      startSession: 'session:start',
      getSession: 'session:get',
      sendSessionCommand: 'session-command:send',
      endSession: 'session:end',
      reportView: 'view:report',
      getResumableSession: 'resumable-session:get',
      resumeSession: 'session:resume',
      discardResumableSession: 'resumable-session:discard',
      getKioskStatus: 'kiosk-status:get',
      setKioskPin: 'kiosk-pin:set',
      leaveKiosk: 'kiosk:leave',
      enterKiosk: 'kiosk:enter',
      clearVisit: 'visit:clear',
      printTakeHome: 'take-home:print',
      openRoom: 'room:open',
      closeRoom: 'room:close',
      getRoom: 'room:get',
      getRoomAddresses: 'room-addresses:get',
      getRoomAsks: 'room-asks:get',
      approveRoomAsk: 'room-ask:approve',
      dismissRoomAsk: 'room-ask:dismiss',
    });
    expect(HOST_EVENT_NAMES.map(channelOf)).toEqual([
      'lessons:changed',
      'session:changed',
      'kiosk:changed',
      'room:changed',
    ]);
    for (const m of HOST_METHOD_NAMES) expect(methodForChannel(channelOf(m))).toBe(m);
    expect(methodForChannel('crisisResources')).toBeNull();
  });

  it('leaves saving, printing and clearing a visit to each host’s window and everything else to the core', () => {
    const windowMethods = ['saveFile', 'printDocument', 'clearVisit', 'printTakeHome'];
    for (const method of windowMethods) expect(CORE_METHOD_NAMES).not.toContain(method);
    expect(CORE_METHOD_NAMES).toEqual(HOST_METHOD_NAMES.filter((m) => !windowMethods.includes(m)));
  });

  it('isHostApi wants every method and every subscription, not four of five', () => {
    const full = Object.fromEntries(
      [...HOST_METHOD_NAMES, ...HOST_EVENT_NAMES.map(subscribeName)].map((n) => [n, () => {}]),
    );
    expect(isHostApi(full)).toBe(true);
    for (const name of Object.keys(full)) {
      const missing = { ...full };
      delete missing[name];
      expect(isHostApi(missing), name).toBe(false);
    }
  });

  it('refuses arguments that break the contract with a reason, and passes good ones through', () => {
    expect(parseArgs('loadLesson', ['words-matter'])).toEqual({
      ok: true,
      value: ['words-matter'],
    });
    const bad = parseArgs('loadLesson', ['../../etc']);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.reason).toMatch(
      /^Refused loadLesson: 0 must not contain a path separator$/,
    );
    expect(parseArgs('listLessons', ['surprise']).ok).toBe(false);
    const save = parseArgs('saveFile', [
      { suggestedName: 'plan.pdf', mimeType: 'application/pdf', base64: 'abc' },
    ]);
    expect(!save.ok && save.reason).toMatch(/base64/);
  });
});
