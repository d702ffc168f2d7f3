/** ECharts 6 radar (canvas renderer) in the scorecard scenario: two series, no animation. */
import { init } from './lib-echarts-radar.js';
import { defineBench, stage, timeWork } from './harness.js';
import { loadScorecardData, type Scores } from './scorecard-data.js';

type EChart = ReturnType<typeof init>;

defineBench(async () => {
  const data = await loadScorecardData();
  let chart: EChart | undefined;
  const seriesData = (scores: Scores) => [
    { value: scores.current, name: String(data.year) },
    { value: scores.compare, name: String(data.compareYear), symbol: 'rect' },
  ];

  const create = (): EChart => {
    const box = document.createElement('div');
    box.className = 'chart-box';
    stage().append(box);
    const instance = init(box, null, { renderer: 'canvas' });
    instance.setOption({
      animation: false,
      color: ['#0b6e4f', '#6b7280'],
      legend: { data: [String(data.year), String(data.compareYear)] },
      tooltip: {},
      radar: {
        indicator: data.labels.map((name) => ({ name, min: data.scale.min, max: data.scale.max })),
      },
      series: [{ type: 'radar', areaStyle: { opacity: 0.2 }, data: seriesData(data.initial) }],
    });
    return instance;
  };

  return {
    firstRender: () =>
      timeWork('firstRender', () => {
        chart = create();
      }),
    updates: () =>
      timeWork('updates', () => {
        const radar = chart as EChart;
        for (const scores of data.updates) {
          radar.setOption({ series: [{ data: seriesData(scores) }] });
        }
      }),
    secondRender: () => timeWork('secondRender', create),
  };
});
