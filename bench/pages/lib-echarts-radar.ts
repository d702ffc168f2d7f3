/**
 * ECharts as a radar needs it, tree-shaken: `echarts/core` with the radar series, legend and
 * tooltip, drawn by the canvas renderer (like Chart.js; the SVG renderer is the other choice).
 */
import { RadarChart } from 'echarts/charts';
import { LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([RadarChart, LegendComponent, TooltipComponent, CanvasRenderer]);

export { init };
