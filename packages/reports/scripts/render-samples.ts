// Writes the sample gap reports to the system's temporary folder for a look: npx tsx packages/reports/scripts/render-samples.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderGapReportDocx, renderGapReportPdf, renderGapReportXlsx } from '../src/index.ts';
import { fullIso27001Report, workedExampleReport } from '../src/gap-report/sample-gap-report.ts';

const folder = join(tmpdir(), 'certa-reports');
mkdirSync(folder, { recursive: true });
for (const [name, report] of [
  ['worked', workedExampleReport()],
  ['full', fullIso27001Report()],
] as const) {
  writeFileSync(join(folder, `${name}.pdf`), await renderGapReportPdf(report));
  writeFileSync(join(folder, `${name}.docx`), await renderGapReportDocx(report));
  writeFileSync(join(folder, `${name}.xlsx`), await renderGapReportXlsx(report));
}
process.stdout.write(`Wrote the samples to ${folder}\n`);
