/**
 * vis-timeline 8.5.4 in the timeline scenarios: the same programmes as range items (ongoing ones
 * end today), one group per agency, stacked, 480 px high with vertical scrolling (like our
 * chart's scrolling body), its stylesheet in the page, no animation. Items are mapped before
 * timing; vis-timeline gets its input ready-made.
 *
 * vis-timeline draws during `new Timeline(…)` and again, throttled, in the next animation frame;
 * zoom and pan only schedule that throttled redraw. `timeVis` counts both: the call, plus the
 * redraw inside the frame up to its `changed` event, without the idle wait for the frame.
 */
import { endOf, startOf } from '../../src/data/derive.js';
import { DataSet, Timeline } from './lib-vis-timeline.js';
import { defineBench, stage, type Measures } from './harness.js';
import { loadTimelineData } from './timeline-data.js';

interface Programme {
  id: string;
  name: string;
  agency: string;
  start: string;
  end?: string;
}

/**
 * Times `trigger` plus vis-timeline's redraw in the next frame (when it schedules one), with the
 * same keys as the harness's `timeWork`. A rAF requested before `trigger` runs before the one
 * vis-timeline requests, so it marks where the frame's scripts begin; `changed` marks where the
 * redraw ends. `frame` is that frame's style, layout and paint after the scripts.
 */
function timeVis(prefix: string, trigger: () => Timeline): Promise<Measures> {
  let frameBegin = 0;
  requestAnimationFrame(() => {
    frameBegin = performance.now();
  });
  const start = performance.now();
  const timeline = trigger();
  const triggered = performance.now();
  let changedAt = 0;
  const onChanged = () => {
    changedAt = performance.now();
  };
  timeline.on('changed', onChanged);
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const frameStart = performance.now();
      timeline.off('changed', onChanged);
      const script = triggered - start + (changedAt > 0 ? changedAt - frameBegin : 0);
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const frameEnd = performance.now();
        resolve({
          [prefix]: script + (frameEnd - frameStart),
          [`${prefix}Script`]: script,
          [`${prefix}Frame`]: frameEnd - frameStart,
          [`${prefix}ToFrame`]: frameStart - start,
          [`${prefix}ToPainted`]: frameEnd - start,
          [`${prefix}Redrawn`]: changedAt > 0 ? 1 : 0,
        });
      };
      channel.port2.postMessage(undefined);
    });
  });
}

defineBench(async () => {
  const { scenario, document: data } = await loadTimelineData();
  const style = document.createElement('style');
  style.textContent = scenario.visCss;
  document.head.append(style);

  const today = Date.now();
  const agencies = data['agencies'] as { id: string; abbr: string }[];
  const groups = agencies.map((agency) => ({ id: agency.id, content: agency.abbr }));
  const items = (data['programmes'] as Programme[]).map((programme) => {
    const start = startOf(programme.start).getTime();
    // Ongoing: until today, as our chart draws it (and at least a month, if it starts later).
    const end = programme.end
      ? endOf(programme.end).getTime()
      : Math.max(today, endOf(programme.start).getTime());
    return { id: programme.id, group: programme.agency, content: programme.name, start, end };
  });
  let timeline: Timeline | undefined;

  const shift = (share: number): void => {
    const view = timeline as Timeline;
    const { start, end } = view.getWindow();
    const by = (end.getTime() - start.getTime()) * share;
    view.setWindow(start.getTime() + by, end.getTime() + by, { animation: false });
  };

  return {
    firstRender: () =>
      timeVis('firstRender', () => {
        const box = document.createElement('div');
        stage().append(box);
        timeline = new Timeline(box, new DataSet(items), new DataSet(groups), {
          stack: true,
          height: '480px',
          verticalScroll: true,
          zoomKey: 'ctrlKey',
          locale: 'en',
        });
        return timeline;
      }),
    // Ours halves and doubles the window: zoomIn(1) shows 1 / (1 + 1) of it, zoomOut(1) twice it.
    zoomIn: () =>
      timeVis('zoomIn', () => {
        (timeline as Timeline).zoomIn(1, { animation: false });
        return timeline as Timeline;
      }),
    zoomOut: () =>
      timeVis('zoomOut', () => {
        (timeline as Timeline).zoomOut(1, { animation: false });
        return timeline as Timeline;
      }),
    // Ours pans by a quarter of the window ("Lebih akhir").
    pan: () =>
      timeVis('pan', () => {
        shift(0.25);
        return timeline as Timeline;
      }),
  };
});
