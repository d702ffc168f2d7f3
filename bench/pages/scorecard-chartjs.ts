/** Chart.js 4 radar in the scorecard scenario: two datasets, no animation. */
import { Chart } from './lib-chartjs-radar.js';
import { defineBench, stage, timeWork } from './harness.js';
import { loadScorecardData } from './scorecard-data.js';

defineBench(async () => {
  const data = await loadScorecardData();
  let chart: Chart<'radar'> | undefined;

  const create = (): Chart<'radar'> => {
    const box = document.createElement('div');
    box.className = 'chart-box';
    const canvas = document.createElement('canvas');
    box.append(canvas);
    stage().append(box);
    return new Chart(canvas, {
      type: 'radar',
      data: {
        labels: data.labels,
        datasets: [
          {
            label: String(data.year),
            data: [...data.initial.current],
            fill: true,
            borderColor: '#0b6e4f',
            backgroundColor: 'rgba(11, 110, 79, 0.2)',
          },
          {
            label: String(data.compareYear),
            data: [...data.initial.compare],
            fill: true,
            borderColor: '#6b7280',
            backgroundColor: 'rgba(107, 114, 128, 0.15)',
            pointStyle: 'rect',
          },
        ],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: { r: { min: data.scale.min, max: data.scale.max, ticks: { stepSize: 1 } } },
      },
    });
  };

  return {
    firstRender: () =>
      timeWork('firstRender', () => {
        chart = create();
      }),
    updates: () =>
      timeWork('updates', () => {
        const radar = chart as Chart<'radar'>;
        for (const scores of data.updates) {
          (radar.data.datasets[0] as { data: number[] }).data = scores.current;
          (radar.data.datasets[1] as { data: number[] }).data = scores.compare;
          radar.update('none');
        }
      }),
    secondRender: () => timeWork('secondRender', create),
  };
});
