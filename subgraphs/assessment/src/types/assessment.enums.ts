import { registerEnumType } from 'type-graphql';

/** How often a scheme assesses units. */
export enum PeriodKind {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}

registerEnumType(PeriodKind, {
  name: 'PeriodKind',
  valuesConfig: { MONTH: { description: '月度' }, QUARTER: { description: '季度' }, YEAR: { description: '年度' } },
});

/** Who a scheme assesses; BOTH ranks townships/streets and district departments separately. */
export enum UnitScope {
  TOWNSHIPS = 'TOWNSHIPS',
  DEPARTMENTS = 'DEPARTMENTS',
  BOTH = 'BOTH',
}

registerEnumType(UnitScope, {
  name: 'UnitScope',
  valuesConfig: {
    TOWNSHIPS: { description: '乡镇（街道）' },
    DEPARTMENTS: { description: '区直部门' },
    BOTH: { description: '乡镇（街道）和区直部门，分别排名' },
  },
});

/** The group a unit is ranked in. */
export enum RankingGroup {
  TOWNSHIPS = 'TOWNSHIPS',
  DEPARTMENTS = 'DEPARTMENTS',
}

registerEnumType(RankingGroup, {
  name: 'RankingGroup',
  valuesConfig: { TOWNSHIPS: { description: '乡镇（街道）' }, DEPARTMENTS: { description: '区直部门' } },
});

/** A scheme version or a run: a draft can change; published, it is frozen. */
export enum PublicationStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}

registerEnumType(PublicationStatus, {
  name: 'PublicationStatus',
  valuesConfig: { DRAFT: { description: '草稿' }, PUBLISHED: { description: '已发布 (frozen)' } },
});

/** 通报 formats. */
export enum BulletinFormat {
  XLSX = 'XLSX',
  DOCX = 'DOCX',
}

registerEnumType(BulletinFormat, {
  name: 'BulletinFormat',
  valuesConfig: { XLSX: { description: 'Excel workbook (exceljs)' }, DOCX: { description: 'Word document (docx)' } },
});
