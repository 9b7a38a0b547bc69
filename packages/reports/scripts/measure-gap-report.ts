// Prints how long the gap report takes to render for ISO/IEC 27001:2022 with all 123 requirements answered.
// Run: npx tsx packages/reports/scripts/measure-gap-report.ts (figures only; nothing is asserted).
import { performance } from 'node:perf_hooks';

// @certa/core first, so that the import of @certa/reports is timed on its own.
const { fullIso27001Report } = await import('../src/gap-report/sample-gap-report.ts');
const started = performance.now();
const reports = await import('../src/index.ts');
const importMs = performance.now() - started;

const report = fullIso27001Report();
const renderers = {
  pdf: reports.renderGapReportPdf,
  docx: reports.renderGapReportDocx,
  xlsx: reports.renderGapReportXlsx,
  md: (value: typeof report) => Promise.resolve(new TextEncoder().encode(reports.renderGapReportMarkdown(value))),
};
const lines = [
  `${report.requirements.length} requirements, ${report.gaps.length} gaps, ${report.roadmap.length} roadmap items`,
  `import @certa/reports: ${importMs.toFixed(0)} ms`,
];
for (const [format, render] of Object.entries(renderers)) {
  let start = performance.now();
  const bytes = await render(report);
  const first = performance.now() - start;
  const warm: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    start = performance.now();
    await render(report);
    warm.push(performance.now() - start);
  }
  warm.sort((a, b) => a - b);
  lines.push(
    `${format}: first ${first.toFixed(0)} ms (library load included), then median ${warm[2]?.toFixed(0)} ms; ${(bytes.byteLength / 1024).toFixed(0)} KiB`,
  );
}
process.stdout.write(`${lines.join('\n')}\n`);
