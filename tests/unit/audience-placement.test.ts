import { describe, expect, it } from 'vitest';
import {
  placeAudience,
  placeAudienceAfterDisplayAdded,
  placeAudienceAfterDisplayRemoved,
  placePresenter,
  secondaryDisplays,
  WINDOWED_OFFSET,
  windowedBeside,
  type DisplayRect,
  type DisplaySet,
  type Rect,
} from '../../electron/audience-placement';
import {
  audienceRoute,
  audienceWindowRequest,
  presenterRouteSlug,
  SHELL_URL,
} from '../../electron/policy';

// Where the audience window goes (electron/audience-placement.ts) and which
// window.open may ask for it (electron/policy.ts), as plain functions. The
// running app is checked by tests/electron/audience-window.spec.ts where an
// Electron binary exists.

/** A display whose work area loses a 32 px panel at the top, as on many desktops. */
function display(id: number, x: number, y: number, width = 1920, height = 1080): DisplayRect {
  return {
    id,
    bounds: { x, y, width, height },
    workArea: { x, y: y + 32, width, height: height - 32 },
  };
}

const laptop = display(1, 0, 0, 1440, 900);
const projectorRight = display(2, 1440, 0);
const projectorLeft = display(3, -1920, 0);
const presenter: Rect = { x: 100, y: 100, width: 1280, height: 720 };

function set(primaryId: number, ...displays: DisplayRect[]): DisplaySet {
  return { displays, primaryId };
}

function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

describe('one display', () => {
  it('opens a normal window on the primary, offset from the presenter', () => {
    const placement = placeAudience(set(1, laptop), presenter);
    expect(placement).toEqual({
      displayId: 1,
      bounds: {
        x: presenter.x + WINDOWED_OFFSET,
        y: presenter.y + WINDOWED_OFFSET,
        width: 1280,
        height: 720,
      },
      fullscreen: false,
    });
  });

  it('never lies exactly over the presenter, wherever the presenter is', () => {
    const area = laptop.workArea;
    for (const at of [
      presenter,
      // Filling the work area (maximised).
      area,
      // Flush against the bottom-right corner.
      { x: area.x + area.width - 800, y: area.y + area.height - 600, width: 800, height: 600 },
      // Larger than the display.
      { x: -50, y: -50, width: 4000, height: 3000 },
    ]) {
      const placement = placeAudience(set(1, laptop), at);
      expect(placement?.fullscreen).toBe(false);
      const bounds = placement?.bounds as Rect;
      expect(contains(area, bounds), JSON.stringify(at)).toBe(true);
      expect(contains(bounds, at), JSON.stringify(at)).toBe(false);
    }
  });

  it('sits in the middle of the work area when the presenter is unknown', () => {
    expect(windowedBeside(laptop.workArea, null)).toEqual({
      x: 80,
      y: 66,
      width: 1280,
      height: 800,
    });
  });

  it('lets the system place the window when there is no display at all', () => {
    expect(placeAudience(set(1), presenter)).toBeNull();
  });
});

describe('two displays', () => {
  it('fills the secondary display when it is right of the primary', () => {
    expect(placeAudience(set(1, laptop, projectorRight), presenter)).toEqual({
      displayId: 2,
      bounds: projectorRight.workArea,
      fullscreen: true,
    });
  });

  it('fills the secondary display when it is left of the primary', () => {
    expect(placeAudience(set(1, projectorLeft, laptop), presenter)).toEqual({
      displayId: 3,
      bounds: projectorLeft.workArea,
      fullscreen: true,
    });
  });

  it('never picks the primary, whichever display the system lists first or calls primary', () => {
    expect(placeAudience(set(2, projectorRight, laptop), presenter)?.displayId).toBe(1);
    expect(placeAudience(set(2, laptop, projectorRight), presenter)?.displayId).toBe(1);
  });

  it('moves the presenter to the primary when it sat on the display the audience fills', () => {
    const onProjector: Rect = { x: 1600, y: 100, width: 1280, height: 720 };
    const displays = set(1, laptop, projectorRight);
    const audience = placeAudience(displays, onProjector);
    expect(audience?.displayId).toBe(2);
    const moved = placePresenter(displays, onProjector, audience!);
    expect(moved).toEqual({ x: 80, y: 106, width: 1280, height: 720 });
    expect(contains(laptop.workArea, moved!)).toBe(true);
  });

  it('leaves a presenter on the primary where it is', () => {
    const displays = set(1, laptop, projectorRight);
    expect(placePresenter(displays, presenter, placeAudience(displays, presenter)!)).toBeNull();
  });

  it('fits a presenter larger than the primary into its work area', () => {
    const displays = set(1, laptop, projectorRight);
    const huge: Rect = { x: 1500, y: 0, width: 1900, height: 1000 };
    const moved = placePresenter(displays, huge, placeAudience(displays, huge)!);
    expect(moved).toEqual(laptop.workArea);
  });
});

