import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, FunnelChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

// SVG, not canvas: the dashboard prints as vector and its text stays text in the PDF.
echarts.use([BarChart, FunnelChart, LineChart, PieChart, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = echarts.EChartsCoreOption;
export interface ChartClick {
  seriesIndex?: number;
  dataIndex: number;
  name: string;
}

/** One ECharts chart that follows its box's size; `onClick` gets the clicked bar, slice or point. */
export function EChart({ option, onClick, label, testId }: { option: ChartOption; onClick?: (e: ChartClick) => void; label: string; testId: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const click = useRef(onClick);
  useEffect(() => {
    click.current = onClick;
  }, [onClick]);
  useEffect(() => {
    const el = box.current!;
    const c = echarts.init(el, undefined, { renderer: 'svg' });
    chart.current = c;
    c.on('click', (e) => click.current?.({ seriesIndex: e.seriesIndex, dataIndex: e.dataIndex, name: e.name }));
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(el);
    return () => {
      ro.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, true);
    box.current?.setAttribute('data-chart-ready', 'true');
  }, [option]);
  return <div ref={box} className="dash-chart" role="img" aria-label={label} data-testid={testId} />;
}
