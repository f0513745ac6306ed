// Touch and device sizes for the browser tests: device contexts (Playwright's emulation), taps, long presses,
// drags and two-finger gestures through the Chrome DevTools Protocol's Input.dispatchTouchEvent.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { state, distinctColours, ARTIFACTS } from './browser.mjs';

export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
export const TABLET = { viewport: { width: 820, height: 1180 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

export async function itemCentre(page, name) {
  const s = await state(page);
  const r = s.items[name];
  if (!r) throw new Error(`no item '${name}' on screen; items: ${Object.keys(s.items).join(', ')}`);
  return { x: r[0] + r[2] / 2, y: r[1] + r[3] / 2, rect: r };
}

export async function tapItem(page, name) {
  const { x, y } = await itemCentre(page, name);
  await page.touchscreen.tap(x, y);
}

// A touch session: every call sends one Input.dispatchTouchEvent with all fingers' points,
// stamped on a clock that advances as the gesture says (a busy page may see the events late,
// but their times are what a finger did).
export async function touchSession(page) {
  const cdp = await page.context().newCDPSession(page);
  const send = (type, points, seconds) => cdp.send('Input.dispatchTouchEvent', {
    type, timestamp: seconds,
    touchPoints: points.map((p, i) => ({ x: p.x, y: p.y, id: i, radiusX: 4, radiusY: 4, force: 1 })),
  });
  return {
    // Fingers from `from` to `to` (arrays of {x, y}) in `steps` moves, `ms` apart.
    async gesture(from, to, steps = 8, ms = 16) {
      const t0 = Date.now() / 1000;
      await send('touchStart', from, t0);
      for (let i = 1; i <= steps; i++) {
        const f = i / steps;
        await send('touchMove', from.map((p, k) => ({ x: p.x + (to[k].x - p.x) * f, y: p.y + (to[k].y - p.y) * f })), t0 + (i * ms) / 1000);
        await page.waitForTimeout(ms);
      }
      await send('touchEnd', [], t0 + ((steps + 1) * ms) / 1000);
    },
    async longPress(x, y, ms = 800) {
      const t0 = Date.now() / 1000;
      await send('touchStart', [{ x, y }], t0);
      await page.waitForTimeout(ms);
      await send('touchEnd', [], t0 + ms / 1000);
    },
    detach: () => cdp.detach(),
  };
}

// Days since 1970 of an ISO day ("2023-03-09").
export const dayOf = (iso) => Date.parse(iso + 'T00:00:00Z') / 86400000;

// A screenshot in the test artifacts as device-NAME.png, checked to have drawn something.
export async function deviceShot(page, name) {
  const file = path.join(ARTIFACTS, `device-${name}.png`);
  await page.screenshot({ path: file });
  const colours = distinctColours(fs.readFileSync(file));
  assert.ok(colours > 200, `${name} screenshot has ${colours} distinct colours`);
}