describe('three displays', () => {
  const monitorBelow = display(4, 0, 900, 1440, 900);

  it('picks the first non-primary display in reading order, not in listing order', () => {
    const listings = [
      [laptop, projectorRight, projectorLeft],
      [projectorRight, projectorLeft, laptop],
      [projectorLeft, laptop, projectorRight],
    ];
    for (const displays of listings) {
      expect(placeAudience(set(1, ...displays), presenter)?.displayId).toBe(3);
    }
    expect(
      secondaryDisplays(set(1, projectorRight, laptop, projectorLeft)).map((d) => d.id),
    ).toEqual([3, 2]);
  });

  it('orders displays that share a left edge from top to bottom, then by id', () => {
    const above = display(5, 0, -1080);
    expect(placeAudience(set(1, monitorBelow, laptop, above), presenter)?.displayId).toBe(5);
    const twinA = display(7, 1440, 0);
    const twinB = display(6, 1440, 0);
    expect(placeAudience(set(1, laptop, twinA, twinB), presenter)?.displayId).toBe(6);
  });
});

describe('a display is added', () => {
  it('moves a windowed audience window onto the new display, full screen', () => {
    const windowed = { displayId: 1, fullscreen: false };
    expect(
      placeAudienceAfterDisplayAdded(set(1, laptop, projectorRight), projectorRight, windowed),
    ).toEqual({ displayId: 2, bounds: projectorRight.workArea, fullscreen: true });
  });

  it('counts the new display even when the list does not have it yet', () => {
    const windowed = { displayId: 1, fullscreen: false };
    expect(
      placeAudienceAfterDisplayAdded(set(1, laptop), projectorRight, windowed)?.displayId,
    ).toBe(2);
  });

  it('leaves an audience window that already fills a secondary display', () => {
    const filling = { displayId: 2, fullscreen: true };
    expect(
      placeAudienceAfterDisplayAdded(
        set(1, laptop, projectorRight, projectorLeft),
        projectorLeft,
        filling,
      ),
    ).toBeNull();
  });

  it('does not fill a new display that the system made the primary', () => {
    const windowed = { displayId: 1, fullscreen: false };
    expect(
      placeAudienceAfterDisplayAdded(set(2, laptop, projectorRight), projectorRight, windowed),
    ).toBeNull();
  });
});

describe('a display is removed', () => {
  const filling = { displayId: 2, fullscreen: true };

  it('brings the audience window back to the primary work area, windowed, when its display goes', () => {
    const placement = placeAudienceAfterDisplayRemoved(set(1, laptop), 2, filling, presenter);
    expect(placement).toEqual({
      displayId: 1,
      bounds: {
        x: presenter.x + WINDOWED_OFFSET,
        y: presenter.y + WINDOWED_OFFSET,
        width: 1280,
        height: 720,
      },
      fullscreen: false,
    });
    expect(contains(laptop.workArea, placement!.bounds)).toBe(true);
  });

  it('does the same when the list still has the removed display', () => {
    expect(
      placeAudienceAfterDisplayRemoved(set(1, laptop, projectorRight), 2, filling, presenter),
    ).toMatchObject({ displayId: 1, fullscreen: false });
  });

  it('goes to the primary, not to another secondary display, with three displays', () => {
    expect(
      placeAudienceAfterDisplayRemoved(set(1, laptop, projectorLeft), 2, filling, presenter),
    ).toMatchObject({ displayId: 1, fullscreen: false });
  });

  it('leaves the audience window alone when another display goes', () => {
    expect(
      placeAudienceAfterDisplayRemoved(set(1, laptop, projectorRight), 3, filling, presenter),
    ).toBeNull();
    const windowed = { displayId: 1, fullscreen: false };
    expect(placeAudienceAfterDisplayRemoved(set(1, laptop), 2, windowed, presenter)).toBeNull();
  });

  it('leaves full screen when the system has already moved it onto the primary', () => {
    const movedByTheSystem = { displayId: 1, fullscreen: true };
    expect(
      placeAudienceAfterDisplayRemoved(set(1, laptop), 2, movedByTheSystem, presenter),
    ).toMatchObject({ displayId: 1, fullscreen: false });
  });

  it('comes back when the display it was on is unknown', () => {
    expect(
      placeAudienceAfterDisplayRemoved(
        set(1, laptop),
        2,
        { displayId: null, fullscreen: true },
        null,
      ),
    ).toMatchObject({ displayId: 1, fullscreen: false });
  });
});

