import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import ExcelJS from 'exceljs';
import type { AssessmentRun, RunUnit } from '../entities/assessment-run.entity';
import { type RankingGroup } from '../types/assessment.enums';
import { periodName } from './periods';
import { describeRule } from './rules';

const GROUP_NAMES: Record<RankingGroup, string> = { TOWNSHIPS: '乡镇（街道）', DEPARTMENTS: '区直部门' };

/** 名次变化 as offices print it: ↑3, ↓2, →, 新 */
export function rankChangeText(unit: Pick<RunUnit, 'previousRank' | 'rank'>): string {
  if (unit.previousRank === undefined || unit.previousRank === null) return '—';
  const change = unit.previousRank - unit.rank;
  return change > 0 ? `↑${change}` : change < 0 ? `↓${-change}` : '→';
}

function remarks(unit: RunUnit): string {
  const parts: string[] = [];
  if (unit.inRewardGroup) parts.push('先进');
  if (unit.inKeyManagementGroup) parts.push('重点管理');
  for (const veto of unit.vetoes) parts.push(veto.note);
  if (unit.robustness && (!unit.robustness.rewardRobust || !unit.robustness.keyManagementRobust)) parts.push('名次区间跨越分档线');
  return parts.join('；');
}

const sheetName = (name: string, used: Set<string>) => {
  let base = name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 28);
  let candidate = base;
  for (let i = 2; used.has(candidate); i++) candidate = `${base.slice(0, 25)}(${i})`;
  used.add(candidate);
  base = candidate;
  return base;
};

/**
 * The ranking as an Excel workbook: one sheet per period (run), then one sheet per unit with its score
 * explained line by line over those periods, down to the case numbers. Numbers are the run's, unrounded
 * beyond the API's two decimals.
 */
export async function excelBulletin(runs: AssessmentRun[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '联办 Lianban';
  const used = new Set<string>();
  for (const run of runs) {
    const sheet = workbook.addWorksheet(sheetName(`${periodName(run.period)}排名`, used));
    sheet.addRow([`${run.scheme.documentNumber} ${run.scheme.name}（第${run.scheme.schemeVersion}版） ${periodName(run.period)}考核排名`]);
    sheet.addRow(['分组', '排名', '单位', '得分', '上期排名', '名次变化', '中位名次', '名次区间(5%-95%)', '先进', '重点管理', '备注']);
    for (const unit of run.units) {
      sheet.addRow([
        GROUP_NAMES[unit.group], unit.rank, unit.name, unit.score, unit.previousRank ?? null, rankChangeText(unit),
        unit.robustness?.medianRank ?? null, unit.robustness ? `${unit.robustness.rankLow}-${unit.robustness.rankHigh}` : null,
        unit.inRewardGroup ? '是' : '', unit.inKeyManagementGroup ? '是' : '', remarks(unit),
      ]);
    }
    sheet.columns.forEach((column, i) => (column.width = [12, 6, 18, 8, 8, 8, 8, 14, 6, 8, 40][i]));
  }
  const unitIds = [...new Set(runs.flatMap((run) => run.units.map((u) => u.unitId)))];
  for (const unitId of unitIds) {
    const name = runs.flatMap((run) => run.units).find((u) => u.unitId === unitId)?.name ?? unitId;
    const sheet = workbook.addWorksheet(sheetName(name, used));
    sheet.addRow(['期间', '规则', '指标值', '分母', '万人比', '得分', '说明', '案件']);
    for (const run of runs) {
      const unit = run.units.find((u) => u.unitId === unitId);
      if (!unit) continue;
      for (const veto of unit.vetoes) sheet.addRow([run.period, veto.title, veto.value, null, null, null, veto.note, veto.cases.map((c) => c.number).join('、')]);
      for (const line of unit.lines) {
        sheet.addRow([run.period, line.title, line.value, line.denominator ?? null, line.perCapita ?? null, line.points, line.note, line.cases.map((c) => c.number).join('、')]);
      }
      sheet.addRow([run.period, '合计', null, null, null, unit.score, `排名第${unit.rank}名（共${unit.rankedUnits}个单位）`, '']);
    }
    sheet.columns.forEach((column, i) => (column.width = [10, 18, 8, 8, 8, 8, 50, 40][i]));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const cell = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold })] })] });

/** The ranking as a Word bulletin in the form offices circulate (关于……考核情况的通报). */
export async function wordBulletin(run: AssessmentRun): Promise<Buffer> {
  const groups = [...new Set(run.units.map((u) => u.group))];
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: `关于${periodName(run.period)}信访工作考核情况的通报`, bold: true })] }),
    new Paragraph({ children: [new TextRun(`根据《${run.scheme.name}》（${run.scheme.documentNumber}${run.scheme.schemeVersion > 1 ? `，第${run.scheme.schemeVersion}版` : ''}）${run.scheme.issuingBody ? `（${run.scheme.issuingBody}印发）` : ''}，现将${periodName(run.period)}考核结果通报如下。`)] }),
  ];
  if (!run.reportingFactsAvailable) children.push(new Paragraph({ children: [new TextRun('（预警、日报告等报送数据未接入，本期按无报送记录计算。）')] }));
  for (const group of groups) {
    const units = run.units.filter((u) => u.group === group);
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(`${GROUP_NAMES[group]}考核排名`)] }));
    children.push(new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: ['排名', '单位', '得分', '名次变化', '名次区间', '备注'].map((h) => cell(h, true)) }),
        ...units.map((u) => new TableRow({ children: [
          cell(String(u.rank)), cell(u.name), cell(u.score.toFixed(2)), cell(rankChangeText(u)),
          cell(u.robustness ? `${u.robustness.rankLow}-${u.robustness.rankHigh}` : '—'), cell(remarks(u)),
        ] })),
      ],
    }));
    const reward = units.filter((u) => u.inRewardGroup).map((u) => u.name);
    const key = units.filter((u) => u.inKeyManagementGroup).map((u) => u.name);
    const vetoed = units.filter((u) => u.vetoes.length);
    children.push(new Paragraph({ children: [new TextRun(`评为先进：${reward.join('、') || '无'}（${reward.length}个）。`)] }));
    children.push(new Paragraph({ children: [new TextRun(`列为重点管理：${key.join('、') || '无'}（${key.length}个）。`)] }));
    if (vetoed.length) children.push(new Paragraph({ children: [new TextRun(`一票否决：${vetoed.map((u) => `${u.name}（${u.vetoes.map((v) => v.note).join('；')}）`).join('、')}。`)] }));
    const shaky = units.filter((u) => u.robustness && (!u.robustness.rewardRobust || !u.robustness.keyManagementRobust));
    if (shaky.length) {
      children.push(new Paragraph({ children: [new TextRun(`稳健性分析（${run.monteCarloRuns}次权重扰动）：${shaky.map((u) => `${u.name}名次区间${u.robustness?.rankLow}-${u.robustness?.rankHigh}`).join('、')}，其先进或重点管理结论对权重较敏感。`)] }));
    }
  }
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('考核细则')] }));
  for (const rule of run.scheme.definition?.rules ?? []) children.push(new Paragraph({ children: [new TextRun(`${rule.title}：${describeRule(rule)}`)] }));
  const document = new Document({ creator: '联办 Lianban', title: `${periodName(run.period)}信访工作考核通报`, sections: [{ children }] });
  return Packer.toBuffer(document);
}
