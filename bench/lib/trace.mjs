// The main thread's rendering work in a Chrome trace, shared by the diagnostics beside the
// benchmark (bench/profile.mjs, bench/attribute.mjs).

/** What to record: the timeline's events, V8's and the font lookups. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'fonts'];

/** Main-thread time of the rendering pipeline in the trace (complete events, by name). */
const RENDER_EVENTS = [
  'ParseAuthorStyleSheet',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'HitTest',
  'MinorGC',
  'MajorGC',
  'V8.GC_SCAVENGER',
];
export function renderWork(trace) {
  const events = JSON.parse(trace).traceEvents;
  const mains = events.filter(
    (event) => event.ph === 'M' && event.name === 'thread_name' && event.args.name === 'CrRendererMain',
  );
  // The traced page's renderer, as the browser names it when tracing starts; other renderers
  // (pages of other samples still closing) can be busier than a cheap step.
  const started = events.find((event) => event.name === 'TracingStartedInBrowser');
  const pagePid = started?.args?.data?.frames?.find((frame) => !frame.parent)?.processId;
  const busiest = mains
    .filter((main) => pagePid === undefined || main.pid === pagePid)
    .map((main) => ({
      key: `${main.pid}:${main.tid}`,
      busy: events
        .filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X')
        .reduce((sum, event) => sum + (event.dur ?? 0), 0),
    }))
    .sort((a, b) => b.busy - a.busy)[0];
  const totals = {};
  for (const event of events) {
    if (
      `${event.pid}:${event.tid}` !== busiest?.key ||
      event.ph !== 'X' ||
      !RENDER_EVENTS.includes(event.name)
    )
      continue;
    totals[event.name] = (totals[event.name] ?? 0) + (event.dur ?? 0) / 1000;
  }
  // Font set-up, counted rather than timed (counts do not move with the machine's load): each new
  // font size and weight is a lookup and, on Linux, a round trip to the browser process; a
  // character missing from the font adds a search through the system's fonts.
  for (const event of events) {
    if (event.ph !== 'X') continue;
    if (event.name === 'WebSandboxSupportLinux::GetWebFontRenderStyleForStrike')
      totals['(count) font size/weight set-ups'] = (totals['(count) font size/weight set-ups'] ?? 0) + 1;
    if (event.name === 'FontCache::FallbackFontForCharacter')
      totals['(count) glyph fallback searches'] = (totals['(count) glyph fallback searches'] ?? 0) + 1;
  }
  return totals;
}
