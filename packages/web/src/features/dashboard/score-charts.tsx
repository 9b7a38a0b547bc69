import '@mantine/charts/styles.css';
import { BarChart, RadarChart } from '@mantine/charts';
import { Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { formatDelta, formatPercent, type DeltaView, type ScoreView } from './score-format.ts';

const groupLabel = (key: string, titles: Record<string, string>) => {
  const title = titles[key];
  return title && title !== key ? `${key} ${title}` : key;
};

/**
 * A chart with its own title and a data table that says the same for screen readers: the drawing is
 * hidden from assistive technology, the table is hidden from the eye.
 */
function ChartFigure({
  title,
  description,
  table,
  children,
}: {
  title: string;
  description?: string;
  table: ReactNode;
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <Paper withBorder radius="md" p="md" component="figure" m={0} aria-labelledby={titleId}>
      <Stack gap="xs">
        <Title order={3} fz="md" id={titleId}>
          {title}
        </Title>
        {description ? (
          <Text size="xs" c="dimmed">
            {description}
          </Text>
        ) : null}
        {/* inert: the drawing is neither read nor focusable; the table below carries the figures. */}
        <div aria-hidden="true" inert>
          {children}
        </div>
        <VisuallyHidden>{table}</VisuallyHidden>
      </Stack>
    </Paper>
  );
}

function FiguresTable({ caption, headers, rows }: { caption: string; headers: string[]; rows: string[][] }) {
  return (
    <Table>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          {headers.map((header) => (
            <Table.Th key={header}>{header}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row[0]}>
            {row.map((cell, index) => (
              <Table.Td key={`${String(index)}-${cell}`}>{cell}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Conformity of each group (clause, theme or heading) as labelled horizontal bars, with the figures as a table. */
export function ConformityBars({
  title,
  scores,
  titles,
}: {
  title: string;
  scores: Record<string, ScoreView>;
  titles: Record<string, string>;
}) {
  const keys = Object.keys(scores);
  const data = keys.map((key) => {
    const score = scores[key];
    const conformity = score?.conformity ?? null;
    return {
      group: `${groupLabel(key, titles)}${conformity === null ? ' (not assessed)' : ''}`,
      conformity: conformity ?? 0,
    };
  });
  return (
    <ChartFigure
      title={title}
      description="Conformity of the assessed requirements in each group: implemented counts fully, partially half."
      table={
        <FiguresTable
          caption={title}
          headers={['Group', 'Conformity', 'Coverage', 'Assessed']}
          rows={keys.map((key) => {
            const score = scores[key];
            return [
              groupLabel(key, titles),
              formatPercent(score?.conformity ?? null),
              formatPercent(score?.coverage ?? null),
              `${String(score?.counts.assessed ?? 0)} of ${String(score?.counts.applicable ?? 0)}`,
            ];
          })}
        />
      }
    >
      <BarChart
        h={Math.max(160, keys.length * 34 + 40)}
        data={data}
        dataKey="group"
        orientation="vertical"
        series={[{ name: 'conformity', label: 'Conformity', color: 'teal.6' }]}
        xAxisProps={{ domain: [0, 100] }}
        yAxisProps={{ width: 230 }}
        valueFormatter={(value) => `${String(Math.round(value * 10) / 10)} %`}
        withBarValueLabel
        withTooltip={false}
        gridAxis="x"
      />
    </ChartFigure>
  );
}

/** Current and target maturity of each group on a radar, with the figures as a table. */
export function MaturityRadar({
  title,
  scores,
  titles,
}: {
  title: string;
  scores: Record<string, ScoreView>;
  titles: Record<string, string>;
}) {
  const keys = Object.keys(scores);
  const data = keys.map((key) => ({
    group: key,
    current: scores[key]?.maturity.current ?? 0,
    target: scores[key]?.maturity.target ?? 0,
  }));
  return (
    <ChartFigure
      title={title}
      description="Mean maturity (0–5) of each group where it was recorded: current in the filled shape, target in the outline."
      table={
        <FiguresTable
          caption={title}
          headers={['Group', 'Current maturity', 'Target maturity']}
          rows={keys.map((key) => [
            groupLabel(key, titles),
            String(scores[key]?.maturity.current ?? 'not recorded'),
            String(scores[key]?.maturity.target ?? 'not recorded'),
          ])}
        />
      }
    >
      <RadarChart
        h={320}
        data={data}
        dataKey="group"
        withLegend
        withPolarRadiusAxis
        polarRadiusAxisProps={{ domain: [0, 5], tickCount: 6 }}
        series={[
          { name: 'current', label: 'Current maturity', color: 'blue.6', opacity: 0.35 },
          { name: 'target', label: 'Target maturity', color: 'orange.6', opacity: 0.05 },
        ]}
      />
    </ChartFigure>
  );
}

/** Conformity change per group as a diverging bar chart (gains right, losses left), with a table. */
export function DeltaBars({
  title,
  deltas,
  titles,
}: {
  title: string;
  deltas: Record<string, DeltaView>;
  titles: Record<string, string>;
}) {
  const keys = Object.keys(deltas);
  const values = keys.map((key) => deltas[key]?.conformity ?? 0);
  const reach = Math.max(10, ...values.map((value) => Math.ceil(Math.abs(value) / 10) * 10));
  const data = keys.map((key) => {
    const change = deltas[key]?.conformity ?? null;
    return {
      group: `${groupLabel(key, titles)}${change === null ? ' (not comparable)' : ''}`,
      change: change ?? 0,
    };
  });
  return (
    <ChartFigure
      title={title}
      description="Change in conformity, in percentage points, from the earlier assessment to the later one."
      table={
        <FiguresTable
          caption={title}
          headers={['Group', 'Conformity change', 'Coverage change']}
          rows={keys.map((key) => [
            groupLabel(key, titles),
            formatDelta(deltas[key]?.conformity ?? null),
            formatDelta(deltas[key]?.coverage ?? null),
          ])}
        />
      }
    >
      <BarChart
        h={Math.max(160, keys.length * 34 + 40)}
        data={data}
        dataKey="group"
        orientation="vertical"
        series={[{ name: 'change', label: 'Conformity change', color: 'teal.6' }]}
        getBarColor={(value) => (value < 0 ? 'red.6' : 'teal.6')}
        xAxisProps={{ domain: [-reach, reach] }}
        yAxisProps={{ width: 230 }}
        valueFormatter={(value) => formatDelta(value)}
        withBarValueLabel
        withTooltip={false}
        gridAxis="x"
      />
    </ChartFigure>
  );
}
