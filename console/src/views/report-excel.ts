import type { FigureFieldsFragment, StatisticsQuery } from '../graphql/graphql';
import { CHANNEL, FORM, LEVEL, percent } from '../api/labels';

type Report = StatisticsQuery['caseStatistics'];

/**
 * 信访情况统计 as an Excel workbook, written in the browser. exceljs is loaded only when a user exports,
 * so it is not part of the first screen.
 */
export async function exportReport(report: Report, days: [string, string]): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = '联办工作台';
  const sheet = book.addWorksheet('信访情况统计');
  const figure = (label: string, f: FigureFieldsFragment) => [label, f.value, f.lastYear ?? '', f.changeText ?? ''];
  sheet.addRow([`信访情况统计（${days[0]} 至 ${days[1]}）`]).font = { bold: true, size: 14 };
  sheet.addRow([]);
  const header = (cells: string[]) => {
    const row = sheet.addRow(cells);
    row.font = { bold: true };
  };
  header(['项目', '本期', '去年同期', '同比']);
  sheet.addRow(figure('信访总量（件次）', report.matters));
  sheet.addRow(figure('涉及人次', report.persons));
  sheet.addRow(figure('来访批次', report.visitBatches));
  sheet.addRow(figure('来访人次', report.visitPersons));
  sheet.addRow(figure('热线受理', report.hotline.received));
  sheet.addRow(figure('热线办结', report.hotline.closed));
  sheet.addRow(['热线办结率', percent(report.hotline.closureRate), percent(report.hotline.closureRateLastYear), '']);
  sheet.addRow([]);
  header(['渠道', '件次', '去年同期', '同比', '批次', '人次']);
  for (const c of report.byChannel) sheet.addRow([CHANNEL[c.channel], c.matters.value, c.matters.lastYear ?? '', c.matters.changeText ?? '', c.batches.value, c.persons.value]);
  sheet.addRow([]);
  header(['形式', '批次', '同比', '人次', '同比']);
  for (const f of report.byForm) sheet.addRow([FORM[f.form], f.batches.value, f.batches.changeText ?? '', f.persons.value, f.persons.changeText ?? '']);
  sheet.addRow([]);
  header(['越级访', '批次', '人次', '已办结', '同比（批次）']);
  for (const s of report.skipLevel) sheet.addRow([LEVEL[s.level], s.batches.value, s.persons.value, s.closed.value, s.batches.changeText ?? '']);
  sheet.addRow([]);
  header(['问题类别', '件次', '占比', '人次', '同比（件次）']);
  for (const c of report.topCategories) {
    sheet.addRow([c.categorySub ? `${c.categoryMain}/${c.categorySub}` : c.categoryMain, c.matters.value, percent(c.shareOfMatters), c.persons.value, c.matters.changeText ?? '']);
  }
  sheet.columns.forEach((column, i) => (column.width = i === 0 ? 24 : 14));
  const buffer = await book.xlsx.writeBuffer();
  const url = URL.createObjectURL(new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `信访情况统计_${days[0]}_${days[1]}.xlsx`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