describe('which window.open asks for the audience window', () => {
  it('accepts the shell page at the audience route of a valid slug', () => {
    expect(SHELL_URL).toBe('app://groundwork/index.html');
    expect(
      audienceWindowRequest('app://groundwork/index.html#/audience/breathing-for-calm'),
    ).toEqual({ slug: 'breathing-for-calm' });
    for (const slug of [
      'breathing-for-calm',
      'Atemübung 2',
      'a.b',
      "it's-ok",
      '...',
      'x'.repeat(200),
    ]) {
      expect(audienceWindowRequest(`${SHELL_URL}${audienceRoute(slug)}`), slug).toEqual({ slug });
    }
  });

  it('refuses every other URL', () => {
    for (const url of [
      // Other origins and schemes.
      'https://example.com/index.html#/audience/breathing',
      'http://127.0.0.1:4680/index.html#/audience/breathing',
      'app://elsewhere/index.html#/audience/breathing',
      'app://groundwork.evil/index.html#/audience/breathing',
      'app://user@groundwork/index.html#/audience/breathing',
      'app://groundwork:80/index.html#/audience/breathing',
      'javascript:alert(1)//#/audience/breathing',
      "javascript:location='app://groundwork/index.html#/audience/breathing'",
      'data:text/html,<p>#/audience/breathing',
      'data:text/html;base64,PHA+aGk8L3A+#/audience/breathing',
      'file:///index.html#/audience/breathing',
      'file:///opt/groundwork/resources/app.asar/dist/renderer/index.html#/audience/breathing',
      'blob:app://groundwork/1234#/audience/breathing',
      'about:blank#/audience/breathing',
      'not a url',
      '',
      // Other paths of the app.
      'app://groundwork/#/audience/breathing',
      'app://groundwork/stage.html#/audience/breathing',
      'app://groundwork/index.html/#/audience/breathing',
      'app://groundwork//index.html#/audience/breathing',
      'app://groundwork/assets/index.html#/audience/breathing',
      'app://groundwork/INDEX.HTML#/audience/breathing',
      'app://groundwork/index.html?x=1#/audience/breathing',
      'app://groundwork/index.html?#/audience/breathing',
      // Other routes and spellings.
      'app://groundwork/index.html',
      'app://groundwork/index.html#',
      'app://groundwork/index.html#/',
      'app://groundwork/index.html#/lesson/breathing/1',
      'app://groundwork/index.html#/presenter/breathing/1',
      'app://groundwork/index.html#/audience/',
      'app://groundwork/index.html#/audience',
      'app://groundwork/index.html#/audience/breathing/',
      'app://groundwork/index.html#/audience/breathing/2',
      'app://groundwork/index.html#/audience/breathing#x',
      'app://groundwork/index.html#/audience/breathing?x=1',
      'app://groundwork/index.html#/Audience/breathing',
      'app://groundwork/index.html#audience/breathing',
      'app://groundwork/index.html#//audience/breathing',
      'app://groundwork/index.html#/audience/br%65athing',
      // Slugs the contract's slugSchema refuses, or that do not decode.
      'app://groundwork/index.html#/audience/..',
      'app://groundwork/index.html#/audience/.',
      'app://groundwork/index.html#/audience/%2E%2E',
      'app://groundwork/index.html#/audience/..%2Fsecret',
      'app://groundwork/index.html#/audience/a%2Fb',
      'app://groundwork/index.html#/audience/a%5Cb',
      'app://groundwork/index.html#/audience/a%00b',
      'app://groundwork/index.html#/audience/%E0%A4%A',
      `app://groundwork/index.html#/audience/${'x'.repeat(201)}`,
    ]) {
      expect(audienceWindowRequest(url), url).toBeNull();
    }
  });
});

describe('which address is a presenter route', () => {
  it('names the lesson of the presenter route, at any slide', () => {
    expect(presenterRouteSlug(`${SHELL_URL}#/presenter/breathing/1`)).toBe('breathing');
    expect(presenterRouteSlug(`${SHELL_URL}#/presenter/breathing/12`)).toBe('breathing');
    expect(presenterRouteSlug(`${SHELL_URL}#/presenter/breathing`)).toBe('breathing');
    expect(presenterRouteSlug(`${SHELL_URL}#/presenter/Atem%C3%BCbung%202/3`)).toBe('Atemübung 2');
  });

  it('is null for every other address', () => {
    for (const url of [
      SHELL_URL,
      `${SHELL_URL}#/`,
      `${SHELL_URL}#/lesson/breathing/1`,
      `${SHELL_URL}#/audience/breathing`,
      `${SHELL_URL}#/presenter/`,
      `${SHELL_URL}#/presenter/../1`,
      `${SHELL_URL}#/presenter/a%2Fb/1`,
      `${SHELL_URL}#/presenter/breathing/1/extra`,
      'app://groundwork/stage.html#/presenter/breathing/1',
      'https://example.com/index.html#/presenter/breathing/1',
    ]) {
      expect(presenterRouteSlug(url), url).toBeNull();
    }
  });
});
