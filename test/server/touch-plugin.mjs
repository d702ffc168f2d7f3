import { chromeCommand } from './chrome-command.mjs';

// `touch`: touch input as a touch screen gives it, through the Chrome DevTools Protocol (an
// emulated touch screen on the test's desktop window, not a phone's viewport).
// A PointerEvent made in a test skips what the browser does with a finger: `touch-action`, which
// decides whether a swipe scrolls the page or reaches the page's script (and then cancels the
// pointer), pinch-zoom, and the click that follows a tap but not a swipe. The payload is the
// gesture as frames: in each, every finger's place in viewport pixels, by the finger's position
// in the list; `null` for a finger not on the screen.
export function touchPlugin() {
  const sessions = new WeakMap();
  return chromeCommand('touch', async (page, payload) => {
    let client = sessions.get(page);
    if (!client) {
      client = await page.createCDPSession();
      sessions.set(page, client);
    }
    // A touch screen for this gesture only: the tests after it meet the page as they expect.
    await client.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    try {
      // The protocol compares each event's fingers (by id) with the last one's: a finger left out
      // has lifted, a new one has touched down. After the last frame every finger lifts.
      let down = new Set();
      // Each event carries its frame's time, 16 ms after the last (a screen reports a finger 60
      // times a second): the browser reads a finger's speed from these times, so a busy machine
      // that sends them late does not turn a finger at rest into a flick.
      let time = Date.now() / 1000;
      for (const frame of [...payload.frames, []]) {
        time += 0.016;
        const touchPoints = frame.flatMap((point, id) => (point ? [{ id, x: point.x, y: point.y }] : []));
        const type =
          touchPoints.length === 0
            ? 'touchEnd'
            : touchPoints.some(({ id }) => !down.has(id))
              ? 'touchStart'
              : 'touchMove';
        if (touchPoints.length > 0 || down.size > 0) {
          await client.send('Input.dispatchTouchEvent', { type, touchPoints, timestamp: time });
        }
        down = new Set(touchPoints.map(({ id }) => id));
        // And in real time too, for what the page does between frames.
        await new Promise((resolve) => setTimeout(resolve, 16));
      }
    } catch (error) {
      // Fingers left down would make the next gesture part of this one.
      await client.send('Input.dispatchTouchEvent', { type: 'touchCancel', touchPoints: [] }).catch(() => {});
      throw error;
    } finally {
      await client.send('Emulation.setTouchEmulationEnabled', { enabled: false });
    }
    return true;
  });
}
