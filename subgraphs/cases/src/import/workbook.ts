import ExcelJS from 'exceljs';
import { ValidationError } from '@lianban/kit';
import { type ColumnKey, IMPORT_COLUMNS, type RawRow } from './columns';

/** The sheet the template has and an import reads (else the first sheet). */
export const CASES_SHEET = '信访事项';
const GUIDE_SHEET = '填写说明';

/** A problem found in one cell (or, with column empty, in the workbook as a whole). */
export interface CellProblem {
  /** Row number as Excel shows it (the header is row 1). */
  row: number;
  /** The column header, as in the template. */
  column: string;
  message: string;
}

export interface ParsedWorkbook {
  rows: { row: number; values: RawRow }[];
  problems: CellProblem[];
}

/** The template: the header row (required columns marked red) and a sheet saying what each column takes. */
export async function caseImportTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '联办 Lianban';
  const sheet = workbook.addWorksheet(CASES_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = IMPORT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width, style: c.date ? { numFmt: 'yyyy-mm-dd' } : { numFmt: '@' } }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  IMPORT_COLUMNS.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    if (column.required) cell.font = { bold: true, color: { argb: 'FFC00000' } };
    if (column.hint) cell.note = column.hint;
  });
  const guide = workbook.addWorksheet(GUIDE_SHEET);
  guide.columns = [
    { header: '列', key: 'header', width: 14 },
    { header: '必填', key: 'required', width: 6 },
    { header: '填写要求', key: 'hint', width: 48 },
    { header: '示例', key: 'example', width: 22 },
  ];
  guide.getRow(1).font = { bold: true };
  for (const column of IMPORT_COLUMNS) guide.addRow({ header: column.header, required: column.required ? '是' : '', hint: column.hint, example: column.example });
  guide.addRow({});
  guide.addRow({ header: '说明', hint: '每行一件事项; 日期为北京时间; 受理、交办、签收、答复、办结按实际日期填写, 导入后在办理过程中标为“补录”。有任何一行不合格时整个文件不导入。' });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Writes rows under the template's headers (for tests, the benchmark and exports). */
export async function writeCaseWorkbook(rows: RawRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(CASES_SHEET);
  sheet.columns = IMPORT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A cell's value as text, or the Date a date cell holds; undefined when it is empty. */
function cellValue(value: ExcelJS.CellValue): string | Date | number | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('').trim() || undefined;
  if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text).trim() || undefined;
  return undefined;
}

/**
 * Reads the rows of an import workbook by the template's headers (in any order; a trailing `*` is
 * ignored). Headers it does not know, and required headers it misses, are problems of row 1. Empty rows
 * are skipped. Numbers are read as text, except that an ID number written as a number has lost its
 * last digits in Excel and is reported.
 */
export async function readCaseWorkbook(data: Buffer, maxRows: number): Promise<ParsedWorkbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new ValidationError('workbook is not an Excel workbook (.xlsx): download the template (caseImportTemplate) and fill it in', 'workbook');
  }
  const sheet = workbook.getWorksheet(CASES_SHEET) ?? workbook.worksheets[0];
  if (!sheet) throw new ValidationError('workbook has no sheet', 'workbook');
  const problems: CellProblem[] = [];
  const byHeader = new Map(IMPORT_COLUMNS.map((c) => [c.header, c]));
  const positions: { index: number; key: ColumnKey; header: string }[] = [];
  const seen = new Set<string>();
  sheet.getRow(1).eachCell((cell, index) => {
    const text = String(cellValue(cell.value) ?? '').replace(/[*＊]$/, '').trim();
    if (!text) return;
    const column = byHeader.get(text);
    if (!column) {
      problems.push({ row: 1, column: text, message: `unknown column ${text}: the template's columns are ${IMPORT_COLUMNS.map((c) => c.header).join('、')}` });
      return;
    }
    if (seen.has(text)) {
      problems.push({ row: 1, column: text, message: `column ${text} appears twice` });
      return;
    }
    seen.add(text);
    positions.push({ index, key: column.key, header: column.header });
  });
  for (const column of IMPORT_COLUMNS) {
    if (column.required && !seen.has(column.header)) problems.push({ row: 1, column: column.header, message: `required column ${column.header} is missing` });
  }
  const rows: ParsedWorkbook['rows'] = [];
  const last = sheet.actualRowCount === 0 ? 0 : sheet.lastRow?.number ?? 0;
  if (last - 1 > maxRows) throw new ValidationError(`workbook has ${last - 1} rows; at most ${maxRows} are imported at once: split it`, 'workbook');
  for (let number = 2; number <= last; number += 1) {
    const row = sheet.getRow(number);
    if (!row.hasValues) continue;
    const values: RawRow = {};
    let any = false;
    for (const { index, key, header } of positions) {
      const value = cellValue(row.getCell(index).value);
      if (value === undefined) continue;
      any = true;
      if (typeof value === 'number') {
        if (key === 'idNumber' && !Number.isSafeInteger(value)) {
          problems.push({ row: number, column: header, message: 'the ID number was stored as a number and lost its last digits: format the column as text and type it again' });
          continue;
        }
        values[key] = String(value);
      } else {
        values[key] = value;
      }
    }
    if (any) rows.push({ row: number, values });
  }
  return { rows, problems };
}
