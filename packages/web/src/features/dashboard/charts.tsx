import { Skeleton } from '@mantine/core';
import { lazy, Suspense, type ComponentProps } from 'react';
import type * as ScoreCharts from './score-charts.tsx';

// The chart library is large and only a few pages draw charts: it loads with the first chart, not with the app.
const charts = () => import('./score-charts.tsx');
const LazyConformityBars = lazy(async () => ({ default: (await charts()).ConformityBars }));
const LazyMaturityRadar = lazy(async () => ({ default: (await charts()).MaturityRadar }));
const LazyDeltaBars = lazy(async () => ({ default: (await charts()).DeltaBars }));

const placeholder = <Skeleton height={240} radius="md" aria-label="Loading the chart" />;

/** Conformity of each group as bars (see score-charts.tsx), loaded on first use. */
export function ConformityBars(props: ComponentProps<typeof ScoreCharts.ConformityBars>) {
  return (
    <Suspense fallback={placeholder}>
      <LazyConformityBars {...props} />
    </Suspense>
  );
}

/** Current against target maturity as a radar (see score-charts.tsx), loaded on first use. */
export function MaturityRadar(props: ComponentProps<typeof ScoreCharts.MaturityRadar>) {
  return (
    <Suspense fallback={placeholder}>
      <LazyMaturityRadar {...props} />
    </Suspense>
  );
}

/** Score changes as diverging bars (see score-charts.tsx), loaded on first use. */
export function DeltaBars(props: ComponentProps<typeof ScoreCharts.DeltaBars>) {
  return (
    <Suspense fallback={placeholder}>
      <LazyDeltaBars {...props} />
    </Suspense>
  );
}
